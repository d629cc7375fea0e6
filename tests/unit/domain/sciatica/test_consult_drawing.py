"""A drawing asks the warning questions of the places it covers, as marks there would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.reference import load_reference
from dashapp.domain.sciatica.consult import ask, chart_facts, screen, upper_shown
from tests.strokes import down_the_middle

UPPER_GROUPS = ("neck", "shoulder", "arm", "hand", "head", "chest")


REFERENCE = load_reference(SHIPPED_DATA)
UPPER_IDS = sorted(r.id for r in REFERENCE.regions if r.area_group in UPPER_GROUPS)


@pytest.fixture(scope="module")
def reference():
    return REFERENCE


def drawn(*strokes) -> PainChart:
    return PainChart().with_strokes(list(strokes))


def marked(*region_ids, qualities=("tingling",)) -> PainChart:
    return PainChart(marks=tuple(Mark(r, 5, tuple(qualities)) for r in region_ids))


def test_a_tingling_stroke_down_the_side_of_the_neck_asks_what_a_tap_there_asks(reference):
    tapped = ask({}, marked("right_neck_side"), reference.regions)
    assert len(tapped) == 14
    assert ask({}, drawn(down_the_middle("right_neck_side")), reference.regions) == tapped


@pytest.mark.parametrize(
    "region_id",
    [
        "right_forearm_thumb_side",
        "left_chest",
        "left_jaw",
        "right_temple",
        "right_index_finger_front",
    ],
)
def test_a_stroke_over_the_arm_chest_jaw_or_head_asks_what_a_mark_there_asks(reference, region_id):
    tapped = ask({}, marked(region_id), reference.regions)
    assert tapped
    assert ask({}, drawn(down_the_middle(region_id)), reference.regions) == tapped


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(UPPER_IDS))
def test_a_stroke_inside_any_upper_area_asks_the_same_as_marking_it(region_id):
    stroke = down_the_middle(region_id)
    by_drawing = chart_facts(drawn(stroke), REFERENCE.regions)
    by_mark = chart_facts(marked(region_id), REFERENCE.regions)
    assert by_drawing.upper == by_mark.upper


def test_the_neck_sections_of_a_form_are_shown_for_a_drawing(reference):
    shown = upper_shown({}, drawn(down_the_middle("right_neck_side")), reference.regions)
    assert shown == upper_shown({}, marked("right_neck_side"), reference.regions)
    assert {"neck_arm", "arteries", "chest"} <= shown


def test_a_drawing_and_marks_together_ask_for_both_places(reference):
    chart = PainChart(marks=(Mark("left_chest", 5),)).with_strokes(
        [down_the_middle("right_temple")]
    )
    sections = chart_facts(chart, reference.regions).upper
    assert sections == {"chest", "arteries", "head_jaw"}


def test_tingling_drawn_in_the_saddle_asks_the_saddle_question_and_pain_there_does_not(reference):
    tingling = drawn(down_the_middle("left_buttock_lower_inner"))
    aching = drawn(down_the_middle("left_buttock_lower_inner", qualities=("aching",)))
    assert ask({}, tingling, reference.regions) == ("saddle_numbness",)
    assert ask({}, aching, reference.regions) == ()


def test_a_drawing_raises_no_flag_by_itself(reference):
    chart = drawn(down_the_middle("right_neck_side"), down_the_middle("left_forearm_thumb_side"))
    assert screen({}, chart, reference.regions, data=reference.sciatica) == ()


def test_a_stroke_rubbed_out_asks_nothing(reference):
    stroke = down_the_middle("right_neck_side")
    eraser = {"view": stroke["view"], "tool": "eraser", "width": 20, "points": stroke["points"]}
    assert ask({}, drawn(stroke, eraser), reference.regions) == ()


def test_a_leg_only_drawing_asks_none_of_the_upper_questions(reference):
    chart = drawn(down_the_middle("right_shin_outer"), down_the_middle("right_thigh_outer_lower"))
    assert chart_facts(chart, reference.regions).upper == frozenset()
    assert ask({}, chart, reference.regions) == ()
