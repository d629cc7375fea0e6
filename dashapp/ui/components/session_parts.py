"""Parts of a saved session: the treatment log and form, and the answers it holds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dash import dcc, html
from dash_bodymap import ChoiceGroup, GroupedSelect

from dashapp.domain.atlas.load import Atlas
from dashapp.domain.course import Treatment
from dashapp.ui import ids
from dashapp.ui.components.atlas_view import picker_groups


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


def autosave_setup(data: Any) -> dict[str, Any]:
    """What the page's autosave (assets/painmap.js) needs: where to save, from what, and
    which components show its state."""
    return {
        "visit": data.visit_id,
        "url": f"/sessions/{data.visit_id}/autosave",
        "base": data.base,
        "notes": data.notes,
        "ids": {
            "status": [ids.SESSION_STATUS, ids.SESSION_FIELD_STATUS, *ids.SESSION_SECTION_STATUS],
            "conflict": ids.SESSION_CONFLICT,
            "theirs": ids.SESSION_CONFLICT_THEIRS,
            "notes": ids.SESSION_NOTES,
        },
        "choices": {
            ids.SESSION_SEE_THEIRS: "theirs",
            ids.SESSION_KEEP_MINE: "mine",
            ids.SESSION_MERGE: "merge",
        },
    }


def notes_field(notes: str) -> list:
    """The notes, the save state beside them, and the choice shown after a conflict."""
    return [
        html.Div(
            className="field-head",
            children=[
                html.Label("Notes", htmlFor=ids.SESSION_NOTES, className="field-label"),
                # The page-level status is the one read aloud; this one is for the eye.
                html.Span(
                    id=ids.SESSION_FIELD_STATUS, className="save-state", **{"aria-hidden": "true"}
                ),
            ],
        ),
        dcc.Textarea(id=ids.SESSION_NOTES, value=notes, className="notes-input"),
        html.Div(id=ids.SESSION_CONFLICT, hidden=True, className="conflict", children=_conflict()),
    ]


def _conflict() -> list:
    return [
        html.P(
            "Someone else saved this session after you opened it. What you changed is still "
            "on this page and not saved yet. Keeping yours saves the whole page as it is (the "
            "answers and findings too); seeing theirs shows what they saved. Their notes:"
        ),
        html.Pre(id=ids.SESSION_CONFLICT_THEIRS, className="conflict__theirs"),
        html.Div(
            className="conflict__choices",
            children=[
                html.Button(
                    "See theirs (drop mine)", id=ids.SESSION_SEE_THEIRS, className="button"
                ),
                html.Button(
                    "Keep mine (overwrite theirs)", id=ids.SESSION_KEEP_MINE, className="button"
                ),
                html.Button(
                    "Merge the notes (theirs, then mine)", id=ids.SESSION_MERGE, className="button"
                ),
            ],
        ),
    ]
