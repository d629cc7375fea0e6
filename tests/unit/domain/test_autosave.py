"""The fingerprint autosave compares: the map and notes, nothing else."""

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
