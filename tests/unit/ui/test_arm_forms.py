"""The arm's form questions speak exactly the vocabulary the rules validate."""

from __future__ import annotations

import pytest

from dashapp.domain.sciatica import load_sciatica_data, parse_findings
from dashapp.domain.sciatica.findings import ARM_SENSORY, ARM_TESTS, SIDE_FIELDS
from dashapp.domain.sciatica.intake import ARM_CHOICES, answer_problem
from dashapp.ui.arm_forms import ARM_EXAM_QUESTIONS, ARM_HISTORY_QUESTIONS, ARM_SIDE_QUESTIONS

MUSCLES = load_sciatica_data().muscle_names


def test_the_forms_cover_every_arm_field():
    assert {q.field for q in ARM_EXAM_QUESTIONS} == {*ARM_TESTS, "arm_sensory"}
    assert {q.field for q in ARM_SIDE_QUESTIONS} <= set(SIDE_FIELDS)
    assert len(ARM_SIDE_QUESTIONS) == 8
    assert {q.field for q in ARM_HISTORY_QUESTIONS} == set(ARM_CHOICES)
    sensory = next(q for q in ARM_EXAM_QUESTIONS if q.field == "arm_sensory")
    assert [value for value, _ in sensory.answers] == list(ARM_SENSORY)


@pytest.mark.parametrize("q", ARM_SIDE_QUESTIONS, ids=lambda q: q.field)
def test_every_side_answer_is_accepted(q):
    for value, _ in q.answers:
        assert getattr(parse_findings({"left": {q.field: value}}, MUSCLES).left, q.field) == value


@pytest.mark.parametrize("q", ARM_EXAM_QUESTIONS, ids=lambda q: q.field)
def test_every_exam_answer_is_accepted(q):
    for value, _ in q.answers:
        assert getattr(parse_findings({q.field: value}, MUSCLES), q.field) == value


@pytest.mark.parametrize("q", ARM_HISTORY_QUESTIONS, ids=lambda q: q.field)
def test_every_history_answer_is_accepted(q):
    assert all(answer_problem(q.field, value) is None for value, _ in q.answers)
