"""What an arm drawing's comparison waits for: its own warning questions, the ones for every
pain and the arm's history; never the low back's or the leg's. A leg drawing waits as before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.reference import load_reference
from dashapp.domain.sciatica.arm_gate import (
    ARM_REQUIRED,
    GENERAL_CATEGORIES,
    GENERAL_FLAG_QUESTIONS,
    LEG_REQUIRED,
    arm_answers,
    arm_gate,
    required,
)
from dashapp.domain.sciatica.data import RED_FLAG_QUESTIONS
from dashapp.domain.sciatica.intake import INTAKE_FIELDS, LIST_FIELDS, OPTIONAL_FIELDS
from dashapp.domain.sciatica.upper import SECTION_BY_KEY

REFERENCE = load_reference(SHIPPED_DATA)
BY_ID = {r.id: r for r in REFERENCE.regions}
# The walk's drawing: tingling down the right neck, arm, thumb and index, and the shoulder blade.
WALK = (
    "right_neck_side",
    "right_upper_arm_outer",
    "right_forearm_thumb_side",
    "right_thumb_front",
    "right_index_finger_front",
    "right_nape",
    "right_shoulder_blade_upper",
    "right_upper_arm_outer_back",
)
UPPER_NO = {
    q: "no" for key in ("neck_arm", "chest", "arteries") for q in SECTION_BY_KEY[key].questions
}
ARM_ONLY = {
    **UPPER_NO,
    "trigger": "none",
    "started": "2_to_6_weeks",
    "age": "20_to_50",
    "fragile_bones": "no",
    **dict.fromkeys(GENERAL_FLAG_QUESTIONS, "no"),
    "arm_worse": "arm",
    "arm_tingling": "yes",
    "hand_on_head": "no",
}
WAINNER = {"spurling": "positive", "ultt_a": "positive", "distraction": "positive"}
WAINNER = {**WAINNER, "rotation_under_60": "positive"}


def chart(*regions, quality="tingling"):
    return PainChart(tuple(Mark(r, 5, (quality,)) for r in regions)).to_json()


def areas(*regions):
    return [BY_ID[r] for r in regions]


def test_the_general_questions_are_the_infection_fracture_and_cancer_ones_of_the_file():
    general = {
        q
        for q in RED_FLAG_QUESTIONS
        if REFERENCE.sciatica.red_flags[q].category in GENERAL_CATEGORIES
    }
    assert set(GENERAL_FLAG_QUESTIONS) == general


def test_the_walks_arm_drawing_waits_only_for_what_an_arm_needs():
    seen = REFERENCE.consult(chart(*WALK), UPPER_NO, WAINNER)
    assert set(seen.missing) == set(ARM_REQUIRED)
    assert not {"saddle_numbness", "bladder_bowel_sexual", "both_legs", "worse"} & set(seen.missing)
    assert not {"onset", "numbness", "pins_and_needles", "thoracic_pain"} & set(seen.missing)
    assert len(seen.missing) < 29


def test_with_those_answers_in_the_arm_comparison_and_wainners_rule_show():
    seen = REFERENCE.consult(chart(*WALK), ARM_ONLY, WAINNER)
    assert seen.missing == () and seen.ask == () and seen.red_flags == ()
    arm = REFERENCE.consult_arm(seen, ARM_ONLY, WAINNER)
    assert arm is not None and arm.open
    assert (arm.cpr.positive, arm.cpr.probability) == (4, 90)
    assert "arm_pins_and_needles" in {e.id for e in arm.comparison.toward_root}


def test_a_warning_for_every_pain_still_holds_the_arm_comparison_back():
    answers = {**ARM_ONLY, "cancer_history": "yes"}
    seen = REFERENCE.consult(chart(*WALK), answers, WAINNER)
    assert [f.id for f in seen.red_flags] == ["cancer_history"]
    assert seen.comparison is None
    arm = REFERENCE.consult_arm(seen, answers, WAINNER)
    assert arm is None or not arm.open


def test_a_small_fall_with_thin_bones_is_still_read_for_an_arm():
    answers = {**ARM_ONLY, "trigger": "fall", "fragile_bones": "yes"}
    seen = REFERENCE.consult(chart(*WALK), answers, None)
    assert "minor_trauma" in {f.id for f in seen.red_flags}


def test_the_questions_an_arm_is_not_asked_raise_nothing():
    read = arm_answers(ARM_ONLY)
    assert all(read[q] == "no" for q in RED_FLAG_QUESTIONS if q not in ARM_REQUIRED)
    assert read["worse"] == "same" and read["numbness"] == "unsure"
    assert arm_answers({"saddle_numbness": "yes"})["saddle_numbness"] == "yes"


def test_a_leg_a_low_back_or_an_arm_with_the_low_back_waits_for_everything_as_before():
    before = tuple(f for f in INTAKE_FIELDS if f not in LIST_FIELDS + OPTIONAL_FIELDS)
    assert LEG_REQUIRED == before
    assert required(areas("right_calf_outer")) == before
    assert required(areas("right_forearm_thumb_side", "right_calf_outer")) == before
    assert required(areas("right_forearm_thumb_side", "left_lower_back")) == before
    assert required(areas(*WALK)) == ARM_REQUIRED
    assert arm_gate(areas("right_thumb_front")) and not arm_gate(areas("left_lower_back"))


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.sampled_from(LEG_REQUIRED), st.sampled_from(["no", "", None])))
def test_a_leg_drawing_misses_exactly_what_it_missed_before(answers):
    seen = REFERENCE.consult(chart("right_calf_outer", quality="aching"), answers, None)
    before = tuple(f for f in LEG_REQUIRED if answers.get(f) in (None, ""))
    assert seen.missing == before
