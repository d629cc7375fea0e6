"""The pain chart: marking, rating, describing, and reading back from storage."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dashapp.domain.chart import (
    ChartProblem,
    Mark,
    PainChart,
    check,
    check_intensity,
    rebuild,
    restore,
)
from dashapp.domain.chart_text import describe_chart, describe_mark


@dataclass
class Area:
    id: str
    label: str


REGIONS = {a.id: a for a in (Area("r_thigh", "Right outer thigh"), Area("l_shin", "Left shin"))}


def test_selection_keeps_ratings_and_marking_order():
    chart = PainChart().with_selection(["l_shin"]).with_intensity("l_shin", 4)
    chart = chart.with_selection(["l_shin", "r_thigh"])
    assert chart.regions == ["l_shin", "r_thigh"]
    assert chart.get("l_shin").intensity == 4
    assert chart.get("r_thigh") == Mark("r_thigh")
    assert chart.with_selection(["r_thigh"]).regions == ["r_thigh"]


@pytest.mark.parametrize("bad", [42, -1, 10.5, "7", True])
def test_intensity_out_of_range_is_refused_and_changes_nothing(bad):
    chart = PainChart().with_selection(["r_thigh"]).with_intensity("r_thigh", 6)
    with pytest.raises(ValueError, match="0 to 10"):
        chart.with_intensity("r_thigh", bad)
    assert chart.get("r_thigh").intensity == 6


def test_intensity_bounds_and_unrated():
    assert check_intensity(0) == 0
    assert check_intensity(10.0) == 10
    assert check_intensity(None) is None


def test_qualities_are_from_the_vocabulary_in_a_stable_order():
    chart = PainChart().with_selection(["r_thigh"])
    chart = chart.with_qualities("r_thigh", ["shooting", "sharp", "shooting"])
    assert chart.get("r_thigh").qualities == ("sharp", "shooting")
    with pytest.raises(ValueError, match="itchy"):
        chart.with_qualities("r_thigh", ["itchy"])


def test_rating_an_unmarked_area_is_refused():
    with pytest.raises(KeyError):
        PainChart().with_intensity("r_thigh", 3)


def test_plain_words():
    chart = PainChart((Mark("r_thigh", 6, ("shooting",)), Mark("l_shin")))
    assert describe_chart(chart, REGIONS) == [
        "Right outer thigh, 6/10, shooting",
        "Left shin, not rated yet",
    ]
    assert describe_mark(Mark("l_shin", 2, ("tingling", "numb")), "Left shin") == (
        "Left shin, 2/10, tingling / pins and needles, numb"
    )


def test_round_trip_through_storage():
    chart = PainChart((Mark("r_thigh", 6, ("shooting",)), Mark("l_shin")))
    restored = restore(chart.to_json(), REGIONS)
    assert restored.chart == chart
    assert restored.notices == ()


def test_unknown_region_is_dropped_with_a_notice():
    data = {
        "version": 1,
        "marks": [
            {"region": "r_thigh", "intensity": 3, "qualities": []},
            {"region": "tail", "intensity": 3, "qualities": []},
        ],
    }
    restored = restore(data, REGIONS)
    assert restored.chart.regions == ["r_thigh"]
    assert restored.notices == (
        "1 saved mark could not be restored: that area is no longer on the map.",
    )


@pytest.mark.parametrize(
    "data",
    ["garbage", ["a", "list"], {"marks": "nope", "version": 1}, 42, {"version": 1}],
)
def test_corrupt_store_starts_empty_with_a_notice(data):
    restored = restore(data, REGIONS)
    assert restored.chart == PainChart()
    assert "could not be read" in restored.notices[0]


def test_other_version_starts_empty_with_a_notice():
    restored = restore({"version": 99, "marks": []}, REGIONS)
    assert restored.chart == PainChart()
    assert "another version" in restored.notices[0]


def test_unreadable_marks_are_left_out():
    data = {
        "version": 1,
        "marks": [
            {"region": "r_thigh", "intensity": 42, "qualities": []},
            {"region": "l_shin", "intensity": 2, "qualities": ["itchy"]},
            "nonsense",
            {"region": "l_shin", "intensity": 2, "qualities": ["aching"]},
        ],
    }
    restored = restore(data, REGIONS)
    assert restored.chart == PainChart((Mark("l_shin", 2, ("aching",)),))
    assert restored.notices == ("3 saved marks could not be read and left out.",)


def test_nothing_stored_is_an_empty_chart_without_notice():
    assert restore(None, REGIONS) == restore(None, [])
    assert restore(None, REGIONS).notices == ()


def test_answers_rebuild_the_chart_from_what_the_page_shows():
    before = PainChart((Mark("r_thigh", 6, ("shooting",)),))
    chart = before.with_answers(
        ["r_thigh", "l_shin", "unknown"],
        {"r_thigh": 7, "l_shin": 3},
        {"r_thigh": ["sharp"]},
        REGIONS,
    )
    assert chart == PainChart((Mark("r_thigh", 7, ("sharp",)), Mark("l_shin", 3)))


def test_refused_answers_keep_what_was_there():
    before = PainChart((Mark("r_thigh", 6, ("shooting",)),))
    chart = before.with_answers(["r_thigh"], {"r_thigh": 42}, {"r_thigh": ["itchy"]}, REGIONS)
    assert chart == before


def test_answers_for_unselected_areas_are_ignored():
    chart = PainChart().with_answers([], {"r_thigh": 3}, {"r_thigh": ["sharp"]}, REGIONS)
    assert chart == PainChart()


ACTIVITIES = ["driving", "sitting"]


def test_activities_round_trip_and_survive_marking():
    chart = PainChart().with_activities(["driving"], ACTIVITIES).with_selection(["l_shin"])
    assert chart.activities == ("driving",)
    assert restore(chart.to_json(), REGIONS, ACTIVITIES).chart == chart


def test_unknown_activity_is_refused():
    with pytest.raises(ValueError, match="flying"):
        PainChart().with_activities(["flying"], ACTIVITIES)


def test_unknown_stored_activity_is_dropped_with_a_notice():
    data = {"version": 1, "marks": [], "activities": ["driving", "flying"]}
    restored = restore(data, REGIONS, ACTIVITIES)
    assert restored.chart.activities == ("driving",)
    assert "what makes it worse" in restored.notices[0]


def test_check_accepts_a_known_chart_and_orders_its_qualities():
    chart = PainChart((Mark("r_thigh", 6, ("shooting", "sharp")),), ("driving",))
    checked = check(chart, REGIONS, ACTIVITIES)
    assert checked.marks[0].qualities == ("sharp", "shooting")


@pytest.mark.parametrize(
    ("chart", "part", "mark"),
    [
        (PainChart((Mark("tail"),)), "region", 0),
        (PainChart((Mark("l_shin"), Mark("l_shin", 2))), "duplicate", 1),
        (PainChart((Mark("l_shin", 11),)), "intensity", 0),
        (PainChart((Mark("l_shin", None, ("itchy",)),)), "qualities", 0),
        (PainChart((), ("flying",)), "activities", None),
    ],
)
def test_check_names_the_refused_part(chart, part, mark):
    with pytest.raises(ChartProblem) as problem:
        check(chart, REGIONS, ACTIVITIES)
    assert (problem.value.part, problem.value.mark) == (part, mark)
    assert isinstance(problem.value, ValueError)


def test_rebuild_reads_stored_parts_leniently():
    restored = rebuild(
        [("l_shin", 3, ["aching"]), ("tail", 1, []), ("r_thigh", 42, []), None],
        ["driving", "flying"],
        REGIONS,
        ACTIVITIES,
    )
    assert restored.chart == PainChart((Mark("l_shin", 3, ("aching",)),), ("driving",))
    assert len(restored.notices) == 3
