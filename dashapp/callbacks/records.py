"""Patients: search, create, archive, edit, import, and start a session (its page: session.py)."""

from __future__ import annotations

import base64
import binascii

from dash import ALL, Dash, Input, Output, State, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

from dashapp import store
from dashapp.callbacks import inputs
from dashapp.callbacks.walk_in_link import new_link
from dashapp.formats.exchange import ImportProblem, import_course
from dashapp.services import Services
from dashapp.store import intake_links
from dashapp.store.imports import add_course
from dashapp.ui import ids
from dashapp.ui.components.patient_list import patient_rows

ARCHIVE = ids.patients_archive(ALL)


def register(app: Dash, services: Services) -> None:
    """Patients and their details: each callback registered on its own."""
    _register_patients(app, services)
    _register_edit_patient(app, services)
    _register_import_patient(app, services)
    _register_new_session(app, services)
    _register_intake_link(app, services)


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
                    added = store.create_patient(db, name)
                    services.audit(db, "change", patient_id=added.id, outcome="added")
                    message, name_out = f"Added {name.strip()}.", ""
                except store.InvalidInput as problem:
                    message = str(problem)
            elif isinstance(trigger, dict) and ctx.triggered[0]["value"]:
                _toggle_archived(db, services, inputs.record_id(trigger.get("patient")))
            try:
                page = store.search_patients(db, text, include_archived=bool(archived))
            except store.InvalidInput as problem:
                return no_update, f"{message} {problem}".strip(), name_out
            services.audit(db, "view", outcome="patient list")
            return patient_rows(page), message, name_out


def _toggle_archived(db, services: Services, patient_id: int) -> None:
    """Archive the patient, or bring them back; an id the page never showed changes nothing."""
    try:
        patient = store.get_patient(db, patient_id)
    except store.NotFound:
        raise PreventUpdate from None
    was_archived = patient.archived
    store.archive_patient(db, patient.id, not was_archived)
    outcome = "restored" if was_archived else "archived"
    services.audit(db, "change", patient_id=patient.id, outcome=outcome)


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
                services.audit(db, "change", patient_id=patient_id, outcome="edited details")
        except store.StoreError as problem:
            return html.Span(f"Not saved: {problem}", className="error")
        return "Saved."


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
                services.audit(db, "import", patient_id=patient.id, outcome="imported")
                link = dcc.Link(patient.display_name, href=f"/patients/{patient.id}")
                sessions = len(course.sessions)
                return [
                    f"Imported {filename}: ",
                    link,
                    f" with {sessions} session{'s' if sessions != 1 else ''}.",
                ]
        except (ImportProblem, store.StoreError) as problem:
            services.audited("import", outcome="refused")
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
                services.audit(db, "change", patient_id=patient_id, visit_id=visit.id)
                return f"/sessions/{visit.id}", ""
        except store.StoreError as problem:
            return no_update, str(problem)


def _register_intake_link(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.PATIENT_LINK_SHOWN, "children"),
        Output(ids.PATIENT_LINK_MESSAGE, "children"),
        Input(ids.PATIENT_LINK_MAKE, "n_clicks"),
        State(ids.PATIENT_RECORD, "data"),
        prevent_initial_call=True,
    )
    def make_link(_clicks, patient_id):
        patient_id = inputs.record_id(patient_id)
        try:
            with services.db.begin() as db:
                return new_link(db, services, patient_id), ""
        except store.StoreError as problem:
            return [], html.Span(f"No link made: {problem}", className="error")

    @app.callback(
        Output(ids.PATIENT_LINK_MESSAGE, "children", allow_duplicate=True),
        Output(ids.PATIENT_LINK_SHOWN, "children", allow_duplicate=True),
        Input(ids.PATIENT_LINK_REVOKE, "n_clicks"),
        State(ids.PATIENT_LINK_ID, "data"),
        State(ids.PATIENT_RECORD, "data"),
        prevent_initial_call=True,
    )
    def revoke_link(clicks, link_id, patient_id):
        if not clicks:
            # Dash calls this once as the button appears with a new link: not a withdrawal.
            raise PreventUpdate
        link_id, patient_id = inputs.record_id(link_id), inputs.record_id(patient_id)
        try:
            with services.db.begin() as db:
                intake_links.revoke_link(db, patient_id, link_id)
                services.audit(db, "change", patient_id=patient_id, outcome="intake link revoked")
        except store.StoreError as problem:
            return html.Span(f"Not revoked: {problem}", className="error"), no_update
        return "The link was revoked: it no longer works.", []


def _decoded(contents: str | None) -> bytes:
    """The bytes of an uploaded file (a data: URL); the size limit is checked on parsing."""
    if not contents or "," not in contents:
        raise ImportProblem("the file is empty or was not read (files over 5 MB are refused)")
    try:
        return base64.b64decode(contents.split(",", 1)[1], validate=True)
    except (binascii.Error, ValueError):
        raise ImportProblem("the file could not be read") from None
