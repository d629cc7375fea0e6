"""Atlas page callbacks: choose a muscle (list, map, previous / next), a side, and what is
laid over its pattern."""

from __future__ import annotations

from dash import ClientsideFunction, Dash, Input, Output, State, ctx, no_update

from dashapp.callbacks import inputs
from dashapp.services import Services
from dashapp.ui import ids
from dashapp.ui.components import atlas_address, atlas_overlay, atlas_visit
from dashapp.ui.components import atlas_view as page

_SHOWN = (
    Output(ids.ATLAS_PICKER, "value"),
    Output(ids.ATLAS_SIDE, "value"),
    Output(ids.ATLAS_MAP, "highlights"),
    Output(ids.ATLAS_MAP, "markers"),
    Output(ids.ATLAS_MAP, "selected"),
    Output(ids.ATLAS_CARD, "children"),
    Output(ids.ATLAS_KEY, "children"),
    Output(ids.ATLAS_LINK, "href"),
    Output(ids.ATLAS_PRESENT, "href"),
    Output(ids.ATLAS_ADDRESS, "data"),
    Output(ids.ATLAS_MAP, "figures"),
    Output(ids.ATLAS_MAP, "views"),
)
# The order of `page.shown`'s parts in _SHOWN, after the muscle and the side.
_PARTS = ("highlights", "markers", "selected", "card", "key", "link", "present_link", "query")
_PARTS += ("figures", "views")
_CHOICES = (
    Input(ids.ATLAS_PICKER, "value"),
    Input(ids.ATLAS_SIDE, "value"),
    Input(ids.ATLAS_MAP, "n_clicks"),
    Input(ids.ATLAS_PREV, "n_clicks"),
    Input(ids.ATLAS_NEXT, "n_clicks"),
    Input(ids.ATLAS_OVERLAY, "value"),
    State(ids.ATLAS_MAP, "clicked"),
    State(ids.ATLAS_MODE, "data"),
)


def register(app: Dash, services: Services) -> None:
    @app.callback(*_SHOWN, *_CHOICES, prevent_initial_call=True)
    def choose(muscle, side, _map, _prev, _next, over, clicked, mode):
        chosen = choice(services, ctx.triggered_id, muscle, side, clicked)
        if chosen is None:
            return (no_update,) * len(_SHOWN)
        muscle, side = chosen
        mode = inputs.mapping(mode)
        presenting = "1" if mode.get("present") else None
        address = atlas_address.parse(
            services.atlas.muscle_ids,
            atlas_overlay.ROOTS,
            *(muscle, side, presenting, over, mode.get("visit")),
        )
        shown = page.shown(services, address, atlas_visit.marked(services, mode))
        return (muscle, side, *(shown[part] for part in _PARTS))

    # The address follows the muscle and side shown (history.replaceState, assets/painmap.js),
    # so a reload or a shared link opens the same muscle, in the same mode.
    app.clientside_callback(
        ClientsideFunction("painmap", "keepAddress"),
        Output(ids.ATLAS_ADDRESS_KEPT, "data"),
        Input(ids.ATLAS_ADDRESS, "data"),
        prevent_initial_call=True,
    )


def choice(services: Services, trigger, muscle, side, clicked) -> tuple[str, str] | None:
    """The muscle and side to show after a pick, a step or a tap on the map (None: a tap
    beside every muscle changes nothing)."""
    order = page.ordered_muscles(services.atlas)
    muscle = muscle if muscle in order else page.DEFAULT_MUSCLE
    side = side if side in page.SIDES else "right"
    if trigger in (ids.ATLAS_PREV, ids.ATLAS_NEXT):
        step = 1 if trigger == ids.ATLAS_NEXT else -1
        return order[(order.index(muscle) + step) % len(order)], side
    if trigger == ids.ATLAS_MAP:
        outline = next((o for o in services.muscles if o.id == clicked), None)
        if outline is None:
            return None
        candidates = services.atlas.muscles_for_outline(outline.muscle)
        muscle = next((m.id for m in candidates if m.id == outline.muscle), candidates[0].id)
        return muscle, outline.side
    return muscle, side
