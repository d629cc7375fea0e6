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
from shapely.geometry import LineString, MultiPolygon, Point
from shapely.geometry.base import BaseGeometry

from dashapp.domain.drawing import Stroke

# A stroke is widened in runs of this many segments (see stroke_geometry).
RUN = 8
# Curves of a widened stroke are drawn with this many segments per quarter circle: with 8, a
# dot's area is 0.65 % short of its circle's (with 4 it would be 2.6 %).
QUAD_SEGMENTS = 8
# Smaller pieces are what floating point leaves where an eraser meets an edge: points are kept
# to a tenth of a unit, so nothing drawn is smaller than this (units²).
MIN_AREA = 0.01
# A shape lies on a region when it covers this share of it, or the region holds this share of
# the shape (so a small dot lies on the region it is in, and a brush's edge over a border does
# not). The chart's words name these regions, and the warning questions read them.
MIN_COVER = 0.02
MIN_OF_SHAPE = 0.10


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
    # Only a point repeated in a row is dropped: a scribble may come back to where it was.
    points = [p for n, p in enumerate(stroke.points) if n == 0 or p != stroke.points[n - 1]]
    if len(points) == 1:
        return Point(points[0]).buffer(radius, quad_segs=QUAD_SEGMENTS)
    # Widened in short runs and joined: a scribble crossing itself many times costs GEOS
    # a hundred times more as one line. Round caps where runs meet cover the round join.
    runs = [LineString(points[n : n + RUN + 1]) for n in range(0, len(points) - 1, RUN)]
    return shapely.unary_union(shapely.buffer(runs, radius, quad_segs=QUAD_SEGMENTS))


def drawn_shapes(
    strokes: Iterable[Stroke], silhouettes: Mapping[str, BaseGeometry]
) -> list[DrawnShape]:
    """The drawing's shapes, one per view, intensity and qualities, largest first."""
    # Replayed backwards: a place belongs to the last stroke drawn over it, so each stroke
    # keeps what no later stroke on its view covered (two operations a stroke, however many
    # intensities and qualities the drawing uses).
    later: dict[str, BaseGeometry] = {}
    kept: dict[tuple[str, int | None, tuple[str, ...]], list[BaseGeometry]] = {}
    for stroke in reversed(list(strokes)):
        body = silhouettes.get(stroke.view)
        if body is None:
            continue
        covered = stroke_geometry(stroke).intersection(body)
        if covered.is_empty:
            continue
        above = later.get(stroke.view)
        if not stroke.erases:
            visible = covered if above is None else covered.difference(above)
            key = (stroke.view, stroke.intensity, stroke.qualities)
            kept.setdefault(key, []).append(visible)
        later[stroke.view] = covered if above is None else shapely.union(above, covered)
    pieces = {key: shapely.unary_union(parts) for key, parts in kept.items()}
    shapes = [
        DrawnShape(view, _solid(geometry), intensity, qualities)
        for (view, intensity, qualities), geometry in pieces.items()
    ]
    return sorted((s for s in shapes if s.area >= MIN_AREA), key=lambda s: -s.area)


def _solid(geometry: BaseGeometry) -> BaseGeometry:
    """The polygons of the geometry, without the slivers that rounding leaves."""
    parts = shapely.get_parts(geometry)
    kept = [p for p in parts if p.geom_type == "Polygon" and p.area >= MIN_AREA]
    if len(kept) == len(parts):
        return geometry
    return MultiPolygon(kept) if len(kept) != 1 else kept[0]


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


def regions_under(shape: DrawnShape, regions: Mapping[str, tuple[str, BaseGeometry]]) -> list[str]:
    """The regions (id -> (view, polygon)) one drawn shape lies on, most covered first."""
    cover = region_cover([shape], regions)
    under = [
        rid
        for rid, share in cover.items()
        if share >= MIN_COVER or share * regions[rid][1].area >= MIN_OF_SHAPE * shape.area
    ]
    return sorted(under, key=lambda rid: -cover[rid])
