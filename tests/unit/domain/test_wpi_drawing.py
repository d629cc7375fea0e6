"""Which WPI areas a painted drawing reaches: a patch counts where most of it lies, and a
clear part of an area counts it; a sliver over a border does not."""

from __future__ import annotations

from shapely.geometry import Point

from dashapp.domain.body import geometry
from dashapp.domain.body.drawn import DrawnShape
from dashapp.domain.body.painted import paint, surface
from dashapp.domain.wpi import MIN_SHARE, load_wpi_map, painted_hits

REGIONS = geometry.load_surface_regions()
AREAS = geometry.region_areas(REGIONS)
WPI = load_wpi_map(list(AREAS))
BODY = surface(REGIONS)


def hits(*shapes: DrawnShape) -> set[str]:
    return painted_hits(paint({}, shapes, BODY), WPI, AREAS)


def neighbours() -> tuple[str, str]:
    """Two touching regions of one view that count for different WPI areas."""
    for a in sorted(WPI):
        for b in sorted(WPI):
            same_view = BODY.regions[a].view == BODY.regions[b].view
            if same_view and WPI[a] != WPI[b]:
                if BODY.polygons[a].buffer(0.5).intersection(BODY.polygons[b]).area > 5:
                    return a, b
    raise AssertionError("no touching regions in different WPI areas")


def test_a_sliver_over_a_border_does_not_count_the_area_beyond():
    a, b = neighbours()
    view = BODY.regions[a].view
    lapped = BODY.polygons[a].union(BODY.polygons[b].intersection(BODY.polygons[a].buffer(2)))
    spill = BODY.polygons[b].intersection(BODY.polygons[a].buffer(2)).area
    beyond = sum(AREAS[r] for r in WPI if WPI[r] == WPI[b])
    assert 0 < spill < MIN_SHARE * beyond
    assert hits(DrawnShape(view, lapped, 5, ())) == {WPI[a]}


def test_a_small_dot_inside_an_area_counts_it():
    a, _ = neighbours()
    view, polygon = BODY.regions[a].view, BODY.polygons[a]
    dot = Point(polygon.representative_point()).buffer(3)
    assert dot.area < MIN_SHARE * sum(AREAS[r] for r in WPI if WPI[r] == WPI[a])
    assert hits(DrawnShape(view, dot, 4, ())) == {WPI[a]}


def test_paint_rated_zero_counts_nothing():
    a, _ = neighbours()
    assert hits(DrawnShape(BODY.regions[a].view, BODY.polygons[a], 0, ())) == set()
