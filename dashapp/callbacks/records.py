"""Patients and sessions: search, create, archive, start a session, save it as it changes."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime
from typing import Any

from dash import ALL, ClientsideFunction, Dash, Input, Output, State, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

from dashapp import loaders, store
from dashapp.callbacks import inputs
from dashapp.domain.chart import PainChart, describe_chart
from dashapp.domain.sciatica.consult import clean_answers
from dashapp.formats.exchange import ImportProblem, import_course
from dashapp.services import Services
from dashapp.store.imports import add_course
from dashapp.ui import ids
from dashapp.ui.components import pain_chart
from dashapp.ui.components import session_parts as session_page
from dashapp.ui.components.patient_list import patient_rows

ARCHIVE = ids.patients_archive(ALL)
INTENSITY = ids.session_intensity(ALL)
QUALITIES = ids.session_qualities(ALL)


def register(app: Dash, services: Services) -> None:
    """Patients, their details, and saved sessions: each callback registered on its own."""
    _register_patients(app, services)
    _register_add_treatment(app, services)
    _register_edit_patient(app, services)
    _register_attach(app, services)
    _register_import_patient(app, services)
    _register_new_session(app, services)
    _register_save(app, services)


def _register_patients(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.PATIENTS_LIST, "children"),
        Output(ids.PATIENTS_MESSAGE, "children"),
        Output(ids.PATIENTS_NAME, "value"),
        Input(ids.PATIENTS_SEARCH, "value"),
        Input(ids.PATIENTS_ARCHIVED, "value"),
        Input(ids.PATIENTS_CREATE, "n_clicks"),
        Input(ARCHIVE, "n_clicks"),
        State(ids.PATIENTS_NAME, "value"),
    )
    def patients(text, archived, _create, _archive, name):
        text, name = inputs.text(text), inputs.text(name)
        message, name_out = "", no_update
        with services.db.begin() as db:
            trigger = ctx.triggered_id
            if trigger == ids.PATIENTS_CREATE:
                try:
                    store.create_patient(db, name)
                    message, name_out = f"Added {name.strip()}.", ""
                except store.InvalidInput as problem:
                    message = str(problem)
            elif isinstance(trigger, dict) and ctx.triggered[0]["value"]:
                _toggle_archived(db, inputs.record_id(trigger.get("patient")))
            try:
                page = store.search_patients(db, text, include_archived=bool(archived))
            except store.InvalidInput as problem:
                return no_update, f"{message} {problem}".strip(), name_out
            return patient_rows(page), message, name_out


def _toggle_archived(db, patient_id: int) -> None:
    """Archive the patient, or bring them back; an id the page never showed changes nothing."""
    try:
        patient = store.get_patient(db, patient_id)
    except store.NotFound:
        raise PreventUpdate from None
    store.archive_patient(db, patient.id, not patient.archived)


def _register_add_treatment(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.SESSION_TREATMENTS, "children"),
        Output(ids.SESSION_T_MESSAGE, "children"),
        Output(ids.SESSION_VERSION, "data", allow_duplicate=True),
        Input(ids.SESSION_T_ADD, "n_clicks"),
        State(ids.SESSION_T_TECHNIQUE, "value"),
        State(ids.SESSION_T_MUSCLE, "value"),
        State(ids.SESSION_T_SIDE, "value"),
        State(ids.SESSION_T_MINUTES, "value"),
        State(ids.SESSION_VERSION, "data"),
        prevent_initial_call=True,
    )
    def add_treatment(_clicks, technique, muscle, side, minutes, loaded):
        visit_id, version = inputs.loaded_version(loaded)
        new = {"technique": technique, "muscle": muscle, "side": side, "minutes": minutes}
        with services.db.begin() as db:
            try:
                rows = [*_treatment_rows(store.get_visit(db, visit_id)), new]
                saved = store.save_visit(
                    db, visit_id, version, treatments=rows, known=services.vocabulary
                )
            except store.StoreError as problem:
                return no_update, html.Span(f"Not added: {problem}", className="error"), no_update
            shown = session_page.treatment_rows(
                services.atlas, loaders.treatments(store.get_visit(db, visit_id))
            )
            return shown, "Added.", {"visit": visit_id, "version": saved.version}


def _treatment_rows(visit) -> list[dict[str, Any]]:
    return [
        {"technique": t.technique, "muscle": t.muscle, "side": t.side, "minutes": t.minutes}
        for t in visit.treatments
    ]


def _register_edit_patient(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.PATIENT_EDIT_MESSAGE, "children"),
        Input(ids.PATIENT_EDIT_SAVE, "n_clicks"),
        State(ids.PATIENT_RECORD, "data"),
        State(ids.PATIENT_EDIT_NAME, "value"),
        State(ids.PATIENT_EDIT_NOTES, "value"),
        prevent_initial_call=True,
    )
    def edit_patient(_clicks, patient_id, name, notes):
        patient_id, name, notes = (
            inputs.record_id(patient_id),
            inputs.text(name),
            inputs.text(notes),
        )
        try:
            with services.db.begin() as db:
                store.update_patient(db, patient_id, display_name=name, notes=notes)
        except store.StoreError as problem:
            return html.Span(f"Not saved: {problem}", className="error")
        return "Saved."


def _register_attach(app: Dash, services: Services) -> None:
    app.clientside_callback(
        ClientsideFunction("painmap", "answersAndFindings"),
        Output(ids.SESSION_BROWSER, "data"),
        Input(ids.SESSION_BROWSER, "id"),
    )

    @app.callback(
        Output(ids.SESSION_ANSWERS, "children"),
        Output(ids.SESSION_VERSION, "data", allow_duplicate=True),
        Input(ids.SESSION_ATTACH, "n_clicks"),
        State(ids.SESSION_BROWSER, "data"),
        State(ids.SESSION_VERSION, "data"),
        prevent_initial_call=True,
    )
    def attach(_clicks, stored, loaded):
        stored, (visit_id, version) = inputs.mapping(stored), inputs.loaded_version(loaded)
        answers, _ = clean_answers(stored.get("answers"))
        findings = stored.get("findings") if isinstance(stored.get("findings"), dict) else None
        with services.db.begin() as db:
            try:
                saved = store.save_visit(
                    db,
                    visit_id,
                    version,
                    intake=answers or None,
                    findings=findings,
                    known=services.vocabulary,
                )
            except store.StoreError as problem:
                return html.Span(f"Not attached: {problem}", className="error"), no_update
            summary = session_page.answers_summary(loaders.answers(store.get_visit(db, saved.id)))
        return summary, {"visit": visit_id, "version": saved.version}


def _register_import_patient(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.PATIENTS_IMPORT_MESSAGE, "children"),
        Input(ids.PATIENTS_IMPORT, "contents"),
        State(ids.PATIENTS_IMPORT, "filename"),
        prevent_initial_call=True,
    )
    def import_patient(contents, filename):
        try:
            course = import_course(
                _decoded(inputs.text(contents)),
                [r.id for r in services.regions],
                services.activity_ids,
                [t.id for t in services.atlas.techniques],
                services.atlas.muscle_ids,
            )
            with services.db.begin() as db:
                patient = add_course(db, course, services.vocabulary)
                link = dcc.Link(patient.display_name, href=f"/patients/{patient.id}")
                sessions = len(course.sessions)
                return [
                    f"Imported {filename}: ",
                    link,
                    f" with {sessions} session{'s' if sessions != 1 else ''}.",
                ]
        except (ImportProblem, store.StoreError) as problem:
            return html.Span(f"Not imported ({filename}): {problem}", className="error")


def _register_new_session(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.PATIENT_GO, "href"),
        Output(ids.PATIENT_NEW_MESSAGE, "children"),
        Input(ids.PATIENT_NEW_SESSION, "n_clicks"),
        State(ids.PATIENT_RECORD, "data"),
        prevent_initial_call=True,
    )
    def new_session(_clicks, patient_id):
        patient_id = inputs.record_id(patient_id)
        try:
            with services.db.begin() as db:
                visit = store.create_visit(db, patient_id, copy_previous=True)
                return f"/sessions/{visit.id}", ""
        except store.StoreError as problem:
            return no_update, str(problem)


def _register_save(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.SESSION_VERSION, "data"),
        Output(ids.SESSION_STATUS, "children"),
        Output(ids.SESSION_STATUS, "className"),
        Output(ids.SESSION_MAP, "values"),
        Output(ids.SESSION_SUMMARY, "children"),
        Output(ids.SESSION_EDITOR, "children"),
        Input(ids.SESSION_MAP, "selected"),
        Input(INTENSITY, "value"),
        Input(QUALITIES, "value"),
        Input(ids.SESSION_NOTES, "value"),
        State(ids.SESSION_VERSION, "data"),
        prevent_initial_call=True,
    )
    def save(selected, intensities, qualities, notes, loaded):
        # Like the patient page, the chart is rebuilt from everything the page shows.
        visit_id, version = inputs.loaded_version(loaded)
        answers = (
            inputs.words(selected),
            inputs.keyed(ctx.inputs_list[1], intensities),
            inputs.keyed(ctx.inputs_list[2], qualities),
        )
        notes = inputs.text(notes)
        with services.db.begin() as db:
            try:
                before = store.visit_chart(store.get_visit(db, visit_id), services.vocabulary)
                after = before.with_answers(*answers, services.region_by_id)
                saved = store.save_visit(
                    db,
                    visit_id,
                    version,
                    chart=after,
                    notes=notes,
                    known=services.vocabulary,
                )
            except store.StoreError as problem:
                failed = ("save-state save-state--failed", *(no_update,) * 3)
                return no_update, f"Not saved: {problem}", *failed
        shown = _saved_session(services, before, after)
        return {"visit": visit_id, "version": saved.version}, *shown


def _saved_session(services: Services, before: PainChart, after: PainChart) -> tuple:
    """The save state, map values, summary and (when the areas changed) cards of a session."""
    when = datetime.now(UTC).strftime("%H:%M:%S UTC")
    return (
        f"Saved at {when}.",
        "save-state save-state--saved",
        {m.region: m.intensity for m in after.marks if m.intensity is not None},
        [html.Li(line) for line in describe_chart(after, services.region_by_id)],
        pain_chart.editor(after, services.region_labels, "session")
        if after.regions != before.regions
        else no_update,
    )


def _decoded(contents: str | None) -> bytes:
    """The bytes of an uploaded file (a data: URL); the size limit is checked on parsing."""
    if not contents or "," not in contents:
        raise ImportProblem("the file is empty or was not read (files over 5 MB are refused)")
    try:
        return base64.b64decode(contents.split(",", 1)[1], validate=True)
    except (binascii.Error, ValueError):
        raise ImportProblem("the file could not be read") from None
