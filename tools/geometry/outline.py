"""Build each view's silhouette from the control points in figure.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import shapely
from curves import Frames, Point, mirror, smooth_with_corners
from shapely.geometry import LineString, Polygon

VIEWS = ("front", "back")
GRID = 0.1  # every output coordinate sits on this grid (one decimal)


def load_toml(path: Path) -> dict[str, Any]:
    """Read a TOML file."""
    with path.open("rb") as fh:
        return tomllib.load(fh)


def half_outline(figure: dict[str, Any], view: str) -> list[Point]:
    """Sampled outline of the viewer's-left half, from the top of the head to the crotch."""
    frames = Frames(figure.get("frames", {}))
    controls: list[list] = []
    for seg in figure["outline"]:
        if view in seg.get("views", VIEWS):
            controls.extend(frames.convert(seg.get("frame", "body"), seg["points"]))
    return smooth_with_corners(controls, figure["spacing"], mirror_start=True)


def silhouette(figure: dict[str, Any], view: str) -> Polygon:
    """The closed, symmetric silhouette of one view, snapped to the output grid."""
    half = half_outline(figure, view)
    if abs(half[0][0] - 200) > 1e-9 or abs(half[-1][0] - 200) > 1e-9:
        raise ValueError(f"{view}: the half outline must start and end on x=200")
    ring = half + [mirror(p) for p in reversed(half[1:-1])]
    line = LineString([*ring, ring[0]]).simplify(figure["simplify"])
    poly = shapely.set_precision(Polygon(line.coords), GRID)
    if not isinstance(poly, Polygon) or not poly.is_valid:
        raise ValueError(f"{view}: the silhouette is not a single valid polygon")
    return shapely.geometry.polygon.orient(poly, sign=1.0)


def _num(v: float) -> str:
    text = f"{v:.1f}"
    return text[:-2] if text.endswith(".0") else text


def path_d(poly: Polygon) -> str:
    """SVG path data (M/L/Z, absolute, one decimal) for a polygon's exterior."""
    coords = list(poly.exterior.coords)[:-1]
    pts = [f"{_num(x)} {_num(y)}" for x, y in coords]
    return "M" + pts[0] + "L" + " ".join(pts[1:]) + "Z"
