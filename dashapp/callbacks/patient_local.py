"""The patient page's local switches: muscles shown, the brush, the view shown on a phone."""

from __future__ import annotations

from dash import Dash, Input, Output, State

from dashapp.ui import ids


def register(app: Dash) -> None:
    """Switches that change only what this browser shows: no server trip."""
    # Muscles are drawn for reference over the areas a patient marks; showing them is local.
    app.clientside_callback(
        "function (shown) { return ['surface'].concat(shown || []); }",
        Output(ids.PATIENT_MAP, "layers"),
        Input(ids.PATIENT_LAYERS, "value"),
    )

    # Drawing: the questions for the next strokes show in draw mode and go with the brush.
    app.clientside_callback(
        "function (mode) { return mode !== 'draw'; }",
        Output(ids.PATIENT_DRAW_PANEL, "hidden"),
        Input(ids.PATIENT_MAP, "mode"),
    )
    app.clientside_callback(
        """function (intensity, qualities, brush) {
            return Object.assign({}, brush, {
                intensity: intensity === undefined ? null : intensity,
                qualities: qualities || [],
            });
        }""",
        Output(ids.PATIENT_MAP, "brush"),
        Input(ids.PATIENT_DRAW_INTENSITY, "value"),
        Input(ids.PATIENT_DRAW_QUALITIES, "value"),
        State(ids.PATIENT_MAP, "brush"),
    )

    # The switch only matters on narrow screens (CSS shows one view there); no server trip.
    app.clientside_callback(
        "function (view) { return 'show-' + view; }",
        Output(ids.PATIENT_MAP, "className"),
        Input(ids.PATIENT_VIEW_SWITCH, "value"),
    )
    # An area found by name on the hidden view turns the switch to that view.
    app.clientside_callback(
        "function (view) { return view || window.dash_clientside.no_update; }",
        Output(ids.PATIENT_VIEW_SWITCH, "value"),
        Input(ids.PATIENT_MAP, "requestedView"),
        prevent_initial_call=True,
    )
