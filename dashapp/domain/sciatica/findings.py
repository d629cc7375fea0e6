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


@dataclass(frozen=True)
class SideFindings:
    """One leg: straight-leg raise, reflexes and key-muscle strength.

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
        for name in REFLEX_ROOTS:
            check_choice(name, getattr(self, name), REFLEX_GRADES)
        for name in MOVEMENT_ROOTS:
            check_choice(name, getattr(self, name), STRENGTH_GRADES)

    @property
    def weak(self) -> tuple[str, ...]:
        """The key movements found weak."""
        return tuple(m for m in MOVEMENT_ROOTS if getattr(self, m) == "weak")


@dataclass(frozen=True, kw_only=True)
class Findings:
    """The examination. trigger_point is the atlas muscle whose palpation reproduced the
    familiar pain, or None (which muscles the atlas has is checked where the atlas is known:
    `parse_findings`, `check_trigger_point`); sensory is the root whose skin area felt changed,
    "none" or "not_tested"."""

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

    def __post_init__(self) -> None:
        for side in SIDES:
            if not isinstance(getattr(self, side), SideFindings):
                raise ValueError(f"{side}: must be the findings for that leg")
        for name in ("crossed_slr", "slump", "femoral_stretch", "fair", "freiberg", "pace"):
            check_choice(name, getattr(self, name), TEST_RESULTS)
        check_choice("sensory", self.sensory, SENSORY)

    def sides(self) -> tuple[tuple[str, SideFindings], ...]:
        """(side name, findings) for left and right."""
        return (("left", self.left), ("right", self.right))


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
            raise ValueError(f"{side}: must be an object of that leg's findings")
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
