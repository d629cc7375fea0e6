"""The neck and arm roots C2-T2: their facts, both maps, the key points, and the fit of an
arm drawing (a cervical root) against a leg drawing (still a lumbosacral one)."""

from __future__ import annotations

import shutil

import pytest
import shapely

from dashapp.domain.body.dermatome_fit import (
    dominant_roots,
    maps_disagree,
    root_fit,
)
from dashapp.domain.body.dermatomes import (
    DERMATOMES_FILE,
    LOWER_ROOTS,
    MAPS,
    ROOTS,
    ROOTS_FILE,
    SENSORY_POINTS_FILE,
    UPPER_ROOTS,
    GeometryError,
    RootsError,
    dermatome_shape,
    load_dermatomes,
    load_roots,
    load_sensory_points,
)
from dashapp.domain.body.geometry import region_areas
from dashapp.domain.body.root_sources import ROOT_SOURCES_FILE
from dashapp.domain.chart import PainChart
from dashapp.domain.drawing import Stroke
from tests.unit.domain.body.conftest import edited_copy

# Freehand drawings over the classic areas, in body units (palms forward: the thumb side of the
# arm has the smaller x on both views; the back view's near half is the patient's left).
DRAWINGS = {
    # the thumb side of the forearm into the thumb and index finger
    "C6": ("front", "right", ((46, 412), (38, 450), (30, 490), (18, 530), (10, 560), (20, 590))),
    # down the middle of the back of the arm and forearm into the middle finger
    "C7": (
        "back",
        "left",
        ((88, 270), (80, 330), (70, 390), (56, 450), (43, 500), (30, 550), (29, 605)),
    ),
    # the little-finger side of the forearm into the ring and little fingers
    "C8": ("front", "right", ((70, 450), (60, 480), (50, 510), (44, 545), (42, 575), (41, 600))),
}
LEG = ("front", "right", ((130, 700), (138, 760), (146, 830), (154, 900), (160, 950)))


@pytest.fixture(scope="module")
def facts():
    return {r.root: r for r in load_roots()}


def test_roots_run_from_the_neck_to_the_saddle():
    assert ROOTS == UPPER_ROOTS + LOWER_ROOTS
    assert UPPER_ROOTS == ("C2", "C3", "C4", "C5", "C6", "C7", "C8", "T1", "T2")


@pytest.mark.parametrize("root", UPPER_ROOTS)
def test_each_neck_and_arm_root_has_its_facts_with_sources(facts, root):
    row = facts[root]
    assert row.classic_area and row.key_sensory_point and row.myotome
    assert row.confidence in {"high", "medium", "low"}
    keys = row.source.split(";")
    assert "ISNCSCI" in keys  # every key point is the ISNCSCI one
    # the reference could not check this map for the upper limb: every row says so
    assert row.evidence_area.startswith("Unverified")


@pytest.mark.parametrize(
    ("root", "reflex"),
    [("C5", "Biceps"), ("C6", "Biceps"), ("C6", "brachioradialis"), ("C7", "Triceps")],
)
def test_the_arm_reflexes_are_those_of_the_reference(facts, root, reflex):
    assert reflex in facts[root].reflex
    assert "KANG20" in facts[root].source.split(";")


def test_the_triceps_level_is_said_to_be_disputed(facts):
    assert "differ" in facts["C7"].reflex
    assert {"NEUROLAND", "PHYSIOHUB"} <= set(facts["C7"].source.split(";"))


@pytest.mark.parametrize("root", ["C8", "T1", "T2"])
def test_roots_without_a_standard_reflex_say_so(facts, root):
    assert facts[root].reflex.startswith("None")


@pytest.mark.parametrize("root", UPPER_ROOTS)
@pytest.mark.parametrize("map_", MAPS)
def test_both_maps_draw_every_neck_and_arm_root_on_both_sides(dermatomes, map_, root):
    sides = {d.side for d in dermatomes if d.map == map_ and d.root == root}
    assert sides == {"right", "left"}


def test_neck_and_arm_roots_stay_above_the_hips_and_leg_roots_below_the_chest(dermatomes):
    for d in dermatomes:
        top, bottom = dermatome_shape(d).bounds[1::2]
        if d.root in UPPER_ROOTS:
            assert bottom <= 640, d.id
        else:
            assert top >= 360, d.id


def test_the_evidence_arm_areas_are_marked_unverified(dermatomes):
    for d in dermatomes:
        if d.map == "evidence" and d.root in UPPER_ROOTS:
            assert d.confidence == "low" and "unverified" in d.note, d.id


def test_the_evidence_map_leaves_the_index_and_ring_fingers_and_the_upper_back_blank(
    dermatomes, overlaps, regions
):
    evidence = [d for d in dermatomes if d.map == "evidence" and d.root in UPPER_ROOTS]
    classic = [d for d in dermatomes if d.map == "classic" and d.root in UPPER_ROOTS]
    assert sum(d.area for d in evidence) < 0.2 * sum(d.area for d in classic)
    group = {r.id: r.area_group for r in regions}
    assert "upper_back" not in {group[rid] for d in evidence for rid in overlaps[d.id]}
    assert "upper_back" in {group[rid] for d in classic for rid in overlaps[d.id]}
    # between the thumb (C6) and the middle finger (C7): the index finger, x 19-25
    index = shapely.box(19, 585, 24, 605)
    for d in evidence:
        if d.view == "front" and d.side == "right":
            assert not dermatome_shape(d).intersects(index), d.id


