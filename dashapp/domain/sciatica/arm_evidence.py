"""Which of the arm's evidence items the history, the examination and the map produce, and
Wainner's clinical prediction rule. The examination is the same `Findings` as the leg's: its
arm fields (findings.py) are read here.

Each rule yields (item id, plain detail, clinical detail), as the leg's rules do; the texts,
weights and sources come from data/sciatica/arm_evidence.csv.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dashapp.domain.sciatica.evidence import FIT_MARGIN, REFLEX_PLAIN, PatternFit, _asymmetric
from dashapp.domain.sciatica.findings import (
    ARM_MOVEMENT_ROOTS,
    ARM_REFLEX_ROOTS,
    ARM_TESTS,
    CPR_TESTS,
    Findings,
)
from dashapp.domain.sciatica.intake import Intake
from dashapp.domain.sciatica.mapfacts import SENSORY_QUALITIES
from dashapp.domain.sciatica.upper import NECK_ARM_GROUPS

# The roots an arm drawing is compared with: the shoulder-top C4 down to T1 (C2-C3 are the
# head and upper neck, T2 the axilla and chest wall).
ARM_ROOTS = ("C4", "C5", "C6", "C7", "C8", "T1")
TEST_ITEMS = {
    "spurling": "spurling_positive",
    "ultt_a": "ultt_a_positive",
    "distraction": "distraction_positive",
    "rotation_under_60": "rotation_under_60",
    "shoulder_abduction": "shoulder_abduction_test",
}
REFLEX_NAMES = {"biceps_reflex": "biceps", "brachioradialis_reflex": "brachioradialis"}
MOVEMENT_PLAIN = {
    "elbow_flexion": "bending the elbow",
    "wrist_extension": "lifting the wrist",
    "elbow_extension": "straightening the elbow",
    "finger_flexion": "gripping with the fingers",
    "finger_abduction": "spreading the little finger",
}
# Wainner's rule, positives of 4 -> (LR+, post-test probability in %), as the reference gives
# them [WAINNER03; JSNYDER-CPR; HITHERA]. 0 and 1 of 4 have no published figures.
CPR_FIGURES = {4: (30.3, 90), 3: (6.1, 65), 2: (0.88, 21)}
CPR_SOURCES = ("WAINNER03", "JSNYDER-CPR", "HITHERA")
# The rule in plain words, by whether three or more of its four tests were positive.
CPR_PLAIN = {
    True: "Three or four of the four neck tests that often go together when a nerve is "
    "irritated were positive.",
    False: "The four neck tests that often go together when a nerve is irritated do not, "
    "together, point strongly to one.",
}

Found = Iterable[tuple[str, str, str]]


@dataclass(frozen=True)
class ArmHistory:
    """The arm's history items: the arm worse than the neck, numbness or pins and needles, and
    relief with the hand on the head."""

    arm_worse: bool = False
    pins_and_needles: bool = False
    hand_on_head: bool = False


def arm_history(intake: Intake, sensory_marked: bool = False) -> ArmHistory:
    """The arm's history items from the answers (unsure, or not asked, counts as not said) and
    the marks: numbness or pins and needles is read from the arm, never from the leg's
    question, either answered (`arm_tingling`) or marked on the neck, shoulder, arm or hand
    (`sensory_marked`, see `arm_sensory_marked`)."""
    return ArmHistory(
        arm_worse=intake.arm_worse == "arm",
        pins_and_needles=intake.arm_tingling == "yes" or sensory_marked,
        hand_on_head=intake.hand_on_head == "yes",
    )


def arm_sensory_marked(marks: Iterable[Any], areas: Mapping[str, Any]) -> bool:
    """Whether a mark (with `region` and `qualities`) on the neck, shoulder, arm or hand (areas
    by id, with `area_group`) is numb or tingling."""
    return any(
        m.region in areas
        and areas[m.region].area_group in NECK_ARM_GROUPS
        and set(m.qualities) & set(SENSORY_QUALITIES)
        for m in marks
    )


@dataclass(frozen=True)
class Cpr:
    """The prediction rule: how many of its four tests were positive and examined, and, when all
    four were examined, the likelihood ratio and post-test probability the reference gives (None
    where it gives none)."""

    positive: int
    examined: int
    likelihood_ratio: float | None
    probability: int | None
    sources: tuple[str, ...] = CPR_SOURCES

    @property
    def plain(self) -> str:
        """The rule in plain words, without figures."""
        return CPR_PLAIN[self.positive >= 3]

    @property
    def text(self) -> str:
        """The rule in clinical words."""
        line = f"Wainner cluster: {self.positive} of {self.examined} examined tests positive"
        if self.examined < len(CPR_TESTS):
            return f"{line} (all 4 are needed for a post-test probability)."
        if self.probability is None:
            return f"{line}; the reference gives no post-test probability for this count."
        return (
            f"{line}: LR+ {self.likelihood_ratio:g}, post-test probability "
            f"{self.probability}% ({'; '.join(self.sources)})."
        )


def cpr(findings: Findings) -> Cpr:
    """Wainner's rule from the examination."""
    positive, examined = findings.cpr
    figures = CPR_FIGURES.get(positive) if examined == len(CPR_TESTS) else None
    lr, probability = figures if figures else (None, None)
    return Cpr(positive, examined, lr, probability)


