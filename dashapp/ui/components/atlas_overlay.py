"""What the atlas can lay over a muscle's pattern: another muscle's pattern, or a nerve root's
skin area (dermatome), each drawn so it cannot be taken for the first pattern or for marks.

The first muscle keeps the usual blue hatching (/), dots and X for each trigger point;
another muscle is drawn in a second ink, hatched the other way (\\) with rings, and a solid
triangle for each of its trigger points (a shape, not only a colour, unlike the X); a root's
skin area in blue lines falling to the right (\\). Only one thing is laid over the pattern at
a time, so the two hatchings that fall to the right never meet. Dermatomes come from the
textbook map (long bands, no gaps), the one a patient is most often shown; /roots sets it
beside the evidence-based map.
"""

from __future__ import annotations

from typing import Any

from dash import html
from shapely.geometry import Point

from dashapp.domain.atlas.load import BODY_AREAS
from dashapp.domain.body.dermatomes import MAP_ROOTS, UPPER_ROOTS, dermatome_shape
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.body.zones import zone_shape
from dashapp.ui.components import pattern_key
from dashapp.ui.components.atlas_address import NO_OVERLAY

DERMATOME_MAP = "classic"
ROOTS = MAP_ROOTS[DERMATOME_MAP]
ROOT_PARTS = (
    ("neck and arm", tuple(r for r in ROOTS if r in UPPER_ROOTS)),
    ("low back and leg", tuple(r for r in ROOTS if r not in UPPER_ROOTS)),
)


def is_root(overlay: str) -> bool:
    return overlay in ROOTS


def choices(atlas) -> list[dict[str, Any]]:
    """The overlay list: nothing, a root's skin area, or another muscle (grouped by area)."""
    return [
        {
            "label": "Nothing",
            "options": [{"label": "Nothing over it", "value": NO_OVERLAY}],
        },
        *(
            {
                "label": f"A nerve root's skin area, {part} (textbook map)",
                "options": [{"label": f"{root} skin area", "value": root} for root in roots],
            }
            for part, roots in ROOT_PARTS
        ),
        *(
            {
                "label": f"Another muscle: {BODY_AREAS[area].lower()}",
                "options": [{"label": m.name, "value": m.id} for m in muscles],
            }
            for area, muscles in atlas.muscles_by_area().items()
        ),
    ]


def _dermatomes(app, root: str, side: str):
    return [
        d
        for d in app.dermatomes
        if d.map == DERMATOME_MAP and d.root == root and d.side in (side, "midline")
    ]


def _zones(app, muscle: str, side: str):
    return [z for z in app.zones if z.muscle == muscle and z.side == side]


def highlights(app, overlay: str, side: str) -> list[dict[str, Any]]:
    """BodyMap highlights for what is laid over the pattern (none for no overlay)."""
    if is_root(overlay):
        return [
            {"path": d.path, "view": d.view, "kind": "dermatome", "label": f"{overlay} skin area"}
            for d in _dermatomes(app, overlay, side)
        ]
    if not overlay:
        return []
    name = app.atlas.muscle(overlay).name
    return [
        {
            "path": z.path,
            "view": z.view,
            "kind": f"second-{z.kind}",
            "label": f"{name}: {'main zone' if z.kind == 'essential' else 'spillover zone'}",
        }
        for z in sorted(_zones(app, overlay, side), key=lambda z: z.kind != "spillover")
    ]


def markers(app, overlay: str, side: str) -> list[dict[str, Any]]:
    """BodyMap markers for another muscle's trigger points (none for a root or nothing)."""
    if not overlay or is_root(overlay):
        return []
    return [
        {"view": p.view, "x": p.x, "y": p.y, "label": p.label, "symbol": "triangle"}
        for p in app.trigger_points
        if p.muscle == overlay and p.side == side
    ]


def shapes(app, overlay: str, side: str) -> dict[str, list]:
    """What of the overlay must be in sight, per view (for the presentation's zoom)."""
    found: dict[str, list] = {}
    if is_root(overlay):
        for d in _dermatomes(app, overlay, side):
            found.setdefault(d.view, []).append(dermatome_shape(d))
    elif overlay:
        for z in _zones(app, overlay, side):
            found.setdefault(z.view, []).append(zone_shape(z))
        for m in markers(app, overlay, side):
            found.setdefault(m["view"], []).append(Point(m["x"], m["y"]))
    return found


def pattern_shapes(app, muscle: str, side: str) -> dict[str, list]:
    """The muscle's own pattern per view: its zones, trigger points and outline."""
    found: dict[str, list] = {}
    for z in _zones(app, muscle, side):
        found.setdefault(z.view, []).append(zone_shape(z))
    for p in app.trigger_points:
        if p.muscle == muscle and p.side == side:
            found.setdefault(p.view, []).append(Point(p.x, p.y))
    outline = app.atlas.muscle(muscle).outline
    for o in app.muscles:
        if o.muscle == outline and o.side == side:
            found.setdefault(o.view, []).append(parse_path(o.path))
    return found


def key_items(app, overlay: str, short: bool = False) -> list[html.Li]:
    """The lines of the key for the overlay, naming it (`short`: for the one-line key)."""
    if is_root(overlay):
        words = (
            "skin area"
            if short
            else "skin area (textbook map): blue lines falling to the right (\\), solid outline"
        )
        return [pattern_key.item("dermatome", f"{overlay} {words}")]
    if not overlay:
        return []
    name = app.atlas.muscle(overlay).name
    if short:
        return [
            pattern_key.item("second-essential", f"{name}: main zone"),
            pattern_key.item("second-spillover", "its spillover"),
            pattern_key.item("second-trigger", "its trigger points (▲, not X)"),
        ]
    return [
        pattern_key.item(
            "second-essential",
            f"{name}, main zone: teal lines falling to the right (\\), dash-dot outline",
        ),
        pattern_key.item("second-spillover", f"{name}, spillover: teal rings"),
        pattern_key.item(
            "second-trigger", f"{name}, trigger point: teal solid triangle (▲), not an X"
        ),
    ]
