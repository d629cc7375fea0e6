"""How well the dermatome maps fit marked areas, and where the two maps disagree."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

import shapely
from shapely.geometry.base import BaseGeometry

from dashapp.domain.body.dermatomes import (
    OVERLAP_THRESHOLD,
    ROOTS,
    SIDES,
    Dermatome,
    dermatome_shape,
)
from dashapp.domain.body.geometry import Region
from dashapp.domain.body.painted import Painted, painted
from dashapp.domain.body.zones import shares_by_region
from dashapp.domain.chart import PainChart


def dermatome_overlaps(
    dermatomes: Iterable[Dermatome],
    regions: Iterable[Region],
    threshold: float = OVERLAP_THRESHOLD,
) -> dict[str, dict[str, float]]:
    """For each dermatome id, the share (0-1) of each same-view region it covers (> threshold)."""
    return shares_by_region(dermatomes, dermatome_shape, regions, threshold)


def best_fitting_root(
    marked_regions: Iterable[str],
    dermatomes: Iterable[Dermatome],
    overlaps: Mapping[str, Mapping[str, float]],
    region_areas: Mapping[str, float],
    map: str = "classic",
) -> list[tuple[str, str, float]]:
    """Rank (root, side, fit) of one map by how well its area matches the marked regions.

    fit is a Jaccard index on areas: the part of the marked regions the root covers, over
    the marked area plus the root's whole area minus that part (1 = the same skin, 0 = none
    shared). A big dermatome only partly marked scores low, as does a marking that spills far
    outside it. Ties keep the order of ROOTS, right before left; roots with no overlap are
    left out.
    """
    on_map = tuple(d for d in dermatomes if d.map == map)
    marked = {r for r in marked_regions if r in region_areas}
    shares = (
        (d, sum(overlaps.get(d.id, {}).get(r, 0.0) * region_areas[r] for r in marked))
        for d in on_map
    )
    return _fit(shares, on_map, sum(region_areas[r] for r in marked))


def painted_root_fit(
    shape: Painted, dermatomes: Iterable[Dermatome], map: str = "classic"
) -> list[tuple[str, str, float]]:
    """best_fitting_root measured on painted shapes (marks and drawing): the Jaccard index of
    the painted area and each root's area, from the shapes themselves.

    Not the same numbers as best_fitting_root on the marked regions: that one counts only the
    overlaps above OVERLAP_THRESHOLD, rounded, as the regions' shares were precomputed."""
    views = shape.by_view()
    on_map = tuple(d for d in dermatomes if d.map == map)
    shares = (
        (d, shapely.intersection(outline, views[d.view]).area)
        for d, outline in zip(on_map, _shapes(on_map), strict=True)
        if d.view in views
    )
    return _fit(shares, on_map, sum(g.area for g in views.values()))


def root_fit(
    chart: PainChart,
    regions: Iterable[Region],
    dermatomes: Iterable[Dermatome],
    overlaps: Mapping[str, Mapping[str, float]],
    region_areas: Mapping[str, float],
    map: str = "classic",
) -> list[tuple[str, str, float]]:
    """The dermatome fit of a whole chart: on its shapes when it has a drawing, else on the
    precomputed overlaps of its marked regions."""
    if chart.strokes:
        return painted_root_fit(painted(chart, regions), dermatomes, map)
    return best_fitting_root(chart.regions, dermatomes, overlaps, region_areas, map)


@lru_cache(maxsize=4)
def _shapes(dermatomes: tuple[Dermatome, ...]) -> tuple[BaseGeometry, ...]:
    return tuple(dermatome_shape(d) for d in dermatomes)


def _fit(
    shares: Iterable[tuple[Dermatome, float]],
    on_map: tuple[Dermatome, ...],
    marked_area: float,
) -> list[tuple[str, str, float]]:
    """(root, side, Jaccard) best first, from each dermatome's share of the marked area, the
    dermatomes of one map (for each root's whole area) and the marked area."""
    shared: dict[tuple[str, str], float] = {}
    size: dict[tuple[str, str], float] = {}
    for d, share in shares:
        shared[(d.root, d.side)] = shared.get((d.root, d.side), 0.0) + share
    for d in on_map:
        size[(d.root, d.side)] = size.get((d.root, d.side), 0.0) + d.area
    return _ranked(shared, size, marked_area)


def _ranked(
    shared: Mapping[tuple[str, str], float],
    size: Mapping[tuple[str, str], float],
    marked_area: float,
) -> list[tuple[str, str, float]]:
    """(root, side, Jaccard) best first, from shared areas, root sizes and the marked area."""
    if not marked_area:
        return []
    ranked = []
    for key, inter in shared.items():
        inter = min(inter, marked_area, size[key])
        if inter > 0:
            ranked.append((*key, round(inter / (marked_area + size[key] - inter), 4)))
    order = {s: i for i, s in enumerate((*SIDES, "midline"))}
    return sorted(ranked, key=lambda t: (-t[2], ROOTS.index(t[0]), order[t[1]]))


def dominant_roots(
    dermatomes: Iterable[Dermatome],
    overlaps: Mapping[str, Mapping[str, float]],
    map: str,
    min_share: float = 0.25,
) -> dict[str, str]:
    """Region id -> the root covering most of it on one map, if it covers at least min_share."""
    shares: dict[str, dict[str, float]] = {}
    for d in dermatomes:
        if d.map == map:
            for rid, share in overlaps.get(d.id, {}).items():
                per_root = shares.setdefault(rid, {})
                per_root[d.root] = per_root.get(d.root, 0.0) + share
    out = {}
    for rid, per_root in shares.items():
        root = max(per_root, key=lambda r: (per_root[r], -ROOTS.index(r)))
        if per_root[root] >= min_share:
            out[rid] = root
    return out


def maps_disagree(
    dermatomes: Iterable[Dermatome],
    overlaps: Mapping[str, Mapping[str, float]],
    maps: tuple[str, str] = ("classic", "evidence"),
    min_share: float = 0.25,
    include_blank: bool = True,
) -> dict[str, tuple[str | None, str | None]]:
    """Regions the two maps give to different roots: region id -> (root on one, on the other).

    None means the map leaves that region blank (no root covers min_share of it); with
    include_blank=False only regions both maps assign, to different roots, are kept.
    """
    dermatomes = tuple(dermatomes)
    a, b = (dominant_roots(dermatomes, overlaps, m, min_share) for m in maps)
    out = {}
    for rid in sorted(a.keys() | b.keys()):
        pair = (a.get(rid), b.get(rid))
        if pair[0] != pair[1] and (include_blank or None not in pair):
            out[rid] = pair
    return out
