"""The honest comparison: what points toward a nerve root, what toward referred muscle pain.

Each piece of evidence carries a weight in points, roughly the natural log of its likelihood
ratio (ln 2 is about 0.7, ln 3 about 1.1), rounded and kept modest where the sources disagree
or give no figures; data/sciatica/README.md explains each weight. The two columns are summed:

* a lead of LEANING_MARGIN points or more (about a likelihood ratio of 2.7) gives a leaning;
* objective neurological signs (a reflex change, key-muscle weakness, a sensory change in one
  root's skin area) are not explained by referred pain [BOGDUK09], so with them the result is
  never "referred muscle pain";
* neurological signs together with a trigger point that reproduces the familiar pain give
  "mixed": both may be present at once [ADEL15].

Nothing here is a diagnosis, and the red flags always come first (`red_flags`, `gate`).
"""

from __future__ import annotations

from dataclasses import dataclass

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

LEANING_MARGIN = 1.0
NEURO_SIGNS = frozenset(
    {
        "reflex_knee",
        "reflex_ankle",
        "reflex_medial_hamstring",
        "myotome_weakness",
        "dermatomal_sensory_change",
    }
)
TRIGGER_POINT_ITEMS = frozenset({"trigger_point_reproduces", "gluteal_trigger_point_reproduces"})

LEANINGS = {
    NERVE_ROOT: "On balance, your answers and findings lean toward a nerve-root problem: "
    "a nerve irritated where it leaves the lower back.",
    REFERRED_MUSCLE: "On balance, your answers and findings lean toward referred muscle pain: "
    "pain that starts in a muscle and is felt further away, for example down the leg.",
    "mixed": "The picture is mixed or unclear: some signs point to an irritated nerve, "
    "others to a muscle.",
}
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
    therapist_summary: str
    note: str
    therapist_note: str
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
    root_points = round(sum(e.weight for e in root), 2)
    muscle_points = round(sum(e.weight for e in muscle), 2)
    leaning, why = _leaning(set(found), root_points, muscle_points)
    flags = red_flags(intake, facts, findings, data=data)
    return Comparison(
        toward_root=root,
        toward_muscle=muscle,
        root_points=root_points,
        muscle_points=muscle_points,
        leaning=leaning,
        leaning_text=LEANINGS[leaning],
        therapist_summary=f"{why} Points: root {root_points:g}, muscle {muscle_points:g} "
        f"(about ln LR; lead needed {LEANING_MARGIN:g}).",
        note=NOTE,
        therapist_note=THERAPIST_NOTE,
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


def _leaning(found: set[str], root: float, muscle: float) -> tuple[str, str]:
    neuro = bool(found & NEURO_SIGNS)
    if neuro and found & TRIGGER_POINT_ITEMS:
        return "mixed", (
            "Mixed: objective neurological signs and an active trigger point reproducing the "
            "familiar pain; both may contribute (ADEL15)."
        )
    if root - muscle >= LEANING_MARGIN:
        return NERVE_ROOT, "Leans toward a nerve-root problem."
    if muscle - root >= LEANING_MARGIN and not neuro:
        return REFERRED_MUSCLE, "Leans toward referred muscle pain."
    if neuro and muscle - root >= LEANING_MARGIN:
        return "mixed", (
            "Mixed: the muscle column leads, but objective neurological signs are present and "
            "referred pain does not explain them (BOGDUK09)."
        )
    return "mixed", "Mixed or unclear: neither column leads by the margin."
