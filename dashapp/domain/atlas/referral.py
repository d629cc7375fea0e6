"""Referral patterns as the lookup scores them: per muscle and side, the area of each
surface region covered by its essential and spillover zones."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from dashapp.domain.atlas.load import Atlas
from dashapp.domain.atlas.lookup import Pattern
from dashapp.domain.body.geometry import Region
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.body.zones import ReferralZone, zone_shape


def build_patterns(
    zones: Iterable[ReferralZone],
    zone_areas: Mapping[str, Mapping[str, float]],
    atlas: Atlas,
    regions: Iterable[Region] = (),
) -> tuple[Pattern, ...]:
    """One Pattern per muscle and side, from each zone's area (units²) in each region.

    `zone_areas` is zone id -> region id -> area, unthresholded, so that the pieces of a
    pattern add up to its whole drawn area however the body is cut into regions. Given the
    `regions`, each pattern keeps its zones' shapes too, cut by region, for scoring a freehand
    drawing on its own shapes (a drawn piece meets only the zone pieces of its region)."""
    tiles = {r.id: parse_path(r.path) for r in regions}
    pieces: dict[tuple[str, str], dict[str, dict[str, float]]] = defaultdict(
        lambda: {"essential": defaultdict(float), "spillover": defaultdict(float)}
    )
    shapes: dict[tuple[str, str], list] = defaultdict(list)
    for zone in zones:
        outline = zone_shape(zone) if tiles else None
        for region in zone_areas.get(zone.id, {}) if tiles else ():
            piece = outline.intersection(tiles[region])
            shapes[(zone.muscle, zone.side)].append((zone.kind, region, piece))
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
