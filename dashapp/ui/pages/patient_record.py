"""One patient: sessions over time, progress, exports, and a new session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dash import dcc, html

from dashapp.domain.clock import session_labels, session_text
from dashapp.domain.progress import SessionMetrics
from dashapp.ui import figures, ids
from dashapp.ui.components import intake_link


@dataclass(frozen=True)
class RecordData:
    """What the patient page shows: the patient, and each session (id, date) with its metrics
    and, when known, the local time it started (in the zone named `zone`)."""

    patient_id: int
    name: str
    notes: str
    sessions: tuple[tuple[int, date], ...]
    rows: tuple[SessionMetrics, ...]
    times: tuple[datetime | None, ...] = ()
    zone: str = "UTC"
    from_patient: frozenset[int] = frozenset()  # sessions the patient sent with a link

    def started(self) -> tuple[datetime | None, ...]:
        """Each session's local start time, None where it is not known."""
        return self.times or (None,) * len(self.sessions)


# No mode bar over the progress charts: its buttons are 24 x 22 px, too small for a finger,
# and a chart of a few sessions needs no zooming or selecting.
GRAPH_CONFIG = {"displaylogo": False, "displayModeBar": False}


def layout(data: RecordData) -> html.Section:
    """The patient's timeline, progress, and details."""
    return html.Section(
        className="page",
        children=[
            dcc.Store(id=ids.PATIENT_RECORD, data=data.patient_id),
            dcc.Location(id=ids.PATIENT_GO, refresh=True),
            html.H1(data.name),
            _links(data.patient_id),
            html.Button("New session", id=ids.PATIENT_NEW_SESSION, className="button record__new"),
            html.Span(id=ids.PATIENT_NEW_MESSAGE, role="status"),
            html.Section(
                className="card form-section",
                children=[html.H2("Sessions"), *_timeline(data)],
            ),
            *_progress(data),
            intake_link.card(),
            html.Section(className="card form-section", children=_details(data)),
        ],
    )


def _links(patient_id: int) -> html.P:
    return html.P(
        [
            dcc.Link("All patients", href="/patients"),
            html.A("Marks (CSV)", href=f"/patients/{patient_id}/marks.csv"),
            html.A("Full export (JSON)", href=f"/patients/{patient_id}/export.json"),
            html.A("Course report (PDF)", href=f"/patients/{patient_id}/report.pdf"),
        ],
        className="muted link-row",
    )


def _timeline(data: RecordData) -> list:
    """The sessions, each dated (and timed, when known) in local time, with its metrics."""
    items = [
        html.Li(
            [
                dcc.Link(session_text(day, at), href=f"/sessions/{visit_id}"),
                " (from the patient)" if visit_id in data.from_patient else "",
                *_metrics(row),
            ]
        )
        for (visit_id, day), at, row in zip(data.sessions, data.started(), data.rows, strict=True)
    ]
    listed = html.Ol(
        className="timeline", children=items or [html.Li("No sessions yet.", className="muted")]
    )
    return [listed, *_zone_note(data)]


def _zone_note(data: RecordData) -> list:
    if not any(data.started()):
        return []
    return [html.P(f"Times are in your time zone ({data.zone}).", className="muted")]


def _metrics(r: SessionMetrics) -> list[str]:
    return [
        f": {r.regions} area{'s' if r.regions != 1 else ''}"
        + (" and a drawing" if r.drawn else ""),
        f", highest {r.highest}/10" if r.highest is not None else "",
        f", {r.jaccard:.0%} of the painful area the same as before"
        if r.jaccard is not None
        else "",
        " (clinically important change)" if r.clinically_important else "",
    ]


def _details(data: RecordData) -> list:
    return [
        html.H2("Details"),
        html.Label("Name", htmlFor=ids.PATIENT_EDIT_NAME, className="field-label"),
        dcc.Input(id=ids.PATIENT_EDIT_NAME, value=data.name, className="text-input"),
        html.Label("Notes", htmlFor=ids.PATIENT_EDIT_NOTES, className="field-label"),
        dcc.Textarea(id=ids.PATIENT_EDIT_NOTES, value=data.notes, className="notes-input"),
        html.Button("Save details", id=ids.PATIENT_EDIT_SAVE, className="button"),
        html.P(id=ids.PATIENT_EDIT_MESSAGE, role="status"),
    ]


def _progress(data: RecordData) -> list:
    rows, patient_id = data.rows, data.patient_id
    if len(rows) < 1:
        return []
    days = [day for _, day in data.sessions]
    labels = session_labels(list(zip(days, data.started(), strict=True)))
    return [
        html.Section(
            className="card form-section",
            children=[
                html.H2("Progress"),
                dcc.Graph(figure=figures.intensity_figure(rows, labels), config=GRAPH_CONFIG),
                dcc.Graph(figure=figures.extent_figure(rows, labels), config=GRAPH_CONFIG),
                dcc.Graph(figure=figures.wpi_figure(rows, labels), config=GRAPH_CONFIG),
                html.H3("Maps, session by session"),
                html.Img(
                    src=f"/patients/{patient_id}/maps.svg",
                    alt="Small body maps, one per session",
                    className="multiples",
                ),
            ],
        )
    ]
