"""The part of the body a pattern covers: the box a map zooms to so that the pattern fills it.

Boxes are in the views' drawing units. Front and back are drawn side by side at one scale, so
every view gets a box of the same height and width (the union's), each centred on what is
drawn on that view; a view with nothing drawn on it gets no box (the map leaves it out).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import shapely
from shapely.geometry.base import BaseGeometry

Box = tuple[float, float, float, float]  # x, y, width, height

MARGIN = 0.06  # of the box's height, on every side: the pattern never touches the edge
MIN_HEIGHT = 240.0  # a small pattern is shown with some body around it, not blown up


def parse_view_box(text: str) -> Box:
    """'0 0 400 1000' as four numbers."""
    x, y, w, h = (float(n) for n in text.replace(",", " ").split())
    return x, y, w, h


def pattern_boxes(
    shapes: Mapping[str, Iterable[BaseGeometry]],
    view_boxes: Mapping[str, Box],
    margin: float = MARGIN,
    min_height: float = MIN_HEIGHT,
) -> dict[str, Box]:
    """One box per view that has something drawn on it, in the order of `view_boxes`.

    `shapes` holds, per view, what must be in sight (zones, outlines, trigger points). The
    boxes share a height and a width so the views keep one scale, and each lies inside its
    view's own viewBox (a box larger than the viewBox is cut to it)."""
    bounds = {}
    for view in view_boxes:
        drawn = [s for s in shapes.get(view, ()) if s is not None and not s.is_empty]
        if drawn:
            bounds[view] = shapely.union_all(drawn).bounds
    if not bounds:
        return {}
    top = min(b[1] for b in bounds.values())
    bottom = max(b[3] for b in bounds.values())
    height = max(bottom - top, min_height / (1 + 2 * margin))
    pad = height * margin
    height += 2 * pad
    middle = (top + bottom) / 2
    width = max(b[2] - b[0] for b in bounds.values()) + 2 * pad
    return {
        view: _inside(
            ((b[0] + b[2]) / 2 - width / 2, middle - height / 2, width, height), view_boxes[view]
        )
        for view, b in bounds.items()
    }


def _inside(box: Box, limit: Box) -> Box:
    """`box` moved (and if need be cut) to lie inside `limit`."""
    x, y, w, h = box
    lx, ly, lw, lh = limit
    w, h = min(w, lw), min(h, lh)
    x = min(max(x, lx), lx + lw - w)
    y = min(max(y, ly), ly + lh - h)
    return x, y, w, h


def point_inside(x: float, y: float, box: Box, inset: float = 0.05) -> tuple[float, float]:
    """A label's position moved into `box` (by `inset` of its size from the edge) when outside."""
    bx, by, bw, bh = box
    dx, dy = bw * inset, bh * inset
    return min(max(x, bx + dx), bx + bw - dx), min(max(y, by + dy), by + bh - dy)
