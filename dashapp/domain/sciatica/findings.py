"""What the therapist finds on examination, per side where the test is per side.

Everything defaults to "not done" / "not tested", so only what was examined needs recording.
Strength is recorded as normal / weak rather than on the MRC 0-5 scale: the comparison only
asks whether a key muscle is weak, and a three-way answer is quicker to record and to check.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from dashapp.domain.sciatica.intake import check_choice

TEST_RESULTS = ("positive", "negative", "not_done")
REFLEX_GRADES = ("normal", "reduced", "absent", "not_tested")
STRENGTH_GRADES = ("normal", "weak", "not_tested")
SENSORY = ("L2", "L3", "L4", "L5", "S1", "S2", "none", "not_tested")
SIDES = ("left", "right")

# Reflex -> root, and key movement -> root, after Harrison's table [HPIM] and the ISNCSCI key
# muscles. The medial hamstring reflex stands in for L5, which has no standard one [ESENE].
REFLEX_ROOTS = {"knee_reflex": "L4", "ankle_reflex": "S1", "medial_hamstring_reflex": "L5"}
MOVEMENT_ROOTS = {
    "hip_flexion": "L2",
    "knee_extension": "L3",
    "ankle_dorsiflexion": "L4",
    "big_toe_extension": "L5",
    "plantarflexion": "S1",
}
MAX_SLR_ANGLE = 90
# The arm, after Kang, Lee & Lee's table and the ISNCSCI key muscles [KANG20].
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
# The four tests of Wainner's clinical prediction rule [WAINNER03], then the shoulder abduction
# test. rotation_under_60 is "positive" when rotation toward the painful side is under 60
# degrees; distraction and shoulder_abduction are "positive" when they ease the arm pain.
CPR_TESTS = ("ultt_a", "rotation_under_60", "distraction", "spurling")
ARM_TESTS = (*CPR_TESTS, "shoulder_abduction")


@dataclass(frozen=True)
class SideFindings:
    """One side: the leg's straight-leg raise, reflexes and key-muscle strength, then the
    arm's reflexes and key-muscle strength.

    slr_angle is the hip angle in degrees (0-90) at which the test stopped or the leg pain
    came on; None means not done. slr_leg_pain says whether it brought on the leg pain.
    """

    slr_angle: int | None = None
    slr_leg_pain: bool = False
    knee_reflex: str = "not_tested"
    ankle_reflex: str = "not_tested"
    medial_hamstring_reflex: str = "not_tested"
    hip_flexion: str = "not_tested"
    knee_extension: str = "not_tested"
    ankle_dorsiflexion: str = "not_tested"
    big_toe_extension: str = "not_tested"
    plantarflexion: str = "not_tested"
    biceps_reflex: str = "not_tested"
    brachioradialis_reflex: str = "not_tested"
    triceps_reflex: str = "not_tested"
    elbow_flexion: str = "not_tested"
    wrist_extension: str = "not_tested"
    elbow_extension: str = "not_tested"
    finger_flexion: str = "not_tested"
    finger_abduction: str = "not_tested"

    def __post_init__(self) -> None:
        angle = self.slr_angle
        if angle is not None and (
            isinstance(angle, bool) or not isinstance(angle, int) or not 0 <= angle <= MAX_SLR_ANGLE
        ):
            raise ValueError(f"slr_angle: must be a whole number from 0 to 90, not {angle!r}")
        if not isinstance(self.slr_leg_pain, bool):
            raise ValueError(f"slr_leg_pain: must be true or false, not {self.slr_leg_pain!r}")
        if self.slr_leg_pain and angle is None:
            raise ValueError("slr_leg_pain: give the angle (slr_angle) of a test that was done")
        for name in (*REFLEX_ROOTS, *ARM_REFLEX_ROOTS):
            check_choice(name, getattr(self, name), REFLEX_GRADES)
        for name in (*MOVEMENT_ROOTS, *ARM_MOVEMENT_ROOTS):
            check_choice(name, getattr(self, name), STRENGTH_GRADES)

    @property
    def weak(self) -> tuple[str, ...]:
        """The leg's key movements found weak."""
        return tuple(m for m in MOVEMENT_ROOTS if getattr(self, m) == "weak")

    @property
    def arm_weak(self) -> tuple[str, ...]:
        """The arm's key movements found weak."""
        return tuple(m for m in ARM_MOVEMENT_ROOTS if getattr(self, m) == "weak")


