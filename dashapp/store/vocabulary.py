"""The ids a visit may refer to: map regions, activities, treatment techniques and muscles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dashapp.domain.reference import Reference


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
