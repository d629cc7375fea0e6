"""Where it hurts, as one set of shapes: the marked regions and the freehand drawing together.

A chart says where it hurts in two ways: whole regions marked, and shapes drawn freehand
(domain/body/drawn.py). `painted` puts both into one `Painted`: pieces of geometry, each inside
one region, each with one intensity. Where a mark and the drawing cover the same place it is
counted once, at the higher intensity (a rated intensity beats "not rated yet": it is what the
patient told). Everything measured on a chart (share of the body, the lookup, the dermatome
fit, the change between sessions, the Widespread Pain Index) is measured on these pieces.

Measuring is done on the regions, which tile each view's silhouette exactly (the data check
keeps gaps and overlaps under a few units² of about 148,000); the drawing is clipped to them.
Areas are given in the data's units: a piece's area is scaled by its region's stored area over
the area of its polygon (these differ by under 0.02 %), so a whole marked region measures
exactly the area the region tables hold, whichever way it was painted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import shapely
from shapely.geometry.base import BaseGeometry

from dashapp.domain.body.drawn import MIN_AREA, DrawnShape, drawn_shapes, regions_under
from dashapp.domain.body.geometry import Region, marked_share
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.chart import PainChart


@dataclass(frozen=True)
class Piece:
    """Part of one region painted with one intensity; `area` is in the data's units². `whole`
    says it is the whole region (a mark no drawing overrides), so what was measured on the
    region at load holds for it as it is."""

    region: str
    view: str
    intensity: int | None
    geometry: BaseGeometry
    area: float
    whole: bool = False


@dataclass(frozen=True)
class Painted:
    """A chart's painted pieces; they never overlap."""

    pieces: tuple[Piece, ...] = ()

    @property
    def area(self) -> float:
        return sum(p.area for p in self.pieces)

    def by_view(self) -> dict[str, BaseGeometry]:
        """All painted skin of each view as one shape."""
        grouped: dict[str, list[BaseGeometry]] = {}
        for piece in self.pieces:
            grouped.setdefault(piece.view, []).append(piece.geometry)
        return {view: shapely.unary_union(parts) for view, parts in grouped.items()}

    def painful(self) -> Painted:
        """The pieces not rated 0/10 (unrated ones may hurt, so they stay)."""
        return Painted(tuple(p for p in self.pieces if p.intensity != 0))


@dataclass(frozen=True)
class Surface:
    """The body as shapes: each region's polygon and view, each view's whole surface."""

    regions: Mapping[str, Region]
    polygons: Mapping[str, BaseGeometry]
    views: Mapping[str, BaseGeometry]
    total: float  # all regions' stored area, all views together

    def scale(self, region: str) -> float:
        """Stored area over polygon area for one region (see the module docstring)."""
        polygon = self.polygons[region].area
        return self.regions[region].area / polygon if polygon > 0 else 0.0

    def outlines(self) -> dict[str, tuple[str, BaseGeometry]]:
        """Region id -> (view, polygon), as region_cover takes them."""
        return {rid: (r.view, self.polygons[rid]) for rid, r in self.regions.items()}


@lru_cache(maxsize=8)
def _surface(regions: tuple[Region, ...]) -> Surface:
    polygons = {r.id: parse_path(r.path) for r in regions}
    grouped: dict[str, list[BaseGeometry]] = {}
    for r in regions:
        grouped.setdefault(r.view, []).append(polygons[r.id])
    views = {view: shapely.unary_union(parts) for view, parts in grouped.items()}
    total = sum(r.area for r in regions)
    return Surface({r.id: r for r in regions}, polygons, views, total)


def surface(regions: Iterable[Region]) -> Surface:
    """The regions as shapes, built once per set of regions."""
    return _surface(tuple(regions))


def outranks(drawn: int | None, marked: int | None) -> bool:
    """Whether a drawn intensity is higher than a mark's (rated beats not rated yet)."""
    return _rank(drawn) > _rank(marked)


def _rank(intensity: int | None) -> int:
    return -1 if intensity is None else intensity


