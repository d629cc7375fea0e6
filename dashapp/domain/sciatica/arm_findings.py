"""The arm's history answers and examination, per side where the test is per side.

Everything defaults to "not done" / "not tested", so only what was examined needs recording.
Roots of the reflexes and key muscles after Kang, Lee & Lee's table and the ISNCSCI key muscles
[KANG20]; strength is normal / weak, as for the leg.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from dashapp.domain.sciatica.findings import (
    REFLEX_GRADES,
    SIDES,
    STRENGTH_GRADES,
    TEST_RESULTS,
    check_trigger_point,
)
from dashapp.domain.sciatica.intake import ANSWERS, check_choice

ARM_REFLEX_ROOTS = {
    "biceps_reflex": "C5-C6",
    "brachioradialis_reflex": "C6",
    "triceps_reflex": "C7",
}
ARM_MOVEMENT_ROOTS = {
    "elbow_flexion": "C5",
    "wrist_extension": "C6",
    "elbow_extension": "C7",
    "finger_flexion": "C8",
    "finger_abduction": "T1",
}
ARM_SENSORY = ("C4", "C5", "C6", "C7", "C8", "T1", "none", "not_tested")
# The four tests of Wainner's clinical prediction rule [WAINNER03].
CPR_TESTS = ("ultt_a", "rotation_under_60", "distraction", "spurling")
ARM_TESTS = (*CPR_TESTS, "shoulder_abduction")
ARM_WORSE = ("arm", "neck", "same")


@dataclass(frozen=True)
class ArmSide:
    """One arm: reflexes and key-muscle strength."""

    biceps_reflex: str = "not_tested"
    brachioradialis_reflex: str = "not_tested"
    triceps_reflex: str = "not_tested"
    elbow_flexion: str = "not_tested"
    wrist_extension: str = "not_tested"
    elbow_extension: str = "not_tested"
    finger_flexion: str = "not_tested"
    finger_abduction: str = "not_tested"

    def __post_init__(self) -> None:
        for name in ARM_REFLEX_ROOTS:
            check_choice(name, getattr(self, name), REFLEX_GRADES)
        for name in ARM_MOVEMENT_ROOTS:
            check_choice(name, getattr(self, name), STRENGTH_GRADES)

    @property
    def weak(self) -> tuple[str, ...]:
        """The key movements found weak."""
        return tuple(m for m in ARM_MOVEMENT_ROOTS if getattr(self, m) == "weak")


@dataclass(frozen=True, kw_only=True)
class ArmFindings:
    """The arm examination. `rotation_under_60` is "positive" when rotation toward the painful
    side is under 60 degrees; `distraction` and `shoulder_abduction` are "positive" when they
    ease the arm pain; `sensory` is the root whose skin area felt changed; `trigger_point` the
    atlas muscle whose palpation reproduced the familiar pain, or None."""

    left: ArmSide = field(default_factory=ArmSide)
    right: ArmSide = field(default_factory=ArmSide)
    spurling: str = "not_done"
    ultt_a: str = "not_done"
    distraction: str = "not_done"
    rotation_under_60: str = "not_done"
    shoulder_abduction: str = "not_done"
    sensory: str = "not_tested"
    trigger_point: str | None = None

    def __post_init__(self) -> None:
        for side in SIDES:
            if not isinstance(getattr(self, side), ArmSide):
                raise ValueError(f"{side}: must be the findings for that arm")
        for name in ARM_TESTS:
            check_choice(name, getattr(self, name), TEST_RESULTS)
        check_choice("sensory", self.sensory, ARM_SENSORY)

    def sides(self) -> tuple[tuple[str, ArmSide], ...]:
        """(side name, findings) for left and right."""
        return (("left", self.left), ("right", self.right))

    @property
    def cpr(self) -> tuple[int, int]:
        """(positive, examined) among the four tests of the prediction rule."""
        results = [getattr(self, t) for t in CPR_TESTS]
        return results.count("positive"), sum(r != "not_done" for r in results)


ARM_SIDE_FIELDS = tuple(f.name for f in fields(ArmSide))
ARM_FINDINGS_FIELDS = tuple(f.name for f in fields(ArmFindings))


def parse_arm_findings(raw: Any, muscles: Collection[str]) -> ArmFindings:
    """ArmFindings from plain data ({"left": {...}, "spurling": ...}), the trigger point one of
    `muscles`; ValueError naming the field on any fault. Fields left out are "not done"."""
    if not isinstance(raw, Mapping):
        raise ValueError("The arm findings must be an object.")
    _refuse_unknown("arm findings", raw, ARM_FINDINGS_FIELDS)
    values = dict(raw)
    for side in SIDES:
        given = values.get(side, {})
        if not isinstance(given, Mapping):
            raise ValueError(f"{side}: must be an object of that arm's findings")
        _refuse_unknown(side, given, ARM_SIDE_FIELDS)
        try:
            values[side] = ArmSide(**given)
        except ValueError as err:
            raise ValueError(f"{side}.{err}") from None
    if values.get("trigger_point") in ("", "none"):
        values["trigger_point"] = None
    return check_trigger_point(ArmFindings(**values), muscles)


@dataclass(frozen=True)
class ArmHistory:
    """The arm's history items: the arm worse than the neck, numbness or pins and needles in
    the arm, and relief with the hand on the head."""

    arm_worse: bool = False
    pins_and_needles: bool = False
    hand_on_head: bool = False


def parse_arm_history(answers: Mapping[str, Any]) -> ArmHistory:
    """ArmHistory from the answers `arm_worse` (arm, neck, same), `numbness`,
    `pins_and_needles` and `hand_on_head` (yes, no, unsure); unanswered counts as not said."""
    given = {k: v for k, v in answers.items() if v not in (None, "")}
    for name, allowed in (("arm_worse", ARM_WORSE), ("hand_on_head", ANSWERS)):
        if name in given:
            check_choice(name, given[name], allowed)
    return ArmHistory(
        arm_worse=given.get("arm_worse") == "arm",
        pins_and_needles="yes" in (given.get("numbness"), given.get("pins_and_needles")),
        hand_on_head=given.get("hand_on_head") == "yes",
    )


def _refuse_unknown(where: str, data: Mapping, known: tuple[str, ...]) -> None:
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        raise ValueError(f"Unknown {where} field(s): {', '.join(unknown)}")
