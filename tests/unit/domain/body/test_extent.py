"""The box a presentation zooms to: the whole pattern, with a margin, at one scale per view."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from shapely.geometry import Point, box

from dashapp.domain.body.extent import parse_view_box, pattern_boxes, point_inside

VIEWS = {"front": (0.0, 0.0, 400.0, 1000.0), "back": (0.0, 0.0, 400.0, 1000.0)}


def contains(outer, inner_bounds) -> bool:
    x, y, w, h = outer
    minx, miny, maxx, maxy = inner_bounds
    return x <= minx and y <= miny and maxx <= x + w and maxy <= y + h


def test_a_leg_pattern_gets_a_tall_box_with_a_margin_on_that_leg_only():
    thigh_to_ankle = box(100, 450, 140, 980)
    boxes = pattern_boxes({"front": [thigh_to_ankle, Point(128, 465)]}, VIEWS)
    assert list(boxes) == ["front"]  # nothing on the back: the back is left out
    x, y, w, h = boxes["front"]
    assert contains(boxes["front"], thigh_to_ankle.bounds)
    assert y < 450 and y + h == 1000  # the margin below is cut at the view's edge
    assert w < 120 and h > 500


def test_both_views_share_one_height_and_width_each_centred_on_its_own_part():
    boxes = pattern_boxes(
        {"front": [box(100, 400, 140, 600)], "back": [box(250, 500, 300, 900)]}, VIEWS
    )
    (fx, fy, fw, fh), (bx, by, bw, bh) = boxes["front"], boxes["back"]
    assert (fw, fh, fy) == (bw, bh, by)
    assert contains(boxes["front"], (100, 400, 140, 600))
    assert contains(boxes["back"], (250, 500, 300, 900))
    assert fx + fw / 2 == 120 and bx + bw / 2 == 275


def test_a_small_pattern_keeps_some_body_around_it():
    x, y, w, h = pattern_boxes({"front": [Point(200, 500)]}, VIEWS)["front"]
    assert h >= 240 - 1e-9 and y < 500 < y + h


def test_nothing_drawn_gives_no_box():
    assert pattern_boxes({}, VIEWS) == {}
    assert pattern_boxes({"front": [Point(1, 1).buffer(0).difference(Point(1, 1))]}, VIEWS) == {}


def test_view_box_and_points_inside():
    assert parse_view_box("0 0 400 1000") == (0, 0, 400, 1000)
    assert point_inside(-50, 2000, (100, 100, 200, 400), inset=0.1) == (120, 460)
    assert point_inside(150, 200, (100, 100, 200, 400)) == (150, 200)


coords = st.floats(min_value=0, max_value=390, allow_nan=False)
heights = st.floats(min_value=0, max_value=990, allow_nan=False)


@given(
    st.lists(
        st.tuples(st.sampled_from(["front", "back"]), coords, heights, st.integers(1, 10)),
        min_size=1,
        max_size=6,
    )
)
def test_every_box_holds_its_view_s_pattern_and_stays_in_the_view(parts):
    shapes: dict[str, list] = {}
    for view, x, y, size in parts:
        shapes.setdefault(view, []).append(box(x, y, x + size, y + size))
    boxes = pattern_boxes(shapes, VIEWS)
    assert set(boxes) == set(shapes)
    sizes = {(w, h) for (_, _, w, h) in boxes.values()}
    assert len(sizes) == 1
    for view, found in boxes.items():
        x, y, w, h = found
        assert 0 <= x and 0 <= y and x + w <= 400 + 1e-6 and y + h <= 1000 + 1e-6
        minx, miny, maxx, maxy = (
            min(s.bounds[0] for s in shapes[view]),
            min(s.bounds[1] for s in shapes[view]),
            max(s.bounds[2] for s in shapes[view]),
            max(s.bounds[3] for s in shapes[view]),
        )
        assert x - 1e-6 <= minx and maxx <= x + w + 1e-6
        assert y - 1e-6 <= miny and maxy <= y + h + 1e-6
