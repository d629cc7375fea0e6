"""The lookup on painted shapes: the same scores as the fast path for marks, and a drawing
scored on its own shapes."""

from __future__ import annotations

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.atlas.lookup import rank
from dashapp.domain.atlas.painted_lookup import rank_chart, rank_painted
from dashapp.domain.body.drawn import DrawnShape
from dashapp.domain.body.geometry import region_areas
from dashapp.domain.body.painted import paint, painted, surface
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.drawing import Stroke
from dashapp.domain.reference import load_reference

REFERENCE = load_reference(SHIPPED_DATA)
AREAS = region_areas(REFERENCE.regions)
BODY = surface(REFERENCE.regions)
IDS = sorted(AREAS)
FRONT = [r.id for r in REFERENCE.regions if r.view == "front"]
ACTIVITIES = sorted(a.id for a in REFERENCE.atlas.activities)
INTENSITY = st.one_of(st.none(), st.integers(0, 10))
SLOW = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def same(expected, got, ordered=True):
    """Two rankings with the same candidates, numbers and explanations (the regions named in
    the same order when `ordered`: a drawing names them in the body's order, not as marked)."""
    order = (lambda t: t) if ordered else (lambda t: tuple(sorted(t)))
    assert [(c.muscle, c.side) for c in got] == [(c.muscle, c.side) for c in expected]
    for a, b in zip(expected, got, strict=True):
        assert b.score == pytest.approx(a.score, abs=2e-6)
        assert b.explained == pytest.approx(a.explained, abs=2e-6)
        assert b.coverage == pytest.approx(a.coverage, abs=2e-6)
        assert order(b.in_essential) == order(a.in_essential)
        assert order(b.in_spillover) == order(a.in_spillover)
        assert b.matched_activities == a.matched_activities


def distinct(ranked):
    """Leave out candidates whose score ties another's to 1e-5: rounding may swap them."""
    scores = [c.score for c in ranked]
    return [c for n, c in enumerate(ranked) if all(abs(c.score - s) > 1e-5 for s in scores[:n])]


@SLOW
@given(
    marks=st.dictionaries(st.sampled_from(IDS), INTENSITY, min_size=1, max_size=8),
    activities=st.lists(st.sampled_from(ACTIVITIES), max_size=2, unique=True),
)
def test_both_paths_score_region_only_charts_alike(marks, activities):
    fast = rank(REFERENCE.patterns, marks, AREAS, activities)
    shapes = rank_painted(REFERENCE.patterns, paint(marks, (), BODY), activities)
    same(distinct(fast), distinct(shapes))


@SLOW
@given(
    chosen=st.lists(st.sampled_from(IDS), min_size=1, max_size=6, unique=True),
    intensity=INTENSITY,
)
def test_a_drawing_filling_regions_scores_like_marking_them(chosen, intensity):
    views = {BODY.regions[r].view for r in chosen}
    drawn = [
        DrawnShape(
            view,
            shapely.unary_union([BODY.polygons[r] for r in chosen if r in mine]),
            intensity,
            (),
        )
        for view in views
        for mine in [{r for r in chosen if BODY.regions[r].view == view}]
    ]
    marks = dict.fromkeys(chosen, intensity)
    fast = rank(REFERENCE.patterns, marks, AREAS)
    painted_rank = rank_painted(REFERENCE.patterns, paint({}, drawn, BODY))
    same(distinct(fast), distinct(painted_rank), ordered=False)


def cover_front(intensity: int) -> tuple[Stroke, ...]:
    """Wide strokes, one above the other, across the whole front view."""
    return tuple(
        Stroke("front", ((0.0, float(y)), (400.0, float(y))), 60.0, "brush", intensity)
        for y in range(0, 1001, 40)
    )


@settings(max_examples=5, deadline=None)
@given(intensity=st.integers(0, 10))
def test_strokes_covering_a_whole_view_score_like_marking_all_of_it(intensity):
    chart = PainChart(strokes=cover_front(intensity))
    marked = dict.fromkeys(FRONT, intensity)
    fast = rank(REFERENCE.patterns, marked, AREAS)
    drawn = rank_chart(REFERENCE.patterns, chart, REFERENCE.regions, AREAS)
    same(distinct(fast), distinct(drawn), ordered=False)


def test_a_drawing_is_scored_on_its_shape_not_on_the_regions_it_touches():
    # A narrow stroke down the outer thigh and leg, where gluteus minimus (front) refers.
    line = ((120.0, 540.0), (128.0, 640.0), (138.0, 760.0), (143.0, 860.0))
    stroke = Stroke("front", line, 12.0, "brush", 7)
    drawn = rank_chart(REFERENCE.patterns, PainChart(strokes=(stroke,)), REFERENCE.regions, AREAS)
    touched = {p.region: 7 for p in painted(PainChart(strokes=(stroke,)), REFERENCE.regions).pieces}
    whole = rank(REFERENCE.patterns, touched, AREAS)
    assert drawn and whole
    assert [c.score for c in drawn] != [c.score for c in whole]
    assert all(c.side == "right" for c in drawn[:3])


def test_rank_chart_without_a_drawing_is_the_fast_path():
    chart = PainChart((Mark("sacrum", 5), Mark("right_shin", 2)), ("sitting",))
    marks = {"sacrum": 5, "right_shin": 2}
    expected = rank(REFERENCE.patterns, marks, AREAS, ("sitting",))
    assert rank_chart(REFERENCE.patterns, chart, REFERENCE.regions, AREAS) == expected


def test_a_drawing_over_a_mark_counts_at_the_higher_intensity():
    stroke = Stroke("front", ((125.0, 610.0), (128.0, 660.0)), 12.0, "brush", 9)
    region = next(p.region for p in painted(PainChart(strokes=(stroke,)), REFERENCE.regions).pieces)
    both = PainChart((Mark(region, 2),), strokes=(stroke,))
    pieces = [p for p in painted(both, REFERENCE.regions).pieces if p.region == region]
    assert sorted(p.intensity for p in pieces) == [2, 9]
    assert sum(p.area for p in pieces) == pytest.approx(AREAS[region])
