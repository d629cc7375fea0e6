"""Progress metrics of charts with a freehand drawing: measured on the painted shapes."""

from __future__ import annotations

from datetime import date

import pytest
from shapely.geometry import LineString

from dashapp.domain.body import geometry
from dashapp.domain.body.painted import surface
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.drawing import Stroke
from dashapp.domain.progress import chart_jaccard, course, session_metrics
from dashapp.domain.wpi import load_wpi_map

REGIONS = geometry.load_surface_regions()
WPI = load_wpi_map([r.id for r in REGIONS])
BODY = surface(REGIONS)
DAY = date(2026, 3, 2)
# A thin stroke down the middle of the left outer calf (back view), inside it.
LINE = ((135.5, 800.0), (140.2, 840.0), (147.0, 880.0))
CALF = Stroke("back", LINE, 6.0, "brush", 6)
CALF_AREA = LineString(LINE).buffer(3.0).area  # drawing units², as shapely measures it


def test_a_stroke_inside_the_left_calf_counts_left_lower_leg():
    row = session_metrics(DAY, PainChart(strokes=(CALF,)), REGIONS, WPI)
    assert row.wpi_areas == ("left_lower_leg",)
    assert (row.highest, row.mean, row.rated) == (6, 6.0, 1)


def test_a_drawing_rated_zero_counts_no_wpi_area():
    stroke = Stroke("back", CALF.points, CALF.width, "brush", 0)
    assert session_metrics(DAY, PainChart(strokes=(stroke,)), REGIONS, WPI).wpi == 0


def test_share_of_a_drawing_is_its_area_over_the_body():
    row = session_metrics(DAY, PainChart(strokes=(CALF,)), REGIONS, WPI)
    expected = CALF_AREA / sum(r.area for r in REGIONS)
    assert row.share == pytest.approx(expected, rel=0.02)


def test_a_mark_and_a_drawing_over_it_count_the_place_once():
    marked = PainChart((Mark("left_calf_outer", 3),))
    both = PainChart((Mark("left_calf_outer", 3),), strokes=(CALF,))
    assert session_metrics(DAY, both, REGIONS, WPI).share == pytest.approx(
        session_metrics(DAY, marked, REGIONS, WPI).share
    )
    assert session_metrics(DAY, both, REGIONS, WPI).highest == 6


def test_jaccard_on_painted_area():
    whole_calf = PainChart((Mark("left_calf_outer", 3),))
    drawn = PainChart(strokes=(CALF,))
    stroke_area = CALF_AREA * BODY.scale("left_calf_outer")
    calf = BODY.regions["left_calf_outer"].area
    assert chart_jaccard(whole_calf, drawn, REGIONS) == pytest.approx(stroke_area / calf, rel=0.02)
    assert chart_jaccard(drawn, drawn, REGIONS) == pytest.approx(1.0)
    moved = Stroke("front", CALF.points, CALF.width, "brush", 6)
    assert chart_jaccard(drawn, PainChart(strokes=(moved,)), REGIONS) == 0.0


def test_course_uses_the_drawing_between_sessions():
    rows = course(
        [(DAY, PainChart((Mark("left_calf_outer", 5),))), (DAY, PainChart(strokes=(CALF,)))],
        REGIONS,
        WPI,
    )
    assert 0 < rows[1].jaccard < 0.3
    assert rows[1].wpi_areas == ("left_lower_leg",)
