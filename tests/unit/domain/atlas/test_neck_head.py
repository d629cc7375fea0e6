"""The neck, head and jaw muscles of the atlas are complete: each has its outline, trigger
points, zones on both sides drawn where the clinical reference puts them (clinical-facts-upper.md
§1a, §5a), a technique and a stretch."""

from __future__ import annotations

import pytest

from dashapp.domain.atlas.model import UPPER_AREAS
from dashapp.domain.body.geometry import load_surface_regions
from dashapp.domain.body.zones import region_overlaps
from tests.unit.domain.atlas.conftest import NECK_HEAD_AND_JAW

SIDES = ("right", "left")
# muscle -> area groups its essential zone must reach (on every side)
REACHES = {
    "upper_trapezius": {"head", "neck"},
    "middle_trapezius": {"upper_back", "shoulder"},
    "lower_trapezius": {"neck", "head", "shoulder"},
    "levator_scapulae": {"neck"},
    "sternocleidomastoid_sternal": {"head", "chest"},
    "sternocleidomastoid_clavicular": {"head"},
    "scalenes": {"chest", "arm", "upper_back"},
    "splenius_capitis": {"head"},
    "splenius_cervicis": {"head"},
    "semispinalis_capitis": {"head"},
    "suboccipitals": {"head"},
    "cervical_multifidi": {"neck"},
    "occipitalis": {"head"},
    "temporalis": {"head"},
    "masseter": {"head"},
    "lateral_pterygoid": {"head"},
    "medial_pterygoid": {"head", "neck"},
    "digastric": {"head", "neck"},
    "frontalis": {"head"},
}
# muscles whose pain reaches the hand (spillover or essential)
TO_THE_HAND = {"scalenes"}


@pytest.fixture(scope="module")
def reached(zones, views, atlas):
    """(muscle, side, kind) -> area groups its zones reach (over 2 % of a region)."""
    regions = load_surface_regions(views=views)
    group = {r.id: r.area_group for r in regions}
    overlaps = region_overlaps(zones, regions)
    out: dict[tuple[str, str, str], set[str]] = {}
    for z in zones:
        out.setdefault((z.muscle, z.side, z.kind), set()).update(
            group[rid] for rid in overlaps.get(z.id, {})
        )
    return out


@pytest.mark.parametrize("muscle", NECK_HEAD_AND_JAW)
def test_atlas_rows_are_complete(atlas, muscle):
    m = atlas.muscle(muscle)
    assert m.body_area in UPPER_AREAS
    assert atlas.trigger_points_for(muscle)
    assert atlas.techniques_for(muscle)
    assert atlas.self_care_for(muscle)
    pattern = atlas.referral(muscle)
    assert pattern.below_knee == "no"
    assert pattern.below_elbow == ("yes" if muscle in TO_THE_HAND else "no")


@pytest.mark.parametrize("muscle", NECK_HEAD_AND_JAW)
def test_outline_on_both_sides(outlines, muscle):
    drawn = {(o.side, o.view) for o in outlines if o.muscle == muscle}
    assert {side for side, _ in drawn} == set(SIDES)
    assert len(drawn) % 2 == 0


@pytest.mark.parametrize("muscle", NECK_HEAD_AND_JAW)
def test_markers_for_every_trigger_point_on_both_sides(atlas, markers, muscle):
    wanted = {t.tp for t in atlas.trigger_points_for(muscle)}
    for side in SIDES:
        assert {m.tp for m in markers if m.muscle == muscle and m.side == side} == wanted


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("muscle", NECK_HEAD_AND_JAW)
def test_essential_zone_lies_where_the_reference_says(reached, muscle, side):
    assert REACHES[muscle] <= reached[(muscle, side, "essential")]


@pytest.mark.parametrize("side", SIDES)
def test_scalene_pain_reaches_the_hand_and_other_neck_muscles_stop_above_the_elbow(reached, side):
    for muscle in NECK_HEAD_AND_JAW:
        groups = set().union(
            *(reached.get((muscle, side, k), set()) for k in ("essential", "spillover"))
        )
        assert ("hand" in groups) == (muscle in TO_THE_HAND), muscle


def test_clavicular_sternocleidomastoid_forehead_crosses_the_midline(zones, views):
    right = [z for z in zones if z.muscle == "sternocleidomastoid_clavicular" and z.side == "right"]
    covered = region_overlaps(right, load_surface_regions(views=views), threshold=0.1)
    reached = {rid for shares in covered.values() for rid in shares}
    assert {"right_forehead", "left_forehead"} <= reached
