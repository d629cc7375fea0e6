"""One saved session: the pain map and notes, saved as they change, with a visible state."""

from __future__ import annotations

from dash import dcc, html

from dashapp import services, store
from dashapp.bodymap import ChoiceGroup, GroupedSelect
from dashapp.domain.chart import describe_chart
from dashapp.ui import ids, palette
from dashapp.ui.components import pain_chart
from dashapp.ui.components.bodymap import body_map
from dashapp.ui.pages.atlas import picker_groups
from dashapp.ui.pages.patient_record import find_record


def layout(visit_id: str = "", **_query: str) -> html.Section:
    """The session's map, per-area answers and notes; every change is saved automatically."""
    app = services.current()
    with app.db() as session:
        visit = find_record(store.get_visit, session, visit_id)
        if visit is None:
            return html.Section(
                className="page page--narrow",
                children=[html.H1("Session not found"), dcc.Link("All patients", href="/patients")],
            )
        chart = store.visit_chart(visit, app.vocabulary)
        labels = app.region_labels
        patient = visit.patient
        return html.Section(
            className="page page--patient",
            children=[
                dcc.Store(
                    id=ids.SESSION_VERSION, data={"visit": visit.id, "version": visit.version}
                ),
                html.H1(f"{patient.display_name}: session of {visit.date.isoformat()}"),
                html.P(
                    [
                        dcc.Link("Back to the patient", href=f"/patients/{patient.id}"),
                        " · ",
                        html.A("Session report (PDF)", href=f"/sessions/{visit.id}/report.pdf"),
                        " · ",
                        html.A("Map (PNG)", href=f"/sessions/{visit.id}/map.png"),
                    ],
                    className="muted",
                ),
                html.P("Saved.", id=ids.SESSION_STATUS, role="status", className="save-state"),
                html.Div(
                    className="patient__grid",
                    children=[
                        html.Div(
                            className="patient__map card",
                            children=[
                                body_map(
                                    ids.SESSION_MAP,
                                    app.views,
                                    app.regions,
                                    selected=chart.regions,
                                    values={
                                        m.region: m.intensity
                                        for m in chart.marks
                                        if m.intensity is not None
                                    },
                                    colorscale=palette.colorscale(),
                                    ariaLabel="Body map of this session",
                                ),
                                pain_chart.legend(),
                            ],
                        ),
                        html.Div(
                            className="patient__side",
                            children=[
                                html.Section(
                                    className="card",
                                    children=[
                                        html.H2("Marked"),
                                        html.Ul(
                                            [
                                                html.Li(line)
                                                for line in describe_chart(chart, app.region_by_id)
                                            ],
                                            id=ids.SESSION_SUMMARY,
                                        ),
                                    ],
                                ),
                                html.Section(
                                    className="card",
                                    children=[
                                        html.H2("Each area"),
                                        html.Div(
                                            id=ids.SESSION_EDITOR,
                                            children=pain_chart.editor(chart, labels, "session"),
                                        ),
                                    ],
                                ),
                                html.Section(
                                    className="card",
                                    children=[
                                        html.H2("Questions and findings"),
                                        dcc.Store(id=ids.SESSION_BROWSER),
                                        html.Div(
                                            id=ids.SESSION_ANSWERS,
                                            children=answers_summary(visit),
                                        ),
                                        html.Button(
                                            "Attach the answers and findings in this browser",
                                            id=ids.SESSION_ATTACH,
                                            className="button button--quiet",
                                        ),
                                    ],
                                ),
                                html.Section(
                                    className="card",
                                    children=treatment_log(app, visit.treatments),
                                ),
                                html.Section(
                                    className="card",
                                    children=[
                                        html.Label(
                                            "Notes",
                                            htmlFor=ids.SESSION_NOTES,
                                            className="field-label",
                                        ),
                                        dcc.Textarea(
                                            id=ids.SESSION_NOTES,
                                            value=visit.notes,
                                            className="notes-input",
                                        ),
                                    ],
                                ),
                            ],
                        ),
                    ],
                ),
            ],
        )


def treatment_rows(app, treatments) -> list:
    """What was done this session, one line each."""
    atlas = app.atlas
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


def treatment_log(app, treatments) -> list:
    """The treatment log of the session and a short form to add to it."""
    atlas = app.atlas
    techniques = [{"label": t.label, "value": t.id} for t in atlas.techniques]
    return [
        html.H2("Treatment"),
        html.Ul(treatment_rows(app, treatments), id=ids.SESSION_TREATMENTS),
        html.Div(
            className="treatment-form",
            children=[
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
                    options=[
                        {"label": "Right", "value": "right"},
                        {"label": "Left", "value": "left"},
                    ],
                    value="right",
                    className="chips",
                ),
                html.Label(
                    [
                        dcc.Input(
                            id=ids.SESSION_T_MINUTES,
                            type="number",
                            value=10,
                            className="angle-input",
                        ),
                        " minutes",
                    ],
                    htmlFor=ids.SESSION_T_MINUTES,
                ),
                html.Button("Add", id=ids.SESSION_T_ADD, className="button"),
            ],
        ),
        html.P(id=ids.SESSION_T_MESSAGE, role="status"),
    ]


def answers_summary(visit) -> list:
    """How much of the questions and the examination this session holds."""
    answers = [
        v for v in (visit.intake.answers if visit.intake else {}).values() if v not in ("", [])
    ]
    findings = [
        v
        for v in (visit.findings.values if visit.findings else {}).values()
        if v not in (None, "", "none", "not_done", "not_tested")
    ]
    complete = bool(visit.intake and visit.intake.complete)
    return [
        html.P(
            f"Questions: {len(answers)} answered"
            + (" (complete)." if complete else ".")
            + f" Examination: {len(findings)} finding{'s' if len(findings) != 1 else ''}."
        )
    ]
