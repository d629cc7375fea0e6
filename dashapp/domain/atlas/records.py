"""Turning atlas rows into records, checking each cell on the way."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TypeVar

from dashapp.domain.atlas.model import (
    BELOW_KNEE,
    BODY_AREAS,
    DEPTHS,
    SPINAL_LEVELS,
    Muscle,
    MuscleActivity,
    ReferralPattern,
    SelfCare,
    Source,
    Treatment,
    TriggerPoint,
)
from dashapp.domain.tables import SOURCE_KEY, Row

T = TypeVar("T")

# Each file's required columns; the first column names a row in error messages.
COLUMNS: dict[str, tuple[str, ...]] = {
    "sources.csv": ("key", "citation", "url"),
    "activities.csv": ("id", "label", "hint"),
    "techniques.csv": ("id", "label", "description"),
    "muscles.csv": (
        "id",
        "name",
        "lay_name",
        "body_area",
        "depth",
        "innervation",
        "spinal_levels",
        "action",
        "outline",
        "source",
        "confidence",
        "note",
    ),
    "trigger_points.csv": ("muscle", "tp", "location", "source", "confidence"),
    "referral_patterns.csv": (
        "muscle",
        "essential_zone",
        "spillover_zone",
        "below_knee",
        "below_elbow",
        "can_mimic",
        "inferred_mimics",
        "mimic_is_inference",
        "symptoms",
        "source",
        "confidence",
        "caution",
    ),
    "muscle_activities.csv": ("muscle", "activity", "source", "confidence"),
    "treatments.csv": ("muscle", "technique", "source", "confidence", "caution"),
    "self_care.csv": ("muscle", "stretch", "source", "confidence", "caution"),
}
# (file, columns, what): no two rows of the file may share the values in those columns.
UNIQUE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("sources.csv", ("key",), "source key"),
    ("activities.csv", ("id",), "id"),
    ("techniques.csv", ("id",), "id"),
    ("muscles.csv", ("id",), "id"),
    ("trigger_points.csv", ("muscle", "tp"), "trigger point"),
    ("referral_patterns.csv", ("muscle",), "referral pattern for this muscle"),
    ("muscle_activities.csv", ("muscle", "activity"), "muscle and activity"),
    ("treatments.csv", ("muscle", "technique"), "muscle and technique"),
)


def read_sources(rows: list[Row]) -> tuple[Source, ...]:
    """sources.csv: a key of letters, digits and '-', a citation, an optional http(s) url."""
    for r in rows:
        if not SOURCE_KEY.fullmatch(r["key"]):
            raise r.error(f"{r['key']!r} is not a source key (letters, digits, '-')", "key")
        if r["url"] and not r["url"].startswith(("http://", "https://")):
            raise r.error(f"{r['url']!r} is not an http(s) address", "url")
    return tuple(Source(r["key"], r.text("citation"), r["url"]) for r in rows)


def read_vocabulary(
    rows: list[Row], kind: Callable[..., T], columns: tuple[str, str]
) -> tuple[T, ...]:
    """activities.csv or techniques.csv: a snake_case id and two texts."""
    return tuple(kind(r.snake("id"), *(r.text(c) for c in columns)) for r in rows)


def read_muscles(
    rows: list[Row], known: Collection[str], outlines: Collection[str] | None
) -> tuple[Muscle, ...]:
    """muscles.csv; `outlines`, if given, are the muscle keys an outline may name."""
    muscles = []
    for r in rows:
        levels = r.text("spinal_levels")
        if not SPINAL_LEVELS.fullmatch(levels):
            raise r.error(
                f"{levels!r} is not a level or range like 'L4-S1', a cranial nerve like"
                " 'CN V', or several joined by ', '",
                "spinal_levels",
            )
        outline = r.snake("outline")
        if outlines is not None and outline not in outlines:
            raise r.error(f"outline {outline!r} is not a muscle key of the geometry", "outline")
        muscles.append(
            Muscle(
                r.snake("id"),
                r.text("name"),
                r.text("lay_name"),
                r.choice("body_area", tuple(BODY_AREAS)),
                r.choice("depth", DEPTHS),
                r.text("innervation"),
                levels,
                r.text("action"),
                outline,
                r.sources(known),
                r.confidence(),
                r["note"],
            )
        )
    return tuple(muscles)


def read_trigger_point(r: Row, ids: Collection[str], known: Collection[str]) -> TriggerPoint:
    """One trigger_points.csv row."""
    muscle = r.ref("muscle", ids, "muscle")
    tp = r.text("tp")
    if not (tp.startswith("tp") and tp[2:].isdigit()):
        raise r.error(f"{tp!r} is not tp1, tp2, ...", "tp")
    return TriggerPoint(muscle, tp, r.text("location"), r.sources(known), r.confidence())


def read_referral(r: Row, ids: Collection[str], known: Collection[str]) -> ReferralPattern:
    """One referral_patterns.csv row; inferred_mimics must be part of can_mimic."""
    muscle = r.ref("muscle", ids, "muscle")
    mimics, inferred = r.items("can_mimic"), r.items("inferred_mimics")
    extra = [m for m in inferred if m not in mimics]
    if extra:
        raise r.error(f"{', '.join(extra)} not listed in can_mimic", "inferred_mimics")
    if r.flag("mimic_is_inference") != bool(inferred):
        raise r.error("must be true exactly when inferred_mimics is filled", "mimic_is_inference")
    confidence = r.confidence()
    return ReferralPattern(
        muscle,
        r.text("essential_zone"),
        r.text("spillover_zone"),
        r.choice("below_knee", BELOW_KNEE),
        r.choice("below_elbow", BELOW_KNEE),
        mimics,
        inferred,
        r.text("symptoms"),
        r.sources(known),
        confidence,
        r.caution(confidence),
    )


def read_treatment(
    r: Row, ids: Collection[str], techniques: Collection[str], known: Collection[str]
) -> Treatment:
    """One treatments.csv row."""
    muscle = r.ref("muscle", ids, "muscle")
    technique = r.ref("technique", techniques, "technique")
    confidence = r.confidence()
    return Treatment(muscle, technique, r.sources(known), confidence, r.caution(confidence))


def read_self_care(r: Row, ids: Collection[str], known: Collection[str]) -> SelfCare:
    """One self_care.csv row."""
    muscle = r.ref("muscle", ids, "muscle")
    confidence = r.confidence()
    return SelfCare(muscle, r.text("stretch"), r.sources(known), confidence, r.caution(confidence))


def read_muscle_activity(
    r: Row, ids: Collection[str], activities: Collection[str], known: Collection[str]
) -> MuscleActivity:
    """One muscle_activities.csv row."""
    return MuscleActivity(
        r.ref("muscle", ids, "muscle"),
        r.ref("activity", activities, "activity"),
        r.sources(known),
        r.confidence(),
    )
