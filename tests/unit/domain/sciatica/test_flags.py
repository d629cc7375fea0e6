"""The red-flag gate: flags come from answers; the map raises only "both legs" and asks the
saddle question; every flag has its urgency, plain words, precise words and sources."""

from __future__ import annotations

import itertools

import pytest

from dashapp.domain.chart import QUALITIES
from dashapp.domain.sciatica import (
    COUGH,
    ONSETS,
    URGENCY_TEXT,
    WORSE,
    Findings,
    SideFindings,
    ask_now,
    compare,
    gate,
    map_facts,
    red_flags,
)
from dashapp.domain.sciatica.data import RED_FLAG_IDS, RED_FLAG_QUESTIONS
from dashapp.domain.sciatica.flags import REASONS, holding
from tests.unit.domain.sciatica.consultation import DATA, REGIONS, facts, intake
from tests.unit.domain.sciatica.test_sciatica import gluteus_minimus, l5_radiculopathy
from tests.unit.domain.sciatica.test_upper import UPPER_URGENCY

SENSORY = ("numb", "tingling")
PAIN_QUALITIES = tuple(q for q in QUALITIES if q not in SENSORY)
BACK_AND_BUTTOCK = tuple(
    r.id for r in REGIONS.values() if r.area_group in ("buttock", "lower_back")
) + ("sacrum",)

# What the reference (section 4) asks of each flag: cauda equina, fracture and infection now;
# cancer signs within days, weak single signs (age, no improvement) review; the rest review,
# widespread neurology within days.
EXPECTED_URGENCY = {
    "saddle_numbness": "now",
    "bladder_bowel_sexual": "now",
    "both_legs": "now",
    "weakness_both_legs": "now",
    "weakness_worsening": "today",
    "both_legs_weakness": "now",
    "fever_unwell": "today",
    "recent_infection": "today",
    "iv_drug_use": "today",
    "immunosuppression": "today",
    "major_trauma": "now",
    "minor_trauma": "today",
    "long_term_steroids": "today",
    "cancer_history": "days",
    "weight_loss": "days",
    "rest_pain": "days",
    "widespread_neurology": "days",
    "no_improvement": "review",
    "age": "review",
    "thoracic_pain": "review",
    "deformity": "review",
    "inflammatory": "review",
    **UPPER_URGENCY,
}


def marked(*regions: str, quality: str = "aching"):
    return map_facts(regions, REGIONS, {r: (quality,) for r in regions})


# --- the map -----------------------------------------------------------------------------------


@pytest.mark.parametrize("quality", PAIN_QUALITIES)
@pytest.mark.parametrize("region", BACK_AND_BUTTOCK)
def test_pain_in_the_back_or_buttock_raises_no_flag_and_asks_nothing(region, quality):
    chart = marked(region, quality=quality)
    assert red_flags(intake(), chart, data=DATA) == ()
    assert ask_now({}, chart) == ()
    assert gate(intake(), chart, data=DATA)


@pytest.mark.parametrize("quality", PAIN_QUALITIES)
def test_the_whole_buttock_and_low_back_in_pain_raise_no_flag(quality):
    chart = marked(*BACK_AND_BUTTOCK, quality=quality)
    assert red_flags(intake(saddle_numbness="no"), chart, data=DATA) == ()
    assert ask_now({}, chart) == ()


@pytest.mark.parametrize("quality", SENSORY)
@pytest.mark.parametrize(
    "region", ["left_buttock_lower_inner", "right_buttock_lower_inner", "pubic"]
)
def test_numbness_in_the_saddle_asks_the_question_and_the_answer_decides(region, quality):
    chart = marked(region, quality=quality)
    assert ask_now({}, chart) == ("saddle_numbness",)
    assert ask_now({"saddle_numbness": ""}, chart) == ("saddle_numbness",)
    assert red_flags(intake(), chart, data=DATA) == ()  # the map asserts nothing
    for answer in ("yes", "unsure"):
        assert ask_now({"saddle_numbness": answer}, chart) == ()
        (flag,) = red_flags(intake(saddle_numbness=answer), chart, data=DATA)
        assert flag.id == "saddle_numbness" and flag.reason == REASONS[answer]
    assert ask_now({"saddle_numbness": "no"}, chart) == ()


