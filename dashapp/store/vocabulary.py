"""The ids a visit may refer to: map regions, activities, treatment techniques and muscles."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


@dataclass(frozen=True)
class Vocabulary:
    """Known ids; a visit referring to anything else is refused."""

    regions: frozenset[str]
    activities: frozenset[str]
    techniques: frozenset[str]
    muscles: frozenset[str]

    @classmethod
    def of(
        cls,
        regions: Iterable[str],
        activities: Iterable[str],
        techniques: Iterable[str],
        muscles: Iterable[str],
    ) -> Vocabulary:
        """A vocabulary from any iterables of ids (for example the loaded services')."""
        return cls(
            frozenset(regions), frozenset(activities), frozenset(techniques), frozenset(muscles)
        )


def _ids(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as file:
        return [row["id"] for row in csv.DictReader(file)]


@lru_cache(maxsize=1)
def shipped_vocabulary() -> Vocabulary:
    """The ids of the shipped body map and atlas (data/geometry, data/atlas)."""
    return Vocabulary.of(
        _ids(DATA_DIR / "geometry" / "surface_regions.csv"),
        _ids(DATA_DIR / "atlas" / "activities.csv"),
        _ids(DATA_DIR / "atlas" / "techniques.csv"),
        _ids(DATA_DIR / "atlas" / "muscles.csv"),
    )
