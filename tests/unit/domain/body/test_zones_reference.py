"""The shipped referral zones and markers sit where the clinical reference puts them (§1a)."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from dashapp.domain.body.geometry import load_surface_regions, load_views
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.body.zones import load_referral_zones, load_trigger_points, region_overlaps

SIDES = ("right", "left")


@pytest.fixture(scope="module")
def views():
    return load_views()


@pytest.fixture(scope="module")
def regions(views):
    return {r.id: r for r in load_surface_regions(views=views)}


@pytest.fixture(scope="module")
def zones(views):
    return load_referral_zones(views=views)


@pytest.fixture(scope="module")
def overlaps(zones, regions):
    return region_overlaps(zones, regions.values())


def covered(zones, overlaps, muscle: str, side: str, kind: str) -> dict[str, float]:
    """Region id -> share covered by one muscle's zones of one kind on one side."""
    out: dict[str, float] = {}
    for z in zones:
        if (z.muscle, z.side, z.kind) == (muscle, side, kind):
            for rid, share in overlaps[z.id].items():
                out[rid] = out.get(rid, 0.0) + share
    return out


@pytest.mark.parametrize("side", SIDES)
def test_gastrocnemius_essential_zone_is_the_instep_not_the_top_of_the_foot(zones, overlaps, side):
    essential = covered(zones, overlaps, "gastrocnemius", side, "essential")
    assert essential.get(f"{side}_sole", 0.0) >= 0.3
    for top in ("foot_top", "big_toe", "toes", "ankle_front"):
        assert f"{side}_{top}" not in essential


@pytest.mark.parametrize("side", SIDES)
def test_piriformis_essential_zone_covers_sacroiliac_region_buttock_and_back_of_hip(
    zones, overlaps, side
):
    essential = covered(zones, overlaps, "piriformis", side, "essential")
    assert essential.get("sacrum", 0.0) >= 0.3
    assert essential.get(f"{side}_hip_outer_back", 0.0) >= 0.4
    for part in ("upper_inner", "upper_outer", "lower_inner", "lower_outer"):
        assert essential.get(f"{side}_buttock_{part}", 0.0) >= 0.4, part


@pytest.mark.parametrize("side", SIDES)
def test_gluteus_medius_trigger_point_1_lies_nearest_the_sacroiliac_joint(views, regions, side):
    sacrum = parse_path(regions["sacrum"].path)
    markers = {
        m.tp: Point(m.x, m.y)
        for m in load_trigger_points(views=views)
        if m.muscle == "gluteus_medius" and m.side == side and m.view == "back"
    }
    assert sacrum.distance(markers["tp1"]) < 20  # under 4 cm, at the back end of the crest
    assert sacrum.distance(markers["tp1"]) < sacrum.distance(markers["tp2"])
