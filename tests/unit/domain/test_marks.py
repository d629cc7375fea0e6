"""Describing a selection in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from dashapp.domain.marks import describe_selection


@dataclass
class Area:
    id: str
    label: str


REGIONS = {a.id: a for a in (Area("r_thigh", "Right outer thigh"), Area("l_shin", "Left shin"))}


def test_labels_follow_marking_order():
    result = describe_selection(["l_shin", "r_thigh"], REGIONS)
    assert result.labels == ("Left shin", "Right outer thigh")
    assert result.unknown == ()


def test_unknown_ids_and_duplicates():
    result = describe_selection(["r_thigh", "nope", "r_thigh"], REGIONS)
    assert result.labels == ("Right outer thigh",)
    assert result.unknown == ("nope",)


def test_nothing_selected():
    assert describe_selection(None, REGIONS).labels == ()