@pytest.mark.parametrize("quality", SENSORY)
def test_numbness_beside_the_saddle_asks_nothing(quality):
    chart = marked(
        "sacrum", "right_buttock_upper_inner", "left_thigh_back_inner_upper", quality=quality
    )
    assert ask_now({}, chart) == ()


@pytest.mark.parametrize(
    "regions",
    [
        ("left_calf_back", "right_shin"),
        ("left_foot_top", "right_big_toe"),
        ("right_heel", "left_achilles"),
    ],
)
def test_pain_below_both_knees_raises_both_legs(regions):
    (flag,) = red_flags(intake(), facts(*regions), data=DATA)
    assert flag.id == "both_legs" and flag.urgency == "now" and "map" in flag.reason
    assert not gate(intake(), facts(*regions), data=DATA)


@pytest.mark.parametrize(
    "regions",
    [
        ("left_calf_back", "right_thigh_front_upper"),
        ("left_knee_back", "right_knee_front"),
        ("left_thigh_back_inner_lower", "right_thigh_back_outer_lower", "right_calf_outer"),
    ],
)
def test_thighs_and_knees_on_both_sides_are_not_both_legs(regions):
    assert red_flags(intake(), facts(*regions), data=DATA) == ()


def test_classic_root_and_muscle_pictures_are_not_gated():
    s1 = marked(
        "right_buttock_lower_inner", "right_thigh_back_inner_upper", "right_calf_back", "right_heel"
    )
    piriformis = marked("right_buttock_lower_inner", "right_buttock_upper_outer", "sacrum")
    for answers, chart, *_ in (l5_radiculopathy(), gluteus_minimus()):
        assert gate(answers, chart, data=DATA)
    for chart in (s1, piriformis):
        assert gate(intake(worse="leg", numbness="yes"), chart, data=DATA)
        assert ask_now({"saddle_numbness": "no"}, chart) == ()


# --- the answers -------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["yes", "unsure"])
@pytest.mark.parametrize("question", RED_FLAG_QUESTIONS)
def test_each_red_flag_answer_alone_raises_exactly_its_own_flag(question, answer):
    answers = intake(**{question: answer})
    flags = red_flags(answers, facts(), data=DATA)
    assert [f.id for f in flags] == [question]
    assert flags[0].reason == REASONS[answer]
    assert gate(answers, facts(), data=DATA) == (flags[0].urgency == "review")
    assert compare(answers, facts(), None, data=DATA).red_flags == flags


@pytest.mark.parametrize(
    ("changes", "raised"),
    [
        ({"trigger": "fall", "fragile_bones": "yes"}, ["minor_trauma"]),
        ({"trigger": "lifting", "fragile_bones": "unsure"}, ["minor_trauma"]),
        ({"trigger": "lifting", "age": "over_50", "started": "over_12_weeks"}, ["minor_trauma"]),
        ({"trigger": "other", "fragile_bones": "yes"}, []),
        ({"trigger": "none", "age": "over_50", "started": "over_12_weeks"}, []),
        ({"age": "over_50", "started": "under_2_weeks"}, ["age"]),
        ({"age": "under_20", "started": "unsure"}, ["age"]),
        ({"age": "under_20", "started": "over_12_weeks"}, []),
        ({"age": "20_to_50", "started": "under_2_weeks", "trigger": "fall"}, []),
    ],
)
def test_flags_read_from_several_answers(changes, raised):
    assert [f.id for f in red_flags(intake(**changes), facts(), data=DATA)] == raised


def test_weakness_worsening_in_one_leg_and_in_both_are_two_flags_with_their_sources():
    one = DATA.red_flags["weakness_worsening"]
    both = DATA.red_flags["weakness_both_legs"]
    assert "CKS-CES" in both.sources and "CKS-CES" not in one.sources
    assert "one leg" in one.question and "both" in both.question


