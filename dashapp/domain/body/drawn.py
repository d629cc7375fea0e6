"""The shapes a freehand drawing makes on the body, and how much of each region they cover.

Strokes are replayed in the order drawn, view by view: a brush stroke is its line widened to
the brush (round ends and joins) and clipped to the silhouette; it paints over what lies under
it, so every place drawn has one intensity, the last one drawn there; an eraser stroke takes
away what was drawn before it. Areas are exact (shapely), in drawing units².
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import shapely
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from dashapp.domain.drawing import Stroke

# Curves of a widened stroke are drawn with this many segments per quarter circle.
QUAD_SEGMENTS = 4
# Smaller pieces are what floating point leaves where an eraser meets an edge: points are kept
# to a tenth of a unit, so nothing drawn is smaller than this (units²).
MIN_AREA = 0.01


@dataclass(frozen=True)
class DrawnShape:
    """What is left of the drawing on one view with one intensity and one set of qualities."""

    view: str
    geometry: BaseGeometry
    intensity: int | None
    qualities: tuple[str, ...]

    @property
    def area(self) -> float:
        return self.geometry.area


def stroke_geometry(stroke: Stroke) -> BaseGeometry:
    """The skin one stroke covers: its line widened to the brush."""
    radius = stroke.width / 2
    points = list(dict.fromkeys(stroke.points))
    line = Point(points[0]) if len(points) == 1 else LineString(points)
    return line.buffer(radius, quad_segs=QUAD_SEGMENTS)


def drawn_shapes(
    strokes: Iterable[Stroke], silhouettes: Mapping[str, BaseGeometry]
) -> list[DrawnShape]:
    """The drawing's shapes, one per view, intensity and qualities, largest first."""
    pieces: list[tuple[str, BaseGeometry, int | None, tuple[str, ...]]] = []
    for stroke in strokes:
        body = silhouettes.get(stroke.view)
        if body is None:
            continue
        covered = stroke_geometry(stroke).intersection(body)
        if covered.is_empty:
            continue
        pieces = [
            (view, geometry.difference(covered), i, q)
            if view == stroke.view
            else (view, geometry, i, q)
            for view, geometry, i, q in pieces
        ]
        if not stroke.erases:
            pieces.append((stroke.view, covered, stroke.intensity, stroke.qualities))
    grouped: dict[tuple[str, int | None, tuple[str, ...]], list[BaseGeometry]] = {}
    for view, geometry, intensity, qualities in pieces:
        if not geometry.is_empty:
            grouped.setdefault((view, intensity, qualities), []).append(geometry)
    shapes = [
        DrawnShape(view, shapely.unary_union(parts), intensity, qualities)
        for (view, intensity, qualities), parts in grouped.items()
    ]
    return sorted((s for s in shapes if s.area >= MIN_AREA), key=lambda s: -s.area)


def drawn_area(shapes: Iterable[DrawnShape]) -> float:
    """The drawing's whole area, all views together (shapes never overlap)."""
    return sum(s.area for s in shapes)


def drawn_share(shapes: Iterable[DrawnShape], silhouettes: Mapping[str, BaseGeometry]) -> float:
    """Share (0-1) of the body surface drawn, all views together."""
    total = sum(body.area for body in silhouettes.values())
    return drawn_area(shapes) / total if total else 0.0


def region_cover(
    shapes: Iterable[DrawnShape], regions: Mapping[str, tuple[str, BaseGeometry]]
) -> dict[str, float]:
    """For each region (id -> (view, polygon)) the drawing touches, the share (0-1) it covers."""
    by_view: dict[str, BaseGeometry] = {}
    for shape in shapes:
        by_view[shape.view] = (
            shapely.union(by_view[shape.view], shape.geometry)
            if shape.view in by_view
            else shape.geometry
        )
    cover: dict[str, float] = {}
    for rid, (view, polygon) in regions.items():
        drawn = by_view.get(view)
        if drawn is None or polygon.area <= 0 or not drawn.intersects(polygon):
            continue
        share = drawn.intersection(polygon).area / polygon.area
        if share > 0:
            cover[rid] = min(1.0, share)
    return cover
