"""Intake links as the therapist makes them: on a patient's record, and for a walk-in without
a record, who gets one made on the spot with its link (the Patients page), in one step."""

from __future__ import annotations

import flask
from dash import Dash, Input, Output, State, html, no_update

from dashapp import store
from dashapp.callbacks import inputs
from dashapp.formats.qr import qr_data_url
from dashapp.services import Services, actor, local_zone
from dashapp.store import intake_links
from dashapp.ui import ids
from dashapp.ui.components import intake_link


def new_link(db, services: Services, patient_id: int) -> list:
    """A new intake link for the patient, as the card shows it this once (QR code, address,
    end in the reader's time, Revoke); the caller's transaction keeps it."""
    link, token = intake_links.create_link(db, patient_id, author=actor().user_name)
    services.audit(db, "change", patient_id=patient_id, outcome="intake link made")
    url = f"{flask.request.host_url}intake/{token}"
    local = services.settings["MODE"] != "clinic"
    return intake_link.shown(
        link.id, url, link.expires_at, qr_data_url(url), local_zone(), local=local
    )


def register(app: Dash, services: Services) -> None:
    """The Patients page's "Add and make an intake link"."""

    @app.callback(
        Output(ids.PATIENTS_LINK_SHOWN, "children"),
        Output(ids.PATIENTS_NAME, "value", allow_duplicate=True),
        Input(ids.PATIENTS_LINK_MAKE, "n_clicks"),
        State(ids.PATIENTS_NAME, "value"),
        prevent_initial_call=True,
    )
    def add_with_link(_clicks, name):
        name = inputs.text(name)
        try:
            with services.db.begin() as db:
                patient = store.create_patient(db, name)
                services.audit(db, "change", patient_id=patient.id, outcome="added")
                shown = new_link(db, services, patient.id)
                return intake_link.walk_in(patient.id, patient.display_name, shown), ""
        except store.StoreError as problem:
            return html.P(f"Not added: {problem}", className="error", role="status"), no_update
