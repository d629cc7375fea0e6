"""The fingerprint autosave compares: the map, the notes, the answers and the findings."""

from __future__ import annotations

from dashapp.domain.autosave import fingerprint
from dashapp.domain.chart import Mark, PainChart


def test_same_map_and_notes_same_fingerprint():
    chart = PainChart((Mark("left_shin", 4, ("burning",)),), ("sitting",))
    again = PainChart((Mark("left_shin", 4, ("burning",)),), ("sitting",))
    assert fingerprint(chart, "tight") == fingerprint(again, "tight")


def test_any_change_to_map_or_notes_changes_it():
    chart = PainChart((Mark("left_shin", 4),))
    seen = {
        fingerprint(chart, "tight"),
        fingerprint(chart, "tight "),
        fingerprint(PainChart((Mark("left_shin", 5),)), "tight"),
        fingerprint(PainChart((Mark("right_shin", 4),)), "tight"),
        fingerprint(PainChart(), "tight"),
    }
    assert len(seen) == 5


def test_any_change_to_answers_or_findings_changes_it():
    chart = PainChart((Mark("left_shin", 4),))
    seen = {
        fingerprint(chart, "tight"),
        fingerprint(chart, "tight", {"onset": "sudden"}),
        fingerprint(chart, "tight", {"onset": "gradual"}),
        fingerprint(chart, "tight", {}, {"slump": "positive"}),
        fingerprint(chart, "tight", {"onset": "sudden"}, {"slump": "positive"}),
    }
    assert len(seen) == 5


def test_no_answers_or_findings_keep_the_map_and_notes_digest():
    chart = PainChart((Mark("left_shin", 4),))
    assert fingerprint(chart, "x", {}, {}) == fingerprint(chart, "x", None, None)
    assert fingerprint(chart, "x", {}, {}) == fingerprint(chart, "x")
