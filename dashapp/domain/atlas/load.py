"""The trigger-point atlas: load and validate data/atlas/*.csv and look things up by muscle.

The atlas is read-only reference data for teaching: referral maps are averaged drawings, and
nothing here is a diagnosis. Rows keep their source keys and confidence so the app can show them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.atlas.model import (
    BELOW_KNEE,
    BODY_AREAS,
    DEPTHS,
    Activity,
    Muscle,
    MuscleActivity,
    ReferralPattern,
    SelfCare,
    Source,
    Technique,
    Treatment,
    TriggerPoint,
)
from dashapp.domain.atlas.records import (
    COLUMNS,
    UNIQUE,
    read_muscle_activity,
    read_muscles,
    read_referral,
    read_self_care,
    read_sources,
    read_treatment,
    read_trigger_point,
    read_vocabulary,
)
from dashapp.domain.tables import CONFIDENCES, AtlasError, Row, check_unique, read_table

__all__ = [
    "ATLAS_DIR",
    "BELOW_KNEE",
    "BODY_AREAS",
    "CONFIDENCES",
    "DEPTHS",
    "Activity",
    "Atlas",
    "AtlasError",
    "Muscle",
    "MuscleActivity",
    "ReferralPattern",
    "SelfCare",
    "Source",
    "Technique",
    "Treatment",
    "TriggerPoint",
    "load_atlas",
]

ATLAS_DIR = SHIPPED_DATA / "atlas"


@dataclass(frozen=True)
class Atlas:
    """Every atlas table, validated, with lookups by muscle id."""

    muscles: tuple[Muscle, ...]
    trigger_points: tuple[TriggerPoint, ...]
    referral_patterns: tuple[ReferralPattern, ...]
    activities: tuple[Activity, ...]
    muscle_activities: tuple[MuscleActivity, ...]
    techniques: tuple[Technique, ...]
    treatments: tuple[Treatment, ...]
    self_care: tuple[SelfCare, ...]
    sources: tuple[Source, ...] = field(repr=False)

    @cached_property
    def _muscles(self) -> dict[str, Muscle]:
        return {m.id: m for m in self.muscles}

    @property
    def muscle_ids(self) -> tuple[str, ...]:
        """Every atlas muscle id, in file order."""
        return tuple(self._muscles)

    def muscle(self, muscle_id: str) -> Muscle:
        """The muscle with this id; KeyError if there is none."""
        return self._muscles[muscle_id]

    def muscles_by_area(self) -> dict[str, tuple[Muscle, ...]]:
        """Muscles grouped by body area (BODY_AREAS order), by name within each: a type-ahead.
        Areas with no muscle in the atlas are left out."""
        groups = {
            area: tuple(sorted((m for m in self.muscles if m.body_area == area), key=_name))
            for area in BODY_AREAS
        }
        return {area: muscles for area, muscles in groups.items() if muscles}

    def muscles_for_outline(self, outline: str) -> tuple[Muscle, ...]:
        """The atlas muscles drawn by one outline key of data/geometry/muscles.csv."""
        return tuple(m for m in self.muscles if m.outline == outline)

    def trigger_points_for(self, muscle_id: str) -> tuple[TriggerPoint, ...]:
        """The muscle's trigger points, tp1 first."""
        return tuple(t for t in self.trigger_points if t.muscle == self.muscle(muscle_id).id)

    def referral(self, muscle_id: str) -> ReferralPattern:
        """The muscle's referral pattern."""
        self.muscle(muscle_id)
        return next(r for r in self.referral_patterns if r.muscle == muscle_id)

    def activity(self, activity_id: str) -> Activity:
        """The activity with this id; KeyError if there is none."""
        return {a.id: a for a in self.activities}[activity_id]

    def activities_for(self, muscle_id: str) -> tuple[Activity, ...]:
        """The activities tied to the muscle, in vocabulary order."""
        tied = {ma.activity for ma in self.muscle_activities if ma.muscle == muscle_id}
        self.muscle(muscle_id)
        return tuple(a for a in self.activities if a.id in tied)

    def techniques_for(self, muscle_id: str) -> tuple[Technique, ...]:
        """The techniques listed for the muscle, in vocabulary order."""
        used = {t.technique for t in self.treatments_for(muscle_id)}
        return tuple(t for t in self.techniques if t.id in used)

    def treatments_for(self, muscle_id: str) -> tuple[Treatment, ...]:
        """The muscle's treatment rows (technique, source, confidence, caution)."""
        return tuple(t for t in self.treatments if t.muscle == self.muscle(muscle_id).id)

    def self_care_for(self, muscle_id: str) -> tuple[SelfCare, ...]:
        """The muscle's self-care stretches."""
        return tuple(s for s in self.self_care if s.muscle == self.muscle(muscle_id).id)

    def source(self, key: str) -> Source:
        """The source with this key; KeyError if there is none."""
        return {s.key: s for s in self.sources}[key]

    def cite(self, keys: Iterable[str]) -> tuple[Source, ...]:
        """The sources for a record's keys, in the order given."""
        return tuple(self.source(k) for k in keys)


