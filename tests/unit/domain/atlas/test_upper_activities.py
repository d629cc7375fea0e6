"""The neck's and jaw's aggravators in the activity vocabulary, each tie with its sources."""

from __future__ import annotations

from dashapp.domain.atlas.load import load_atlas

ATLAS = load_atlas()


def test_looking_up_is_in_the_vocabulary_in_plain_words():
    looking_up = ATLAS.activity("looking_up")
    assert "looking up" in looking_up.label.lower()
    assert "head back" in looking_up.label.lower() + looking_up.hint.lower()


def test_looking_up_is_tied_to_splenius_capitis_with_its_sources_and_no_other_unsourced():
    tied = {ma.muscle: ma for ma in ATLAS.muscle_activities if ma.activity == "looking_up"}
    # "bird-watching posture" is the reference's aggravator for splenius capitis [NAM-SPL]
    assert set(tied) == {"splenius_capitis"}
    assert {"NAM-SPL", "DYNCHIRO"} <= set(tied["splenius_capitis"].sources)
    assert tied["splenius_capitis"].confidence == "low"
    assert [a.id for a in ATLAS.activities_for("splenius_capitis")].count("looking_up") == 1