def test_weakness_in_both_legs_on_examination_closes_the_gate():
    exam = Findings(
        left=SideFindings(ankle_dorsiflexion="weak"), right=SideFindings(knee_extension="weak")
    )
    (flag,) = red_flags(intake(), facts(), exam, data=DATA)
    assert flag.id == "both_legs_weakness" and flag.urgency == "now"
    assert not gate(intake(), facts(), exam, data=DATA)
    one_side = Findings(left=SideFindings(ankle_dorsiflexion="weak"))
    assert gate(intake(), facts(), one_side, data=DATA)


def test_flags_are_ordered_now_then_days_then_review():
    answers = intake(cancer_history="yes", saddle_numbness="unsure", deformity="yes")
    flags = red_flags(answers, facts(), data=DATA)
    assert [f.id for f in flags] == ["saddle_numbness", "cancer_history", "deformity"]
    assert holding(flags) and not holding(flags[2:])


ONE_LEG_MAPS = (
    (),
    ("right_calf_outer", "right_ankle_outer", "right_thigh_outer_lower"),
    ("left_thigh_back_inner_upper", "left_knee_back"),
    ("sacrum", "right_buttock_upper_inner", "left_buttock_upper_inner", "right_lower_back"),
    ("left_lower_back", "right_lower_back", "left_hip_outer_back", "right_hip_outer_back"),
    ("right_groin", "left_buttock_upper_outer", "left_calf_back"),
    ("right_buttock_lower_inner", "left_buttock_lower_inner", "right_thigh_back_inner_upper"),
)
QUIET_COMBINATIONS = list(
    itertools.product(ONSETS, WORSE, ("yes", "no", "unsure"), COUGH, range(len(ONE_LEG_MAPS)))
)


@pytest.mark.parametrize(("onset", "worse", "numb", "cough", "map_index"), QUIET_COMBINATIONS)
def test_no_answer_set_without_a_red_flag_closes_the_gate(onset, worse, numb, cough, map_index):
    weakness = [["tripping"], [], ["foot_slapping", "giving_way"]][map_index % 3]
    answers = intake(
        onset=onset,
        worse=worse,
        numbness=numb,
        pins_and_needles=numb,
        cough_sneeze=cough,
        weakness=weakness,
        night_pain=("yes", "no")[map_index % 2],
        trigger=("lifting", "fall", "none", "other")[map_index % 4],
        activities=["sitting", "driving", "night_pain"][: map_index % 4],
    )
    chart = facts(*ONE_LEG_MAPS[map_index])
    assert red_flags(answers, chart, data=DATA) == ()
    assert gate(answers, chart, data=DATA)


# --- the words ---------------------------------------------------------------------------------


@pytest.mark.parametrize("flag_id", RED_FLAG_IDS)
def test_every_flag_has_its_urgency_words_and_sources(flag_id):
    text = DATA.red_flags[flag_id]
    assert text.urgency == EXPECTED_URGENCY[flag_id]
    assert text.urgency in URGENCY_TEXT
    assert text.patient_message and text.therapist_text and text.sources
    assert all(key in DATA.sources for key in text.sources)


def test_the_expected_urgencies_name_every_flag():
    assert set(EXPECTED_URGENCY) == set(RED_FLAG_IDS)


@pytest.mark.parametrize(
    "regions",
    [
        ("right_shoulder_blade_upper",),
        ("right_upper_back", "left_upper_back"),
        ("right_neck_side_back", "right_shoulder_blade_lower"),
        ("right_nape", "right_upper_arm_outer_back"),
    ],
)
def test_pain_between_the_shoulder_blades_is_no_flag_in_a_neck_or_upper_back_picture(regions):
    picture = facts(*regions)
    assert picture.upper_picture
    flags = red_flags(intake(thoracic_pain="yes"), picture, data=DATA)
    assert "thoracic_pain" not in [f.id for f in flags]


@pytest.mark.parametrize(
    "regions",
    [
        (),
        ("right_lower_back",),
        ("right_lower_back", "right_upper_back"),
        ("right_nape", "right_calf_back"),
    ],
)
def test_beside_low_back_or_leg_pain_it_stands_and_says_so(regions):
    picture = facts(*regions)
    assert not picture.upper_picture
    [flag] = [
        f
        for f in red_flags(intake(thoracic_pain="yes"), picture, data=DATA)
        if f.id == "thoracic_pain"
    ]
    assert flag.urgency == "review" and "as well as in the low back" in flag.patient_message
