"""One saved session: the pain map and notes, saved as they change, with a visible state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dash import dcc, html

from dashapp.domain import palette
from dashapp.domain.chart import PainChart
from dashapp.domain.chart_text import describe_chart
from dashapp.domain.clock import session_text
from dashapp.domain.sciatica.consult import Consultation, upper_shown
from dashapp.ui import ids
from dashapp.ui.components import draw_panel, pain_chart, session_consult, session_forms
from dashapp.ui.components.bodymap import WHOLE_BODY, body_map, focus_view_props
from dashapp.ui.components.session_parts import (
    Answers,
    Treatment,
    answers_summary,
    autosave_setup,
    notes_field,
    treatment_log,
)
from dashapp.ui.components.stretches import stretches_panel


@dataclass(frozen=True)
class SessionData:
    """What the session page shows of one saved session."""

    visit_id: int
    base: str  # fingerprint of the map and notes as loaded, for the autosave
    date: date
    notes: str
    patient_id: int
    patient_name: str
    chart: PainChart
    treatments: tuple[Treatment, ...]
    answers: Answers
    started: datetime | None = None  # in the reader's zone, when known (clock.session_time)
    stretches: tuple[str, ...] = ()  # the self-care stretches handed out (atlas muscle ids)
    # The red flags and the nerve-or-muscle comparison of what the session holds.
    consultation: Consultation | None = None


def layout(data: SessionData, reference: Any) -> html.Section:
    """The session's map, per-area answers, what makes it worse, the questions, the
    examination and notes, every change saved automatically; the warning signs above them and
    the nerve-or-muscle comparison beside them.

    `reference` is the app's read-only reference data (views, regions, atlas)."""
    return html.Section(
        className="page page--patient page--session",
        children=[
            dcc.Store(id=ids.SESSION_AUTOSAVE, data=autosave_setup(data)),
            dcc.Store(id=ids.SESSION_DRAFT),
            dcc.Store(
                id=ids.SESSION_FLAGS_SHOWN, data=session_consult.shown_key(data.consultation)
            ),
            html.H1(
                f"{data.patient_name}: session of "
                + session_text(data.date, data.started, zone=True)
            ),
            _links(data),
            html.P("Saved.", id=ids.SESSION_STATUS, role="status", className="save-state"),
            # Warning signs come before everything else, the map too.
            html.Div(
                id=ids.SESSION_FLAGS,
                className="session-flags",
                children=_flags(data.consultation, reference),
            ),
            html.Div(
                className="patient__grid",
                children=[
                    html.Div(className="patient__map card", children=_map(data.chart, reference)),
                    html.Div(className="patient__side", children=_side(data, reference)),
                ],
            ),
        ],
    )


def _flags(view: Consultation | None, reference: Any) -> list:
    return session_consult.flags(view, reference.sciatica.sources) if view else []


def _comparison(view: Consultation | None, reference: Any, visit_id: int) -> list:
    if view is None:
        return [html.H2("Nerve or muscle?")]
    return session_consult.comparison(view, reference.atlas, visit_id)


def _links(data: SessionData) -> html.P:
    return html.P(
        [
            dcc.Link("Back to the patient", href=f"/patients/{data.patient_id}"),
            html.A("Session report (PDF)", href=f"/sessions/{data.visit_id}/report.pdf"),
            html.A("Map (PNG)", href=f"/sessions/{data.visit_id}/map.png"),
        ],
        className="muted link-row",
    )


def _map(chart: PainChart, reference: Any) -> list:
    return [
        body_map(
            ids.SESSION_MAP,
            reference.views,
            reference.regions,
            selected=chart.regions,
            values={m.region: m.intensity for m in chart.marks if m.intensity is not None},
            # Drawn on as on the walk-in's map; the autosave keeps the strokes with the marks.
            mode="mark",
            brush=draw_panel.FIRST_BRUSH,
            drawing=[stroke.to_json() for stroke in chart.strokes],
            colorscale=palette.colorscale(),
            ariaLabel="Body map of this session",
            # The closer views and "Find an area": on a tablet a finger cannot hit the side of
            # the neck or a finger in the whole body, and would mark a neighbour instead.
            focusViews=focus_view_props(reference.focus_views),
            focusView=WHOLE_BODY,
            findLabel="Find an area",
        ),
        draw_panel.hint(),
        pain_chart.legend(),
    ]


def _side(data: SessionData, reference: Any) -> list:
    region_by_id = {region.id: region for region in reference.regions}
    labels = {region.id: region.label for region in reference.regions}
    marked = [html.Li(line) for line in describe_chart(data.chart, region_by_id)]
    held = data.answers
    return [
        html.Section(
            id=ids.SESSION_COMPARE,
            className="card session-consult",
            children=_comparison(data.consultation, reference, data.visit_id),
        ),
        _card(html.H2("Marked"), html.Ul(marked, id=ids.SESSION_SUMMARY)),
        _card(
            html.H2("Each area"),
            html.Div(
                id=ids.SESSION_EDITOR, children=pain_chart.editor(data.chart, labels, "session")
            ),
        ),
        # Answers may also come from the walk-in device's "Save to a patient".
        html.Div(id=ids.SESSION_ANSWERS, className="muted", children=answers_summary(held)),
        session_forms.activities(reference.atlas, data.chart.activities),
        # Open while a warning question waits to be asked: it is answered here.
        session_forms.intake(
            held.answers,
            open_=bool(data.consultation and data.consultation.ask),
            texts=reference.sciatica.red_flags,
            shown=upper_shown(held.answers, data.chart, reference.regions),
        ),
        session_forms.findings(reference.atlas, held.findings),
        _card(*treatment_log(reference.atlas, data.treatments)),
        _card(*stretches_panel(reference.atlas, data.stretches)),
        _card(*notes_field(data.notes)),
    ]


def _card(*children) -> html.Section:
    return html.Section(className="card", children=list(children))
