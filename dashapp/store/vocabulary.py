"""The ids a visit may refer to: map regions, activities, treatment techniques and muscles."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dashapp.domain.reference import Reference

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
        """A vocabulary from any iterables of ids."""
        return cls(
            frozenset(regions), frozenset(activities), frozenset(techniques), frozenset(muscles)
        )

    @classmethod
    def from_reference(cls, reference: Reference) -> Vocabulary:
        """The ids of a loaded reference: its body's regions and its atlas."""
        atlas = reference.atlas
        return cls.of(
            (r.id for r in reference.regions),
            (a.id for a in atlas.activities),
            (t.id for t in atlas.techniques),
            atlas.muscle_ids,
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
