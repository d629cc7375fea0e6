"""The vocabulary lists exactly what the checks accept."""

from __future__ import annotations

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.assessment import parse_request, vocabulary
from dashapp.domain.reference import load_reference
from dashapp.domain.sciatica.intake import answer_problem


def test_every_listed_answer_is_accepted_and_nothing_else_is_listed():
    words = vocabulary(load_reference(SHIPPED_DATA))
    for question, choices in words["answers"].items():
        if question == "weakness":
            assert answer_problem(question, choices["list_of"]) is None
            continue
        assert all(answer_problem(question, choice) is None for choice in choices)
        assert answer_problem(question, "something else") is not None


def test_every_listed_finding_is_accepted():
    reference = load_reference(SHIPPED_DATA)
    words = vocabulary(reference)["findings"]
    for name, choices in words.items():
        if name in ("left", "right"):
            for field, side_choices in choices.items():
                if isinstance(side_choices, list):
                    for choice in side_choices:
                        findings = {name: {field: choice}}
                        assert parse_request(
                            {"findings": findings}, (), (), reference.sciatica.muscle_names
                        ).exam
            continue
        for choice in choices:
            assert parse_request(
                {"findings": {name: choice}}, (), (), reference.sciatica.muscle_names
            ).exam