@pytest.mark.parametrize(
    ("root", "view", "x", "y"),
    [
        ("C6", "back", 9, 560),  # the back of the thumb
        ("C7", "back", 29, 597),  # the back of the middle finger
        ("C8", "back", 44, 588),  # the back of the little finger
        ("C5", "front", 62, 385),  # the outer side of the elbow crease
        ("T1", "front", 86, 392),  # the inner side of the elbow crease
    ],
)
def test_key_points_sit_where_isncsci_puts_them(views, root, view, x, y):
    points = load_sensory_points(views=views)
    near = {"front": "right", "back": "left"}[view]
    point = next(p for p in points if p.root == root and p.side == near)
    assert (point.view, point.x, point.y) == (view, x, y)
    twin = next(p for p in points if p.root == root and p.side != near)
    assert (twin.x, twin.y) == (400 - x, y)


def _drawing(view, side, points):
    if side != {"front": "right", "back": "left"}[view]:
        points = tuple((400 - x, y) for x, y in points)
    return PainChart(strokes=(Stroke(view, tuple(map(tuple, points)), 14.0, "brush", 6),))


@pytest.mark.parametrize("root", sorted(DRAWINGS))
@pytest.mark.parametrize("mirror", [False, True])
def test_an_arm_drawing_fits_its_cervical_root_on_the_classic_map(
    dermatomes, overlaps, regions, root, mirror
):
    view, side, points = DRAWINGS[root]
    if mirror:
        side = "left" if side == "right" else "right"
    chart = _drawing(view, side, points)
    ranked = root_fit(chart, regions, dermatomes, overlaps, region_areas(regions), "classic")
    assert ranked[0][:2] == (root, side)
    assert all(r in UPPER_ROOTS for r, _, _ in ranked)


def test_a_leg_drawing_still_fits_a_lumbosacral_root(dermatomes, overlaps, regions):
    chart = _drawing(*LEG)
    ranked = root_fit(chart, regions, dermatomes, overlaps, region_areas(regions), "classic")
    assert ranked[0][:2] == ("L5", "right")
    assert all(r in LOWER_ROOTS for r, _, _ in ranked)


def test_marking_the_arm_regions_fits_arm_roots_only(dermatomes, overlaps, regions):
    marked = ("right_forearm_palm_side", "right_hand_palm", "right_middle_finger_front")
    chart = PainChart().with_selection(marked)
    ranked = root_fit(chart, regions, dermatomes, overlaps, region_areas(regions), "classic")
    assert ranked and {r for r, _, _ in ranked} <= {"C6", "C7", "C8", "T1"}
    assert {s for _, s, _ in ranked} == {"right"}


def test_the_maps_disagree_about_c6_on_the_forearm_and_agree_on_t1_at_the_elbow(
    dermatomes, overlaps
):
    blanks = maps_disagree(dermatomes, overlaps)
    assert blanks["right_forearm_palm_side"] == ("C6", None)
    assert blanks["left_forearm_palm_side"] == ("C6", None)
    assert "right_elbow_inner" not in blanks
    for m in MAPS:
        assert dominant_roots(dermatomes, overlaps, m)["right_elbow_inner"] == "T1"


# ---------------------------------------------------------------------------- broken files
def test_a_root_above_c2_is_refused_and_named(tmp_path, views):
    def c1(rows):
        return [r | {"root": "C1"} if r["id"] == "classic_right_c2_back" else r for r in rows]

    with pytest.raises(GeometryError, match=r"\(id 'classic_right_c2_back'\): unknown root 'C1'"):
        load_dermatomes(edited_copy(tmp_path, DERMATOMES_FILE, c1), views)


def test_a_missing_arm_root_is_named(tmp_path, views):
    def no_c7(rows):
        return [r for r in rows if not (r["map"] == "evidence" and r["root"] == "C7")]

    with pytest.raises(GeometryError, match="map 'evidence'.*root C7 is missing on the right"):
        load_dermatomes(edited_copy(tmp_path, DERMATOMES_FILE, no_c7), views)


def test_a_missing_arm_key_point_is_named(tmp_path, views):
    def drop(rows):
        return [r for r in rows if r["id"] != "left_c6_key_point"]

    with pytest.raises(GeometryError, match="root C6: no key point on the left"):
        load_sensory_points(edited_copy(tmp_path, SENSORY_POINTS_FILE, drop), views)


def test_a_missing_arm_root_row_is_named(tmp_path):
    shutil.copy(ROOT_SOURCES_FILE, tmp_path / "sources.csv")

    def no_t1(rows):
        return [r for r in rows if r["root"] != "T1"]

    with pytest.raises(RootsError, match="no row for root.*T1"):
        load_roots(edited_copy(tmp_path, ROOTS_FILE, no_t1))
