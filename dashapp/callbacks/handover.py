""" "Save to a patient" on the walk-in pages: open the panel, find the patient, save.

All three run in the browser (assets/handover.js): the search and the save are requests of
their own to dashapp/web/handover.py, so that a refusal, a sign-in that ended or a lost
connection is told on the page and nothing is cleared. A save that went through clears the
device through the device bar's own confirmation (callbacks/device.py).
"""

from __future__ import annotations

from dash import ClientsideFunction, Dash, Input, Output, State

from dashapp.services import Services
from dashapp.ui import ids


def register(app: Dash, _services: Services) -> None:
    """The panel, the search and the save (nothing here needs the server's data)."""
    app.clientside_callback(
        ClientsideFunction("handover", "toggle"),
        Output(ids.HANDOVER_PANEL, "hidden"),
        Input(ids.HANDOVER_OPEN, "n_clicks"),
        Input(ids.HANDOVER_CANCEL, "n_clicks"),
        State(ids.HANDOVER_SETUP, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("handover", "find"),
        Output(ids.HANDOVER_CHOICES, "options"),
        Output(ids.HANDOVER_CHOICES, "value"),
        Output(ids.HANDOVER_FOUND, "children"),
        Input(ids.HANDOVER_NAME, "value"),
        State(ids.HANDOVER_CHOICES, "value"),
        State(ids.HANDOVER_SETUP, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("handover", "save"),
        Output(ids.HANDOVER_MESSAGE, "children"),
        Input(ids.HANDOVER_SAVE, "n_clicks"),
        State(ids.HANDOVER_CHOICES, "value"),
        State(ids.HANDOVER_NAME, "value"),
        State(ids.DEVICE_CONFIRM, "n_clicks"),
        State(ids.HANDOVER_SETUP, "data"),
        prevent_initial_call=True,
    )
