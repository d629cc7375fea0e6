"""Cut a view's silhouette into labelled surface regions (see regions.toml)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import shapely
from curves import Frames, mirror, spline
from outline import GRID
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import polygonize

# On the front view the viewer's left half is the patient's right; on the back view, the left.
NEAR_SIDE = {"front": "right", "back": "left"}
OTHER = {"right": "left", "left": "right"}


@dataclass(frozen=True)
class Region:
    """One labelled piece of a view's silhouette."""

    id: str
    view: str
    side: str
    label: str
    area_group: str
    order: int
    polygon: Polygon


def _snap(point: tuple[float, float], outline: Polygon) -> tuple[float, float]:
    coords = shapely.get_coordinates(outline.exterior)
    best = min(coords, key=lambda c: (c[0] - point[0]) ** 2 + (c[1] - point[1]) ** 2)
    return (float(best[0]), float(best[1]))


def cut_lines(
    spec: dict[str, Any], frames: Frames, outline: Polygon, tolerance: float = 0.03
) -> list[LineString]:
    """All cut lines of a view in body coordinates, mirrored where asked and clipped."""
    lines = []
    for cut in spec["cuts"]:
        ctrl = frames.convert(cut.get("frame", "body"), cut["points"])
        for i in (0, -1):
            if len(ctrl[i]) > 2 and ctrl[i][2] == "s":
                ctrl[i] = [*_snap((ctrl[i][0], ctrl[i][1]), outline)]
        pts = [(float(p[0]), float(p[1])) for p in ctrl]
        if cut.get("straight"):
            sampled = pts
        else:
            sampled = spline(pts, 1.0) if len(pts) > 2 else pts
        halves = (
            [sampled]
            if cut.get("mirror", True) is False
            else [sampled, [mirror(p) for p in sampled]]
        )
        for half in halves:
            clipped = LineString(half).simplify(tolerance).intersection(outline)
            if clipped.is_empty:
                raise ValueError(f"cut {cut['name']!r} misses the figure")
            lines.append(clipped)
    return lines


def _seeds(spec: dict[str, Any], view: str, frames: Frames) -> list[dict[str, Any]]:
    """Expand region templates into one entry per side, each with its seed point."""
    near = NEAR_SIDE[view]
    out: list[dict[str, Any]] = []
    for reg in spec["regions"]:
        x, y = frames.to_body(reg.get("frame", "body"), tuple(map(float, reg["seed"])))
        if "{side}" not in reg["id"]:
            out.append({**reg, "side": "midline", "point": (x, y)})
            continue
        pts = {near: (x, y), OTHER[near]: mirror((x, y))}
        for side in ("right", "left"):
            out.append(
                {
                    **reg,
                    "id": reg["id"].format(side=side),
                    "label": reg["label"].format(Side=side.title()),
                    "side": side,
                    "point": pts[side],
                }
            )
    return out


def partition(spec: dict[str, Any], view: str, frames: Frames, outline: Polygon) -> list[Region]:
    """Split the outline along the cuts and name every piece by the one seed it holds."""
    lines = [outline.exterior, *cut_lines(spec, frames, outline)]
    noded = shapely.unary_union(lines, grid_size=GRID)
    faces = [f for f in polygonize(noded.geoms) if outline.contains(f.representative_point())]
    seeds = _seeds(spec, view, frames)
    problems = []
    owner: dict[int, dict[str, Any]] = {}
    for seed in seeds:
        hits = [i for i, f in enumerate(faces) if f.contains(Point(seed["point"]))]
        if len(hits) != 1:
            problems.append(f"seed {seed['id']} at {seed['point']} lies in {len(hits)} pieces")
            continue
        if hits[0] in owner:
            problems.append(f"{seed['id']} and {owner[hits[0]]['id']} share one piece")
        owner[hits[0]] = seed
    for i, face in enumerate(faces):
        if i not in owner:
            p = face.representative_point()
            problems.append(f"unnamed piece near ({p.x:.1f}, {p.y:.1f}), area {face.area:.1f}")
    if problems:
        raise ValueError(f"{view}: " + "; ".join(problems))
    regions = []
    for order, seed in enumerate(seeds, start=1):
        face = next(faces[i] for i, s in owner.items() if s is seed)
        face = shapely.geometry.polygon.orient(face, sign=1.0)
        if face.interiors or not face.is_valid:
            raise ValueError(f"{view}: region {seed['id']} is not a simple polygon")
        regions.append(
            Region(seed["id"], view, seed["side"], seed["label"], seed["area_group"], order, face)
        )
    return regions


def check(outline: Polygon, regions: list[Region]) -> tuple[float, float]:
    """Coverage of the outline and total pairwise overlap, both as fractions of its area."""
    union = shapely.unary_union([r.polygon for r in regions])
    coverage = union.intersection(outline).area / outline.area
    overlap = sum(
        a.polygon.intersection(b.polygon).area
        for a, b in itertools.combinations(regions, 2)
        if a.polygon.bounds[0] <= b.polygon.bounds[2] and b.polygon.bounds[0] <= a.polygon.bounds[2]
    )
    return coverage, overlap / outline.area


def describe(regions: list[Region]) -> str:
    """A one-line summary of sides for the build log."""
    counts = {s: sum(r.side == s for r in regions) for s in ("right", "left", "midline")}
    return ", ".join(f"{k} {v}" for k, v in counts.items())
