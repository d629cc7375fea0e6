"""Focus views of the body map: named boxes of the drawing a person can zoom to.

They are a way of looking at the drawing, not a clinical fact, so focus_views.csv has no
`source` column. A row without a box is the whole body; every box lies inside every view's
viewBox, since the map shows the same box of each view side by side."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dashapp.domain.body.geometry import View, read_rows, row_error

COLUMNS = ("id", "label", "box", "min_scale")
WHOLE = "whole"  # the whole body: the view the map opens in, and its way back


@dataclass(frozen=True)
class FocusView:
    """A named box [x, y, width, height] in body units, drawn at least `min_scale` px per unit."""

    id: str
    label: str
    box: tuple[float, float, float, float] | None
    min_scale: float | None


def _numbers(text: str) -> list[float] | None:
    try:
        return [float(part) for part in text.split()]
    except ValueError:
        return None


def _box_problem(box: list[float] | None, views: Iterable[View]) -> str | None:
    """Why a box is not usable, or None."""
    if box is None or len(box) != 4:
        return "box must be four numbers: x y width height"
    x, y, w, h = box
    if w <= 0 or h <= 0:
        return "box width and height must be positive"
    for view in views:
        vx, vy, vw, vh = (float(n) for n in view.view_box.split())
        if x < vx or y < vy or x + w > vx + vw or y + h > vy + vh:
            shown = " ".join(f"{n:g}" for n in box)
            return f"box {shown} leaves the {view.view} viewBox {view.view_box}"
    return None


def load_focus_views(path: Path, views: Iterable[View]) -> tuple[FocusView, ...]:
    """Load and validate focus_views.csv against the views' viewBoxes, in the file's order."""
    views = tuple(views)
    found: list[FocusView] = []
    for n, row in enumerate(read_rows(path, COLUMNS), start=1):
        where = f"row {n} (id {row['id']!r})"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", row["id"]):
            raise row_error(path, where, "id must be snake_case")
        if any(f.id == row["id"] for f in found):
            raise row_error(path, where, "duplicate id")
        if not row["label"]:
            raise row_error(path, where, "empty label")
        box = None
        if row["box"]:
            numbers = _numbers(row["box"])
            problem = _box_problem(numbers, views)
            if problem:
                raise row_error(path, where, problem)
            box = tuple(numbers)
        scale = _numbers(row["min_scale"]) if row["min_scale"] else []
        if scale is None or len(scale) > 1 or (scale and scale[0] <= 0):
            raise row_error(path, where, f"min_scale {row['min_scale']!r} is not a positive number")
        found.append(FocusView(row["id"], row["label"], box, scale[0] if scale else None))
    if not any(f.id == WHOLE and f.box is None for f in found):
        raise row_error(path, "rows", f"no {WHOLE!r} row without a box (the whole body)")
    return tuple(found)
