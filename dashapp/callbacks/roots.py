"""Nerve-root page callbacks: the two roots, the disagreement overlay, and the address."""

from __future__ import annotations

from dash import ClientsideFunction, Dash, Input, Output

from dashapp.callbacks import inputs
from dashapp.domain.body.dermatomes import MAP_ROOTS
from dashapp.domain.body.root_choice import DEFAULT_ROOTS, roots_query
from dashapp.services import Services
from dashapp.ui import ids
from dashapp.ui.components import roots_view as view
from dashapp.ui.pages import roots as page


def register(app: Dash, services: Services) -> None:
    @app.callback(
        *(Output(ids.roots_map(m), p) for m in view.MAP_NAMES for p in ("highlights", "markers")),
        *(Output(ids.roots_map(m), p) for m in view.MAP_NAMES for p in page.FRAME),
        Output(ids.ROOTS_CARD, "children"),
        Output(ids.ROOTS_KEY, "children"),
        Output(ids.ROOTS_ADDRESS, "data"),
        Output(ids.ROOTS_PROBLEM, "hidden"),
        Input(ids.ROOTS_PICKER, "value"),
        Input(ids.ROOTS_SECOND, "value"),
        Input(ids.ROOTS_DISAGREE, "value"),
        prevent_initial_call=True,
    )
    def show(first, second, disagree):
        first = inputs.choice(first, MAP_ROOTS["classic"], DEFAULT_ROOTS[0])
        second = inputs.choice(second, MAP_ROOTS["classic"], first)
        roots = tuple(dict.fromkeys((first, second)))
        drawn = [view.overlay(services, roots, m, bool(disagree)) for m in view.MAP_NAMES]
        layers = [d[p] for d in drawn for p in ("highlights", "markers")]
        frame = page.framing(services.reference, roots)
        framed = [frame[p] for _ in view.MAP_NAMES for p in page.FRAME]
        cards = view.root_cards(services, roots)
        return *layers, *framed, cards, page.key_items(roots), roots_query(roots), True

    # The address follows the choice (history.replaceState, assets/painmap.js), so a reload
    # or a shared link opens the same roots.
    app.clientside_callback(
        ClientsideFunction("painmap", "keepAddress"),
        Output(ids.ROOTS_ADDRESS_KEPT, "data"),
        Input(ids.ROOTS_ADDRESS, "data"),
        prevent_initial_call=True,
    )
