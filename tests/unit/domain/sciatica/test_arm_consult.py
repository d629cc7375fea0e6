"""The arm's comparison of a consultation: only for a neck, arm or hand drawing with its
answers in; a leg drawing keeps the leg's."""

from __future__ import annotations

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.reference import load_reference
from dashapp.domain.sciatica.data import RED_FLAG_QUESTIONS
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS

REFERENCE = load_reference(SHIPPED_DATA)
ANSWERS = {
    "age": "20_to_50",
    "fragile_bones": "no",
    "onset": "gradual",
    "trigger": "none",
    "started": "2_to_6_weeks",
    "worse": "same",
    "numbness": "yes",
    "pins_and_needles": "no",
    "weakness": [],
    "cough_sneeze": "no",
    "night_pain": "no",
    **dict.fromkeys(RED_FLAG_QUESTIONS, "no"),
    **dict.fromkeys(UPPER_FLAG_QUESTIONS, "no"),
    "arm_worse": "same",
    "arm_tingling": "yes",
    "hand_on_head": "no",
}
ARM = {"right_forearm_thumb_side": 6, "right_thumb_front": 5}


def arm_of(marks, answers):
    chart = PainChart(tuple(Mark(region, intensity) for region, intensity in marks.items()))
    seen = REFERENCE.consult(chart.to_json(), answers, None)
    return REFERENCE.consult_arm(seen, answers, None)


def test_an_arm_drawing_gets_the_arm_comparison_with_a_cervical_root():
    result = arm_of(ARM, ANSWERS)
    assert result is not None and result.open
    assert result.best_root is not None and result.best_root.id in ("C5", "C6", "C7")
    assert [e.id for e in result.comparison.toward_root] == ["arm_pins_and_needles"]
    assert {d.id: d.hinted for d in result.differentials}["carpal_tunnel"] is True


def test_a_leg_drawing_or_missing_answers_get_none():
    assert arm_of({"right_shin_outer": 5}, ANSWERS) is None
    assert arm_of(ARM, {k: v for k, v in ANSWERS.items() if k != "arm_worse"}) is None
    assert arm_of(ARM, {k: v for k, v in ANSWERS.items() if k != "cancer_history"}) is None


def test_pins_and_needles_marked_on_the_arm_count_without_any_answer_about_them():
    marked = PainChart((Mark("right_forearm_thumb_side", 6, ("tingling",)),))
    answers = {**ANSWERS, "arm_tingling": "no", "numbness": "no"}
    seen = REFERENCE.consult(marked.to_json(), answers, None)
    found = REFERENCE.consult_arm(seen, answers, None).comparison.toward_root
    assert [e.id for e in found] == ["arm_pins_and_needles"]
    plain = PainChart((Mark("right_forearm_thumb_side", 6, ("aching",)),))
    seen = REFERENCE.consult(plain.to_json(), answers, None)
    assert REFERENCE.consult_arm(seen, answers, None).comparison.toward_root == ()