def history_items(history: ArmHistory) -> Found:
    """Items from the answers."""
    if history.arm_worse:
        yield "arm_worse_than_neck", "", ""
    if history.pins_and_needles:
        yield "arm_pins_and_needles", "", ""
    if history.hand_on_head:
        yield "hand_on_head_relief", "", ""


def examination_items(findings: Findings, muscle_names, plain_names) -> Found:
    """Items from the examination (muscle names from the atlas)."""
    for test in ARM_TESTS:
        if getattr(findings, test) == "positive":
            yield TEST_ITEMS[test], "", ""
    if findings.ultt_a == "negative":
        yield "ultt_a_negative", "", ""
    rule = cpr(findings)
    if rule.positive >= 3:
        yield "wainner_cluster", "", f"{rule.positive} of {rule.examined} examined"
    sides = findings.sides()
    plain, detail, reflexes_tested = [], [], False
    for name in ARM_REFLEX_ROOTS:
        grades = {side: getattr(s, name) for side, s in sides}
        reflexes_tested |= any(g != "not_tested" for g in grades.values())
        label = REFLEX_NAMES.get(name, "triceps")
        for side, grade in _asymmetric(grades):
            plain.append(f"{REFLEX_PLAIN[grade]} on the {side} ({label})")
            detail.append(f"{label} ({ARM_REFLEX_ROOTS[name]}) {grade} on the {side}")
    if plain:
        yield "arm_reflex", ", ".join(plain), "; ".join(detail)
    weak = [(side, m) for side, s in sides for m in s.arm_weak]
    if weak:
        yield (
            "arm_myotome_weakness",
            ", ".join(f"{MOVEMENT_PLAIN[m]} ({side})" for side, m in weak),
            ", ".join(
                f"{m.replace('_', ' ')} ({ARM_MOVEMENT_ROOTS[m]}) {side}" for side, m in weak
            ),
        )
    if findings.arm_sensory in ARM_ROOTS:
        yield "arm_dermatomal_sensory_change", "", findings.arm_sensory
    strength = sum(getattr(s, m) != "not_tested" for _, s in sides for m in ARM_MOVEMENT_ROOTS)
    if strength and reflexes_tested and not weak and not plain and findings.arm_sensory == "none":
        yield "arm_no_neuro_deficit", "", f"{strength} key-muscle tests, reflexes, sensation"
    if findings.trigger_point is not None:
        muscle = findings.trigger_point
        yield "arm_trigger_point_reproduces", plain_names[muscle], muscle_names[muscle]


def pattern_items(
    best_root: PatternFit | None, best_muscle: PatternFit | None, muscle_names, plain_names
) -> Found:
    """Items from how well the map fits a cervical root or a muscle."""
    if best_root is None or best_muscle is None:
        return
    root, muscle, name = best_root, best_muscle, muscle_names[best_muscle.id]
    if muscle.explained >= root.explained + FIT_MARGIN:
        detail = f"{name}: {muscle.explained:.0%} of the marked pain explained, against "
        yield (
            "arm_pattern_fits_muscle",
            plain_names[muscle.id],
            f"{detail}{root.explained:.0%} for {root.id}",
        )
    elif root.explained >= muscle.explained + FIT_MARGIN:
        detail = f"{root.id}: {root.explained:.0%} of the marked pain explained, against "
        yield "arm_pattern_fits_dermatome", "", f"{detail}{muscle.explained:.0%} for {name}"
