"""Parts of a saved session: the treatment log and form, and the answers it holds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dash import dcc, html
from dash_bodymap import ChoiceGroup, GroupedSelect

from dashapp.domain.atlas.load import Atlas
from dashapp.ui import ids
from dashapp.ui.components.atlas_view import picker_groups


@dataclass(frozen=True)
class Treatment:
    """One line of a session's treatment log."""

    technique: str
    muscle: str
    side: str
    minutes: int


@dataclass(frozen=True)
class Answers:
    """The patient's answers and the therapist's findings a session holds."""

    answers: Mapping[str, Any]
    complete: bool
    findings: Mapping[str, Any]


def treatment_rows(atlas: Atlas, treatments: Sequence[Treatment]) -> list:
    """What was done this session, one line each."""
    techniques = {t.id: t.label for t in atlas.techniques}
    if not treatments:
        return [html.Li("Nothing recorded yet.", className="muted")]
    return [
        html.Li(
            f"{techniques.get(t.technique, t.technique)}: {atlas.muscle(t.muscle).name}, "
            f"{t.side} side, {t.minutes} min"
        )
        for t in treatments
    ]


def treatment_log(atlas: Atlas, treatments: Sequence[Treatment]) -> list:
    """The treatment log of the session and a short form to add to it."""
    return [
        html.H2("Treatment"),
        html.Ul(treatment_rows(atlas, treatments), id=ids.SESSION_TREATMENTS),
        html.Div(className="treatment-form", children=_treatment_form(atlas)),
        html.P(id=ids.SESSION_T_MESSAGE, role="status"),
    ]


def _treatment_form(atlas: Atlas) -> list:
    techniques = [{"label": t.label, "value": t.id} for t in atlas.techniques]
    return [
        GroupedSelect(
            id=ids.SESSION_T_TECHNIQUE,
            groups=[{"label": "Technique", "options": techniques}],
            value=techniques[0]["value"],
            label="Technique",
        ),
        GroupedSelect(
            id=ids.SESSION_T_MUSCLE,
            groups=picker_groups(atlas),
            value="gluteus_minimus_anterior",
            label="Muscle",
        ),
        ChoiceGroup(
            id=ids.SESSION_T_SIDE,
            options=[{"label": "Right", "value": "right"}, {"label": "Left", "value": "left"}],
            value="right",
            className="chips",
        ),
        html.Label(
            [
                dcc.Input(
                    id=ids.SESSION_T_MINUTES, type="number", value=10, className="angle-input"
                ),
                " minutes",
            ],
            htmlFor=ids.SESSION_T_MINUTES,
        ),
        html.Button("Add", id=ids.SESSION_T_ADD, className="button"),
    ]


def answers_summary(held: Answers) -> list:
    """How much of the questions and the examination this session holds."""
    answers = [v for v in held.answers.values() if v not in ("", [])]
    findings = [
        v for v in held.findings.values() if v not in (None, "", "none", "not_done", "not_tested")
    ]
    complete = held.complete
    return [
        html.P(
            f"Questions: {len(answers)} answered"
            + (" (complete)." if complete else ".")
            + f" Examination: {len(findings)} finding{'s' if len(findings) != 1 else ''}."
        )
    ]
