"""Build the referral zones and trigger-point markers from referral.toml.

Each muscle's shapes are drawn on the viewer's left half of a view (see referral.toml), merged
per kind and view, mirrored for the other side, clipped to that view's silhouette and written
to data/geometry/referral_zones.csv and trigger_points.csv.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import shapely
from curves import closed_spline, mirror, spline
from outline import GRID, VIEWS, _num
from shapely.geometry import MultiPolygon, Point, Polygon

NEAR_SIDE = {"front": "right", "back": "left"}
OTHER = {"right": "left", "left": "right"}
KINDS = ("essential", "spillover")
SIMPLIFY = 0.05
MIN_PART = 2.0  # pieces smaller than this (units²) left over by clipping are dropped
TP_MARGIN = 1.0  # a trigger point sits at least this far inside the silhouette

Geometry = Polygon | MultiPolygon


@dataclass(frozen=True)
class Zone:
    """One referral zone: a muscle's essential or spillover area on one view and side."""

    id: str
    muscle: str
    side: str
    kind: str
    view: str
    shape: Geometry
    note: str
    source: str


@dataclass(frozen=True)
class TriggerPoint:
    """One trigger-point marker on one view and side."""

    id: str
    muscle: str
    tp: str
    side: str
    view: str
    x: float
    y: float
    label: str
    note: str
    source: str


def band(points: Sequence[Sequence[float]], spacing: float = 1.5) -> Polygon:
    """A smooth strip along a spline through [x, y, half_width] points."""
    centre = spline([(p[0], p[1]) for p in points], spacing)
    # half-widths are interpolated by the share of length walked, along the control polygon
    marks = [0.0]
    for a, b in zip(points, points[1:], strict=False):
        marks.append(marks[-1] + math.dist(a[:2], b[:2]))
    steps = [0.0] + [math.dist(a, b) for a, b in zip(centre, centre[1:], strict=False)]
    walked, total, radii = 0.0, sum(steps), []
    for step in steps:
        walked += step
        t = walked / total * marks[-1]
        i = max(0, min(len(marks) - 2, bisect.bisect_right(marks, t) - 1))
        f = min(1.0, max(0.0, (t - marks[i]) / (marks[i + 1] - marks[i])))
        radii.append(points[i][2] + f * (points[i + 1][2] - points[i][2]))
    discs = [Point(p).buffer(r, quad_segs=12) for p, r in zip(centre, radii, strict=True)]
    hulls = [a.union(b).convex_hull for a, b in zip(discs, discs[1:], strict=False)]
    return shapely.unary_union(hulls)


def blob(points: Sequence[Sequence[float | str]]) -> Polygon:
    """A closed smooth curve through the points (tips tagged "c" stay sharp)."""
    return Polygon(closed_spline(points, 1.0)).buffer(0)


def shape_of(entry: dict[str, Any], where: str) -> Polygon:
    """The polygon of one [[zones]] entry."""
    if ("blob" in entry) == ("band" in entry):
        raise ValueError(f"{where}: give exactly one of blob or band")
    poly = blob(entry["blob"]) if "blob" in entry else band(entry["band"])
    if poly.is_empty or not poly.is_valid:
        raise ValueError(f"{where}: the shape is empty or invalid")
    return poly


def mirrored(geom: Geometry) -> Geometry:
    """Reflect a geometry across the midline x = 200."""
    return shapely.affinity.scale(geom, xfact=-1.0, yfact=1.0, origin=(200.0, 0.0))


def tidy(geom: shapely.Geometry) -> Geometry:
    """Simplify, snap to the output grid, drop crumbs; always a (Multi)Polygon, maybe empty."""
    geom = shapely.set_precision(geom.simplify(SIMPLIFY), GRID)
    parts = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon)]
    parts = [shapely.geometry.polygon.orient(g, 1.0) for g in parts if g.area >= MIN_PART]
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def rings_d(geom: Geometry) -> str:
    """SVG path data for every ring of a (Multi)Polygon: absolute M/L/Z, one decimal."""
    out = []
    for poly in getattr(geom, "geoms", [geom]):
        for ring in (poly.exterior, *poly.interiors):
            pts = [f"{_num(x)} {_num(y)}" for x, y in list(ring.coords)[:-1]]
            out.append("M" + pts[0] + "L" + " ".join(pts[1:]) + "Z")
    return " ".join(out)


