"""Referral patterns as the lookup scores them: per muscle and side, the area of each
surface region covered by its essential and spillover zones."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from dashapp.domain.atlas.load import Atlas
from dashapp.domain.atlas.lookup import Pattern
from dashapp.domain.body.zones import ReferralZone, zone_shape


def build_patterns(
    zones: Iterable[ReferralZone],
    zone_areas: Mapping[str, Mapping[str, float]],
    atlas: Atlas,
) -> tuple[Pattern, ...]:
    """One Pattern per muscle and side, from each zone's area (units²) in each region.

    `zone_areas` is zone id -> region id -> area, unthresholded, so that the pieces of a
    pattern add up to its whole drawn area however the body is cut into regions. Each pattern
    keeps its zones' shapes too, for scoring a freehand drawing on its own shapes."""
    pieces: dict[tuple[str, str], dict[str, dict[str, float]]] = defaultdict(
        lambda: {"essential": defaultdict(float), "spillover": defaultdict(float)}
    )
    shapes: dict[tuple[str, str], list] = defaultdict(list)
    for zone in zones:
        shapes[(zone.muscle, zone.side)].append((zone.kind, zone.view, zone_shape(zone)))
        covered = pieces[(zone.muscle, zone.side)][zone.kind]
        for region, area in zone_areas.get(zone.id, {}).items():
            covered[region] += area
    return tuple(
        Pattern(
            muscle=muscle,
            side=side,
            essential=dict(kinds["essential"]),
            spillover=dict(kinds["spillover"]),
            activities=frozenset(a.id for a in atlas.activities_for(muscle)),
            zones=tuple(shapes[(muscle, side)]),
        )
        for (muscle, side), kinds in sorted(pieces.items())
    )
