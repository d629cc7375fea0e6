"""The arm's examination and history answers: read, or refused with the field named."""

from __future__ import annotations

import pytest

from dashapp.domain.sciatica import load_sciatica_data
from dashapp.domain.sciatica.arm_findings import (
    ArmFindings,
    ArmHistory,
    parse_arm_findings,
    parse_arm_history,
)

MUSCLES = load_sciatica_data().muscle_names


def test_findings_are_read_with_sides_tests_and_trigger_point():
    exam = parse_arm_findings(
        {
            "right": {"triceps_reflex": "reduced", "elbow_extension": "weak"},
            "spurling": "positive",
            "sensory": "C7",
            "trigger_point": "scalenes",
        },
        MUSCLES,
    )
    assert exam.right.triceps_reflex == "reduced" and exam.right.weak == ("elbow_extension",)
    assert exam.left.triceps_reflex == "not_tested"
    assert (exam.spurling, exam.sensory, exam.trigger_point) == ("positive", "C7", "scalenes")
    assert parse_arm_findings({"trigger_point": "none"}, MUSCLES) == ArmFindings()


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"spurling": "yes"}, "spurling"),
        ({"rotation_under_60": 55}, "rotation_under_60"),
        ({"right": {"biceps_reflex": "brisk"}}, r"right\.biceps_reflex"),
        ({"left": {"finger_abduction": "3/5"}}, r"left\.finger_abduction"),
        ({"left": {"slr_angle": 40}}, "slr_angle"),
        ({"sensory": "L5"}, "sensory"),
        ({"trigger_point": "no_such_muscle"}, "trigger_point"),
        ({"valsalva": "positive"}, "valsalva"),
        ({"right": "weak"}, "right"),
    ],
)
def test_bad_findings_are_refused_naming_the_field(raw, field):
    with pytest.raises(ValueError, match=field):
        parse_arm_findings(raw, MUSCLES)


def test_findings_must_be_an_object():
    with pytest.raises(ValueError, match="object"):
        parse_arm_findings(["spurling"], MUSCLES)


def test_history_answers_are_read_and_unanswered_counts_as_not_said():
    history = parse_arm_history(
        {"arm_worse": "arm", "pins_and_needles": "yes", "hand_on_head": "yes"}
    )
    assert history == ArmHistory(arm_worse=True, pins_and_needles=True, hand_on_head=True)
    assert parse_arm_history({"arm_worse": "neck", "hand_on_head": "unsure"}) == ArmHistory()
    assert parse_arm_history({"arm_worse": "", "numbness": "yes"}).pins_and_needles


@pytest.mark.parametrize(("name", "value"), [("arm_worse", "leg"), ("hand_on_head", True)])
def test_bad_history_answers_are_refused_naming_the_question(name, value):
    with pytest.raises(ValueError, match=name):
        parse_arm_history({name: value})
