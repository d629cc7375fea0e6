"""Nerve-root page callbacks: map, root and the disagreement overlay."""

from __future__ import annotations

from dash import Dash, Input, Output

from dashapp.callbacks import inputs
from dashapp.domain.body.dermatomes import MAP_ROOTS
from dashapp.services import Services
from dashapp.ui import ids
from dashapp.ui.components import roots_view as page


def register(app: Dash, services: Services) -> None:
    @app.callback(
        Output(ids.ROOTS_MAP, "highlights"),
        Output(ids.ROOTS_MAP, "markers"),
        Output(ids.ROOTS_CARD, "children"),
        Input(ids.ROOTS_MAP_SWITCH, "value"),
        Input(ids.ROOTS_PICKER, "value"),
        Input(ids.ROOTS_DISAGREE, "value"),
        prevent_initial_call=True,
    )
    def show(map_name, root, disagree):
        map_name = inputs.choice(map_name, page.MAP_NAMES, "classic")
        root = inputs.choice(root, MAP_ROOTS["classic"], page.DEFAULT_ROOT)
        shown = page.overlay(services, root, map_name, bool(disagree))
        return shown["highlights"], shown["markers"], page.root_card(services, root, map_name)
