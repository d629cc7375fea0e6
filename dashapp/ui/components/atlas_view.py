"""The atlas on the body: the muscle picker, its order, links, and one muscle's overlay."""

from __future__ import annotations

from typing import Any

from dashapp.domain.atlas.load import BODY_AREAS, Atlas
from dashapp.ui.components.lookup_panel import pattern_overlay

# The classic pseudo-sciatica muscle is where most consultations start.
DEFAULT_MUSCLE = "gluteus_minimus_anterior"


SIDES = ("right", "left")


def ordered_muscles(atlas: Atlas) -> list[str]:
    """Muscles in the order of the picker: by body area, then by name."""
    return [m.id for muscles in atlas.muscles_by_area().values() for m in muscles]


def picker_groups(atlas: Atlas) -> list[dict[str, Any]]:
    """The muscles grouped under their body area, for a type-ahead list."""
    return [
        {"label": BODY_AREAS[area], "options": [{"label": m.name, "value": m.id} for m in muscles]}
        for area, muscles in atlas.muscles_by_area().items()
    ]


def link(muscle: str, side: str, present: bool = False) -> str:
    """The address that opens the atlas on this muscle and side."""
    return f"/atlas?muscle={muscle}&side={side}" + ("&present=1" if present else "")


def overlay(app, muscle: str, side: str) -> dict[str, Any]:
    """BodyMap props that show one muscle: its outline chosen, zones and trigger points."""
    name = app.atlas.muscle(muscle).name
    highlights, markers = pattern_overlay(muscle, side, app.zones, app.trigger_points, name)
    outline = app.atlas.muscle(muscle).outline
    chosen = [o.id for o in app.muscles if o.muscle == outline and o.side == side]
    return {"highlights": highlights, "markers": markers, "selected": chosen}
