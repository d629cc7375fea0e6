"""Build the muscle layer (data/geometry/muscles.csv) from the outlines in muscles.toml."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shapely
from curves import closed_spline, mirror
from outline import GRID, path_d
from shapely.geometry import LineString, Polygon

# On the front view the viewer's left half is the patient's right; on the back view, the left.
NEAR_SIDE = {"front": "right", "back": "left"}
OTHER = {"right": "left", "left": "right"}
OTHER_VIEW = {"front": "back", "back": "front"}
DEPTHS = ("superficial", "deep")
INSIDE_TOLERANCE = 0.005  # share of an outline (at least 1 unit²) allowed outside the figure
SIMPLIFY = 0.03


@dataclass(frozen=True)
class Muscle:
    """One muscle outline on one view and side."""

    id: str
    muscle: str
    view: str
    side: str
    label: str
    depth: str
    order: int
    polygon: Polygon


def _polygon(points: list[tuple[float, float]], where: str) -> Polygon:
    line = LineString([*points, points[0]]).simplify(SIMPLIFY)
    poly = shapely.set_precision(Polygon(line.coords), GRID)
    if not isinstance(poly, Polygon) or poly.is_empty or not poly.is_valid:
        raise ValueError(f"{where}: the outline is not a single valid polygon")
    return shapely.geometry.polygon.orient(poly, sign=1.0)


def muscles(spec: dict[str, Any], view: str, outline: Polygon) -> list[Muscle]:
    """Every muscle of one view, both sides, in keyboard order; checks each lies inside."""
    entries = spec.get(view, [])
    keys = [e["muscle"] for e in entries]
    out: list[Muscle] = []
    for entry in entries:
        key, depth = entry["muscle"], entry["depth"]
        if depth not in DEPTHS:
            raise ValueError(f"{view} {key}: depth {depth!r} is not one of {DEPTHS}")
        if keys.count(key) > 1:
            raise ValueError(f"{view}: muscle {key!r} is listed twice")
        on_both = key in {e["muscle"] for e in spec.get(OTHER_VIEW[view], [])}
        if any(float(p[0]) >= 200 for p in entry["points"]):
            raise ValueError(f"{view} {key}: draw the outline on the viewer's left (x < 200)")
        # a curve hugging the midline may swing a little past it; the two sides meet there
        near = [(min(x, 199.9), y) for x, y in closed_spline(entry["points"], 1.0)]
        shapes = {NEAR_SIDE[view]: near, OTHER[NEAR_SIDE[view]]: [mirror(p) for p in near]}
        for side in ("right", "left"):
            mid = f"{side}_{key}" + (f"_{view}" if on_both else "")
            poly = _polygon(shapes[side], f"{view} {mid}")
            outside = poly.difference(outline).area
            if outside > max(1.0, INSIDE_TOLERANCE * poly.area):
                raise ValueError(f"{view} {mid}: {outside:.1f} units² lie outside the figure")
            label = entry["label"].format(Side=side.title())
            out.append(Muscle(mid, key, view, side, label, depth, len(out) + 1, poly))
    return out


def muscle_row(m: Muscle) -> dict[str, object]:
    """One muscles.csv row."""
    return {
        "id": m.id,
        "muscle": m.muscle,
        "view": m.view,
        "side": m.side,
        "label": m.label,
        "depth": m.depth,
        "order": m.order,
        "path": path_d(m.polygon),
        "area": f"{m.polygon.area:.1f}",
    }


def describe(items: list[Muscle]) -> str:
    """A one-line summary for the build log."""
    deep = sum(m.depth == "deep" for m in items)
    return f"{len(items)} outlines, {len({m.muscle for m in items})} muscles, {deep} deep"
