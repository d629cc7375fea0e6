"""The atlas on the body: the muscle picker, its order, links, and one muscle's overlay."""

from __future__ import annotations

from typing import Any

from dash import html, no_update

from dashapp.domain.atlas.load import BODY_AREAS, Atlas
from dashapp.ui.components import atlas_card, atlas_overlay, atlas_present, pattern_key

# DEFAULT_MUSCLE and SIDES are named here too, where the atlas's callers have always found them.
from dashapp.ui.components.atlas_address import DEFAULT_MUSCLE, SIDES, AtlasAddress  # noqa: F401
from dashapp.ui.components.lookup_panel import pattern_overlay


def ordered_muscles(atlas: Atlas) -> list[str]:
    """Muscles in the order of the picker: by body area, then by name."""
    return [m.id for muscles in atlas.muscles_by_area().values() for m in muscles]


def picker_groups(atlas: Atlas) -> list[dict[str, Any]]:
    """The muscles grouped under their body area, for a type-ahead list."""
    return [
        {"label": BODY_AREAS[area], "options": [{"label": m.name, "value": m.id} for m in muscles]}
        for area, muscles in atlas.muscles_by_area().items()
    ]


def link(muscle: str, side: str, present: bool = False, overlay: str = "") -> str:
    """The address that opens the atlas on this muscle and side."""
    return AtlasAddress(muscle, side, present, overlay).link()


def overlay(app, muscle: str, side: str, over: str = "") -> dict[str, Any]:
    """BodyMap props that show one muscle (its outline chosen, zones and trigger points), with
    what is laid over it (`over`: another muscle or a root) drawn above its pattern."""
    name = app.atlas.muscle(muscle).name
    highlights, markers = pattern_overlay(muscle, side, app.zones, app.trigger_points, name)
    outline = app.atlas.muscle(muscle).outline
    chosen = [o.id for o in app.muscles if o.muscle == outline and o.side == side]
    highlights += atlas_overlay.highlights(app, over, side)
    markers += atlas_overlay.markers(app, over, side)
    return {"highlights": highlights, "markers": markers, "selected": chosen}


def legend(app, over: str, marks: bool = False) -> list:
    """The key under the map in the atlas: the pattern's signs, then what is laid over it
    (`marks`: a session's marks lie under the pattern)."""
    deep = html.Li([html.Span(className="swatch swatch--deep"), "deep muscle (dashed)"])
    extra = (deep, *atlas_overlay.key_items(app, over))
    kinds = ("marks",) if marks else ()
    return [pattern_key.key(*kinds, "essential", "spillover", "trigger", extra=extra)]


def shown(app, address: AtlasAddress, marked: list[str] | None = None) -> dict[str, Any]:
    """Everything the atlas shows for an address, by what it goes to (for the callbacks);
    `marked`: the areas a session shown under the pattern has marked."""
    drawn = overlay(app, address.muscle, address.side, address.overlay)
    drawn["selected"] = drawn["selected"] + list(marked or ())
    marks = bool(address.visit)
    figures, views = (
        atlas_present.zoomed(app, address) if address.present else (no_update, no_update)
    )
    return {
        **drawn,
        "card": (
            atlas_present.title(app.atlas, address.muscle, address.side)
            if address.present
            else atlas_card.card(app.atlas, address.muscle, address.side)
        ),
        "key": (
            atlas_present.key(app, address.overlay, marks)
            if address.present
            else legend(app, address.overlay, marks)
        ),
        "link": address.link(present=False),
        "present_link": address.leave() if address.present else address.link(present=True),
        "query": address.query(),
        "figures": figures,
        "views": views,
    }
