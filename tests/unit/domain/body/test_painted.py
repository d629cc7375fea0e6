"""The painted surface: marks and drawing as one set of pieces, each place counted once."""

from __future__ import annotations

import pytest

from dashapp.domain.body import geometry
from dashapp.domain.body.dermatome_fit import (
    best_fitting_root,
    dermatome_overlaps,
    painted_root_fit,
    root_fit,
)
from dashapp.domain.body.dermatomes import dermatome_shape, load_dermatomes
from dashapp.domain.body.drawn import DrawnShape
from dashapp.domain.body.painted import outranks, paint, painted, painted_share, surface
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.drawing import Stroke

REGIONS = geometry.load_surface_regions()
AREAS = geometry.region_areas(REGIONS)
BODY = surface(REGIONS)
DERMATOMES = load_dermatomes()
OVERLAPS = dermatome_overlaps(DERMATOMES, REGIONS)
THIGH = Stroke("front", ((125.0, 610.0), (128.0, 660.0)), 12.0, "brush", 9)


def test_marks_alone_paint_their_regions_whole():
    chart = PainChart((Mark("sacrum", 3), Mark("right_shin", None)))
    pieces = painted(chart, REGIONS).pieces
    assert [(p.region, p.intensity) for p in pieces] == [("sacrum", 3), ("right_shin", None)]
    assert [p.area for p in pieces] == [AREAS["sacrum"], AREAS["right_shin"]]
    assert painted_share(chart, REGIONS) == pytest.approx(
        geometry.marked_share(chart.regions, REGIONS)
    )


def test_an_eraser_takes_the_drawing_away():
    eraser = Stroke("front", THIGH.points, 30.0, "eraser")
    assert painted(PainChart(strokes=(THIGH, eraser)), REGIONS).pieces == ()


def test_a_rating_beats_not_rated_yet_and_a_higher_one_a_lower():
    assert outranks(0, None) and not outranks(None, 0)
    assert outranks(7, 6) and not outranks(6, 6) and not outranks(3, 8)


def test_a_lower_drawing_inside_a_mark_leaves_the_mark_whole():
    low = Stroke("front", THIGH.points, THIGH.width, "brush", 1)
    region = painted(PainChart(strokes=(low,)), REGIONS).pieces[0].region
    chart = PainChart((Mark(region, 8),), strokes=(low,))
    mine = [p for p in painted(chart, REGIONS).pieces if p.region == region]
    assert [(p.intensity, p.area) for p in mine] == [(8, AREAS[region])]


def test_a_drawing_that_is_a_root_s_dermatome_fits_that_root_best():
    l5 = [d for d in DERMATOMES if d.map == "classic" and d.root == "L5" and d.side == "right"]
    shapes = [DrawnShape(d.view, dermatome_shape(d), 6, ()) for d in l5]
    ranked = painted_root_fit(paint({}, shapes, BODY), DERMATOMES, "classic")
    assert ranked[0][:2] == ("L5", "right")
    assert ranked[0][2] == pytest.approx(1.0, abs=0.01)


def test_root_fit_measures_marks_alone_as_before_and_a_drawing_on_its_shape():
    chart = PainChart((Mark("right_shin_outer", 5),))
    assert root_fit(chart, REGIONS, DERMATOMES, OVERLAPS, AREAS) == best_fitting_root(
        chart.regions, DERMATOMES, OVERLAPS, AREAS
    )
    on_shape = painted_root_fit(painted(chart, REGIONS), DERMATOMES)
    assert on_shape[0][:2] == best_fitting_root(chart.regions, DERMATOMES, OVERLAPS, AREAS)[0][:2]
    drawn = PainChart(strokes=(THIGH,))
    expected = painted_root_fit(painted(drawn, REGIONS), DERMATOMES, "classic")
    assert root_fit(drawn, REGIONS, DERMATOMES, OVERLAPS, AREAS, "classic") == expected
    assert expected and expected != best_fitting_root(
        [p.region for p in painted(drawn, REGIONS).pieces], DERMATOMES, OVERLAPS, AREAS, "evidence"
    )


def test_marks_alone_are_measured_on_the_regions_overlaps_not_on_their_shapes():
    """The two paths share the ranking but not the measure: the regions' precomputed overlaps
    leave out slivers under OVERLAP_THRESHOLD (here a corner of L5 on the toes) that the
    shapes count, so the region path is not the painted path's special case."""
    chart = PainChart((Mark("right_face_middle"), Mark("right_toes")))
    by_region = best_fitting_root(chart.regions, DERMATOMES, OVERLAPS, AREAS, "evidence")
    on_shape = painted_root_fit(painted(chart, REGIONS), DERMATOMES, "evidence")
    assert by_region[0] == on_shape[0] and by_region[0][:2] == ("S1", "right")
    assert ("L5", "right") in [fit[:2] for fit in on_shape]
    assert ("L5", "right") not in [fit[:2] for fit in by_region]
    assert root_fit(chart, REGIONS, DERMATOMES, OVERLAPS, AREAS, "evidence") == by_region
