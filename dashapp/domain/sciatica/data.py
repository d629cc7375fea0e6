"""Reading data/sciatica (evidence items, red flags, their sources) and the atlas vocabulary
the sciatica rules share (activities, muscle names, which activities aggravate which muscle).

Every problem raises an AtlasError (a ValueError) naming the file, the row or id, the column
and what is wrong. See data/sciatica/README.md for the files.
"""

from __future__ import annotations

import string
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.atlas.model import plain_name
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS
from dashapp.domain.tables import AtlasError, Row, check_unique, read_table

SCIATICA_DIR = SHIPPED_DATA / "sciatica"
ATLAS_DIR = SHIPPED_DATA / "atlas"

NERVE_ROOT = "nerve_root"
REFERRED_MUSCLE = "referred_muscle"
DIRECTIONS = (NERVE_ROOT, REFERRED_MUSCLE)
# Most urgent first: an emergency now; care the same day; a doctor within days; a review.
URGENCIES = ("now", "today", "days", "review")
URGENCY_TEXT = {
    "now": "Seek medical care now",
    "today": "Seek medical care today",
    "days": "See a doctor within days",
    "review": "Mention it to your doctor",
}
# What a flag may point to, as the references group them (section 4 of the low back one; for
# the neck, arm, head and jaw, sections 4 and 5c of the upper body's).
LOW_BACK_CATEGORIES = ("cauda_equina", "nerve", "fracture", "infection", "cancer", "other")
UPPER_CATEGORIES = ("myelopathy", "arterial", "cardiac", "headache", "face")
CATEGORIES = (*LOW_BACK_CATEGORIES, *UPPER_CATEGORIES)
MAX_WEIGHT = 3.0
# A patient text may fill in {plain} (plain words), a therapist text {detail} (clinical words).
PLACEHOLDERS = {"patient_text": "plain", "therapist_text": "detail"}

EVIDENCE_COLUMNS = (
    "id",
    "direction",
    "patient_text",
    "therapist_text",
    "weight",
    "source",
    "confidence",
)
RED_FLAG_COLUMNS = (
    "id",
    "category",
    "question",
    "patient_message",
    "therapist_text",
    "urgency",
    "source",
    "confidence",
)

# The items the comparison rules produce, with the column each belongs in. The file must hold
# exactly these, so a rule never looks up a missing text and no row sits unused.
EVIDENCE_IDS: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "below_knee",
                "leg_worse_than_back",
                "numbness_or_tingling",
                "cluster",
                "cough_leg",
                "reported_weakness",
                "slr_positive",
                "crossed_slr",
                "slump",
                "femoral_stretch",
                "reflex_knee",
                "reflex_ankle",
                "reflex_medial_hamstring",
                "myotome_weakness",
                "dermatomal_sensory_change",
                "pattern_fits_dermatome",
            ),
            NERVE_ROOT,
        ),
        **dict.fromkeys(
            (
                "no_neuro_deficit",
                "normal_reflexes",
                "slr_negative",
                "trigger_point_reproduces",
                "gluteal_trigger_point_reproduces",
                "pattern_fits_muscle",
                "aggravators_match",
                "piriformis_fair",
                "piriformis_freiberg",
                "piriformis_pace",
            ),
            REFERRED_MUSCLE,
        ),
    }
)
# The intake's red-flag questions (same names as the Intake fields), each answered yes, no or
# unsure and raising its own flag.
RED_FLAG_QUESTIONS = (
    "saddle_numbness",
    "bladder_bowel_sexual",
    "both_legs",
    "weakness_both_legs",
    "weakness_worsening",
    "fever_unwell",
    "recent_infection",
    "iv_drug_use",
    "immunosuppression",
    "major_trauma",
    "long_term_steroids",
    "cancer_history",
    "weight_loss",
    "rest_pain",
    "widespread_neurology",
    "no_improvement",
    "thoracic_pain",
    "deformity",
    "inflammatory",
)
# Flags read from several answers (see flags.py), then the one found on examination.
DERIVED_FLAGS = ("minor_trauma", "age")
# Then the neck, arm, head and jaw questions, asked only where the drawing makes them relevant
# (upper.py).
RED_FLAG_IDS = (*RED_FLAG_QUESTIONS, *DERIVED_FLAGS, "both_legs_weakness", *UPPER_FLAG_QUESTIONS)


@dataclass(frozen=True)
class EvidenceText:
    """One evidence item as written in evidence.csv."""

    id: str
    direction: str
    patient_text: str
    therapist_text: str
    weight: float
    sources: tuple[str, ...]
    confidence: str


@dataclass(frozen=True)
class RedFlagText:
    """One red flag as written in red_flags.csv."""

    id: str
    question: str
    patient_message: str
    urgency: str
    sources: tuple[str, ...]
    confidence: str
    category: str = "other"
    therapist_text: str = ""


@dataclass(frozen=True)
class SciaticaData:
    """Everything the sciatica rules read from files, validated."""

    evidence: Mapping[str, EvidenceText]
    red_flags: Mapping[str, RedFlagText]
    sources: Mapping[str, str]
    activities: Mapping[str, str]
    muscle_names: Mapping[str, str]
    # What patients read inside a sentence: "the small buttock muscle, front part (gluteus
    # minimus, anterior part)".
    muscle_plain_names: Mapping[str, str]
    muscle_activities: Mapping[str, Mapping[str, tuple[str, ...]]]


