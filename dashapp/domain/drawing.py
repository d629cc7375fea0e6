"""Freehand pain drawing: strokes in body coordinates, kept beside the region marks.

A stroke is what a finger, pen or mouse drew in one movement on one view: the points it went
through, in that view's drawing units (the viewBox, 0-400 across and 0-1000 down), not in
screen pixels, so it lands on the same skin at any zoom and on any screen. A brush stroke
carries the intensity and qualities chosen when it was drawn; an eraser stroke takes away what
was drawn before it on its view. The strokes are kept as drawn (undo and redo work on them);
the shapes they make are computed from them (domain/body/drawn.py).

`check_stroke` is the one reader of a stroke from outside (the browser, the JSON import, the
store); it refuses what cannot be kept with a ChartProblem whose part is "drawing".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dashapp.domain.chart_rules import ChartProblem, check_intensity, check_qualities

TOOLS = ("brush", "eraser")
# Brush sizes offered on screen, in drawing units across (the body is about 400 wide).
BRUSH_SIZES: dict[str, float] = {"small": 6.0, "medium": 12.0, "large": 24.0}
MIN_WIDTH, MAX_WIDTH = 2.0, 60.0
MAX_POINTS = 2000  # per stroke
MAX_STROKES = 500  # per chart
VIEW_BOX = (0.0, 0.0, 400.0, 1000.0)  # every view is drawn in the same box
DIGITS = 1  # points are kept to a tenth of a unit (under 0.1 mm on a printed A4 map)


@dataclass(frozen=True)
class Stroke:
    """One movement of the finger, pen or mouse on one view."""

    view: str
    points: tuple[tuple[float, float], ...]
    width: float = BRUSH_SIZES["medium"]
    tool: str = "brush"
    intensity: int | None = None
    qualities: tuple[str, ...] = ()

    @property
    def erases(self) -> bool:
        return self.tool == "eraser"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "view": self.view,
            "tool": self.tool,
            "width": self.width,
            "points": [[x, y] for x, y in self.points],
        }
        if not self.erases:
            data["intensity"] = self.intensity
            data["qualities"] = list(self.qualities)
        return data


def check_stroke(data: Any, views: Iterable[str] = ("front", "back")) -> Stroke:
    """A stroke from its JSON form, or ChartProblem("drawing", ...) naming what is wrong."""
    if not isinstance(data, Mapping):
        raise _problem(data, "A drawn stroke must be an object")
    view, tool = data.get("view"), data.get("tool", "brush")
    if not isinstance(view, str) or view not in set(views):
        raise _problem(view, f"A drawn stroke must be on a view of the map, not {view!r}")
    if not isinstance(tool, str) or tool not in TOOLS:
        raise _problem(tool, f"A drawn stroke's tool must be brush or eraser, not {tool!r}")
    width = data.get("width", BRUSH_SIZES["medium"])
    if not _number(width) or not MIN_WIDTH <= width <= MAX_WIDTH:
        raise _problem(
            width, f"A brush must be {MIN_WIDTH:g} to {MAX_WIDTH:g} units wide, not {width!r}"
        )
    points = _points(data.get("points"))
    if tool == "eraser":
        return Stroke(view, points, float(width), tool)
    try:
        intensity = check_intensity(data.get("intensity"))
        qualities = check_qualities(data.get("qualities") or [])
    except ChartProblem as problem:
        # One part for every refusal of a stroke, so callers name the stroke, not a mark.
        what = "intensity" if problem.part == "intensity" else "quality"
        raise _problem(problem.value, f"A drawn stroke's {what}: {problem}") from None
    return Stroke(view, points, float(width), tool, intensity, qualities)


def check_strokes(data: Any, views: Iterable[str] = ("front", "back")) -> tuple[Stroke, ...]:
    """All strokes of a chart, in the order drawn; the first refusal names its stroke (from 0)."""
    if data is None:
        return ()
    if not isinstance(data, list | tuple):
        raise _problem(data, "The drawing must be a list of strokes")
    if len(data) > MAX_STROKES:
        raise _problem(len(data), f"A drawing holds at most {MAX_STROKES} strokes")
    strokes = []
    for n, item in enumerate(data):
        try:
            strokes.append(check_stroke(item, views))
        except ChartProblem as problem:
            problem.index = n
            raise
    return tuple(strokes)


def read_strokes(
    data: Any, views: Iterable[str] = ("front", "back")
) -> tuple[tuple[Stroke, ...], int]:
    """The lenient reading of stored strokes: those that can be read, and how many could not."""
    if not isinstance(data, list | tuple):
        return (), 0 if data is None else 1
    kept = []
    for item in list(data)[:MAX_STROKES]:
        try:
            kept.append(check_stroke(item, views))
        except ChartProblem:
            continue
    return tuple(kept), len(data) - len(kept)


def _points(value: Any) -> tuple[tuple[float, float], ...]:
    if not isinstance(value, list | tuple) or not value:
        raise _problem(value, "A drawn stroke needs at least one point")
    if len(value) > MAX_POINTS:
        raise _problem(len(value), f"A drawn stroke holds at most {MAX_POINTS} points")
    x0, y0, width, height = VIEW_BOX
    points = []
    for point in value:
        if (
            not isinstance(point, list | tuple)
            or len(point) != 2
            or not all(_number(c) for c in point)
        ):
            raise _problem(point, "Each point of a stroke must be two numbers, x and y")
        x, y = point
        if not (x0 <= x <= x0 + width and y0 <= y <= y0 + height):
            raise _problem(point, f"The point ({x:g}, {y:g}) lies outside the drawing")
        points.append((round(float(x), DIGITS), round(float(y), DIGITS)))
    return tuple(points)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _problem(value: Any, message: str) -> ChartProblem:
    return ChartProblem("drawing", value, message)
