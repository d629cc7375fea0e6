"""The patient page's local parts: the undo stack, muscles shown, the brush, the view shown."""

from __future__ import annotations

import json

from dash import ClientsideFunction, Dash, Input, Output, State

from dashapp.callbacks import map_local
from dashapp.callbacks.map_local import MapControls
from dashapp.domain.chart import PainChart
from dashapp.ui import ids
from dashapp.ui.history import HISTORY_LIMIT

EMPTY = json.dumps(PainChart().to_json())


def register(app: Dash) -> None:
    """Switches that change only what this browser shows: no server trip."""
    # The undo stack: kept here, so that no request carries it. The chart controller marks
    # its edits; "Undo" hands it the chart to go back to (callbacks/patient.py). Two
    # callbacks, so that nothing the controller writes leads back to it.
    app.clientside_callback(
        f"""function (stored, edited, history) {{
            return window.dash_clientside.painmap.undoFollow(
                stored, edited, history, {HISTORY_LIMIT}, {EMPTY});
        }}""",
        Output(ids.PATIENT_HISTORY, "data"),
        Input(ids.PATIENT_STORE, "data"),
        Input(ids.PATIENT_EDITED, "data"),
        State(ids.PATIENT_HISTORY, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("painmap", "undoStep"),
        Output(ids.PATIENT_UNDONE, "data"),
        Output(ids.PATIENT_HISTORY, "data", allow_duplicate=True),
        Input(ids.PATIENT_UNDO, "n_clicks"),
        State(ids.PATIENT_HISTORY, "data"),
        prevent_initial_call=True,
    )
    # Muscles are drawn for reference over the areas a patient marks; showing them is local.
    app.clientside_callback(
        "function (shown) { return ['surface'].concat(shown || []); }",
        Output(ids.PATIENT_MAP, "layers"),
        Input(ids.PATIENT_LAYERS, "value"),
    )

    # Warning questions that appear are brought into view, the focus left where it is.
    app.clientside_callback(
        ClientsideFunction("painmap", "warningsShown"),
        Output(ids.PATIENT_WARNINGS, "data-shown"),
        Input(ids.PATIENT_WARNINGS, "children"),
        State(ids.PATIENT_WARNINGS, "data-shown"),
        prevent_initial_call=True,
    )
    # A muscle's pattern picked in the list below is brought into sight on the map (turned
    # to its side on a phone).
    app.clientside_callback(
        ClientsideFunction("painmap", "patternInSight"),
        Output(ids.PATIENT_VIEW_SWITCH, "value", allow_duplicate=True),
        Input(ids.PATIENT_MAP, "highlights"),
        State(ids.PATIENT_VIEW_SWITCH, "value"),
        prevent_initial_call=True,
    )
    map_local.register(
        app,
        MapControls(
            ids.PATIENT_MAP,
            ids.PATIENT_VIEW_SWITCH,
            ids.PATIENT_DRAW_PANEL,
            ids.PATIENT_DRAW_INTENSITY,
            ids.PATIENT_DRAW_QUALITIES,
        ),
    )
