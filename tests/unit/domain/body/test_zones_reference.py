"""The shipped referral zones and markers sit where the clinical reference puts them (§1a)."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from dashapp.domain.atlas.load import load_atlas
from dashapp.domain.body.geometry import load_surface_regions
from dashapp.domain.body.muscle_keys import ARM_HAND
from dashapp.domain.body.muscles import load_muscle_outlines
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.body.zones import load_referral_zones, load_trigger_points, region_overlaps

SIDES = ("right", "left")


@pytest.fixture(scope="module")
def regions(views):
    return {r.id: r for r in load_surface_regions(views=views)}


@pytest.fixture(scope="module")
def zones(views):
    return load_referral_zones(views=views)


@pytest.fixture(scope="module")
def overlaps(zones, regions):
    return region_overlaps(zones, regions.values())


@pytest.fixture(scope="module")
def outlines(views):
    return load_muscle_outlines(views=views)


@pytest.fixture(scope="module")
def markers(views):
    return load_trigger_points(views=views)


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


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


def gluteus_medius_markers(markers, side: str) -> dict[str, Point]:
    return {
        m.tp: Point(m.x, m.y)
        for m in markers
        if m.muscle == "gluteus_medius" and m.side == side and m.view == "back"
    }


def gluteus_medius_outline(outlines, side: str):
    (outline,) = (
        m for m in outlines if m.muscle == "gluteus_medius" and m.side == side and m.view == "back"
    )
    return parse_path(outline.path)


@pytest.mark.parametrize("side", SIDES)
def test_gluteus_medius_trigger_point_1_lies_beside_the_sacroiliac_joint(markers, regions, side):
    sacrum = parse_path(regions["sacrum"].path)
    points = gluteus_medius_markers(markers, side)
    # §1a: TrP1 posterior, near the SIJ, just below the crest; 8 units is about 1.5 cm
    assert sacrum.distance(points["tp1"]) <= 8
    assert not sacrum.contains(points["tp1"])
    assert sacrum.distance(points["tp1"]) < sacrum.distance(points["tp2"])


@pytest.mark.parametrize("side", SIDES)
def test_gluteus_medius_trigger_point_1_lies_inside_its_outline(outlines, markers, side):
    outline = gluteus_medius_outline(outlines, side)
    tp1 = gluteus_medius_markers(markers, side)["tp1"]
    assert outline.contains(tp1)
    assert outline.exterior.distance(tp1) >= 1  # inside, not on the edge


@pytest.mark.parametrize("side", SIDES)
def test_gluteus_medius_outline_reaches_the_sacroiliac_joint_without_covering_the_sacrum(
    outlines, regions, side
):
    sacrum = parse_path(regions["sacrum"].path)
    outline = gluteus_medius_outline(outlines, side)
    assert outline.distance(sacrum) <= 5  # posterior fibres end just lateral to the PSIS
    assert outline.intersection(sacrum).area < 1.0


# ---- arm and hand (clinical-facts-upper.md §1a) ----

BELOW_ELBOW = (
    "forearm",
    "wrist",
    "hand",
    "back_of_hand",
    "thumb",
    "index",
    "middle",
    "ring",
    "little",
)


def reached(zones, overlaps, muscle: str, side: str) -> set[str]:
    """Region ids, side prefix dropped, that either zone of one muscle and side reaches."""
    out = set(covered(zones, overlaps, muscle, side, "essential"))
    out |= set(covered(zones, overlaps, muscle, side, "spillover"))
    return {rid.removeprefix(f"{side}_") for rid in out}


@pytest.mark.parametrize("muscle", ARM_HAND)
def test_arm_and_hand_patterns_reach_below_the_elbow_as_the_atlas_says(
    atlas, zones, overlaps, muscle
):
    below = atlas.referral(muscle).below_elbow
    for side in SIDES:
        parts = reached(zones, overlaps, muscle, side)
        lower = {p for p in parts if p.startswith(BELOW_ELBOW)}
        if below in ("yes", "partly"):
            assert lower, (muscle, side)
        elif below == "no":
            assert not lower, (muscle, side, lower)
        elif below == "borderline":
            assert not lower and any(p.startswith("elbow") for p in parts), (muscle, side, parts)


@pytest.mark.parametrize("muscle", ARM_HAND)
def test_arm_and_hand_trigger_points_lie_in_their_muscle_outline(outlines, markers, muscle):
    drawn = {(m.side, m.view): parse_path(m.path) for m in outlines if m.muscle == muscle}
    mine = [m for m in markers if m.muscle == muscle]
    assert {m.side for m in mine} == set(SIDES)
    for m in mine:
        assert drawn[(m.side, m.view)].buffer(1.0).contains(Point(m.x, m.y)), m.id


@pytest.mark.parametrize("side", SIDES)
def test_hand_zones_sit_on_the_fingers_and_hand_the_reference_names(zones, overlaps, side):
    # first dorsal interosseous: the index finger, seen on both faces of the hand
    fdi = covered(zones, overlaps, "first_dorsal_interosseous", side, "essential")
    assert {f"{side}_index_finger_front", f"{side}_index_finger_back"} <= set(fdi)
    # flexor digitorum: into the fingers (palm side), not the back of the hand
    fd = covered(zones, overlaps, "flexor_digitorum", side, "essential")
    assert f"{side}_middle_finger_front" in fd and f"{side}_back_of_hand" not in fd
    # extensor carpi radialis brevis: the back of the wrist and hand, not the palm
    ecrb = covered(zones, overlaps, "extensor_carpi_radialis_brevis", side, "essential")
    assert {f"{side}_back_of_hand", f"{side}_wrist_back"} <= set(ecrb)
    assert f"{side}_hand_palm" not in ecrb
    # brachialis: the base of the thumb, not the elbow it lies over
    brachialis = covered(zones, overlaps, "brachialis", side, "essential")
    assert {f"{side}_thumb_back", f"{side}_back_of_hand"} & set(brachialis)
    assert not [r for r in brachialis if r.startswith(f"{side}_elbow")]
