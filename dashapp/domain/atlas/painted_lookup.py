"""The lookup on a freehand drawing: patterns scored on the painted shapes themselves.

Each painted piece (domain/body/painted.py: part of one region, one intensity) is a cell of
the lookup's formula (domain/atlas/lookup.py): its weight comes from its intensity, its area
is its own, and a pattern's essential and spillover areas in it are the areas of its zones'
shapes intersected with the piece. A chart without a drawing takes the precomputed fast path,
which gives the same scores (tests/unit/domain/atlas/test_painted_lookup.py holds both to it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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
    """For each pattern, in order, the painted pieces as cells of its score."""
    patterns = tuple(patterns)
    pieces = shape.pieces
    # zone, piece -> (essential, spillover) area, per pattern
    inside: list[dict[int, list[float]]] = [{} for _ in patterns]
    zones = [(n, kind, view, g) for n, p in enumerate(patterns) for kind, view, g in p.zones]
    if pieces and zones:
        tree = shapely.STRtree([p.geometry for p in pieces])
        zi, pi = tree.query([z[3] for z in zones], predicate="intersects")
        keep = [(z, q) for z, q in zip(zi, pi, strict=True) if zones[z][2] == pieces[q].view]
        areas = shapely.area(
            shapely.intersection(
                [zones[z][3] for z, _ in keep], [pieces[q].geometry for _, q in keep]
            )
        )
        for (z, q), area in zip(keep, areas, strict=True):
            n, kind = zones[z][0], zones[z][1]
            sums = inside[n].setdefault(q, [0.0, 0.0])
            sums[0 if kind == "essential" else 1] += float(area)
    return [
        [
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
    scored = [score_cells(p, c, chosen) for p, c in zip(patterns, cells, strict=True)]
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
