"""Smooth curves for the body chart: centripetal Catmull-Rom splines and limb frames."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

Point = tuple[float, float]

VIEW_WIDTH = 400.0


def mirror(point: Point) -> Point:
    """Reflect a point across the figure's vertical midline (x = 200)."""
    return (VIEW_WIDTH - point[0], point[1])


def _lerp(a: Point, b: Point, ta: float, tb: float, t: float) -> Point:
    if tb == ta:
        return a
    wa, wb = (tb - t) / (tb - ta), (t - ta) / (tb - ta)
    return (wa * a[0] + wb * b[0], wa * a[1] + wb * b[1])


def _segment(p0: Point, p1: Point, p2: Point, p3: Point, spacing: float) -> list[Point]:
    """Sample one centripetal Catmull-Rom segment from p1 to p2 (p2 itself excluded)."""

    def knot(t: float, a: Point, b: Point) -> float:
        return t + max(math.dist(a, b), 1e-6) ** 0.5

    t0 = 0.0
    t1 = knot(t0, p0, p1)
    t2 = knot(t1, p1, p2)
    t3 = knot(t2, p2, p3)
    steps = max(2, math.ceil(math.dist(p1, p2) / spacing))
    out: list[Point] = []
    for i in range(steps):
        t = t1 + (t2 - t1) * i / steps
        a1, a2, a3 = (
            _lerp(p0, p1, t0, t1, t),
            _lerp(p1, p2, t1, t2, t),
            _lerp(p2, p3, t2, t3, t),
        )
        b1, b2 = _lerp(a1, a2, t0, t2, t), _lerp(a2, a3, t1, t3, t)
        out.append(_lerp(b1, b2, t1, t2, t))
    return out


def spline(
    points: Sequence[Point],
    spacing: float = 1.0,
    start_tangent: Point | None = None,
    end_tangent: Point | None = None,
) -> list[Point]:
    """Sample an open Catmull-Rom spline through all points; end tangents are optional phantoms."""
    pts = [tuple(map(float, p)) for p in points]
    if len(pts) < 2:
        raise ValueError("a spline needs at least two points")
    head = start_tangent or (2 * pts[0][0] - pts[1][0], 2 * pts[0][1] - pts[1][1])
    tail = end_tangent or (2 * pts[-1][0] - pts[-2][0], 2 * pts[-1][1] - pts[-2][1])
    ext = [head, *pts, tail]
    out: list[Point] = []
    for i in range(1, len(ext) - 2):
        out.extend(_segment(ext[i - 1], ext[i], ext[i + 1], ext[i + 2], spacing))
    out.append(pts[-1])
    return out


def smooth_with_corners(
    points: Sequence[Sequence[float | str]], spacing: float = 1.0, mirror_start: bool = False
) -> list[Point]:
    """Sample a polyline of control points, restarting the spline at points tagged "c".

    With mirror_start the first point sits on the midline and the curve leaves it
    symmetrically (its phantom predecessor is the mirror of the second point).
    """
    runs: list[list[Point]] = [[]]
    for raw in points:
        p = (float(raw[0]), float(raw[1]))
        runs[-1].append(p)
        if len(raw) > 2 and raw[2] == "c" and len(runs[-1]) > 1:
            runs.append([p])
    runs = [r for r in runs if len(r) > 1]
    out: list[Point] = []
    for i, run in enumerate(runs):
        start = mirror(run[1]) if (mirror_start and i == 0) else None
        sampled = spline(run, spacing, start_tangent=start)
        out.extend(sampled if not out else sampled[1:])
    return out


class Frames:
    """Named limb frames: local (a, d) = (outward offset, distance along the limb)."""

    def __init__(self, spec: Mapping[str, Mapping[str, object]]) -> None:
        self._spec = spec
        self._cache: dict[str, tuple[Point, float]] = {"body": ((0.0, 0.0), float("nan"))}

    def _frame(self, name: str) -> tuple[Point, float]:
        if name not in self._cache:
            spec = self._spec[name]
            parent = str(spec.get("parent", "body"))
            ox, oy = spec["origin"]  # type: ignore[misc]
            origin = self.to_body(parent, (float(ox), float(oy)))
            self._cache[name] = (origin, math.radians(float(spec["angle"])))  # type: ignore[arg-type]
        return self._cache[name]

    def to_body(self, frame: str, p: Point) -> Point:
        """Convert a point given in a frame to body (viewBox) coordinates."""
        if frame == "body":
            return p
        (ox, oy), ang = self._frame(frame)
        a, d = p
        axis = (-math.sin(ang), math.cos(ang))
        outward = (-math.cos(ang), -math.sin(ang))
        return (ox + d * axis[0] + a * outward[0], oy + d * axis[1] + a * outward[1])

    def convert(self, frame: str, points: Sequence[Sequence[float | str]]) -> list[list]:
        """Convert control points (keeping any tag) from a frame to body coordinates."""
        out = []
        for raw in points:
            x, y = self.to_body(frame, (float(raw[0]), float(raw[1])))
            out.append([x, y, *raw[2:]])
        return out


def closed_spline(points: Sequence[Sequence[float | str]], spacing: float = 1.0) -> list[Point]:
    """Sample a closed loop through control points; points tagged "c" become sharp tips.

    Without tags the loop is one periodic Catmull-Rom curve. With tags it is a chain of open
    splines from tip to tip, which is how a muscle belly narrows into its tendon.
    """
    pts = [(float(p[0]), float(p[1])) for p in points]
    tips = [i for i, p in enumerate(points) if len(p) > 2 and p[2] == "c"]
    if len(pts) < 3:
        raise ValueError("a closed curve needs at least three points")
    if not tips:
        ext = [pts[-1], *pts, pts[0], pts[1]]
        out: list[Point] = []
        for i in range(1, len(ext) - 2):
            out.extend(_segment(ext[i - 1], ext[i], ext[i + 1], ext[i + 2], spacing))
        return out
    start = tips[0]
    loop = [*points[start:], *points[:start], points[start]]
    return smooth_with_corners(loop, spacing)[:-1]