def paint(marks: Mapping[str, int | None], shapes: Iterable[DrawnShape], body: Surface) -> Painted:
    """The painted pieces of these marks (region -> intensity) and drawn shapes: the marked
    regions' first, in the order marked, then the rest in the regions' order."""
    shapes = [s for s in shapes if s.view in body.views]
    ids = list(body.regions)
    tiles = [body.polygons[rid] for rid in ids]
    drawn: dict[str, list[tuple[BaseGeometry, int | None]]] = {}
    if shapes:
        si, ri = shapely.STRtree(tiles).query([s.geometry for s in shapes], "intersects")
        for i, j in zip(si, ri, strict=True):
            if shapes[i].view == body.regions[ids[j]].view:
                part = shapes[i].geometry.intersection(tiles[j])
                if part.area >= MIN_AREA:
                    drawn.setdefault(ids[j], []).append((part, shapes[i].intensity))
    pieces: list[Piece] = []
    marked = [rid for rid in marks if rid in body.regions]
    for rid in marked + [rid for rid in ids if rid not in marks]:
        parts = drawn.get(rid, [])
        if rid in marks:
            mark = marks[rid]
            parts = [(g, i) for g, i in parts if outranks(i, mark)]
            if not parts:
                region = body.regions[rid]
                whole = Piece(rid, region.view, mark, body.polygons[rid], region.area, True)
                pieces.append(whole)
                continue
            rest = body.polygons[rid].difference(shapely.unary_union([g for g, _ in parts]))
            parts.append((rest, mark))
        for geometry, intensity in parts:
            area = geometry.area * body.scale(rid)
            if area >= MIN_AREA:
                view = body.regions[rid].view
                pieces.append(Piece(rid, view, intensity, geometry, area))
    return Painted(tuple(pieces))


@lru_cache(maxsize=32)
def _painted(chart: PainChart, regions: tuple[Region, ...]) -> Painted:
    body = _surface(regions)
    marks = {m.region: m.intensity for m in chart.marks if m.region in body.regions}
    return paint(marks, drawn_shapes(chart.strokes, body.views), body)


def painted(chart: PainChart, regions: Iterable[Region]) -> Painted:
    """Where the chart says it hurts, marks and drawing together (kept for recent charts)."""
    return _painted(chart, tuple(regions))


def drawn_on(chart: PainChart, regions: Iterable[Region]) -> dict[str, tuple[str, ...]]:
    """The regions the chart's drawing lies on (drawn.regions_under), each with the qualities
    drawn there (numb, tingling...), in the regions' order: what a mark there would say."""
    return dict(_drawn_on(chart, tuple(regions))) if chart.strokes else {}


@lru_cache(maxsize=32)
def _drawn_on(
    chart: PainChart, regions: tuple[Region, ...]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    body = _surface(regions)
    outlines = body.outlines()
    felt: dict[str, list[str]] = {}
    for shape in drawn_shapes(chart.strokes, body.views):
        for rid in regions_under(shape, outlines):
            felt.setdefault(rid, []).extend(shape.qualities)
    order = [rid for rid in body.regions if rid in felt]
    return tuple((rid, tuple(dict.fromkeys(felt[rid]))) for rid in order)


def painted_share(chart: PainChart, regions: Iterable[Region]) -> float:
    """Share (0-1) of the whole charted surface painted, all views together."""
    regions = tuple(regions)
    if not chart.strokes:
        return marked_share(chart.regions, regions)
    total = _surface(regions).total
    return painted(chart, regions).area / total if total else 0.0


def area_jaccard(a: Painted, b: Painted) -> float:
    """Painted area shared by two charts over the area either paints, views summed; two
    empty charts are alike (1.0)."""
    first, second = a.by_view(), b.by_view()
    shared = union = 0.0
    for view in first.keys() | second.keys():
        one, two = first.get(view), second.get(view)
        if one is None or two is None:
            union += (one if one is not None else two).area
            continue
        shared += one.intersection(two).area
        union += one.union(two).area
    return shared / union if union > 0 else 1.0
