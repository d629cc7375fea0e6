"""The honest comparison: what points toward a nerve root, what toward referred muscle pain.

Each piece of evidence carries a weight in points, roughly the natural log of its likelihood
ratio (ln 2 is about 0.7, ln 3 about 1.1), rounded and kept modest where the sources disagree
or give no figures; data/sciatica/README.md explains each weight. The two columns are summed
and weighed in `leaning.py`: the heavier side is the leaning, with its margin in points; "mixed"
only when the margin is below MIXED_BELOW; "both may be present" whenever each column holds
evidence [ADEL15], and a leaning toward a muscle says when objective neurological signs, which
referred pain does not explain [BOGDUK09], were found too.

Nothing here is a diagnosis, and the red flags always come first (`red_flags`, `gate`).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import exp

from dashapp.domain.sciatica.data import EVIDENCE_IDS, NERVE_ROOT, REFERRED_MUSCLE, SciaticaData
from dashapp.domain.sciatica.evidence import (
    ROOTS,
    PatternFit,
    examination_items,
    history_items,
    pattern_items,
)
from dashapp.domain.sciatica.findings import Findings, check_trigger_point
from dashapp.domain.sciatica.flags import RedFlag, red_flags
from dashapp.domain.sciatica.intake import Intake, MapFacts
from dashapp.domain.sciatica.leaning import MIXED, MIXED_BELOW, POINTS, Leaning, points, weigh

LEANING_MARGIN = MIXED_BELOW  # the name other modules import

LEANINGS = {
    NERVE_ROOT: "On balance, your answers and findings lean toward a nerve-root problem: "
    "a nerve irritated where it leaves the lower back.",
    REFERRED_MUSCLE: "On balance, your answers and findings lean toward referred muscle pain: "
    "pain that starts in a muscle and is felt further away, for example down the leg.",
    MIXED: "The picture is mixed: some signs point to an irritated nerve, others to a muscle, "
    "and neither clearly weighs more.",
}
UNCLEAR = "The picture is unclear: what was found so far does not point clearly either way."
BOTH_PRESENT = (
    "Some of what was found points to an irritated nerve and some to a muscle, so both may be "
    "present."
)
NEURO_CAVEAT = (
    "Signs of an irritated nerve were found as well. Muscle pain does not explain them, so "
    "please talk them over with your therapist or doctor."
)
# The "3 in 4" of NOTE: 207 of 271 people with confirmed radiculopathy [ADEL15].
NOTE_SOURCES = ("ADEL15",)
NOTE = (
    "This is a guide to talk over with your therapist or doctor, not a diagnosis. Both can be "
    "present at the same time: in one study, 3 in 4 people with a confirmed irritated nerve "
    "also had tender spots in their buttock muscles."
)
THERAPIST_NOTE = (
    "Not a diagnosis. Both can coexist: gluteal TrPs in 76% (207/271) of confirmed "
    "radiculopathy against 1.9% of controls (ADEL15), so a TrP does not rule out a root lesion."
)


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence, in plain words and in clinical words, with its weight."""

    id: str
    direction: str
    patient_text: str
    therapist_text: str
    weight: float
    sources: tuple[str, ...]
    confidence: str


@dataclass(frozen=True)
class Comparison:
    """Both columns, their totals, the leaning with its caveats, and the red flags."""

    toward_root: tuple[Evidence, ...]
    toward_muscle: tuple[Evidence, ...]
    root_points: float
    muscle_points: float
    leaning: str
    leaning_text: str
    leaning_caveats: tuple[str, ...]
    balance: Leaning
    therapist_summary: str
    note: str
    therapist_note: str
    note_sources: tuple[str, ...]
    red_flags: tuple[RedFlag, ...]


