"""Progress metrics: each pinned on hand-built charts."""

from __future__ import annotations

from datetime import date

import pytest

from dashapp.domain.body import geometry
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.progress import course, important_change, jaccard, session_metrics
from dashapp.domain.wpi import WPI_AREAS, WPI_FILE, load_wpi_map

REGIONS = geometry.load_surface_regions()
IDS = [r.id for r in REGIONS]
WPI = load_wpi_map(IDS)
DAY = date(2026, 3, 2)


def chart(*marks: tuple[str, int | None]) -> PainChart:
    return PainChart(tuple(Mark(region, intensity) for region, intensity in marks))


def test_empty_chart_has_no_intensity():
    row = session_metrics(DAY, PainChart(), REGIONS, WPI)
    assert (row.regions, row.share, row.rated, row.highest, row.mean, row.wpi) == (
        0,
        0.0,
        0,
        None,
        None,
        0,
    )


def test_unrated_marks_count_as_regions_but_not_intensity():
    row = session_metrics(DAY, chart(("right_jaw", None), ("left_jaw", None)), REGIONS, WPI)
    assert (row.regions, row.rated, row.highest, row.mean) == (2, 0, None, None)
    assert row.wpi_areas == ("left_jaw", "right_jaw")


def test_highest_and_mean_leave_unrated_out():
    row = session_metrics(
        DAY, chart(("sacrum", 3), ("right_shin", 8), ("pubic", None)), REGIONS, WPI
    )
    assert (row.highest, row.mean, row.rated) == (8, 5.5, 2)


def test_share_reuses_marked_share():
    marked = chart(("sacrum", 3), ("right_shin", 8))
    row = session_metrics(DAY, marked, REGIONS, WPI)
    assert row.share == pytest.approx(geometry.marked_share(["sacrum", "right_shin"], REGIONS))


def test_wpi_counts_areas_not_regions_and_skips_zero_and_unmapped():
    marked = chart(
        ("right_thigh_outer_upper", 4),
        ("right_thigh_back_inner_lower", 5),  # same area: right upper leg
        ("left_buttock_upper_outer", 2),
        ("right_heel", 6),  # feet are not a WPI area
        ("left_nape", 0),  # rated 0: not painful
    )
    row = session_metrics(DAY, marked, REGIONS, WPI)
    assert row.wpi_areas == ("left_hip", "right_upper_leg")
    assert row.wpi == 2


def test_wpi_file_covers_all_19_areas_with_known_regions():
    assert set(WPI.values()) == set(WPI_AREAS)
    assert len(WPI_AREAS) == 19


def test_wpi_file_refuses_an_unknown_region(tmp_path):
    bad = tmp_path / "wpi.csv"
    bad.write_text(WPI_FILE.read_text().replace("\nright_jaw,", "\nright_jawbone,", 1))
    with pytest.raises(ValueError, match=r"row 9 \(region 'right_jawbone'\): region"):
        load_wpi_map(IDS, bad)


def test_wpi_file_refuses_an_unknown_area_and_source(tmp_path):
    bad = tmp_path / "wpi.csv"
    bad.write_text("region,wpi_area,source,confidence,note\nsacrum,tail,ACRFORM,high,\n")
    with pytest.raises(ValueError, match="wpi_area: 'tail'"):
        load_wpi_map(IDS, bad)
    bad.write_text("region,wpi_area,source,confidence,note\nsacrum,lower_back,NOPE,high,\n")
    with pytest.raises(ValueError, match="source"):
        load_wpi_map(IDS, bad)


@pytest.mark.parametrize(
    ("before", "after", "important"),
    [
        (3, 2, True),  # 1 point, but 33 %: under 2 points, over 30 %
        (10, 7, True),  # exactly 30 %
        (10, 8, True),  # 20 %, but 2 points
        (5, 4, False),  # 1 point, 20 %
        (0, 1, False),  # from 0 only the 2-point rule applies
        (0, 2, True),
        (4, 7, True),  # worsening counts too
        (None, 5, None),
        (5, None, None),
    ],
)
def test_clinically_important_change(before, after, important):
    assert important_change(before, after) is important


def test_jaccard():
    assert jaccard(["a", "b"], ["b", "c"]) == pytest.approx(1 / 3)
    assert jaccard([], []) == 1.0
    assert jaccard(["a"], []) == 0.0


def test_course_compares_each_session_with_the_one_before():
    rows = course(
        [
            (date(2026, 1, 5), chart(("sacrum", 6), ("right_shin", 2))),
            (date(2026, 1, 19), chart(("sacrum", 5), ("right_shin", 1))),  # 1/6 = 17 %
            (date(2026, 1, 19), chart(("sacrum", 3))),  # same day, after treatment
            (date(2026, 2, 2), chart(("sacrum", None))),
        ],
        REGIONS,
        WPI,
    )
    first, second, third, fourth = rows
    assert first.jaccard is None and first.clinically_important is None
    assert (second.highest_change, second.mean_change, second.jaccard) == (-1, -1.0, 1.0)
    assert second.clinically_important is False
    area = {r.id: r.area for r in REGIONS}
    shared = area["sacrum"] / (area["sacrum"] + area["right_shin"])  # by area, not by count
    assert third.highest_change == -2
    assert third.jaccard == pytest.approx(shared)
    assert third.clinically_important is True
    assert fourth.highest is None and fourth.clinically_important is None


def test_course_refuses_sessions_out_of_order():
    with pytest.raises(ValueError, match=r"sessions\[1\]"):
        course([(date(2026, 2, 1), PainChart()), (date(2026, 1, 1), PainChart())], REGIONS, WPI)


def test_a_session_with_a_drawing_says_so():
    stroke = {"view": "front", "points": [[150, 600], [150, 640]], "width": 12, "intensity": 5}
    assert not session_metrics(DAY, chart(("right_jaw", 3)), REGIONS, WPI).drawn
    drawn = session_metrics(DAY, PainChart().with_strokes([stroke]), REGIONS, WPI)
    assert drawn.drawn and drawn.regions == 0 and drawn.share > 0
