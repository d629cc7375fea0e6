"""A body map's switches that change only what this browser shows, shared by the walk-in page
and the patient's own phone: no server trip."""

from __future__ import annotations

from dataclasses import dataclass

from dash import Dash, Input, Output, State


@dataclass(frozen=True)
class MapControls:
    """The ids of a map and of the controls beside it."""

    map: str
    view_switch: str
    draw_panel: str
    draw_intensity: str
    draw_qualities: str


def register(app: Dash, controls: MapControls) -> None:
    """The draw panel, the brush and the view shown."""
    # Drawing: the questions for the next strokes show in draw mode and go with the brush.
    app.clientside_callback(
        "function (mode) { return mode !== 'draw'; }",
        Output(controls.draw_panel, "hidden"),
        Input(controls.map, "mode"),
    )
    app.clientside_callback(
        """function (intensity, qualities, brush) {
            return Object.assign({}, brush, {
                intensity: intensity === undefined ? null : intensity,
                qualities: qualities || [],
            });
        }""",
        Output(controls.map, "brush"),
        Input(controls.draw_intensity, "value"),
        Input(controls.draw_qualities, "value"),
        State(controls.map, "brush"),
    )
    # The switch only matters on narrow screens (CSS shows one view there).
    app.clientside_callback(
        "function (view) { return 'show-' + view; }",
        Output(controls.map, "className"),
        Input(controls.view_switch, "value"),
    )
    # An area found by name on the hidden view turns the switch to that view.
    app.clientside_callback(
        "function (view) { return view || window.dash_clientside.no_update; }",
        Output(controls.view_switch, "value"),
        Input(controls.map, "requestedView"),
        prevent_initial_call=True,
    )