def compare(
    intake: Intake,
    facts: MapFacts,
    findings: Findings | None = None,
    best_root: PatternFit | None = None,
    best_muscle: PatternFit | None = None,
    *,
    data: SciaticaData,
) -> Comparison:
    """Weigh the answers, the map and the examination (if any) for and against a root cause,
    in the texts and weights of `data`."""
    if best_root is not None and best_root.id not in ROOTS:
        raise ValueError(f"best_root: {best_root.id!r} is not one of {', '.join(ROOTS)}")
    if best_muscle is not None and best_muscle.id not in data.muscle_names:
        raise ValueError(f"best_muscle: {best_muscle.id!r} is not an atlas muscle")
    if findings is not None:
        check_trigger_point(findings, data.muscle_names)
    found: dict[str, Evidence] = {}
    for item_id, plain, detail, extra in history_items(intake, facts):
        found[item_id] = _evidence(data, item_id, plain, detail, extra)
    if findings is not None:
        for item_id, plain, detail, extra in examination_items(findings, data=data):
            found[item_id] = _evidence(data, item_id, plain, detail, extra)
    for item_id, plain, detail, extra in pattern_items(
        intake, findings, best_root, best_muscle, data=data
    ):
        found[item_id] = _evidence(data, item_id, plain, detail, extra)
    ordered = [found[i] for i in EVIDENCE_IDS if i in found]
    root = tuple(e for e in ordered if e.direction == NERVE_ROOT)
    muscle = tuple(e for e in ordered if e.direction == REFERRED_MUSCLE)
    balance = weigh([(e.id, e.weight) for e in root], [(e.id, e.weight) for e in muscle])
    flags = red_flags(intake, facts, findings, data=data)
    return Comparison(
        toward_root=root,
        toward_muscle=muscle,
        root_points=balance.root_points,
        muscle_points=balance.muscle_points,
        leaning=balance.label,
        leaning_text=leaning_text(balance),
        leaning_caveats=leaning_caveats(balance),
        balance=balance,
        therapist_summary=therapist_summary(balance),
        note=NOTE,
        therapist_note=THERAPIST_NOTE,
        note_sources=NOTE_SOURCES,
        red_flags=flags,
    )


def _evidence(
    data: SciaticaData, item_id: str, plain: str, detail: str, extra: tuple[str, ...]
) -> Evidence:
    text = data.evidence[item_id]
    return Evidence(
        id=item_id,
        direction=text.direction,
        patient_text=text.patient_text.format(plain=plain),
        therapist_text=text.therapist_text.format(detail=detail),
        weight=text.weight,
        sources=tuple(dict.fromkeys((*text.sources, *extra))),
        confidence=text.confidence,
    )


def leaning_text(balance: Leaning) -> str:
    """The leaning in plain words: the heavier side, or mixed, or unclear."""
    if balance.mixed:
        return LEANINGS[MIXED] if balance.both_present else UNCLEAR
    return LEANINGS[balance.label]


def leaning_caveats(balance: Leaning) -> tuple[str, ...]:
    """What goes with the leaning: both may be present; nerve signs a muscle does not explain."""
    caveats = [BOTH_PRESENT] if balance.both_present else []
    if balance.neuro_signs and balance.side == REFERRED_MUSCLE:
        caveats.append(NEURO_CAVEAT)
    return tuple(caveats)


def therapist_summary(balance: Leaning) -> str:
    """The leaning in clinical words: the side, its margin in points, and the caveats."""
    reckoning = (
        f"root {balance.root_points:g}, muscle {balance.muscle_points:g}; margin "
        f"{balance.margin:g} {POINTS}; mixed below {MIXED_BELOW:g}, about LR {exp(MIXED_BELOW):.1f}"
    )
    column = {NERVE_ROOT: "the root column", REFERRED_MUSCLE: "the muscle column"}
    if balance.side is None:
        text = f"Mixed: the columns weigh the same ({reckoning})."
    elif balance.mixed:
        text = (
            f"Mixed: {column[balance.side]} leads by only {points(balance.margin)}, less than "
            f"{points(MIXED_BELOW)} ({reckoning})."
        )
    else:
        side = "a nerve-root problem" if balance.side == NERVE_ROOT else "referred muscle pain"
        text = f"Leans toward {side} by {points(balance.margin)} ({reckoning})."
    if balance.both_present:
        text += " Evidence on both sides: both may be present (ADEL15)."
    if balance.neuro_signs and balance.side == REFERRED_MUSCLE:
        text += " Objective neurological signs are not explained by referred pain (BOGDUK09)."
    return text
