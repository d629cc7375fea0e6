"""Atlas page callbacks: choose a muscle (list, map, previous / next) and a side."""

from __future__ import annotations

from dash import Dash, Input, Output, State, ctx, no_update

from dashapp.services import Services
from dashapp.ui import ids
from dashapp.ui.components import atlas_card
from dashapp.ui.components import atlas_view as page


def register(app: Dash, services: Services) -> None:
    order = page.ordered_muscles(services.atlas)
    outlines = {outline.id: outline for outline in services.muscles}

    @app.callback(
        Output(ids.ATLAS_PICKER, "value"),
        Output(ids.ATLAS_SIDE, "value"),
        Output(ids.ATLAS_MAP, "highlights"),
        Output(ids.ATLAS_MAP, "markers"),
        Output(ids.ATLAS_MAP, "selected"),
        Output(ids.ATLAS_CARD, "children"),
        Output(ids.ATLAS_LINK, "href"),
        Output(ids.ATLAS_PRESENT, "href"),
        Input(ids.ATLAS_PICKER, "value"),
        Input(ids.ATLAS_SIDE, "value"),
        Input(ids.ATLAS_MAP, "n_clicks"),
        Input(ids.ATLAS_PREV, "n_clicks"),
        Input(ids.ATLAS_NEXT, "n_clicks"),
        State(ids.ATLAS_MAP, "clicked"),
        State(ids.ATLAS_MODE, "data"),
        prevent_initial_call=True,
    )
    def choose(muscle, side, _map, _prev, _next, clicked, mode):
        muscle = muscle if muscle in order else page.DEFAULT_MUSCLE
        side = side if side in page.SIDES else "right"
        trigger = ctx.triggered_id
        if trigger in (ids.ATLAS_PREV, ids.ATLAS_NEXT):
            step = 1 if trigger == ids.ATLAS_NEXT else -1
            muscle = order[(order.index(muscle) + step) % len(order)]
        elif trigger == ids.ATLAS_MAP:
            outline = outlines.get(clicked)
            if outline is None:
                return (no_update,) * 8
            candidates = services.atlas.muscles_for_outline(outline.muscle)
            muscle = next((m.id for m in candidates if m.id == outline.muscle), candidates[0].id)
            side = outline.side
        shown = page.overlay(services, muscle, side)
        presenting = bool((mode or {}).get("present"))
        return (
            muscle,
            side,
            shown["highlights"],
            shown["markers"],
            shown["selected"],
            atlas_card.card(services.atlas, muscle, side),
            page.link(muscle, side),
            page.link(muscle, side, present=not presenting),
        )
