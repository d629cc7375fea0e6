"""Intake, map facts, findings and fits: what is accepted, and how refusals are worded."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashapp.domain.sciatica import (
    SADDLE_REGIONS,
    Findings,
    PatternFit,
    SideFindings,
    compare,
    map_facts,
    parse_findings,
    parse_intake,
)
from dashapp.domain.sciatica.intake import answer_problem
from tests.unit.domain.sciatica.consultation import DATA, QUIET, REGIONS, facts, intake


def test_a_complete_intake_parses_and_lists_become_tuples():
    answers = parse_intake(
        {**QUIET, "activities": ["driving", "driving"], "weakness": ["none"]}, DATA.activities
    )
    assert answers.activities == ("driving",)
    assert answers.weakness == ()
    assert parse_intake({**QUIET, "weakness": ["tripping"]}, DATA.activities).weakness == (
        "tripping",
    )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"onset": "suddenly"}, "onset: 'suddenly' is not one of sudden, gradual, unsure"),
        ({"worse": None}, "worse: None is not one of"),
        ({"saddle_numbness": "maybe"}, "saddle_numbness: 'maybe' is not one of yes, no, unsure"),
        ({"night_pain": "unsure"}, "night_pain: 'unsure' is not one of yes, no"),
        ({"started": "last_year"}, "started: 'last_year' is not one of"),
        ({"cough_sneeze": "yes"}, "cough_sneeze: 'yes' is not one of leg, back, no"),
        ({"activities": ["flying"]}, "activities: unknown key(s) flying"),
        ({"activities": "driving"}, "activities: must be a list"),
        ({"weakness": ["none", "tripping"]}, "weakness: 'none' cannot go with other signs"),
        ({"weakness": ["wobbling"]}, "weakness: unknown key(s) wobbling"),
        ({"colour": "blue"}, "Unknown intake field(s): colour"),
    ],
)
def test_bad_intake_answers_are_refused_naming_the_field(changes, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_intake({**QUIET, **changes}, DATA.activities)


def test_activities_are_checked_against_the_atlas_given():
    answers = {**QUIET, "activities": ["gardening"]}
    assert parse_intake(answers, ("gardening",)).activities == ("gardening",)
    with pytest.raises(ValueError, match=r"activities: unknown key\(s\) gardening"):
        parse_intake(answers, DATA.activities)
    # Built directly, only the shape is checked: the atlas is not known there.
    assert replace(intake(), activities=("gardening",)).activities == ("gardening",)


def test_red_flag_questions_are_always_asked():
    answers = {k: v for k, v in QUIET.items() if k not in ("saddle_numbness", "weight_loss")}
    with pytest.raises(ValueError, match="Missing answer\\(s\\): saddle_numbness, weight_loss"):
        parse_intake(answers, DATA.activities)
    with pytest.raises(ValueError, match="object of answers"):
        parse_intake(["yes"], DATA.activities)


def test_the_intake_checks_itself_when_built_directly():
    with pytest.raises(ValueError, match="fever_unwell"):
        replace(intake(), fever_unwell="perhaps")
    with pytest.raises(ValueError, match="activities: must be a tuple"):
        replace(intake(), activities=["driving"])


def test_map_facts_reads_legs_sides_and_the_saddle():
    marked = facts("right_thigh_outer_upper", "left_heel", "sacrum")
    assert not marked.both_legs and marked.below_knee
    assert marked.leg_sides == {"left", "right"} and marked.below_knee_sides == {"left"}
    assert facts("right_shin", "left_heel").both_legs
    assert not marked.saddle
    assert not facts("right_buttock_upper_inner", "left_buttock_lower_outer").saddle
    assert not facts("right_hip_outer", "left_buttock_lower_outer").both_legs
    assert facts("right_buttock_lower_inner").saddle
    assert map_facts(["left_shin"], list(REGIONS.values())).below_knee


def test_saddle_regions_are_shipped_map_areas():
    assert set(SADDLE_REGIONS) <= set(REGIONS)


def test_unknown_map_areas_are_refused():
    with pytest.raises(ValueError, match="Unknown region id\\(s\\): left_wing"):
        facts("left_wing")


def test_findings_default_to_not_done_and_parse_from_plain_data():
    assert Findings() == parse_findings({}, DATA.muscle_names)
    exam = parse_findings(
        {
            "left": {"slr_angle": 35, "slr_leg_pain": True},
            "trigger_point": "none",
            "slump": "positive",
        },
        DATA.muscle_names,
    )
    assert exam.left.slr_angle == 35 and exam.trigger_point is None
    assert exam.right == SideFindings()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"left": {"slr_angle": 95}}, "left.slr_angle: must be a whole number from 0 to 90"),
        ({"right": {"slr_angle": 40.5}}, "right.slr_angle"),
        ({"right": {"slr_leg_pain": True}}, "right.slr_leg_pain: give the angle"),
        ({"right": {"slr_angle": 40, "slr_leg_pain": "yes"}}, "right.slr_leg_pain: must be true"),
        ({"left": {"ankle_reflex": "brisk"}}, "left.ankle_reflex: 'brisk' is not one of normal"),
        ({"left": {"big_toe_extension": 3}}, "left.big_toe_extension: 3 is not one of normal"),
        ({"left": {"toe_wiggle": "normal"}}, "Unknown left field\\(s\\): toe_wiggle"),
        ({"left": "normal"}, "left: must be an object"),
        ({"slump": "yes"}, "slump: 'yes' is not one of positive, negative, not_done"),
        ({"sensory": "L6"}, "sensory: 'L6' is not one of L2"),
        ({"trigger_point": "biceps"}, "trigger_point: 'biceps' is not one of"),
        ({"reflexes": {}}, "Unknown findings field\\(s\\): reflexes"),
    ],
)
def test_bad_findings_are_refused_naming_the_field(data, message):
    with pytest.raises(ValueError, match=message):
        parse_findings(data, DATA.muscle_names)


def test_the_trigger_point_is_checked_against_the_atlas_given():
    assert parse_findings({"trigger_point": "biceps"}, ("biceps",)).trigger_point == "biceps"
    muscles = ", ".join(DATA.muscle_names)
    with pytest.raises(ValueError) as refused:
        parse_findings({"trigger_point": "biceps"}, DATA.muscle_names)
    assert str(refused.value) == f"trigger_point: 'biceps' is not one of {muscles}"
    with pytest.raises(ValueError, match="trigger_point: 'biceps' is not one of"):
        compare(intake(), facts(), Findings(trigger_point="biceps"), data=DATA)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"best_root": PatternFit("X9", 0.5)}, "best_root: 'X9' is not one of"),
        ({"best_muscle": PatternFit("biceps", 0.5)}, "best_muscle: 'biceps' is not an atlas"),
    ],
)
def test_unknown_fits_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        compare(intake(), facts(), None, **kwargs, data=DATA)


def test_a_fit_is_a_share():
    with pytest.raises(ValueError, match="explained: must be a share from 0 to 1"):
        PatternFit("L5", 1.5)


@pytest.mark.parametrize(
    ("question", "value", "problem"),
    [
        ("onset", "sudden", None),
        ("onset", None, None),
        ("saddle_numbness", "unsure", None),
        ("weakness", ["tripping", "giving_way"], None),
        ("weakness", None, None),
        ("onset", "suddenly", "onset: 'suddenly' is not one of sudden, gradual, unsure"),
        ("saddle_numbness", "maybe", "saddle_numbness: 'maybe' is not one of yes, no, unsure"),
        ("favourite_colour", "blue", "unknown question 'favourite_colour'"),
        ("weakness", ["limping"], "weakness: ['limping'] is not a list of known signs"),
        ("weakness", "tripping", "weakness: 'tripping' is not a list of known signs"),
    ],
)
def test_one_rule_for_a_single_answer(question, value, problem):
    assert answer_problem(question, value) == problem
