"""The shapes a drawing makes: the last stroke wins a place, erasers remove, areas are exact."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import affinity
from shapely.geometry import LineString, Point, box

from dashapp.domain.body.drawn import (
    drawn_area,
    drawn_shapes,
    drawn_share,
    region_cover,
    stroke_geometry,
)
from dashapp.domain.drawing import Stroke

# Two simple bodies: a box on the front, a diamond on the back (both symmetric about x=200).
BODIES = {
    "front": box(100, 100, 300, 900),
    "back": affinity.rotate(box(150, 400, 250, 500), 45, origin=(200, 450)),
}


def brush(points, width=10.0, intensity=5, qualities=(), view="front") -> Stroke:
    return Stroke(view, tuple(points), width, "brush", intensity, tuple(qualities))


def eraser(points, width=10.0, view="front") -> Stroke:
    return Stroke(view, tuple(points), width, "eraser")


def test_a_dot_is_a_disc_of_half_the_width():
    shape = stroke_geometry(brush([(200, 500)], width=20))
    assert abs(shape.area - math.pi * 10**2) / (math.pi * 10**2) < 0.01
    assert shape.centroid.distance(Point(200, 500)) < 1e-9


def test_a_straight_stroke_is_a_rectangle_with_round_ends():
    # 100 long, 10 wide: 100 x 10 plus a disc of radius 5 (two half discs).
    shape = stroke_geometry(brush([(150, 300), (250, 300)], width=10))
    exact = 100 * 10 + math.pi * 5**2
    assert abs(shape.area - exact) / exact < 0.01


def test_a_scribble_that_comes_back_keeps_every_segment():
    loop = [(150, 300), (250, 300), (250, 400), (150, 300)]
    shape = stroke_geometry(brush(loop, width=4))
    assert shape.contains(Point(200, 350))  # on the way back, along the diagonal
    assert abs(shape.area - LineString(loop).buffer(2, quad_segs=8).area) < 1e-6


def test_repeated_points_in_a_row_are_one_point():
    assert stroke_geometry(brush([(200, 500)] * 3)).equals(stroke_geometry(brush([(200, 500)])))


def test_a_stroke_is_clipped_to_the_body():
    # Half of the dot lies left of the front body's edge at x=100.
    shapes = drawn_shapes([brush([(100, 500)], width=20)], BODIES)
    assert len(shapes) == 1
    assert abs(shapes[0].area - stroke_geometry(brush([(100, 500)], width=20)).area / 2) < 1e-6
    assert drawn_shapes([brush([(20, 20)])], BODIES) == []


def test_a_later_brush_paints_over_one_intensity_per_place():
    first = brush([(150, 500), (250, 500)], intensity=3)
    second = brush([(200, 450), (200, 550)], intensity=8, qualities=("burning",))
    shapes = drawn_shapes([first, second], BODIES)
    by_intensity = {s.intensity: s for s in shapes}
    assert set(by_intensity) == {3, 8}
    assert by_intensity[8].geometry.contains(Point(200, 500))
    assert not by_intensity[3].geometry.contains(Point(200, 500))
    assert by_intensity[8].qualities == ("burning",)
    assert abs(by_intensity[8].area - stroke_geometry(second).area) < 1e-6
    union = stroke_geometry(first).union(stroke_geometry(second)).area
    assert abs(drawn_area(shapes) - union) < 1e-6


def test_the_last_stroke_over_a_place_wins_however_they_interleave():
    low, high = brush([(150, 500), (250, 500)], intensity=3), brush([(200, 500)], 30, 8)
    again = brush([(200, 480), (200, 520)], width=4, intensity=3)
    shapes = {s.intensity: s.geometry for s in drawn_shapes([low, high, again], BODIES)}
    assert shapes[3].contains(Point(200, 500)) and shapes[3].contains(Point(160, 500))
    assert shapes[8].contains(Point(210, 500)) and not shapes[8].contains(Point(200, 500))


def test_an_eraser_takes_away_only_what_was_drawn_before_it_on_its_view():
    line = [(150, 500), (250, 500)]
    strokes = [
        brush(line, view="front"),
        brush([(200, 450)], view="back"),
        eraser(line, width=20, view="front"),
        brush([(200, 500)], intensity=7),
    ]
    shapes = drawn_shapes(strokes, BODIES)
    assert {(s.view, s.intensity) for s in shapes} == {("front", 7), ("back", 5)}
    assert abs(shapes_on(shapes, "back") - stroke_geometry(strokes[1]).area) < 1e-6
    assert abs(shapes_on(shapes, "front") - stroke_geometry(strokes[3]).area) < 1e-6


def test_an_eraser_first_or_outside_the_body_changes_nothing():
    dot = brush([(200, 500)])
    alone = drawn_shapes([dot], BODIES)
    assert drawn_shapes([eraser([(200, 500)]), dot], BODIES)[0].area == alone[0].area
    assert drawn_shapes([dot, eraser([(20, 20)])], BODIES)[0].area == alone[0].area


def test_strokes_on_an_unknown_view_are_left_out():
    assert drawn_shapes([brush([(200, 500)], view="side")], BODIES) == []


def test_the_same_intensity_and_qualities_make_one_shape():
    shapes = drawn_shapes([brush([(150, 200)]), brush([(250, 800)])], BODIES)
    assert len(shapes) == 1 and shapes[0].geometry.geom_type == "MultiPolygon"


def test_shapes_come_largest_first():
    shapes = drawn_shapes([brush([(150, 200)], intensity=1), brush([(250, 800)], 40, 2)], BODIES)
    assert [s.intensity for s in shapes] == [2, 1]


def test_drawn_share_is_the_area_over_both_bodies():
    dot = brush([(200, 500)], width=20)
    shapes = drawn_shapes([dot], BODIES)
    total = BODIES["front"].area + BODIES["back"].area
    assert abs(drawn_share(shapes, BODIES) - shapes[0].area / total) < 1e-12
    assert drawn_share(shapes, {}) == 0.0


def test_region_cover_of_a_stroke_inside_one_region():
    regions = {
        "upper": ("front", box(100, 100, 300, 500)),
        "lower": ("front", box(100, 500, 300, 900)),
        "back": ("back", BODIES["back"]),
    }
    dot = brush([(200, 300)], width=20)
    cover = region_cover(drawn_shapes([dot], BODIES), regions)
    assert set(cover) == {"upper"}
    assert abs(cover["upper"] - stroke_geometry(dot).area / (200 * 400)) < 1e-12


def test_region_cover_is_at_most_one():
    wide = brush([(100, 300), (300, 300)], width=60)
    cover = region_cover(drawn_shapes([wide], BODIES), {"thin": ("front", box(150, 295, 250, 305))})
    assert cover == {"thin": 1.0}


def shapes_on(shapes, view: str) -> float:
    return sum(s.area for s in shapes if s.view == view)


points = st.tuples(
    st.floats(0, 400).map(lambda v: round(v, 1)), st.floats(0, 1000).map(lambda v: round(v, 1))
)
strokes = st.lists(
    st.builds(
        Stroke,
        view=st.sampled_from(["front", "back"]),
        points=st.lists(points, min_size=1, max_size=6).map(tuple),
        width=st.sampled_from([2.0, 6.0, 12.0, 24.0, 60.0]),
        tool=st.sampled_from(["brush", "brush", "eraser"]),
        intensity=st.integers(0, 10) | st.none(),
        qualities=st.sampled_from([(), ("burning",), ("sharp", "aching")]),
    ),
    max_size=8,
)


@settings(deadline=None, max_examples=60)
@given(strokes)
def test_shapes_never_overlap_and_stay_inside_the_body(drawing):
    shapes = drawn_shapes(drawing, BODIES)
    for n, shape in enumerate(shapes):
        assert shape.geometry.difference(BODIES[shape.view]).area < 1e-6
        for other in shapes[n + 1 :]:
            if other.view == shape.view:
                assert shape.geometry.intersection(other.geometry).area < 1e-6
    for view, body in BODIES.items():
        assert shapes_on(shapes, view) <= body.area + 1e-6
    assert 0 <= drawn_share(shapes, BODIES) <= 1 + 1e-9


@settings(deadline=None, max_examples=60)
@given(strokes)
def test_a_drawing_mirrored_on_a_mirrored_body_has_the_same_area(drawing):
    mirrored = [
        Stroke(s.view, tuple((400 - x, y) for x, y in s.points), s.width, s.tool, s.intensity)
        for s in drawing
    ]
    plain = [Stroke(s.view, s.points, s.width, s.tool, s.intensity) for s in drawing]
    area = drawn_area(drawn_shapes(plain, BODIES))
    # Both bodies are symmetric about x=200; the widened curves are polygons, so allow a hair.
    assert abs(drawn_area(drawn_shapes(mirrored, BODIES)) - area) <= 1e-6 * max(area, 1)


@settings(deadline=None, max_examples=40)
@given(strokes)
def test_erasing_everything_leaves_nothing(drawing):
    wipe = [eraser([(200, 0), (200, 1000)], width=60, view=v) for v in BODIES]
    wide = [
        eraser([(x, 0), (x, 1000)], width=60, view=v) for v in BODIES for x in range(0, 401, 40)
    ]
    assert drawn_shapes([*drawing, *wipe, *wide], BODIES) == []