@dataclass(frozen=True, kw_only=True)
class Findings:
    """The examination. trigger_point is the atlas muscle whose palpation reproduced the
    familiar pain, or None (which muscles the atlas has is checked where the atlas is known:
    `parse_findings`, `check_trigger_point`); sensory is the root whose skin area felt changed,
    "none" or "not_tested"; arm_sensory the same for the arm's roots (ARM_SENSORY)."""

    left: SideFindings = field(default_factory=SideFindings)
    right: SideFindings = field(default_factory=SideFindings)
    crossed_slr: str = "not_done"
    slump: str = "not_done"
    femoral_stretch: str = "not_done"
    sensory: str = "not_tested"
    trigger_point: str | None = None
    fair: str = "not_done"
    freiberg: str = "not_done"
    pace: str = "not_done"
    spurling: str = "not_done"
    ultt_a: str = "not_done"
    distraction: str = "not_done"
    rotation_under_60: str = "not_done"
    shoulder_abduction: str = "not_done"
    arm_sensory: str = "not_tested"

    def __post_init__(self) -> None:
        for side in SIDES:
            if not isinstance(getattr(self, side), SideFindings):
                raise ValueError(f"{side}: must be the findings for that side")
        for name in ("crossed_slr", "slump", "femoral_stretch", "fair", "freiberg", "pace"):
            check_choice(name, getattr(self, name), TEST_RESULTS)
        for name in ARM_TESTS:
            check_choice(name, getattr(self, name), TEST_RESULTS)
        check_choice("sensory", self.sensory, SENSORY)
        check_choice("arm_sensory", self.arm_sensory, ARM_SENSORY)

    def sides(self) -> tuple[tuple[str, SideFindings], ...]:
        """(side name, findings) for left and right."""
        return (("left", self.left), ("right", self.right))

    @property
    def cpr(self) -> tuple[int, int]:
        """(positive, examined) among the four tests of the arm's prediction rule."""
        results = [getattr(self, t) for t in CPR_TESTS]
        return results.count("positive"), sum(r != "not_done" for r in results)


SIDE_FIELDS = tuple(f.name for f in fields(SideFindings))
FINDINGS_FIELDS = tuple(f.name for f in fields(Findings))


def parse_findings(raw: Any, muscles: Collection[str]) -> Findings:
    """Findings from plain data ({"left": {...}, "right": {...}, "slump": ...}), the trigger
    point one of `muscles` (the atlas's); ValueError naming the field on any fault. Fields
    left out are "not done"."""
    if not isinstance(raw, Mapping):
        raise ValueError("The findings must be an object.")
    _refuse_unknown("findings", raw, FINDINGS_FIELDS)
    values = dict(raw)
    for side in SIDES:
        given = values.get(side, {})
        if not isinstance(given, Mapping):
            raise ValueError(f"{side}: must be an object of that side's findings")
        _refuse_unknown(side, given, SIDE_FIELDS)
        try:
            values[side] = SideFindings(**given)
        except ValueError as err:
            raise ValueError(f"{side}.{err}") from None
    if values.get("trigger_point") in ("", "none"):
        values["trigger_point"] = None
    return check_trigger_point(Findings(**values), muscles)


def check_trigger_point(findings: Findings, muscles: Collection[str]) -> Findings:
    """The findings, if their trigger point (if any) is one of `muscles`; ValueError otherwise."""
    if findings.trigger_point is not None:
        check_choice("trigger_point", findings.trigger_point, muscles)
    return findings


def _refuse_unknown(where: str, data: Mapping, known: tuple[str, ...]) -> None:
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        raise ValueError(f"Unknown {where} field(s): {', '.join(unknown)}")