def _name(muscle: Muscle) -> str:
    return muscle.name.casefold()


def load_atlas(folder: Path | str | None = None, outlines: Collection[str] | None = None) -> Atlas:
    """Load and validate the atlas (default: the shipped data/atlas); AtlasError on any fault.

    Pass `outlines`, the muscle keys of the geometry layer, to check each muscle's outline too.
    """
    folder = Path(folder) if folder is not None else ATLAS_DIR
    rows = {
        name: read_table(folder / name, columns, columns[0]) for name, columns in COLUMNS.items()
    }
    for name, unique, what in UNIQUE:
        check_unique(rows[name], unique, what)
    sources = read_sources(rows["sources.csv"])
    known = {s.key for s in sources}
    activities = read_vocabulary(rows["activities.csv"], Activity, ("label", "hint"))
    techniques = read_vocabulary(rows["techniques.csv"], Technique, ("label", "description"))
    muscles = read_muscles(rows["muscles.csv"], known, outlines)
    ids = {m.id for m in muscles}
    acts, techs = {a.id for a in activities}, {t.id for t in techniques}
    atlas = Atlas(
        muscles=muscles,
        trigger_points=tuple(read_trigger_point(r, ids, known) for r in rows["trigger_points.csv"]),
        referral_patterns=tuple(
            read_referral(r, ids, known) for r in rows["referral_patterns.csv"]
        ),
        activities=activities,
        muscle_activities=tuple(
            read_muscle_activity(r, ids, acts, known) for r in rows["muscle_activities.csv"]
        ),
        techniques=techniques,
        treatments=tuple(read_treatment(r, ids, techs, known) for r in rows["treatments.csv"]),
        self_care=tuple(read_self_care(r, ids, known) for r in rows["self_care.csv"]),
        sources=sources,
    )
    _check_complete(folder, rows["muscles.csv"], atlas)
    return atlas


def _check_complete(folder: Path, muscle_rows: list[Row], atlas: Atlas) -> None:
    """Every muscle has a referral pattern, a trigger point, a technique and a self-care entry."""
    needs = (
        ("referral_patterns.csv", "referral pattern", atlas.referral_patterns),
        ("trigger_points.csv", "trigger point", atlas.trigger_points),
        ("treatments.csv", "technique", atlas.treatments),
        ("self_care.csv", "self-care entry", atlas.self_care),
    )
    for name, what, records in needs:
        covered = {rec.muscle for rec in records}
        for row in muscle_rows:
            if row["id"] not in covered:
                raise AtlasError(
                    f"{folder / name}: muscle {row['id']!r} (muscles.csv row {row.number}) "
                    f"has no {what}"
                )
