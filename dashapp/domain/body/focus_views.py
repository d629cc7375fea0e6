"""Focus views of the body map: named boxes of the drawing a person can zoom to.

They are a way of looking at the drawing, not a clinical fact, so focus_views.csv has no
`source` column. A row without a box is the whole body; every box lies inside every view's
viewBox, since the map shows the same box of each view side by side.

`opens` says where a view opens when a person has marked nothing inside it, or both sides:
`middle` on the box's middle (a face), `right` on the patient's right side when the window
cannot show the whole box (two legs), `one_side` on one side only: the box frames the patient's
right side of the first view and is mirrored for the left side and for a view drawn the other
way round (the back), so a hand is drawn whole on a phone and the other hand is one switch away.
A view opens on the marked side whenever only one side inside it is marked."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dashapp.domain.body.geometry import View, read_rows, row_error

COLUMNS = ("id", "label", "box", "min_scale", "opens")
WHOLE = "whole"  # the whole body: the view the map opens in, and its way back
OPENS = ("middle", "right", "one_side")
ONE_SIDE = "one_side"

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class FocusView:
    """A named box [x, y, width, height] in body units, drawn at least `min_scale` px per unit."""

    id: str
    label: str
    box: Box | None
    min_scale: float | None
    opens: str | None = None


def _numbers(text: str) -> list[float] | None:
    try:
        return [float(part) for part in text.split()]
    except ValueError:
        return None


def _view_box(view: View) -> Box:
    x, y, w, h = (float(n) for n in view.view_box.split())
    return x, y, w, h


def side_box(focus: FocusView, view: View, side: str) -> Box | None:
    """The box a view shows of one side (`right` or `left`, the patient's own).

    A `one_side` box frames the patient's right where the first view draws it; on a view that
    draws the side in the other half (the back, or the left side) it is mirrored about the
    middle of the viewBox. Other boxes are the same for both sides."""
    if focus.box is None or focus.opens != ONE_SIDE:
        return focus.box
    x, y, w, h = focus.box
    vx, _, vw, _ = _view_box(view)
    middle = vx + vw / 2
    mark = view.right_x if side == "right" else view.left_x
    if (mark < middle) == (x + w / 2 < middle):
        return focus.box
    return 2 * vx + vw - x - w, y, w, h


def _box_problem(box: list[float] | None, views: Iterable[View], opens: str) -> str | None:
    """Why a box is not usable, or None."""
    if box is None or len(box) != 4:
        return "box must be four numbers: x y width height"
    x, y, w, h = box
    if w <= 0 or h <= 0:
        return "box width and height must be positive"
    for view in views:
        vx, vy, vw, vh = _view_box(view)
        if x < vx or y < vy or x + w > vx + vw or y + h > vy + vh:
            shown = " ".join(f"{n:g}" for n in box)
            return f"box {shown} leaves the {view.view} viewBox {view.view_box}"
        if opens == ONE_SIDE and x < vx + vw / 2 < x + w:
            return f"a one_side box must lie on one side of the {view.view} view's middle"
    return None


def _opens_problem(opens: str, box: str) -> str | None:
    if not box:
        return f"opens {opens!r} given for a view without a box" if opens else None
    if opens not in OPENS:
        return f"opens {opens!r} must be one of {', '.join(OPENS)}"
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
        problem = _opens_problem(row["opens"], row["box"])
        if problem:
            raise row_error(path, where, problem)
        box = None
        if row["box"]:
            numbers = _numbers(row["box"])
            problem = _box_problem(numbers, views, row["opens"])
            if problem:
                raise row_error(path, where, problem)
            box = tuple(numbers)
        scale = _numbers(row["min_scale"]) if row["min_scale"] else []
        if scale is None or len(scale) > 1 or (scale and scale[0] <= 0):
            raise row_error(path, where, f"min_scale {row['min_scale']!r} is not a positive number")
        opens = row["opens"] or None
        found.append(FocusView(row["id"], row["label"], box, scale[0] if scale else None, opens))
    if not any(f.id == WHOLE and f.box is None for f in found):
        raise row_error(path, "rows", f"no {WHOLE!r} row without a box (the whole body)")
    return tuple(found)
