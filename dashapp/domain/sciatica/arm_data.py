"""Reading the arm's evidence items and named differentials (data/sciatica/arm_evidence.csv,
arm_differentials.csv), in the same rules as the leg's evidence.csv (see data/sciatica/README.md).

They are kept in files of their own so that the leg's evidence file, and so the leg comparison,
stays exactly as it was. Their source keys are those of `SciaticaData.sources`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from dashapp.domain.sciatica.data import (
    EVIDENCE_COLUMNS,
    NERVE_ROOT,
    REFERRED_MUSCLE,
    SCIATICA_DIR,
    EvidenceText,
    check_ids,
    evidence_item,
)
from dashapp.domain.tables import Row, check_unique, read_table

# The items the arm's rules produce, with their column; the file must hold exactly these.
ARM_EVIDENCE_IDS: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "arm_worse_than_neck",
                "arm_pins_and_needles",
                "hand_on_head_relief",
                "spurling_positive",
                "ultt_a_positive",
                "distraction_positive",
                "rotation_under_60",
                "shoulder_abduction_test",
                "arm_reflex",
                "arm_myotome_weakness",
                "arm_dermatomal_sensory_change",
                "arm_pattern_fits_dermatome",
                "wainner_cluster",
            ),
            NERVE_ROOT,
        ),
        **dict.fromkeys(
            (
                "ultt_a_negative",
                "arm_no_neuro_deficit",
                "arm_trigger_point_reproduces",
                "arm_pattern_fits_muscle",
            ),
            REFERRED_MUSCLE,
        ),
    }
)
DIFFERENTIAL_IDS = ("thoracic_outlet", "carpal_tunnel")
DIFFERENTIAL_COLUMNS = ("id", "name", "patient_text", "therapist_text", "source", "confidence")


@dataclass(frozen=True)
class DifferentialText:
    """A condition named beside the comparison, with what points to it."""

    id: str
    name: str
    patient_text: str
    therapist_text: str
    sources: tuple[str, ...]
    confidence: str


@dataclass(frozen=True)
class ArmData:
    """The arm's evidence texts and named differentials, validated."""

    evidence: Mapping[str, EvidenceText]
    differentials: Mapping[str, DifferentialText]


def load_arm_data(sources: Collection[str], folder: Path | str | None = None) -> ArmData:
    """Load and validate the arm's files (the shipped folder unless another is named); every
    source key must be one of `sources` (those of `SciaticaData.sources`)."""
    folder = Path(folder) if folder is not None else SCIATICA_DIR
    rows = read_table(folder / "arm_evidence.csv", EVIDENCE_COLUMNS, "id")
    check_unique(rows, ("id",), "evidence id")
    evidence = {row["id"]: evidence_item(row, sources) for row in rows}
    check_ids(folder / "arm_evidence.csv", evidence, ARM_EVIDENCE_IDS, "evidence item")
    rows = read_table(folder / "arm_differentials.csv", DIFFERENTIAL_COLUMNS, "id")
    check_unique(rows, ("id",), "differential id")
    differentials = {row["id"]: _differential(row, sources) for row in rows}
    check_ids(folder / "arm_differentials.csv", differentials, DIFFERENTIAL_IDS, "differential")
    return ArmData(
        evidence=MappingProxyType(evidence), differentials=MappingProxyType(differentials)
    )


def _differential(row: Row, sources: Collection[str]) -> DifferentialText:
    return DifferentialText(
        id=row.snake("id"),
        name=row.text("name"),
        patient_text=row.text("patient_text"),
        therapist_text=row.text("therapist_text"),
        sources=row.sources(sources),
        confidence=row.confidence(),
    )
