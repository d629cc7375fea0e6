"""The lookup on a freehand drawing: patterns scored on the painted shapes themselves.

Each painted piece (domain/body/painted.py: part of one region, one intensity) is a cell of
the lookup's formula (domain/atlas/lookup.py): its weight comes from its intensity, its area
is its own, and a pattern's essential and spillover areas in it are the areas of its zones'
shapes (cut by region at load) intersected with the piece; a piece that is a whole marked
region takes the areas measured at load. A chart without a drawing takes the precomputed fast path,
which gives the same scores (tests/unit/domain/atlas/test_painted_lookup.py holds both to it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import shapely

from dashapp.domain.atlas.lookup import (
    MIN_EXPLAINED,
    Candidate,
    Cell,
    Pattern,
    intensity_factor,
    rank,
    score_cells,
)
from dashapp.domain.body.geometry import Region
from dashapp.domain.body.painted import Painted, painted
from dashapp.domain.chart import PainChart


def pattern_cells(patterns: Iterable[Pattern], shape: Painted) -> list[list[Cell]]:
    """For each pattern, in order, the painted pieces as cells of its score (none for a
    pattern reaching no piece). A piece that is a whole region takes the pattern's areas
    measured at load; any other meets the pattern's zone pieces of its region (Pattern.zones)."""
    patterns, pieces = tuple(patterns), shape.pieces
    in_region: dict[str, list[tuple[int, str, Any]]] = {}
    for n, pattern in enumerate(patterns):
        for kind, region, geometry in pattern.zones:
            in_region.setdefault(region, []).append((n, kind, geometry))
    pairs = [
        (n, kind, q, geometry)
        for q, piece in enumerate(pieces)
        if not piece.whole
        for n, kind, geometry in in_region.get(piece.region, ())
    ]
    if pairs:  # only pairs whose bounding boxes meet are worth intersecting
        a = shapely.bounds([p[3] for p in pairs])
        b = shapely.bounds([pieces[p[2]].geometry for p in pairs])
        meet = (
            (a[:, 0] <= b[:, 2])
            & (b[:, 0] <= a[:, 2])
            & (a[:, 1] <= b[:, 3])
            & (b[:, 1] <= a[:, 3])
        )
        pairs = [pair for pair, ok in zip(pairs, meet, strict=True) if ok]
    areas = shapely.area(
        shapely.intersection([p[3] for p in pairs], [pieces[p[2]].geometry for p in pairs])
    )
    # pattern -> piece -> [essential, spillover] area
    inside: list[dict[int, list[float]]] = [{} for _ in patterns]
    for (n, kind, q, _), area in zip(pairs, areas, strict=True):
        sums = inside[n].setdefault(q, [0.0, 0.0])
        sums[0 if kind == "essential" else 1] += float(area)
    for n, pattern in enumerate(patterns):
        for q, piece in enumerate(pieces):
            if piece.whole:
                got = (
                    pattern.essential.get(piece.region, 0.0),
                    pattern.spillover.get(piece.region, 0.0),
                )
                if any(got):
                    inside[n][q] = list(got)
    return [
        []
        if not inside[n]  # reaches no painted piece: explains nothing, so never ranked
        else [
            Cell(
                piece.region,
                intensity_factor(piece.intensity),
                piece.area,
                *inside[n].get(q, (0.0, 0.0)),
            )
            for q, piece in enumerate(pieces)
        ]
        for n in range(len(patterns))
    ]


def rank_painted(
    patterns: Iterable[Pattern],
    shape: Painted,
    activities: Iterable[str] = (),
    limit: int | None = None,
) -> list[Candidate]:
    """Candidates that explain some of the painted pain, best first (as lookup.rank)."""
    patterns, chosen = tuple(patterns), tuple(activities)
    cells = pattern_cells(patterns, shape)
    scored = [score_cells(p, c, chosen) for p, c in zip(patterns, cells, strict=True) if c]
    fitting = [c for c in scored if c.explained >= MIN_EXPLAINED]
    fitting.sort(key=lambda c: (-c.score, c.muscle, c.side))
    return fitting[:limit] if limit is not None else fitting


def rank_chart(
    patterns: Iterable[Pattern],
    chart: PainChart,
    regions: Iterable[Region],
    areas: Mapping[str, float],
    activities: Iterable[str] | None = None,
    limit: int | None = None,
) -> list[Candidate]:
    """The lookup for a whole chart: on its shapes when it has a drawing, else on the
    precomputed region sums. `activities` defaults to the chart's own."""
    chosen = chart.activities if activities is None else tuple(activities)
    if chart.strokes:
        return rank_painted(patterns, painted(chart, regions), chosen, limit)
    marks = {m.region: m.intensity for m in chart.marks}
    return rank(patterns, marks, areas, chosen, limit)
