"""Focus views load from their data file, and a broken file fails naming the row."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely
from hypothesis import given
from hypothesis import strategies as st
from shapely.ops import polylabel

from dashapp.config import SHIPPED_DATA
from dashapp.domain.body import geometry
from dashapp.domain.body.focus_views import WHOLE, FocusView, load_focus_views, side_box
from dashapp.domain.body.geometry import GeometryError
from dashapp.domain.body.svgpath import parse_path

VIEWS = geometry.load_views()
HEADER = "id,label,box,min_scale,opens\n"
WHOLE_ROW = "whole,Whole body,,,\n"
SHIPPED = load_focus_views(SHIPPED_DATA / "geometry" / "focus_views.csv", VIEWS)
FRONT, BACK = VIEWS


def write(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "focus_views.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_shipped_focus_views_offer_the_whole_body_the_legs_the_arms_the_head_and_the_hand():
    found = SHIPPED
    assert [f.id for f in found] == [WHOLE, "legs", "neck_arm", "head", "hand"]
    labels = ["Neck, shoulder and arm", "Head and jaw", "Hand and fingers"]
    assert [f.label for f in found[2:]] == labels
    assert found[0].box is None and found[0].opens is None
    assert found[1].label == "Low back, hip and leg"
    assert found[1].box == (100, 395, 200, 595) and found[1].min_scale == 3.4
    assert [f.opens for f in found[1:]] == ["right", "right", "middle", "one_side"]


def test_a_third_view_is_read_in_file_order(tmp_path):
    rows = "legs,Legs,100 395 200 595,3.4,right\nneck,Neck,150 60 100 120,,middle\n"
    found = load_focus_views(write(tmp_path, WHOLE_ROW + rows), VIEWS)
    assert [f.id for f in found] == [WHOLE, "legs", "neck"]
    assert found[2].min_scale is None and found[2].opens == "middle"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("legs,Legs,100 395 200 595,3.4,right\n", "no 'whole' row"),
        (WHOLE_ROW + "legs,L,1 1 9 9,3,right\nlegs,A,0 0 9 9,,right\n", "row 3 (id 'legs'): dup"),
        (WHOLE_ROW + "legs,L,100 395 200 700,3,right\n", "box 100 395 200 700 leaves the front"),
        (WHOLE_ROW + "legs,Legs,-1 0 10 10,,right\n", "row 2 (id 'legs'): box -1 0 10 10 leaves"),
        (WHOLE_ROW + "legs,Legs,0 0 10,,right\n", "row 2 (id 'legs'): box must be four numbers"),
        (WHOLE_ROW + "legs,Legs,0 0 ten 10,,right\n", "row 2 (id 'legs'): box must be four"),
        (WHOLE_ROW + "legs,Legs,0 0 0 10,,right\n", "box width and height must be positive"),
        (WHOLE_ROW + "legs,Legs,0 0 10 10,big,right\n", "row 2 (id 'legs'): min_scale 'big'"),
        (WHOLE_ROW + "legs,Legs,0 0 10 10,-2,right\n", "min_scale '-2' is not a positive number"),
        (WHOLE_ROW + "Legs View,Legs,0 0 10 10,,right\n", "id must be snake_case"),
        (WHOLE_ROW + "legs,,0 0 10 10,,right\n", "row 2 (id 'legs'): empty label"),
        (WHOLE_ROW + "legs,Legs,0 0 10 10,,\n", "row 2 (id 'legs'): opens '' must be one of"),
        (WHOLE_ROW + "legs,Legs,0 0 10 10,,left\n", "opens 'left' must be one of middle, right"),
        ("whole,Whole body,,,middle\n", "row 1 (id 'whole'): opens 'middle' given for a view"),
        (WHOLE_ROW + "hand,H,150 0 100 10,,one_side\n", "one_side box must lie on one side"),
    ],
)
def test_a_broken_row_fails_naming_the_file_and_row(tmp_path, rows, message):
    path = write(tmp_path, rows)
    with pytest.raises(GeometryError) as caught:
        load_focus_views(path, VIEWS)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_a_missing_column_is_named(tmp_path):
    path = tmp_path / "focus_views.csv"
    path.write_text("id,label,box\nwhole,Whole body,\n", encoding="utf-8")
    with pytest.raises(GeometryError, match="missing column.*min_scale, opens"):
        load_focus_views(path, VIEWS)


@given(
    x=st.integers(-50, 450),
    y=st.integers(-50, 1050),
    w=st.integers(1, 500),
    h=st.integers(1, 1100),
)
def test_a_box_loads_exactly_when_it_lies_inside_the_viewbox(tmp_path_factory, x, y, w, h):
    path = write(tmp_path_factory.mktemp("fv"), WHOLE_ROW + f"spot,Spot,{x} {y} {w} {h},,middle\n")
    inside = x >= 0 and y >= 0 and x + w <= 400 and y + h <= 1000
    if inside:
        assert load_focus_views(path, VIEWS)[1].box == (x, y, w, h)
    else:
        with pytest.raises(GeometryError, match="leaves the front viewBox"):
            load_focus_views(path, VIEWS)


def test_a_one_side_box_is_mirrored_for_the_left_side_and_for_the_back():
    hand = FocusView("hand", "Hand", (0, 480, 64, 135), 5.9, "one_side")
    assert side_box(hand, FRONT, "right") == (0, 480, 64, 135)
    assert side_box(hand, FRONT, "left") == (336, 480, 64, 135)
    assert side_box(hand, BACK, "right") == (336, 480, 64, 135)
    assert side_box(hand, BACK, "left") == (0, 480, 64, 135)


@pytest.mark.parametrize("opens", ["middle", "right"])
def test_a_box_for_both_sides_is_the_same_for_each_side(opens):
    legs = FocusView("legs", "Legs", (100, 395, 200, 595), 3.4, opens)
    assert {side_box(legs, v, s) for v in VIEWS for s in ("left", "right")} == {legs.box}


@given(x=st.integers(0, 190), w=st.integers(1, 10), view=st.sampled_from(VIEWS))
def test_the_two_sides_of_a_one_side_box_mirror_each_other(x, w, view):
    spot = FocusView("spot", "Spot", (x, 10, w, 10), None, "one_side")
    right, left = side_box(spot, view, "right"), side_box(spot, view, "left")
    assert right != left and {right[0], left[0]} == {x, 400 - x - w}


# The regions each view is for: by area group, the wrist also in the arm view; a finger is 44 px.
PARTS = {
    "neck_arm": lambda r: r.area_group in ("neck", "shoulder", "arm") or "wrist" in r.id,
    "hand": lambda r: r.area_group == "hand",
    "head": lambda r: r.area_group in ("head", "neck"),
}
FINGER_PX = 44


def across_units(region) -> float:
    """The widest circle inside the region, in body units: a finger fits in every direction."""
    shape = parse_path(region.path)
    return 2 * shape.exterior.distance(polylabel(shape, 0.1))


@pytest.mark.parametrize("view_id", sorted(PARTS))
def test_every_region_of_the_part_shows_whole_and_a_finger_wide_on_a_phone(view_id):
    view = next(f for f in SHIPPED if f.id == view_id)
    by_view = {v.view: v for v in VIEWS}
    regions = [r for r in geometry.load_surface_regions() if PARTS[view_id](r)]
    assert len(regions) >= 20
    for region in regions:
        x, y, w, h = side_box(view, by_view[region.view], region.side)
        assert shapely.box(x, y, x + w, y + h).contains(parse_path(region.path)), region.id
        # On a touch screen the view is never drawn below its min_scale, however narrow.
        across = across_units(region) * view.min_scale
        assert across >= FINGER_PX, (region.id, round(across, 1))


# The arm and hand views are the large ones to pan on a phone (the head view, 120 units wide,
# keeps its 4 px per unit: its temples need 3.65).
@pytest.mark.parametrize("view_id", ["hand", "neck_arm"])
def test_the_arm_and_hand_views_are_drawn_no_larger_than_its_smallest_region_needs(view_id):
    """The least scale that keeps every region a finger wide, within 0.1 px per unit."""
    view = next(f for f in SHIPPED if f.id == view_id)
    regions = [r for r in geometry.load_surface_regions() if PARTS[view_id](r)]
    needed = max(FINGER_PX / across_units(r) for r in regions)
    assert needed <= view.min_scale <= needed + 0.1, round(needed, 2)