def load_sciatica_data(
    folder: Path | str | None = None, atlas_folder: Path | str | None = None
) -> SciaticaData:
    """Load and validate data/sciatica (and the atlas vocabulary it relies on); the shipped
    folders unless others are named. The app loads its own once, with the rest of its
    reference data (`load_reference`)."""
    folder = Path(folder) if folder is not None else SCIATICA_DIR
    atlas = Path(atlas_folder) if atlas_folder is not None else ATLAS_DIR
    atlas_sources = _sources(read_table(atlas / "sources.csv", ("key", "citation"), "key"))
    own_sources = _sources(read_table(folder / "sources.csv", ("key", "citation"), "key"))
    repeated = sorted(own_sources.keys() & atlas_sources.keys())
    if repeated:
        raise AtlasError(
            f"{folder / 'sources.csv'}: key(s) {', '.join(repeated)} already in the atlas sources"
        )
    sources = {**atlas_sources, **own_sources}
    evidence_rows = read_table(folder / "evidence.csv", EVIDENCE_COLUMNS, "id")
    flag_rows = read_table(folder / "red_flags.csv", RED_FLAG_COLUMNS, "id")
    check_unique(evidence_rows, ("id",), "evidence id")
    check_unique(flag_rows, ("id",), "red flag id")
    evidence = {row["id"]: evidence_item(row, sources) for row in evidence_rows}
    flags = {row["id"]: _red_flag(row, sources) for row in flag_rows}
    check_ids(folder / "evidence.csv", evidence, EVIDENCE_IDS, "evidence item")
    check_ids(folder / "red_flags.csv", flags, RED_FLAG_IDS, "red flag")
    activities = {
        r.snake("id"): r.text("label")
        for r in read_table(atlas / "activities.csv", ("id", "label"), "id")
    }
    muscle_rows = read_table(atlas / "muscles.csv", ("id", "name", "lay_name"), "id")
    muscles = {r.snake("id"): r.text("name") for r in muscle_rows}
    lay = {r.snake("id"): r.text("lay_name") for r in muscle_rows}
    plain = {m: f"the {lay[m][0].lower()}{plain_name(lay[m], muscles[m])[1:]}" for m in muscles}
    tied: dict[str, dict[str, tuple[str, ...]]] = {}
    columns = ("muscle", "activity", "source")
    for row in read_table(atlas / "muscle_activities.csv", columns, "muscle"):
        muscle = row.ref("muscle", muscles, "muscle")
        activity = row.ref("activity", activities, "activity")
        tied.setdefault(muscle, {})[activity] = row.items("source")
    return SciaticaData(
        evidence=MappingProxyType(evidence),
        red_flags=MappingProxyType(flags),
        sources=MappingProxyType(sources),
        activities=MappingProxyType(activities),
        muscle_names=MappingProxyType(muscles),
        muscle_plain_names=MappingProxyType(plain),
        muscle_activities=MappingProxyType({m: MappingProxyType(acts) for m, acts in tied.items()}),
    )


def _sources(rows: list[Row]) -> dict[str, str]:
    check_unique(rows, ("key",), "source key")
    return {row.text("key"): row.text("citation") for row in rows}


def evidence_item(row: Row, sources: Collection[str]) -> EvidenceText:
    texts = {column: _template(row, column) for column in PLACEHOLDERS}
    try:
        weight = float(row.text("weight"))
    except ValueError:
        raise row.error(f"{row['weight']!r} is not a number", "weight") from None
    if not 0 <= weight <= MAX_WEIGHT:
        raise row.error(f"weight {weight:g} is outside 0-{MAX_WEIGHT:g}", "weight")
    return EvidenceText(
        id=row.snake("id"),
        direction=row.choice("direction", DIRECTIONS),
        patient_text=texts["patient_text"],
        therapist_text=texts["therapist_text"],
        weight=weight,
        sources=row.sources(sources),
        confidence=row.confidence(),
    )


def _template(row: Row, column: str) -> str:
    """A text whose only blank, if any, is the one its column allows."""
    text = row.text(column)
    allowed = PLACEHOLDERS[column]
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as err:
        raise row.error(f"unreadable braces ({err})", column) from None
    strange = names - {allowed}
    if strange:
        raise row.error(
            f"unknown blank(s) {', '.join(sorted(strange))}; only {{{allowed}}} is allowed",
            column,
        )
    return text


def _red_flag(row: Row, sources: Collection[str]) -> RedFlagText:
    return RedFlagText(
        id=row.snake("id"),
        question=row.text("question"),
        patient_message=row.text("patient_message"),
        urgency=row.choice("urgency", URGENCIES),
        sources=row.sources(sources),
        confidence=row.confidence(),
        category=row.choice("category", CATEGORIES),
        therapist_text=row.text("therapist_text"),
    )


def check_ids(path: Path, found: Mapping[str, object], expected: object, what: str) -> None:
    wanted = dict(expected) if isinstance(expected, Mapping) else dict.fromkeys(expected)
    missing = [i for i in wanted if i not in found]
    if missing:
        raise AtlasError(f"{path}: missing {what}(s): {', '.join(missing)}")
    unused = [i for i in found if i not in wanted]
    if unused:
        raise AtlasError(f"{path}: unknown {what}(s) no rule uses: {', '.join(unused)}")
    for item_id, direction in wanted.items():
        if direction is not None and getattr(found[item_id], "direction", None) != direction:
            raise AtlasError(f"{path}: {what} {item_id!r} must have direction {direction!r}")
