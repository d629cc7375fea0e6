"""The consultation's forms on a saved session: what makes it worse, the questions and the
examination, built with the walk-in pages' own builders and filled with what the session holds.
Each is a section that opens and closes, so a person finds it by its heading on a phone."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from dash import html

from dashapp.domain.atlas.load import Atlas
from dashapp.domain.sciatica.intake import NO_WEAKNESS
from dashapp.ui import ids
from dashapp.ui.arm_forms import ARM_EXAM_QUESTIONS, ARM_HISTORY_QUESTIONS, ARM_SIDE_QUESTIONS
from dashapp.ui.components.atlas_view import picker_groups
from dashapp.ui.components.lookup_panel import activities_question
from dashapp.ui.components.upper_questions import upper_parts
from dashapp.ui.forms import (
    EXAM_QUESTIONS,
    PAIN_QUESTIONS,
    RED_FLAG_QUESTIONS,
    SIDE_QUESTIONS,
    question,
)

SIDES = ("right", "left")
ACTIVITIES_STATUS, INTAKE_STATUS, FINDINGS_STATUS = ids.SESSION_SECTION_STATUS


def section(
    title: str, section_id: str, status_id: str, *children, open_: bool = False
) -> html.Details:
    """A section that opens and closes; its heading carries the autosave's state."""
    return html.Details(
        id=section_id,
        className="card session-section",
        open=open_,
        children=[
            html.Summary(
                className="session-section__head",
                children=[
                    html.H2(title),
                    # The page-level status is the one read aloud; this one is for the eye.
                    html.Span(id=status_id, className="save-state", **{"aria-hidden": "true"}),
                ],
            ),
            *children,
        ],
    )


def activities(atlas: Atlas, chosen: Iterable[str]) -> html.Details:
    """What makes the pain worse, as on the walk-in map."""
    return section(
        "What makes it worse",
        ids.SESSION_ACTIVITIES_SECTION,
        ACTIVITIES_STATUS,
        html.P("Tick every activity that makes the pain worse.", className="muted"),
        activities_question(atlas, chosen, ids.SESSION_ACTIVITIES),
    )


def intake(
    answers: Mapping[str, Any],
    open_: bool = False,
    texts: Mapping[str, Any] | None = None,
    shown: frozenset[str] = frozenset(),
) -> html.Details:
    """The patient's questions, warning signs first, as on the questions page; with `texts`
    (the red-flag data) the neck, arm, head and jaw ones too, each section hidden unless
    `shown` names it (the drawing makes it relevant, or it holds an answer)."""
    form = ids.SESSION_INTAKE_FORM
    return section(
        "Questions",
        ids.SESSION_INTAKE_SECTION,
        INTAKE_STATUS,
        html.H3("First, some important questions", id=ids.SESSION_INTAKE_WARNINGS),
        *[question(form, q, value=answers.get(q.field)) for q in RED_FLAG_QUESTIONS],
        *(
            upper_parts(form, ids.session_upper_section, texts, shown, answers)
            if texts is not None
            else []
        ),
        html.H3("About the pain"),
        *[question(form, q, value=_shown(answers, q.field)) for q in PAIN_QUESTIONS],
        html.H3("If the pain is in the neck or arm"),
        *[question(form, q, value=answers.get(q.field)) for q in ARM_HISTORY_QUESTIONS],
        open_=open_,
    )


def _shown(answers: Mapping[str, Any], field: str) -> Any:
    # "No weakness" is how older answers said it; the form has no such chip (none ticked).
    value = answers.get(field)
    if field == "weakness" and isinstance(value, list):
        return [v for v in value if v != NO_WEAKNESS]
    return value


def findings(atlas: Atlas, values: Mapping[str, Any]) -> html.Details:
    """The therapist's examination, per leg and per arm where it matters, as on the findings
    page."""
    form = ids.SESSION_FINDINGS_FORM
    muscles = picker_groups(atlas)
    return section(
        "Examination findings",
        ids.SESSION_FINDINGS_SECTION,
        FINDINGS_STATUS,
        html.P(
            "Leave a test empty if it was not done. Right and left are the patient's own.",
            className="muted",
        ),
        *_per_side(form, "leg", SIDE_QUESTIONS, values),
        html.H3("Neural tension, sensation, trigger points, piriformis"),
        *[question(form, q, muscles, value=values.get(q.field)) for q in EXAM_QUESTIONS],
        *_per_side(form, "arm", ARM_SIDE_QUESTIONS, values),
        html.H3("Neck and arm: neural tests and sensation"),
        *[question(form, q, value=values.get(q.field)) for q in ARM_EXAM_QUESTIONS],
    )


def _per_side(form: str, limb: str, questions, values: Mapping[str, Any]) -> list:
    """Each side's questions under its heading ("Right leg"), filled from `values`."""
    return [
        part
        for side in SIDES
        for part in (
            html.H3(f"{side.capitalize()} {limb}"),
            *[
                question(form, q, key=f"{side}.{q.field}", value=values.get(f"{side}.{q.field}"))
                for q in questions
            ],
        )
    ]
