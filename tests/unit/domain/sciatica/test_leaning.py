"""The leaning weighs both columns: the heavier side, its margin, both present, mixed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashapp.domain.sciatica.compare import leaning_caveats, leaning_text, therapist_summary
from dashapp.domain.sciatica.leaning import MIXED_BELOW, Leaning, points, weigh

WEIGHTS = st.sampled_from([0.0, 0.2, 0.5, 0.7, 1.0])
ITEMS = st.lists(st.tuples(st.sampled_from(["below_knee", "reflex_ankle", "x"]), WEIGHTS))
MUSCLE_ITEMS = st.lists(st.tuples(st.just("slr_negative"), WEIGHTS))


def test_a_clear_lead_gives_the_side_and_its_margin():
    balance = weigh([("reflex_ankle", 1.0), ("below_knee", 0.5), ("slr_positive", 0.2)], [])
    assert balance.side == "nerve_root" and balance.label == "nerve_root"
    assert balance.margin == 1.7 and not balance.mixed and not balance.both_present


def test_a_neurological_sign_with_a_trigger_point_still_weighs():
    root = [("reflex_ankle", 1.0), ("myotome_weakness", 1.0), ("below_knee", 0.5)]
    balance = weigh(root, [("gluteal_trigger_point_reproduces", 0.5)])
    assert balance.label == "nerve_root" and balance.margin == 2.0
    assert balance.both_present and balance.neuro_signs


def test_a_small_margin_is_mixed_but_keeps_the_heavier_side():
    balance = weigh([("below_knee", 0.5), ("cough_leg", 0.5)], [("trigger_point", 1.0 - 0.3)])
    assert balance.mixed and balance.label == "mixed"
    assert balance.side == "nerve_root" and balance.margin == pytest.approx(0.3)
    assert leaning_text(balance).startswith("The picture is mixed")
    assert any("both may be present" in c for c in leaning_caveats(balance))
    assert "both may be present" in therapist_summary(balance)
    assert therapist_summary(balance).startswith("Mixed: the root column leads by only 0.3 points")


def test_a_margin_of_exactly_the_threshold_leans():
    balance = weigh([("reflex_knee", MIXED_BELOW)], [])
    assert not balance.mixed and balance.label == "nerve_root"


def test_nothing_found_is_unclear_and_names_no_side():
    balance = weigh([], [])
    assert balance.side is None and balance.mixed and not balance.both_present
    assert leaning_text(balance).startswith("The picture is unclear")


def test_the_summary_names_the_units_and_the_threshold():
    text = therapist_summary(weigh([("reflex_ankle", 1.0), ("below_knee", 0.5)], []))
    assert "by 1.5 points" in text and "natural log of a likelihood ratio" in text
    assert f"mixed below {MIXED_BELOW:g}" in text


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"margin": 0.5}, "margin"),
        ({"mixed": True}, "mixed"),
        ({"root_points": -1.0, "margin": 3.0}, "root_points"),
        ({"side": "bones"}, "side"),
    ],
)
def test_an_inconsistent_leaning_is_refused(fields, problem):
    good = {
        "side": "nerve_root",
        "margin": 2.0,
        "both_present": False,
        "mixed": False,
        "root_points": 2.0,
        "muscle_points": 0.0,
    }
    with pytest.raises(ValueError, match=problem):
        Leaning(**{**good, **fields})


@given(ITEMS, MUSCLE_ITEMS)
def test_the_leaning_is_the_heavier_side_and_mixed_only_below_the_threshold(root, muscle):
    balance = weigh(root, muscle)
    root_points = sum(w for _, w in root)
    muscle_points = sum(w for _, w in muscle)
    assert balance.margin == pytest.approx(abs(root_points - muscle_points))
    assert balance.mixed == (balance.margin < MIXED_BELOW)
    if not balance.mixed:
        assert balance.label == ("nerve_root" if root_points > muscle_points else "referred_muscle")
    assert balance.both_present == (bool(root) and bool(muscle))


@given(ITEMS, MUSCLE_ITEMS, st.tuples(st.just("slr_negative"), WEIGHTS))
def test_more_muscle_evidence_never_moves_the_leaning_toward_the_root(root, muscle, extra):
    before, after = weigh(root, muscle), weigh(root, [*muscle, extra])
    lead = before.root_points - before.muscle_points
    assert after.root_points - after.muscle_points <= lead


@pytest.mark.parametrize(
    ("value", "words"), [(1.0, "1 point"), (2.5, "2.5 points"), (0, "0 points")]
)
def test_points_read_in_words(value, words):
    assert points(value) == words
