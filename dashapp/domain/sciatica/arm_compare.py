"""Nerve or muscle, for the arm: the patient's neck, arm or hand drawing weighed toward a
cervical nerve root or toward referred muscle pain, with Wainner's prediction rule and the
differentials to keep in mind (thoracic outlet, carpal tunnel).

The same honest comparison as the leg's (compare.py): items in points, summed and weighed by
`leaning.weigh`, "mixed" below MIXED_BELOW points. Red flags first: while a flag needing care
now or within days stands, or a warning question the drawing asks is unanswered, there is no
leaning, no muscle and no differential, only the flags and the questions. A drawing that marks
the leg too keeps the leg's comparison (`is_arm_drawing`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from dashapp.domain.sciatica.arm_data import ArmData
from dashapp.domain.sciatica.arm_evidence import (
    ARM_ROOTS,
    ArmHistory,
    Cpr,
    cpr,
    examination_items,
    history_items,
    pattern_items,
)
from dashapp.domain.sciatica.compare import (
    Comparison,
    Evidence,
    leaning_caveats,
    therapist_summary,
)
from dashapp.domain.sciatica.data import NERVE_ROOT, REFERRED_MUSCLE, SciaticaData
from dashapp.domain.sciatica.evidence import PatternFit
from dashapp.domain.sciatica.findings import Findings, check_trigger_point
from dashapp.domain.sciatica.flags import RedFlag, holding, red_flags
from dashapp.domain.sciatica.intake import Intake, MapFacts
from dashapp.domain.sciatica.leaning import MIXED, weigh
from dashapp.domain.sciatica.mapfacts import LEG_GROUPS
from dashapp.domain.sciatica.upper import NECK_ARM_GROUPS, SECTION_BY_KEY

# Objective neurological signs: referred pain does not explain them [BOGDUK09].
ARM_NEURO_SIGNS = frozenset({"arm_reflex", "arm_myotome_weakness", "arm_dermatomal_sensory_change"})
LEANINGS = {
    NERVE_ROOT: "On balance, your answers and findings lean toward a nerve-root problem: "
    "a nerve irritated where it leaves the neck.",
    REFERRED_MUSCLE: "On balance, your answers and findings lean toward referred muscle pain: "
    "pain that starts in a muscle and is felt further away, for example down the arm.",
    MIXED: "The picture is mixed: some signs point to an irritated nerve, others to a muscle, "
    "and neither clearly weighs more.",
}
UNCLEAR = "The picture is unclear: what was found so far does not point clearly either way."
NOTE_SOURCES = ("SARI12",)
NOTE = (
    "This is a guide to talk over with your therapist or doctor, not a diagnosis. Both can be "
    "present at the same time: in one study, about half of the people with a confirmed "
    "irritated nerve in the neck also had tender spots in their neck and shoulder muscles."
)
# The titles of the two columns of evidence, for an arm drawing.
ROOT_TITLE = "Points toward a nerve root in the neck"
MUSCLE_TITLE = "Points toward pain sent from a muscle"
THERAPIST_NOTE = (
    "Not a diagnosis. Both can coexist: 51.2% of 244 MRI-confirmed cervical radiculopathies had "
    "at least one active TrP (SARI12), so a TrP does not rule out a root lesion."
)


@dataclass(frozen=True)
class Differential:
    """A condition to keep in mind, with what points to it; `hinted` when the drawing or the
    best-fitting root is where it usually shows."""

    id: str
    name: str
    patient_text: str
    therapist_text: str
    sources: tuple[str, ...]
    confidence: str
    hinted: bool

    @property
    def title(self) -> str:
        """Its name, saying when the drawing reaches where it shows."""
        return self.name + (" (your drawing reaches where it shows)" if self.hinted else "")


@dataclass(frozen=True)
class ArmComparison:
    """The arm's result: the flags and unanswered warning questions first; then (only while
    the gate is open) the comparison, the best root and muscle, the rule and the
    differentials."""

    red_flags: tuple[RedFlag, ...]
    ask: tuple[str, ...] = ()
    comparison: Comparison | None = None
    best_root: PatternFit | None = None
    best_muscle: PatternFit | None = None
    cpr: Cpr | None = None
    differentials: tuple[Differential, ...] = ()
    # every arm root and muscle that fits, best first, with sides (root, side, fit), for the
    # pictures and their choosers (set by arm_consult)
    roots: tuple[tuple[str, str, float], ...] = ()
    muscles: tuple[Any, ...] = ()

    @property
    def open(self) -> bool:
        """Whether the gate is open (the comparison is shown)."""
        return self.comparison is not None


def is_arm_drawing(areas: Iterable[Any]) -> bool:
    """Whether marked areas (objects with `area_group`) call for the arm's comparison: some in
    the neck, shoulder, arm or hand, none in the leg (a leg drawing keeps the leg's)."""
    groups = {a.area_group for a in areas}
    return bool(groups & NECK_ARM_GROUPS) and not groups & set(LEG_GROUPS)


def unanswered_upper(intake: Intake, facts: MapFacts) -> tuple[str, ...]:
    """The warning questions the drawing asks that are not answered yet."""
    return tuple(
        q
        for key in sorted(facts.upper)
        for q in SECTION_BY_KEY[key].questions
        if getattr(intake, q) in (None, "")
    )


def compare_arm(
    intake: Intake,
    facts: MapFacts,
    history: ArmHistory,
    findings: Findings | None = None,
    best_root: PatternFit | None = None,
    best_muscle: PatternFit | None = None,
    *,
    data: SciaticaData,
    arm: ArmData,
    hand_marked: bool = False,
) -> ArmComparison:
    """Weigh the arm's answers, examination and map; nothing but the red flags while the gate
    is closed. `hand_marked` says the drawing reaches the hand (for the carpal tunnel)."""
    if best_root is not None and best_root.id not in ARM_ROOTS:
        raise ValueError(f"best_root: {best_root.id!r} is not one of {', '.join(ARM_ROOTS)}")
    if best_muscle is not None and best_muscle.id not in data.muscle_names:
        raise ValueError(f"best_muscle: {best_muscle.id!r} is not an atlas muscle")
    if findings is not None:
        check_trigger_point(findings, data.muscle_names)
    flags = red_flags(intake, facts, findings, data=data)
    waiting = unanswered_upper(intake, facts)
    if holding(flags) or waiting:
        return ArmComparison(flags, waiting)
    names, plain = data.muscle_names, data.muscle_plain_names
    found = list(history_items(history))
    if findings is not None:
        found += examination_items(findings, names, plain)
    found += pattern_items(best_root, best_muscle, names, plain)
    items = {i: _evidence(arm, i, p, d) for i, p, d in found}
    ordered = [items[i] for i in arm.evidence if i in items]
    root = tuple(e for e in ordered if e.direction == NERVE_ROOT)
    muscle = tuple(e for e in ordered if e.direction == REFERRED_MUSCLE)
    balance = weigh([(e.id, e.weight) for e in root], [(e.id, e.weight) for e in muscle])
    balance = replace(balance, neuro_signs=any(e.id in ARM_NEURO_SIGNS for e in root))
    if balance.mixed:
        text = LEANINGS[MIXED] if balance.both_present else UNCLEAR
    else:
        text = LEANINGS[balance.label]
    comparison = Comparison(
        toward_root=root,
        toward_muscle=muscle,
        root_points=balance.root_points,
        muscle_points=balance.muscle_points,
        leaning=balance.label,
        leaning_text=text,
        leaning_caveats=leaning_caveats(balance),
        balance=balance,
        therapist_summary=therapist_summary(balance).replace("(ADEL15)", "(SARI12)"),
        note=NOTE,
        therapist_note=THERAPIST_NOTE,
        note_sources=NOTE_SOURCES,
        red_flags=flags,
    )
    rule = cpr(findings) if findings is not None and findings.cpr[1] else None
    hints = {
        "thoracic_outlet": best_root is not None and best_root.id in ("C8", "T1"),
        "carpal_tunnel": hand_marked,
    }
    differentials = tuple(
        Differential(
            d.id, d.name, d.patient_text, d.therapist_text, d.sources, d.confidence, hints[d.id]
        )
        for d in arm.differentials.values()
    )
    return ArmComparison(flags, (), comparison, best_root, best_muscle, rule, differentials)


def _evidence(arm: ArmData, item_id: str, plain: str, detail: str) -> Evidence:
    text = arm.evidence[item_id]
    return Evidence(
        id=item_id,
        direction=text.direction,
        patient_text=text.patient_text.format(plain=plain),
        therapist_text=text.therapist_text.format(detail=detail),
        weight=text.weight,
        sources=text.sources,
        confidence=text.confidence,
    )
