"""Root fitting on the shipped textbook (classic) map: the bands leave no stray slivers, and the
classic outer-leg picture fits L5."""

from __future__ import annotations

import pytest

from dashapp.domain.body.dermatome_fit import best_fitting_root, dermatome_overlaps
from dashapp.domain.body.dermatomes import dermatome_shape
from dashapp.domain.body.geometry import region_areas

LEG_ROOTS = ("L3", "L4", "L5", "S1")


@pytest.mark.parametrize("root", LEG_ROOTS)
def test_classic_leg_roots_are_one_piece_on_the_front(dermatomes, root):
    """A stray piece (L5 on the upper inner shin, L3 at the outer knee) would be a sliver of
    skin the map gives to a root far from its band."""
    for d in dermatomes:
        if (d.map, d.root, d.view) == ("classic", root, "front"):
            shape = dermatome_shape(d)
            assert len(getattr(shape, "geoms", [shape])) == 1, d.id


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize(
    "picture",
    [
        ("thigh_outer_upper", "thigh_outer_lower", "calf_outer", "ankle_outer"),
        ("thigh_outer_lower", "calf_outer", "ankle_outer"),
        ("thigh_outer_upper", "thigh_outer_lower", "shin_outer", "calf_outer", "ankle_outer"),
    ],
)
def test_outer_thigh_calf_and_ankle_fit_l5_not_l4_on_the_textbook_map(
    regions, dermatomes, side, picture
):
    marked = [f"{side}_{part}" for part in picture]
    overlaps = dermatome_overlaps(dermatomes, regions)
    ranked = best_fitting_root(marked, dermatomes, overlaps, region_areas(regions), "classic")
    assert ranked[0][:2] == ("L5", side)
    assert ("L4", side) in [r[:2] for r in ranked[1:]]
