"""What the marked map says for the sciatica rules: legs, below the knee, the saddle.

"Below the knee" is read from the drawing itself: an area lies below the knee when its top edge
is at or below the middle of the knee area of the same view and side. So the rule follows the
geometry in data/geometry instead of a list of names that could drift from it.

The map never asserts the saddle warning sign on its own: pain in the lower inner buttocks is
one of the commonest pictures of ordinary back, buttock and sciatic pain. A mark of numbness or
pins and needles there (`saddle_sensory`) only means the saddle question must be asked at once.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.sciatica.upper import upper_sections

# Map areas: "leg" means below the buttock; "below the knee" leaves the knee itself out.
LEG_GROUPS = ("thigh", "knee", "leg", "ankle", "foot")
# Kept for the callers that name them; the rules read "below the knee" from the geometry, and a
# test checks that both agree on the shipped map.
BELOW_KNEE_GROUPS = ("leg", "ankle", "foot")
KNEE_GROUP = "knee"
# The saddle: the lower inner buttocks (either side of the natal cleft, towards the anus) and
# the pubic area (genitals), where the S3-S5 skin area of the classic dermatome map lies. The
# sacrum and the upper inner buttocks are left out: ordinary low back, sacroiliac and gluteal
# pain sits there.
SADDLE_REGIONS = ("left_buttock_lower_inner", "right_buttock_lower_inner", "pubic")
# The low back picture: pain from the low back down. "Thoracic pain" is a warning sign of the
# low back's guideline only beside it; pain marked in the neck, shoulder, arm or upper back and
# nowhere here is an upper picture, where pain between the shoulder blades is ordinary
# (rhomboids, middle trapezius, scalenes; the C7 root) [NAM-TRAP; KANG20].
LOW_BACK_GROUPS = ("lower_back", "pelvis", "buttock", "hip", *LEG_GROUPS)
UPPER_PICTURE_GROUPS = ("neck", "shoulder", "arm", "hand", "upper_back")
# Qualities of a mark that describe a changed feeling rather than a kind of pain.
SENSORY_QUALITIES = ("numb", "tingling")
LEG_SIDES = ("left", "right")


class RegionLike(Protocol):
    id: str
    view: str
    side: str
    area_group: str
    label: str
    path: str


@dataclass(frozen=True)
class MapFacts:
    """What the marked areas say: pain below the knee, below the knee on both sides, any mark in
    the saddle area, numbness or pins and needles marked there, and which sections of the neck,
    arm, head and jaw warning questions the marks make relevant (upper.py)."""

    below_knee: bool = False
    both_legs: bool = False
    saddle: bool = False
    leg_sides: frozenset[str] = frozenset()
    below_knee_sides: frozenset[str] = frozenset()
    saddle_sensory: bool = False
    upper: frozenset[str] = frozenset()
    # Marks in the neck, shoulder, arm, hand or upper back, and none from the low back down.
    upper_picture: bool = False
    # The area groups marked (upper.callouts reads them).
    groups: frozenset[str] = frozenset()


def map_facts(
    region_ids: Iterable[str],
    regions: Mapping[str, RegionLike] | Iterable[RegionLike],
    qualities: Mapping[str, Collection[str]] | None = None,
) -> MapFacts:
    """Read MapFacts from the marked region ids and, if given, each mark's qualities (region id
    -> quality keys); ValueError on an id not among `regions`."""
    by_id = regions if isinstance(regions, Mapping) else {r.id: r for r in regions}
    marked = list(dict.fromkeys(region_ids))
    unknown = [r for r in marked if r not in by_id]
    if unknown:
        raise ValueError(f"Unknown region id(s): {', '.join(map(str, unknown))}")
    areas = [by_id[r] for r in marked]
    leg_sides = frozenset(
        a.side for a in areas if a.area_group in LEG_GROUPS and a.side in LEG_SIDES
    )
    lower = below_knee_ids(by_id.values())
    below = frozenset(a.side for a in areas if a.id in lower)
    felt = qualities or {}
    return MapFacts(
        below_knee=bool(below),
        both_legs=below >= set(LEG_SIDES),
        saddle=any(a.id in SADDLE_REGIONS for a in areas),
        leg_sides=leg_sides,
        below_knee_sides=below,
        saddle_sensory=any(
            a.id in SADDLE_REGIONS and set(felt.get(a.id, ())) & set(SENSORY_QUALITIES)
            for a in areas
        ),
        upper=upper_sections(areas),
        upper_picture=any(a.area_group in UPPER_PICTURE_GROUPS for a in areas)
        and not any(a.area_group in LOW_BACK_GROUPS for a in areas),
        groups=frozenset(a.area_group for a in areas),
    )


def below_knee_ids(regions: Iterable[RegionLike]) -> frozenset[str]:
    """The ids of the areas that lie below the knee of their own view and side."""
    regions = list(regions)
    knees: dict[tuple[str, str], float] = {}
    for r in regions:
        if r.area_group == KNEE_GROUP and r.side in LEG_SIDES:
            top, bottom = _span(r.path)
            middle = (top + bottom) / 2
            knees[(r.view, r.side)] = max(middle, knees.get((r.view, r.side), middle))
    return frozenset(
        r.id
        for r in regions
        if r.area_group != KNEE_GROUP
        and (r.view, r.side) in knees
        and _span(r.path)[0] >= knees[(r.view, r.side)]
    )


@lru_cache(maxsize=512)
def _span(path: str) -> tuple[float, float]:
    """Top and bottom (y, downwards) of an area's outline."""
    _, top, _, bottom = parse_path(path).bounds
    return top, bottom
