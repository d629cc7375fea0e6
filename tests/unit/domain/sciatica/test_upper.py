"""The neck, arm, head and jaw warning signs: each stands on its own answer and only on it, and
each is asked only where the drawing makes it relevant (a leg-only drawing asks none)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashapp.domain.chart import QUALITIES
from dashapp.domain.sciatica import ask_now, gate, map_facts, parse_intake, red_flags
from dashapp.domain.sciatica.data import RED_FLAG_QUESTIONS
from dashapp.domain.sciatica.flags import REASONS, ask_sections
from dashapp.domain.sciatica.intake import INTAKE_FIELDS, answers_complete
from dashapp.domain.sciatica.upper import (
    GCA_QUESTIONS,
    SECTION_BY_KEY,
    SECTIONS,
    UPPER_FLAG_QUESTIONS,
    callouts,
    upper_asks,
)
from tests.unit.domain.sciatica.consultation import DATA, QUIET, REGIONS, intake

# What the references ask of each (clinical-facts-upper.md, sections 4 and 5c): neurological
# signs of the neck's arteries, a heart cause, meningism, thunderclap headache and giant cell
# arteritis now; myelopathy days (rapidly worsening: now); a new headache after 50, dizziness
# without other signs, night sweats and shingles within days; trigeminal neuralgia review.
UPPER_URGENCY = {
    "hand_clumsiness": "days",
    "gait_change": "days",
    "myelopathy_worsening": "today",
    "both_arms": "days",
    "lhermitte": "days",
    "arm_weakness_worsening": "today",
    "night_sweats": "days",
    "chest_pain_breathless": "now",
    "dizziness": "days",
    "drop_attacks": "now",
    "double_vision": "now",
    "speech_swallowing": "now",
    "face_numbness": "now",
    "drooping_eyelid": "now",
    "thunderclap": "now",
    "fever_stiff_neck": "now",
    "new_headache_over_50": "days",
    "jaw_claudication": "today",
    "scalp_tenderness": "today",
    "vision_loss": "now",
    "face_rash": "days",
    "electric_face_pain": "review",
}
UPPER_CATEGORY = {
    **dict.fromkeys(
        ("hand_clumsiness", "gait_change", "myelopathy_worsening", "both_arms", "lhermitte"),
        "myelopathy",
    ),
    "arm_weakness_worsening": "nerve",
    "night_sweats": "cancer",
    "chest_pain_breathless": "cardiac",
    **dict.fromkeys(SECTION_BY_KEY["arteries"].questions, "arterial"),
    **dict.fromkeys(
        (
            "thunderclap",
            "fever_stiff_neck",
            "new_headache_over_50",
            "jaw_claudication",
            "scalp_tenderness",
            "vision_loss",
        ),
        "headache",
    ),
    "face_rash": "face",
    "electric_face_pain": "face",
}
# Answers close to a sign that must not raise it: the same words about the legs or the back, a
# fever without a stiff neck, an age without a headache, night pain without night sweats.
NEAR_MISSES = {
    "hand_clumsiness": {"numbness": "yes", "pins_and_needles": "yes"},
    "gait_change": {"weakness": ["tripping", "giving_way"]},
    "myelopathy_worsening": {"weakness_worsening": "yes"},
    "both_arms": {"both_legs": "yes"},
    "lhermitte": {"pins_and_needles": "yes", "cough_sneeze": "leg"},
    "arm_weakness_worsening": {"weakness_worsening": "yes"},
    "night_sweats": {"night_pain": "yes", "rest_pain": "yes"},
    "chest_pain_breathless": {"thoracic_pain": "yes"},
    "dizziness": {"age": "over_50"},
    "drop_attacks": {"trigger": "fall"},
    "double_vision": {"age": "over_50"},
    "speech_swallowing": {"age": "over_50"},
    "face_numbness": {"numbness": "yes"},
    "drooping_eyelid": {"age": "over_50"},
    "thunderclap": {"onset": "sudden"},
    "fever_stiff_neck": {"fever_unwell": "yes"},
    "new_headache_over_50": {"age": "over_50", "started": "under_2_weeks"},
    "jaw_claudication": {"age": "over_50"},
    "scalp_tenderness": {"age": "over_50"},
    "vision_loss": {"age": "over_50"},
    "face_rash": {"recent_infection": "yes"},
    "electric_face_pain": {"pins_and_needles": "yes"},
}
NECK = tuple(r.id for r in REGIONS.values() if r.area_group == "neck")
ARM = tuple(r.id for r in REGIONS.values() if r.area_group in ("shoulder", "arm", "hand"))
HEAD = tuple(r.id for r in REGIONS.values() if r.area_group == "head")
JAW = tuple(r for r in HEAD if "jaw" in r)
CHEST = tuple(r.id for r in REGIONS.values() if r.area_group == "chest")
LEG_GROUPS = ("hip", "buttock", "thigh", "knee", "leg", "ankle", "foot", "lower_back", "pelvis")
LEGS = tuple(r.id for r in REGIONS.values() if r.area_group in LEG_GROUPS)
UPPER = NECK + ARM + HEAD + CHEST


def questions(*keys: str) -> set[str]:
    return {q for k in keys for q in SECTION_BY_KEY[k].questions}


def marked(*regions: str, quality: str = "aching"):
    return map_facts(regions, REGIONS, {r: (quality,) for r in regions})


def ids(flags) -> list[str]:
    return [f.id for f in flags]


# --- each sign stands on its own answer, and only on it -----------------------------------------


@pytest.mark.parametrize("answer", ["yes", "unsure"])
@pytest.mark.parametrize("question", UPPER_FLAG_QUESTIONS)
def test_each_sign_stands_on_its_own_answer(question, answer):
    chart = marked("right_nape", "right_head_back_upper")
    (flag,) = red_flags(intake(**{question: answer}), chart, data=DATA)
    assert flag.id == question and flag.urgency == UPPER_URGENCY[question]
    assert flag.reason == REASONS[answer] and flag.category == UPPER_CATEGORY[question]
    assert gate(intake(**{question: answer}), chart, data=DATA) == (flag.urgency == "review")


@pytest.mark.parametrize("question", UPPER_FLAG_QUESTIONS)
def test_a_no_or_no_answer_raises_nothing(question):
    chart = marked(*UPPER)
    for answer in ("no", ""):
        assert red_flags(intake(**{question: answer}), chart, data=DATA) == ()
    assert red_flags(intake(), chart, data=DATA) == ()


@pytest.mark.parametrize("question", UPPER_FLAG_QUESTIONS)
def test_a_near_miss_does_not_raise_the_sign(question):
    flags = red_flags(intake(**NEAR_MISSES[question]), marked(*UPPER), data=DATA)
    assert question not in ids(flags)
    assert not set(ids(flags)) & set(UPPER_FLAG_QUESTIONS)


@given(st.sets(st.sampled_from(UPPER_FLAG_QUESTIONS)), st.sampled_from(("yes", "unsure")))
def test_exactly_the_signs_answered_stand_most_urgent_first(raised, answer):
    answers = {q: (answer if q in raised else "no") for q in UPPER_FLAG_QUESTIONS}
    flags = red_flags(intake(**answers), marked("left_jaw"), data=DATA)
    assert set(ids(flags)) == raised
    order = [("now", "today", "days", "review").index(f.urgency) for f in flags]
    assert order == sorted(order)


def test_every_sign_is_an_answer_of_the_intake_that_a_complete_intake_may_lack():
    assert set(UPPER_FLAG_QUESTIONS) <= set(INTAKE_FIELDS)
    assert not set(UPPER_FLAG_QUESTIONS) & set(RED_FLAG_QUESTIONS)
    assert parse_intake(QUIET, DATA.activities).hand_clumsiness == ""
    assert answers_complete(QUIET)


def test_an_unknown_answer_to_a_sign_is_refused_by_name():
    with pytest.raises(ValueError, match="thunderclap"):
        parse_intake({**QUIET, "thunderclap": "maybe"}, DATA.activities)


@pytest.mark.parametrize("question", UPPER_FLAG_QUESTIONS)
def test_every_sign_has_its_words_sources_and_urgency(question):
    text = DATA.red_flags[question]
    assert text.urgency == UPPER_URGENCY[question] and text.category == UPPER_CATEGORY[question]
    assert text.question.endswith("?") and text.patient_message and text.therapist_text
    assert text.sources and all(key in DATA.sources for key in text.sources)


def test_the_expected_urgencies_name_every_sign():
    assert set(UPPER_URGENCY) == set(UPPER_FLAG_QUESTIONS) == set(NEAR_MISSES)


# --- asked where the drawing makes them relevant ------------------------------------------------


@pytest.mark.parametrize("quality", QUALITIES)
@pytest.mark.parametrize("region", LEGS)
def test_a_leg_or_low_back_mark_asks_none_of_them(region, quality):
    asked = ask_now({}, marked(region, quality=quality))
    assert not set(asked) & set(UPPER_FLAG_QUESTIONS)


def test_a_whole_leg_and_back_drawing_asks_none_of_them():
    assert not set(ask_now({}, marked(*LEGS))) & set(UPPER_FLAG_QUESTIONS)


@pytest.mark.parametrize("region", NECK)
def test_the_neck_asks_the_neck_arm_heart_and_artery_questions(region):
    asked = ask_now({}, marked(region))
    assert set(asked) == questions("neck_arm", "chest", "arteries")


@pytest.mark.parametrize("region", ARM)
def test_a_shoulder_arm_or_hand_asks_the_neck_arm_and_heart_questions(region):
    assert set(ask_now({}, marked(region))) == questions("neck_arm", "chest")


@pytest.mark.parametrize("region", HEAD)
def test_the_head_asks_the_headache_jaw_and_artery_questions(region):
    extra = ("chest",) if region in JAW else ()
    # The age is asked in the place of the giant cell arteritis questions while unknown.
    over_50 = set(ask_now({"age": "over_50"}, marked(region)))
    assert over_50 == questions("arteries", "head_jaw", *extra)
    unknown = set(ask_now({}, marked(region)))
    assert unknown == over_50 - set(GCA_QUESTIONS) | {"age"}


@pytest.mark.parametrize("region", CHEST)
def test_the_chest_asks_the_heart_question_only(region):
    assert ask_now({}, marked(region)) == ("chest_pain_breathless",)


def test_jaw_regions_exist_on_the_shipped_map():
    assert JAW and all(REGIONS[r].area_group == "head" for r in JAW)


def test_an_answered_question_is_not_asked_again_whatever_the_answer():
    chart = marked("left_neck_side")
    first = ask_now({}, chart)
    for answer in ("yes", "no", "unsure"):
        assert first[0] not in ask_now({first[0]: answer}, chart)
    everything = dict.fromkeys(UPPER_FLAG_QUESTIONS, "no")
    assert ask_now(everything, marked(*UPPER)) == ()
    assert ask_now({**everything, "age": "20_to_50"}, marked(*UPPER)) == ()


@pytest.mark.parametrize("quality", QUALITIES)
def test_the_map_alone_raises_none_of_them(quality):
    assert red_flags(intake(), marked(*UPPER, quality=quality), data=DATA) == ()


def test_the_saddle_question_comes_first_then_the_sections_in_order():
    chart = map_facts(("pubic", "right_nape", "right_jaw"), REGIONS, {"pubic": ("numb",)})
    asked = ask_now({}, chart)
    assert asked[0] == "saddle_numbness"
    grouped = ask_sections(asked)
    assert [qs for _, _, qs in grouped][0] == ("saddle_numbness",)
    titles = [title for title, _, _ in grouped[1:]]
    assert titles == [s.title for s in SECTIONS]
    assert sum((qs for _, _, qs in grouped), ()) == asked


def test_upper_asks_keeps_the_order_of_the_sections():
    asked = upper_asks({"dizziness": "no", "age": "over_50"}, {"head_jaw", "arteries"})
    assert (
        asked == tuple(q for k in ("arteries", "head_jaw") for q in SECTION_BY_KEY[k].questions)[1:]
    )


@pytest.mark.parametrize("age", ["under_20", "20_to_50"])
def test_the_giant_cell_arteritis_questions_are_not_put_to_a_person_under_50(age):
    asked = ask_now({"age": age}, marked("left_temple", "left_jaw", "left_jaw_joint"))
    assert not set(asked) & {*GCA_QUESTIONS, "age"}
    assert "new_headache_over_50" in asked and "vision_loss" in asked


def test_while_the_age_is_unknown_it_is_asked_once_in_their_place_in_the_head_section():
    asked = ask_now({}, marked("left_temple", "left_jaw"))
    assert asked.count("age") == 1 and not set(asked) & set(GCA_QUESTIONS)
    head = asked.index("new_headache_over_50")
    assert asked[head + 1] == "age"
    [section] = [s for s in ask_sections(asked) if "age" in s[2]]
    assert section[0] == SECTION_BY_KEY["head_jaw"].title


def test_at_50_or_over_both_are_asked_and_a_yes_still_stands():
    chart = marked("left_temple", "left_jaw")
    asked = ask_now({"age": "over_50"}, chart)
    assert set(GCA_QUESTIONS) <= set(asked) and "age" not in asked
    flags = red_flags(intake(age="over_50", jaw_claudication="yes"), chart, data=DATA)
    assert "jaw_claudication" in [f.id for f in flags] and not gate(
        intake(age="over_50", jaw_claudication="yes"), chart, data=DATA
    )


@pytest.mark.parametrize("region", NECK + ARM)
def test_arm_numbness_with_the_neck_or_an_arm_marked_is_not_widespread_neurology(region):
    answers = intake(widespread_neurology="yes")
    assert red_flags(answers, marked(region), data=DATA) == ()
    assert gate(answers, marked(region), data=DATA)


@pytest.mark.parametrize("region", ("right_lower_back", "right_calf_outer", "right_jaw"))
def test_elsewhere_widespread_neurology_still_stands(region):
    (flag,) = red_flags(intake(widespread_neurology="yes"), marked(region), data=DATA)
    assert flag.id == "widespread_neurology" and flag.urgency == "days"


@pytest.mark.parametrize(
    ("regions", "expected"),
    [
        ((), ("cauda_equina",)),
        (("right_calf_outer",), ("cauda_equina",)),
        (("right_neck_side", "right_forearm_thumb_side"), ("cervical_cord",)),
        (("left_jaw", "left_temple"), ("headache",)),
        (("left_chest",), ("heart",)),
        (("right_upper_back",), ("cauda_equina",)),
        (("right_lower_back", "right_nape"), ("cauda_equina", "cervical_cord")),
    ],
)
def test_the_callout_fits_where_the_pain_is_drawn(regions, expected):
    assert callouts(marked(*regions).groups) == expected
