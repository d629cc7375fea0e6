"""The arm's examination fields in the findings: read, or refused with the field named."""

from __future__ import annotations

import pytest

from dashapp.domain.sciatica import Findings, parse_findings
from tests.unit.domain.sciatica.consultation import DATA, intake

MUSCLES = DATA.muscle_names


def test_arm_findings_are_read_with_sides_tests_and_trigger_point():
    exam = parse_findings(
        {
            "right": {"triceps_reflex": "reduced", "elbow_extension": "weak"},
            "spurling": "positive",
            "rotation_under_60": "negative",
            "arm_sensory": "C7",
            "trigger_point": "scalenes",
        },
        MUSCLES,
    )
    assert exam.right.triceps_reflex == "reduced" and exam.right.arm_weak == ("elbow_extension",)
    assert exam.right.weak == ()  # the leg's key movements
    assert exam.left.triceps_reflex == "not_tested"
    assert (exam.spurling, exam.arm_sensory, exam.trigger_point) == ("positive", "C7", "scalenes")
    assert exam.cpr == (1, 2)
    assert parse_findings({}, MUSCLES) == Findings()


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"spurling": "yes"}, "spurling"),
        ({"ultt_a": None}, "ultt_a"),
        ({"rotation_under_60": 55}, "rotation_under_60"),
        ({"distraction": "relief"}, "distraction"),
        ({"shoulder_abduction": "positive "}, "shoulder_abduction"),
        ({"right": {"biceps_reflex": "brisk"}}, r"right\.biceps_reflex"),
        ({"left": {"brachioradialis_reflex": 2}}, r"left\.brachioradialis_reflex"),
        ({"left": {"finger_abduction": "3/5"}}, r"left\.finger_abduction"),
        ({"right": {"wrist_flexion": "weak"}}, "wrist_flexion"),
        ({"arm_sensory": "L5"}, "arm_sensory"),
        ({"sensory": "C6"}, "sensory"),
        ({"valsalva": "positive"}, "valsalva"),
    ],
)
def test_bad_arm_findings_are_refused_naming_the_field(raw, field):
    with pytest.raises(ValueError, match=field):
        parse_findings(raw, MUSCLES)


def test_the_arm_history_questions_are_optional_answers():
    assert intake().arm_worse == ""
    answered = intake(arm_worse="arm", hand_on_head="yes")
    assert (answered.arm_worse, answered.hand_on_head) == ("arm", "yes")


@pytest.mark.parametrize(("name", "value"), [("arm_worse", "leg"), ("hand_on_head", "maybe")])
def test_bad_arm_history_answers_are_refused_naming_the_question(name, value):
    with pytest.raises(ValueError, match=name):
        intake(**{name: value})
