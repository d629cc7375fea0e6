"""One patient: sessions over time, progress, exports, and a new session."""

from __future__ import annotations

from dash import dcc, html

from dashapp import services, store
from dashapp.domain.progress import course
from dashapp.ui import figures, ids


def layout(patient_id: str = "", **_query: str) -> html.Section:
    """The patient's timeline; an unknown id says so plainly."""
    app = services.current()
    with app.db() as session:
        patient = store.get_patient(session, int(patient_id)) if patient_id.isdigit() else None
        if patient is None:
            return html.Section(
                className="page page--narrow",
                children=[html.H1("Patient not found"), dcc.Link("All patients", href="/patients")],
            )
        visits = store.list_visits(session, patient.id)
        sessions = [(v.date, store.visit_chart(v, app.vocabulary)) for v in visits]
        rows = course(sessions, app.regions, app.reference.wpi_map) if sessions else []
        return html.Section(
            className="page",
            children=[
                dcc.Store(id=ids.PATIENT_RECORD, data=patient.id),
                dcc.Location(id=ids.PATIENT_GO, refresh=True),
                html.H1(patient.display_name),
                html.P(
                    [
                        dcc.Link("All patients", href="/patients"),
                        " · ",
                        html.A("Marks (CSV)", href=f"/patients/{patient.id}/marks.csv"),
                        " · ",
                        html.A("Full export (JSON)", href=f"/patients/{patient.id}/export.json"),
                        " · ",
                        html.A("Course report (PDF)", href=f"/patients/{patient.id}/report.pdf"),
                    ],
                    className="muted",
                ),
                html.Button("New session", id=ids.PATIENT_NEW_SESSION, className="button"),
                html.Span(id=ids.PATIENT_NEW_MESSAGE, role="status"),
                html.Section(
                    className="card form-section",
                    children=[
                        html.H2("Sessions"),
                        html.Ol(
                            className="timeline",
                            children=[
                                html.Li(
                                    [
                                        dcc.Link(v.date.isoformat(), href=f"/sessions/{v.id}"),
                                        f": {r.regions} area{'s' if r.regions != 1 else ''}",
                                        f", highest {r.highest}/10"
                                        if r.highest is not None
                                        else "",
                                        f", {r.jaccard:.0%} the same areas as before"
                                        if r.jaccard is not None
                                        else "",
                                        " (clinically important change)"
                                        if r.clinically_important
                                        else "",
                                    ]
                                )
                                for v, r in zip(visits, rows, strict=True)
                            ]
                            or [html.Li("No sessions yet.", className="muted")],
                        ),
                    ],
                ),
                *_progress(rows, patient.id),
                html.Section(
                    className="card form-section",
                    children=[
                        html.H2("Details"),
                        html.Label("Name", htmlFor=ids.PATIENT_EDIT_NAME, className="field-label"),
                        dcc.Input(
                            id=ids.PATIENT_EDIT_NAME,
                            value=patient.display_name,
                            className="text-input",
                        ),
                        html.Label(
                            "Notes", htmlFor=ids.PATIENT_EDIT_NOTES, className="field-label"
                        ),
                        dcc.Textarea(
                            id=ids.PATIENT_EDIT_NOTES, value=patient.notes, className="notes-input"
                        ),
                        html.Button("Save details", id=ids.PATIENT_EDIT_SAVE, className="button"),
                        html.P(id=ids.PATIENT_EDIT_MESSAGE, role="status"),
                    ],
                ),
            ],
        )


def find_record(getter, db, record_id: str):
    """The record the address names, or None for a malformed or unknown id."""
    try:
        return getter(db, int(record_id)) if record_id.isdigit() else None
    except store.NotFound:
        return None


def _progress(rows, patient_id: int) -> list:
    if len(rows) < 1:
        return []
    return [
        html.Section(
            className="card form-section",
            children=[
                html.H2("Progress"),
                dcc.Graph(figure=figures.intensity_figure(rows), config={"displaylogo": False}),
                dcc.Graph(figure=figures.extent_figure(rows), config={"displaylogo": False}),
                dcc.Graph(figure=figures.wpi_figure(rows), config={"displaylogo": False}),
                html.H3("Maps, session by session"),
                html.Img(
                    src=f"/patients/{patient_id}/maps.svg",
                    alt="Small body maps, one per session",
                    className="multiples",
                ),
            ],
        )
    ]
