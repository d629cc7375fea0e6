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
from dashapp.domain.body.focus_views import WHOLE, load_focus_views
from dashapp.domain.body.geometry import GeometryError
from dashapp.domain.body.svgpath import parse_path

VIEWS = geometry.load_views()
HEADER = "id,label,box,min_scale\n"
WHOLE_ROW = "whole,Whole body,,\n"


def write(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "focus_views.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_shipped_focus_views_offer_the_whole_body_the_legs_the_arms_and_the_head():
    found = load_focus_views(SHIPPED_DATA / "geometry" / "focus_views.csv", VIEWS)
    assert [f.id for f in found] == [WHOLE, "legs", "neck_arm", "head"]
    assert [f.label for f in found[2:]] == ["Neck, shoulder and arm", "Head and jaw"]
    assert found[0].box is None
    assert found[1].label == "Low back, hip and leg"
    assert found[1].box == (100, 395, 200, 595) and found[1].min_scale == 3.4


def test_a_third_view_is_read_in_file_order(tmp_path):
    path = write(tmp_path, WHOLE_ROW + "legs,Legs,100 395 200 595,3.4\nneck,Neck,150 60 100 120,\n")
    found = load_focus_views(path, VIEWS)
    assert [f.id for f in found] == [WHOLE, "legs", "neck"]
    assert found[2].min_scale is None


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("legs,Legs,100 395 200 595,3.4\n", "no 'whole' row"),
        (WHOLE_ROW + "legs,L,1 1 9 9,3\nlegs,A,0 0 9 9,\n", "row 3 (id 'legs'): duplicate"),
        (WHOLE_ROW + "legs,L,100 395 200 700,3\n", "box 100 395 200 700 leaves the front viewBox"),
        (WHOLE_ROW + "legs,Legs,-1 0 10 10,\n", "row 2 (id 'legs'): box -1 0 10 10 leaves"),
        (WHOLE_ROW + "legs,Legs,0 0 10,\n", "row 2 (id 'legs'): box must be four numbers"),
        (WHOLE_ROW + "legs,Legs,0 0 ten 10,\n", "row 2 (id 'legs'): box must be four numbers"),
        (WHOLE_ROW + "legs,Legs,0 0 0 10,\n", "box width and height must be positive"),
        (WHOLE_ROW + "legs,Legs,0 0 10 10,big\n", "row 2 (id 'legs'): min_scale 'big'"),
        (WHOLE_ROW + "legs,Legs,0 0 10 10,-2\n", "min_scale '-2' is not a positive number"),
        (WHOLE_ROW + "Legs View,Legs,0 0 10 10,\n", "id must be snake_case"),
        (WHOLE_ROW + "legs,,0 0 10 10,\n", "row 2 (id 'legs'): empty label"),
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
    with pytest.raises(GeometryError, match="missing column.*min_scale"):
        load_focus_views(path, VIEWS)


@given(
    x=st.integers(-50, 450),
    y=st.integers(-50, 1050),
    w=st.integers(1, 500),
    h=st.integers(1, 1100),
)
def test_a_box_loads_exactly_when_it_lies_inside_the_viewbox(tmp_path_factory, x, y, w, h):
    path = write(tmp_path_factory.mktemp("fv"), WHOLE_ROW + f"spot,Spot,{x} {y} {w} {h},\n")
    inside = x >= 0 and y >= 0 and x + w <= 400 and y + h <= 1000
    if inside:
        assert load_focus_views(path, VIEWS)[1].box == (x, y, w, h)
    else:
        with pytest.raises(GeometryError, match="leaves the front viewBox"):
            load_focus_views(path, VIEWS)


# The body parts each new view is for, by area group; a phone is 390 px wide.
PARTS = {"neck_arm": ("neck", "shoulder", "arm", "hand"), "head": ("head", "neck")}
FINGER_PX = 44


@pytest.mark.parametrize("view_id", sorted(PARTS))
def test_every_region_of_the_part_shows_whole_and_a_finger_wide_on_a_phone(view_id):
    view = next(
        f
        for f in load_focus_views(SHIPPED_DATA / "geometry" / "focus_views.csv", VIEWS)
        if f.id == view_id
    )
    x, y, w, h = view.box
    scale = max(390 / w, view.min_scale)
    box = shapely.box(x, y, x + w, y + h)
    regions = [r for r in geometry.load_surface_regions() if r.area_group in PARTS[view_id]]
    assert len(regions) >= 20
    for region in regions:
        shape = parse_path(region.path)
        assert box.contains(shape), region.id
        # The widest circle inside the region, in px: a finger fits in every direction.
        across = 2 * shape.exterior.distance(polylabel(shape, 0.1)) * scale
        assert across >= FINGER_PX, (region.id, round(across, 1))