def zones(spec: dict[str, Any], outlines: dict[str, Polygon]) -> list[Zone]:
    """Every zone of every muscle, both sides, clipped; spillover excludes the essential zone."""
    out: list[Zone] = []
    for key, m in spec["muscles"].items():
        merged: dict[tuple[str, str], Geometry] = {}
        for n, entry in enumerate(m.get("zones", []), start=1):
            where = f"{key} zone {n}"
            if entry["kind"] not in KINDS or entry["view"] not in VIEWS:
                raise ValueError(f"{where}: kind/view {entry['kind']!r}/{entry['view']!r}")
            slot = (entry["kind"], entry["view"])
            shape = shape_of(entry, where)
            merged[slot] = merged[slot].union(shape) if slot in merged else shape
        for side in ("right", "left"):
            essential: dict[str, Geometry] = {}
            for kind in KINDS:
                for view in VIEWS:
                    if (kind, view) not in merged:
                        continue
                    raw = merged[kind, view]
                    raw = raw if NEAR_SIDE[view] == side else mirrored(raw)
                    geom = raw.intersection(outlines[view])
                    if kind == "spillover" and view in essential:
                        geom = geom.difference(essential[view])
                    geom = tidy(geom)
                    zid = f"{side}_{key}_{kind}_{view}"
                    if geom.is_empty:
                        raise ValueError(f"{zid}: nothing left inside the silhouette")
                    if kind == "essential":
                        essential[view] = geom
                    note = m.get(f"{kind}_note", "")
                    out.append(Zone(zid, key, side, kind, view, geom, note, m["source"]))
            if not essential:
                raise ValueError(f"{key}: no essential zone")
    return out


def trigger_points(spec: dict[str, Any], outlines: dict[str, Polygon]) -> list[TriggerPoint]:
    """Every trigger-point marker, both sides; each must lie well inside the silhouette."""
    out: list[TriggerPoint] = []
    for key, m in spec["muscles"].items():
        tps = m.get("trigger_points", [])
        if not tps:
            raise ValueError(f"{key}: no trigger points")
        for side in ("right", "left"):
            for tp in tps:
                view = tp["view"]
                x, y = (float(v) for v in tp["at"])
                x, y = (x, y) if NEAR_SIDE[view] == side else mirror((x, y))
                tid, at, outline = f"{side}_{key}_{tp['tp']}", Point(x, y), outlines[view]
                if not outline.contains(at) or outline.exterior.distance(at) < TP_MARGIN:
                    raise ValueError(f"{tid}: ({x}, {y}) is not inside the {view} silhouette")
                label = f"{m['name']}: trigger point {tp['tp'].removeprefix('tp')}"
                out.append(
                    TriggerPoint(
                        tid, key, tp["tp"], side, view, x, y, label, tp.get("note", ""), m["source"]
                    )
                )
    return out


def zone_row(z: Zone) -> dict[str, object]:
    """One referral_zones.csv row."""
    return {
        "id": z.id,
        "muscle": z.muscle,
        "side": z.side,
        "kind": z.kind,
        "view": z.view,
        "path": rings_d(z.shape),
        "area": f"{z.shape.area:.1f}",
        "note": z.note,
        "source": z.source,
    }


def trigger_point_row(t: TriggerPoint) -> dict[str, object]:
    """One trigger_points.csv row."""
    return {
        "id": t.id,
        "muscle": t.muscle,
        "tp": t.tp,
        "side": t.side,
        "view": t.view,
        "x": _num(t.x),
        "y": _num(t.y),
        "label": t.label,
        "note": t.note,
        "source": t.source,
    }


def off_muscle(tps: list[TriggerPoint], layer: dict[tuple[str, str, str], Polygon]) -> list[str]:
    """Trigger points that fall outside their own muscle's outline where it is drawn."""
    far = []
    for t in tps:
        outline = layer.get((t.view, t.muscle, t.side))
        if outline is not None and outline.distance(Point(t.x, t.y)) > 1.0:
            far.append(f"{t.id} ({outline.distance(Point(t.x, t.y)):.1f} away)")
    return far


def describe(zs: list[Zone], tps: list[TriggerPoint]) -> str:
    """A one-line summary for the build log."""
    parts = sum(len(getattr(z.shape, "geoms", [z.shape])) for z in zs)
    return (
        f"{len(zs)} zones ({sum(z.kind == 'essential' for z in zs)} essential, {parts} parts) "
        f"for {len({z.muscle for z in zs})} muscles; {len(tps)} trigger points"
    )
