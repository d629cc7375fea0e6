"""Course figures: the data in the traces, not the pixels."""

from __future__ import annotations

from datetime import date

import plotly.io as pio
import pytest

from dashapp.domain.body import geometry
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.progress import course
from dashapp.domain.wpi import load_wpi_map
from dashapp.ui.figures import extent_figure, intensity_figure, wpi_figure

VIEWS = geometry.load_views()
REGIONS = geometry.load_surface_regions()
WPI = load_wpi_map(r.id for r in REGIONS)
SESSIONS = [
    (date(2026, 1, 5), PainChart((Mark("sacrum", 8), Mark("right_shin", 4)))),
    (date(2026, 1, 19), PainChart((Mark("sacrum", 7),))),  # -1: not important
    (date(2026, 2, 2), PainChart((Mark("sacrum", 4), Mark("left_jaw")))),  # -3: important
    (date(2026, 2, 16), PainChart((Mark("left_jaw"),))),  # nothing rated
]
ROWS = course(SESSIONS, REGIONS, WPI)
DATES = ("2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16")


def test_intensity_figure_traces_and_important_markers():
    figure = intensity_figure(ROWS)
    highest, mean, important = figure.data
    assert tuple(highest.x) == DATES
    assert tuple(highest.y) == (8, 7, 4, None)
    assert tuple(mean.y) == (6.0, 7.0, 4.0, None)
    assert tuple(important.x) == ("2026-02-02",)
    assert tuple(important.y) == (4,)
    assert figure.layout.title.text
    assert figure.layout.xaxis.title.text and figure.layout.yaxis.title.text
    assert highest.line.color != mean.line.color and mean.line.dash == "dash"


def test_extent_figure_regions_and_share():
    regions, share = extent_figure(ROWS).data
    assert tuple(regions.y) == (2, 1, 2, 1)
    assert share.yaxis == "y2"
    assert share.y[1] == round(geometry.marked_share(["sacrum"], REGIONS) * 100, 1)


def test_wpi_figure_counts_and_names_the_areas():
    (bars,) = wpi_figure(ROWS).data
    assert tuple(bars.y) == (2, 1, 2, 1)
    assert bars.text[0] == "Right lower leg, Lower back"
    assert wpi_figure(ROWS).layout.yaxis.range == (0, 19)


def test_empty_course_gives_empty_figures():
    assert intensity_figure([]).data[0].x == ()
    assert len(extent_figure([]).data) == 2


def test_figures_use_the_simple_white_template():
    expected = pio.templates["simple_white"].to_plotly_json()
    for figure in (intensity_figure(ROWS), extent_figure(ROWS), wpi_figure(ROWS)):
        assert figure.layout.template.to_plotly_json() == expected
        with pytest.raises(ValueError):
            figure.update_layout(not_a_layout_property=1)  # the rest is still validated


SAME_DAY = [
    (date(2026, 3, 9), PainChart((Mark("sacrum", 8),))),  # before treatment
    (date(2026, 3, 9), PainChart((Mark("sacrum", 5),))),  # after
    (date(2026, 3, 16), PainChart((Mark("sacrum", 4),))),
]
SAME_DAY_ROWS = course(SAME_DAY, REGIONS, WPI)


@pytest.mark.parametrize("figure", [intensity_figure, extent_figure, wpi_figure])
def test_two_sessions_on_one_day_have_two_places_on_the_x_axis(figure):
    for trace in figure(SAME_DAY_ROWS).data[:1]:
        assert len(set(trace.x)) == 3
    labels = ["2026-03-09 09:00", "2026-03-09 10:15", "2026-03-16"]
    assert tuple(figure(SAME_DAY_ROWS, labels).data[0].x) == tuple(labels)


def test_the_important_change_is_marked_on_its_own_session_of_the_day():
    labels = ["2026-03-09 09:00", "2026-03-09 10:15", "2026-03-16"]
    *_, important = intensity_figure(SAME_DAY_ROWS, labels).data
    assert tuple(important.x) == ("2026-03-09 10:15",)  # 8 -> 5, on the same day


def test_labels_must_be_one_per_session():
    with pytest.raises(ValueError):
        intensity_figure(SAME_DAY_ROWS, ["2026-03-09"])


def test_every_y_axis_starts_at_zero_even_when_the_values_lie_close_together():
    """Two per cent of the body, and then a little more, is not drawn as a tenfold change."""
    rows = course(
        [(date(2026, 1, d), PainChart((Mark("sacrum", 5),) + extra)) for d, extra in
         ((5, ()), (12, (Mark("left_jaw", 2),)))],
        REGIONS,
        WPI,
    )  # fmt: skip
    extent = extent_figure(rows).layout
    assert extent.yaxis.range[0] == 0 and extent.yaxis2.range[0] == 0
    assert extent.yaxis2.range[1] >= max(extent_figure(rows).data[1].y)
    assert extent.yaxis.rangemode == extent.yaxis2.rangemode == "tozero"
    assert intensity_figure(rows).layout.yaxis.range[0] == 0
    assert intensity_figure(rows).layout.yaxis.rangemode == "tozero"
