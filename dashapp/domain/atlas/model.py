"""The atlas records: muscles, trigger points, referral patterns and what goes with them.

Every clinical record carries `sources` (keys into sources.csv) and a `confidence` of high,
medium or low; the data README explains how these follow the reference's marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BODY_AREAS: dict[str, str] = {
    "head_jaw": "Head and jaw",
    "neck": "Neck",
    "shoulder": "Shoulder and shoulder blade",
    "upper_back": "Upper back",
    "chest": "Chest",
    "arm": "Upper arm and elbow",
    "forearm_hand": "Forearm and hand",
    "low_back": "Low back",
    "abdomen": "Abdomen",
    "hip_buttock": "Hip and buttock",
    "thigh": "Thigh",
    "leg": "Lower leg",
}
# The areas above the waist: their muscles say whether pain reaches below the elbow, those
# below it whether it reaches below the knee.
UPPER_AREAS = ("head_jaw", "neck", "shoulder", "upper_back", "chest", "arm", "forearm_hand")
DEPTHS = ("superficial", "deep")
BELOW_KNEE = ("yes", "no", "partly", "borderline", "only_if_nerve_entrapped", "uncertain")
# A level or range of spinal roots ("L4-S1"), or a cranial nerve ("CN V"); several joined by
# ", " where a muscle has both ("CN XI, C2-C4").
_LEVEL = r"(?:CN [IVX]+|[CTLS]\d{1,2}(?:-[CTLS]\d{1,2})?)"
SPINAL_LEVELS = re.compile(rf"{_LEVEL}(?:, {_LEVEL})*")
ROOT = re.compile(r"[CTLS]\d{1,2}")


@dataclass(frozen=True)
class Source:
    """A reference the atlas cites, by its short key."""

    key: str
    citation: str
    url: str


@dataclass(frozen=True)
class Activity:
    """Something a patient does that can bring the pain on (shared with the intake)."""

    id: str
    label: str
    hint: str


@dataclass(frozen=True)
class Technique:
    """A hands-on technique a therapist may use."""

    id: str
    label: str
    description: str


def plain_name(lay_name: str, name: str) -> str:
    """A muscle as patients read it: "Small buttock muscle (gluteus minimus)". Brackets inside
    the Latin become square ones, as in "(scalenes [anterior, middle and posterior])"."""
    latin = f"{name[0].lower()}{name[1:]}".replace("(", "[").replace(")", "]")
    return f"{lay_name} ({latin})"


@dataclass(frozen=True)
class Muscle:
    """One atlas muscle (or muscle part) with its anatomy and the outline that draws it."""

    id: str
    name: str
    lay_name: str
    body_area: str
    depth: str
    innervation: str
    spinal_levels: str
    action: str
    outline: str
    sources: tuple[str, ...]
    confidence: str
    note: str

    @property
    def plain_name(self) -> str:
        """What patients read: the lay name with the Latin after it."""
        return plain_name(self.lay_name, self.name)

    @property
    def deep(self) -> bool:
        """True for muscles that lie under others (felt through them, not seen)."""
        return self.depth == "deep"

    @property
    def upper(self) -> bool:
        """True for a muscle above the waist: its pain is told by the elbow, not the knee."""
        return self.body_area in UPPER_AREAS


@dataclass(frozen=True)
class TriggerPoint:
    """Where one trigger point of a muscle usually lies."""

    muscle: str
    tp: str
    location: str
    sources: tuple[str, ...]
    confidence: str


@dataclass(frozen=True)
class ReferralPattern:
    """Where a muscle's trigger points send pain, and which nerve-root patterns it resembles.

    `can_mimic` holds root levels ("L5") and conditions; `inferred_mimics` is the part of it
    that is only an overlap with root-pain maps, not a published claim.
    """

    muscle: str
    essential_zone: str
    spillover_zone: str
    below_knee: str
    below_elbow: str
    can_mimic: tuple[str, ...]
    inferred_mimics: tuple[str, ...]
    symptoms: str
    sources: tuple[str, ...]
    confidence: str
    caution: str

    @property
    def mimic_is_inference(self) -> bool:
        """True when any of the mimicked patterns is an inference."""
        return bool(self.inferred_mimics)

    @property
    def roots(self) -> tuple[str, ...]:
        """The nerve-root levels among `can_mimic`, e.g. ("L5",)."""
        return tuple(m for m in self.can_mimic if ROOT.fullmatch(m))

    def reaches_below_knee(self) -> bool:
        """True when referred pain (not only nerve entrapment) goes below the knee."""
        return self.below_knee in ("yes", "partly")


@dataclass(frozen=True)
class MuscleActivity:
    """An activity the reference ties to a muscle's pain."""

    muscle: str
    activity: str
    sources: tuple[str, ...]
    confidence: str


@dataclass(frozen=True)
class Treatment:
    """A technique that may be used on a muscle."""

    muscle: str
    technique: str
    sources: tuple[str, ...]
    confidence: str
    caution: str


@dataclass(frozen=True)
class SelfCare:
    """A gentle self-care stretch for a muscle."""

    muscle: str
    stretch: str
    sources: tuple[str, ...]
    confidence: str
    caution: str
