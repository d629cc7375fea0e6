"""Which evidence items an intake, a map and an examination produce.

Each rule yields (item id, plain detail, clinical detail, extra source keys); the texts, weights
and sources come from data/sciatica/evidence.csv (see sciatica_compare for how they are weighed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dashapp.domain.sciatica.data import SciaticaData
from dashapp.domain.sciatica.findings import MOVEMENT_ROOTS, SENSORY, Findings
from dashapp.domain.sciatica.intake import Intake, MapFacts

# A map pattern "fits better" when it explains this much more of the marked pain.
FIT_MARGIN = 0.15

ROOTS = tuple(s for s in SENSORY if s[0] in "LS")
GLUTEAL_MUSCLES = frozenset(
    {
        "gluteus_maximus",
        "gluteus_medius",
        "gluteus_minimus_anterior",
        "gluteus_minimus_posterior",
        "piriformis",
        "deep_rotators",
    }
)
# Coughing is scored on its own (toward the root, with its caveat), so not as a muscle match.
NOT_MATCHED = frozenset({"coughing_sneezing"})
REFLEX_ITEMS = {
    "knee_reflex": ("reflex_knee", "knee"),
    "ankle_reflex": ("reflex_ankle", "ankle"),
    "medial_hamstring_reflex": ("reflex_medial_hamstring", "medial hamstring"),
}
REFLEX_RANK = {"normal": 0, "reduced": 1, "absent": 2}
REFLEX_PLAIN = {"reduced": "weaker", "absent": "missing"}
MOVEMENT_PLAIN = {
    "hip_flexion": "lifting the thigh",
    "knee_extension": "straightening the knee",
    "ankle_dorsiflexion": "pulling the foot up",
    "big_toe_extension": "lifting the big toe",
    "plantarflexion": "pushing the foot down",
}
WEAKNESS_PLAIN = {
    "tripping": "tripping",
    "foot_slapping": "the foot slapping down",
    "giving_way": "the leg giving way",
}
PIRIFORMIS_TESTS = {
    "fair": "piriformis_fair",
    "freiberg": "piriformis_freiberg",
    "pace": "piriformis_pace",
}


@dataclass(frozen=True)
class PatternFit:
    """How well one pattern fits the marked areas: `id` is a root ("L5") or an atlas muscle
    id, `explained` the share (0-1) of the marked pain it accounts for."""

    id: str
    explained: float

    def __post_init__(self) -> None:
        if not isinstance(self.explained, int | float) or not 0 <= self.explained <= 1:
            raise ValueError(f"explained: must be a share from 0 to 1, not {self.explained!r}")


Found = Iterable[tuple[str, str, str, tuple[str, ...]]]


def history_items(intake: Intake, facts: MapFacts) -> Found:
    """Items from the answers and the map."""
    leg_worse = intake.worse == "leg"
    if facts.below_knee:
        yield "below_knee", "", "", ()
    if leg_worse:
        yield "leg_worse_than_back", "", "", ()
    if intake.numb_or_tingling:
        yield "numbness_or_tingling", "", "", ()
    if facts.below_knee and leg_worse and intake.numb_or_tingling:
        yield "cluster", "", "", ()
    if intake.cough_sneeze == "leg":
        yield "cough_leg", "", "", ()
    if intake.weakness:
        signs = ", ".join(WEAKNESS_PLAIN[s] for s in intake.weakness)
        yield "reported_weakness", signs, signs, ()


def examination_items(findings: Findings, *, data: SciaticaData) -> Found:
    """Items from the examination (muscle names from `data`)."""
    sides = findings.sides()
    done = [(name, s) for name, s in sides if s.slr_angle is not None]
    positive = [f"{name} at {s.slr_angle}°" for name, s in done if s.slr_leg_pain]
    if positive:
        yield "slr_positive", "", "; ".join(positive), ()
    elif done:
        yield "slr_negative", "", "; ".join(f"{n} to {s.slr_angle}°" for n, s in done), ()
    for test, item_id in (
        ("crossed_slr", "crossed_slr"),
        ("slump", "slump"),
        ("femoral_stretch", "femoral_stretch"),
        *PIRIFORMIS_TESTS.items(),
    ):
        if getattr(findings, test) == "positive":
            yield item_id, "", "", ()
    tested = []
    for field, (item_id, name) in REFLEX_ITEMS.items():
        grades = {side: getattr(s, field) for side, s in sides}
        changes = _asymmetric(grades)
        if changes:
            plain = " and ".join(f"{REFLEX_PLAIN[g]} on the {side}" for side, g in changes)
            detail = " and ".join(f"{g} on the {side}" for side, g in changes)
            yield item_id, plain, detail, ()
        if any(g != "not_tested" for g in grades.values()):
            tested.append((name, set(grades.values()) <= {"normal", "not_tested"}))
    if tested and all(normal for _, normal in tested):
        yield "normal_reflexes", "", ", ".join(name for name, _ in tested), ()
    weak = [(side, m) for side, s in sides for m in s.weak]
    if weak:
        plain = ", ".join(f"{MOVEMENT_PLAIN[m]} ({side})" for side, m in weak)
        detail = ", ".join(
            f"{m.replace('_', ' ')} ({MOVEMENT_ROOTS[m]}) {side}" for side, m in weak
        )
        yield "myotome_weakness", plain, detail, ()
    if findings.sensory in ROOTS:
        yield "dermatomal_sensory_change", "", findings.sensory, ()
    strength = [m for _, s in sides for m in MOVEMENT_ROOTS if getattr(s, m) != "not_tested"]
    if strength and not weak and findings.sensory == "none":
        detail = f"{len(strength)} key-muscle tests normal, sensation normal"
        yield "no_neuro_deficit", "", detail, ()
    if findings.trigger_point is not None:
        muscle = findings.trigger_point
        item_id = (
            "gluteal_trigger_point_reproduces"
            if muscle in GLUTEAL_MUSCLES
            else "trigger_point_reproduces"
        )
        yield item_id, data.muscle_plain_names[muscle], data.muscle_names[muscle], ()


def _asymmetric(grades: dict[str, str]) -> list[tuple[str, str]]:
    """Sides with a reduced or absent reflex that the other side does not share; symmetric
    changes are common with age and in healthy people, so they are not counted."""
    changes = []
    for side, grade in grades.items():
        other = next(g for s, g in grades.items() if s != side)
        if grade in REFLEX_PLAIN and REFLEX_RANK.get(other, -1) < REFLEX_RANK[grade]:
            changes.append((side, grade))
    return changes


def pattern_items(
    intake: Intake,
    findings: Findings | None,
    best_root: PatternFit | None,
    best_muscle: PatternFit | None,
    *,
    data: SciaticaData,
) -> Found:
    """Items from how well the map fits a root or a muscle, and from matching aggravators
    (which activities aggravate which muscle, from `data`)."""
    root_fits_better = False
    if best_root is not None and best_muscle is not None:
        name, muscle, root = data.muscle_names[best_muscle.id], best_muscle, best_root
        if muscle.explained >= root.explained + FIT_MARGIN:
            plain = data.muscle_plain_names[best_muscle.id]
            detail = f"{name}: {muscle.explained:.0%} of the marked pain explained, against "
            yield "pattern_fits_muscle", plain, f"{detail}{root.explained:.0%} for {root.id}", ()
        elif root.explained >= muscle.explained + FIT_MARGIN:
            root_fits_better = True
            detail = f"{root.id}: {root.explained:.0%} of the marked pain explained, against "
            yield "pattern_fits_dermatome", "", f"{detail}{muscle.explained:.0%} for {name}", ()
    # Aggravators count for the muscle the examination found, and for the best-fitting muscle
    # unless a root's skin area fits the map clearly better.
    muscles = (
        findings.trigger_point if findings is not None else None,
        best_muscle.id if best_muscle is not None and not root_fits_better else None,
    )
    matched: dict[str, tuple[str, ...]] = {}
    details, plain_details = [], []
    for muscle_id in dict.fromkeys(m for m in muscles if m):
        tied = data.muscle_activities.get(muscle_id, {})
        hits = [a for a in intake.activities if a in tied and a not in NOT_MATCHED]
        if hits:
            labels = ", ".join(data.activities[a].lower() for a in hits)
            details.append(f"{data.muscle_names[muscle_id]}: {labels}")
            plain_details.append(f"{data.muscle_plain_names[muscle_id]}: {labels}")
            matched.update({a: tied[a] for a in hits})
    if matched:
        sources = tuple(k for a in matched for k in matched[a])
        yield "aggravators_match", "; ".join(plain_details), "; ".join(details), sources
