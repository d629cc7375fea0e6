"""What a patient marked on the map, described in plain words."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol


class Labelled(Protocol):
    id: str
    label: str


@dataclass(frozen=True)
class Selection:
    """The known regions a patient marked, in the order marked, and any ids not recognised."""

    labels: tuple[str, ...]
    unknown: tuple[str, ...]


def describe_selection(
    selected: Iterable[str] | None, regions: Mapping[str, Labelled]
) -> Selection:
    """Split marked ids into plain labels and unknown ids; duplicates count once."""
    labels: list[str] = []
    unknown: list[str] = []
    seen: set[str] = set()
    for region_id in selected or ():
        if region_id in seen:
            continue
        seen.add(region_id)
        region = regions.get(region_id)
        if region is None:
            unknown.append(region_id)
        else:
            labels.append(region.label)
    return Selection(tuple(labels), tuple(unknown))
