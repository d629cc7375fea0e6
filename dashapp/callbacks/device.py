""" "Finished: clear this device": ask, then forget everything the walk-in pages keep.

It all happens in the browser (assets/painmap.js `device`): the storage is the browser's, and
the page must show empty forms in the same moment. The patient page's chart controller also
listens to the confirmation, to empty its map and its undo history (callbacks/patient.py).
"""

from __future__ import annotations

from dash import ClientsideFunction, Dash, Input, Output, State

from dashapp.services import Services
from dashapp.ui import ids


def register(app: Dash, _services: Services) -> None:
    """The confirmation and the clearing (nothing here needs the server's data)."""
    app.clientside_callback(
        ClientsideFunction("painmap", "device"),
        Output(ids.DEVICE_DIALOG, "hidden"),
        Output(ids.DEVICE_CLEARED, "children"),
        Input(ids.DEVICE_FINISH, "n_clicks"),
        Input(ids.DEVICE_CANCEL, "n_clicks"),
        Input(ids.DEVICE_CONFIRM, "n_clicks"),
        State(ids.DEVICE_SETUP, "data"),
        prevent_initial_call=True,
    )
