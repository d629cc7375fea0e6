"""SVG path data to shapely polygons: one closed subpath of M, L, H, V, C, Q and Z commands."""

from __future__ import annotations

import re
from itertools import pairwise

import shapely
from shapely.geometry import Polygon

CURVE_STEPS = 16  # straight pieces per Bezier segment when flattening

_TOKEN = re.compile(r"[MmLlHhVvCcQqZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "Q": 4}


def _bezier(points: list[complex]) -> list[tuple[float, float]]:
    """Flatten a quadratic or cubic Bezier (start point first), dropping the start point."""
    out = []
    for i in range(1, CURVE_STEPS + 1):
        pts = points
        while len(pts) > 1:  # de Casteljau
            pts = [a + i / CURVE_STEPS * (b - a) for a, b in pairwise(pts)]
        out.append((pts[0].real, pts[0].imag))
    return out


def parse_path(d: str) -> Polygon:
    """Parse an SVG path of one closed subpath (M, L, H, V, C, Q, Z; absolute or relative)."""
    junk = _TOKEN.sub(" ", d).replace(",", " ").split()
    if junk or not d.strip():
        raise ValueError(f"path has unexpected text {junk[0]!r}" if junk else "path is empty")
    tokens, pts, cmd, i, closed, x, y = _TOKEN.findall(d), [], "", 0, False, 0.0, 0.0
    while i < len(tokens):
        if tokens[i].isalpha():
            cmd, i = tokens[i], i + 1
            if closed or (cmd in "Mm" and pts):
                raise ValueError("path continues after Z" if closed else "path has two subpaths")
            closed = cmd in "Zz"
            continue
        if not cmd or closed:
            raise ValueError("path continues after Z" if closed else "path must start with M")
        n = _ARITY[cmd.upper()]
        args = [float(t) for t in tokens[i : i + n] if not t.isalpha()]
        if len(args) < n:
            raise ValueError(f"path command {cmd} needs {n} numbers")
        i, ox, oy = i + n, *((x, y) if cmd.islower() and pts else (0.0, 0.0))
        if cmd in "Hh":
            x = args[0] + ox
        elif cmd in "Vv":
            y = args[0] + oy
        else:
            ctrl = [(args[k] + ox, args[k + 1] + oy) for k in range(0, n, 2)]
            pts.extend(
                _bezier([complex(*p) for p in [(x, y), *ctrl]])[:-1] if cmd in "CcQq" else []
            )
            x, y = ctrl[-1]
        pts.append((x, y))
        cmd = {"M": "L", "m": "l"}.get(cmd, cmd)  # more pairs after M are line-tos
    if not closed:
        raise ValueError("path is not closed (it has no Z)")
    poly = Polygon(pts) if len(set(pts)) >= 3 else Polygon()
    if poly.is_empty or not poly.is_valid:
        reason = shapely.is_valid_reason(poly) if not poly.is_empty else "too few points"
        raise ValueError(f"path is not a valid polygon ({reason})")
    return poly


def shape_path(shape: shapely.Geometry, digits: int = 1) -> str:
    """Shapely polygons back to SVG path data, every ring closed; fill it even-odd so that
    holes stay holes. Other kinds of geometry (lines, points) are left out."""
    rings = []
    for polygon in shapely.get_parts(shape):
        if isinstance(polygon, Polygon) and not polygon.is_empty:
            for ring in (polygon.exterior, *polygon.interiors):
                points = [f"{x:.{digits}f} {y:.{digits}f}" for x, y in ring.coords[:-1]]
                if len(points) >= 3:
                    rings.append(f"M{points[0]}L" + " ".join(points[1:]) + "Z")
    return "".join(rings)
