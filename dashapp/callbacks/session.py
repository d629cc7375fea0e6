"""A saved session's page: autosave of the map, notes and consultation, and treatments.

The map, the per-area answers, what makes it worse, the questions, the examination and the
notes are saved by assets/painmap.js, one request at a time per tab (see
dashapp/web/autosave.py for why). The callbacks here only hand it every change, pass on the
person's choice after a conflict, and redraw what the answers show (session_consult.py: the
warning signs and the comparison).
"""

from __future__ import annotations

from typing import Any

from dash import ALL, ClientsideFunction, Dash, Input, Output, State, ctx, html, no_update

from dashapp import loaders, store
from dashapp.callbacks import inputs, session_consult
from dashapp.domain.chart import PainChart
from dashapp.domain.chart_text import describe_chart
from dashapp.services import Services, local_zone
from dashapp.ui import ids
from dashapp.ui.components import pain_chart
from dashapp.ui.components import session_parts as session_page

INTENSITY = ids.session_intensity(ALL)
QUALITIES = ids.session_qualities(ALL)


def register(app: Dash, services: Services) -> None:
    """The session page's callbacks, each registered on its own."""
    _register_autosave(app)
    _register_show(app, services)
    _register_add_treatment(app, services)
    session_consult.register(app, services)


def _register_autosave(app: Dash) -> None:
    app.clientside_callback(
        ClientsideFunction("painmap", "draft"),
        Output(ids.SESSION_DRAFT, "data"),
        Input(ids.SESSION_MAP, "selected"),
        Input(INTENSITY, "value"),
        Input(QUALITIES, "value"),
        Input(ids.SESSION_NOTES, "value"),
        Input(ids.SESSION_MAP, "drawing"),
        Input(ids.SESSION_ACTIVITIES, "value"),
        Input(session_consult.INTAKE, "value"),
        Input(session_consult.FINDINGS, "value"),
        State(ids.SESSION_AUTOSAVE, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("painmap", "resolve"),
        Output(ids.SESSION_CONFLICT, "hidden"),
        Input(ids.SESSION_SEE_THEIRS, "n_clicks"),
        Input(ids.SESSION_KEEP_MINE, "n_clicks"),
        Input(ids.SESSION_MERGE, "n_clicks"),
        State(ids.SESSION_AUTOSAVE, "data"),
        prevent_initial_call=True,
    )


def _register_show(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.SESSION_MAP, "values"),
        Output(ids.SESSION_SUMMARY, "children"),
        Output(ids.SESSION_EDITOR, "children"),
        Input(ids.SESSION_MAP, "selected"),
        Input(INTENSITY, "value"),
        Input(QUALITIES, "value"),
        prevent_initial_call=True,
    )
    def show(selected, intensities, qualities):
        # Only what the page shows; saving is the autosave's business.
        chart = PainChart().with_answers(
            inputs.words(selected),
            inputs.keyed(ctx.inputs_list[1], intensities),
            inputs.keyed(ctx.inputs_list[2], qualities),
            services.region_by_id,
        )
        areas_changed = set(chart.regions) != set(inputs.id_keys(ctx.inputs_list[1], "region"))
        return (
            {m.region: m.intensity for m in chart.marks if m.intensity is not None},
            [html.Li(line) for line in describe_chart(chart, services.region_by_id)],
            pain_chart.editor(chart, services.region_labels, "session")
            if areas_changed
            else no_update,
        )


def _register_add_treatment(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.SESSION_TREATMENTS, "children"),
        Output(ids.SESSION_T_MESSAGE, "children"),
        Input(ids.SESSION_T_ADD, "n_clicks"),
        State(ids.SESSION_T_TECHNIQUE, "value"),
        State(ids.SESSION_T_MUSCLE, "value"),
        State(ids.SESSION_T_SIDE, "value"),
        State(ids.SESSION_T_MINUTES, "value"),
        State(ids.SESSION_AUTOSAVE, "data"),
        prevent_initial_call=True,
    )
    def add_treatment(_clicks, technique, muscle, side, minutes, setup):
        new = {"technique": technique, "muscle": muscle, "side": side, "minutes": minutes}
        visit_id = inputs.record_id(inputs.mapping(setup).get("visit"))
        try:
            with services.db.begin() as db:
                visit = _changed(db, services, visit_id, treatments=_with_row(new))
                shown = session_page.treatment_rows(services.atlas, loaders.treatments(visit))
        except store.StoreError as problem:
            return no_update, html.Span(f"Not added: {_why(problem)}", className="error")
        return shown, "Added."


def _changed(db, services: Services, visit_id: int, **parts: Any):
    """Save parts the autosave never writes (treatments) onto the session as it is now: they
    add to it rather than overwrite what someone else typed, so they take the current version
    instead of the one the page loaded."""
    visit = store.get_visit(db, visit_id)
    if "treatments" in parts:
        parts["treatments"] = parts["treatments"](visit)
    saved = store.save_visit(db, visit.id, visit.version, known=services.vocabulary, **parts)
    services.audit(
        db, "change", patient_id=visit.patient_id, visit_id=visit.id, outcome="treatments"
    )
    return store.get_visit(db, saved.id)


def _with_row(new: dict[str, Any]):
    def rows(visit) -> list[dict[str, Any]]:
        held = [
            {"technique": t.technique, "muscle": t.muscle, "side": t.side, "minutes": t.minutes}
            for t in visit.treatments
        ]
        return [*held, new]

    return rows


def _why(problem: store.StoreError) -> str:
    """The store's refusal in words; a conflict's time in the reader's own zone."""
    return problem.said(local_zone()) if isinstance(problem, store.ConflictError) else str(problem)
