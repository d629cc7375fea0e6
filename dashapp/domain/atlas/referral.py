"""Referral patterns as the lookup scores them: per muscle and side, the share of each
surface area covered by its essential and spillover zones."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from dashapp.domain.atlas.load import Atlas
from dashapp.domain.atlas.lookup import Pattern
from dashapp.domain.body.zones import ReferralZone


def build_patterns(
    zones: Iterable[ReferralZone],
    overlaps: Mapping[str, Mapping[str, float]],
    atlas: Atlas,
) -> tuple[Pattern, ...]:
    """One Pattern per muscle and side; several zone pieces covering one area add up (to 1)."""
    shares: dict[tuple[str, str], dict[str, dict[str, float]]] = defaultdict(
        lambda: {"essential": defaultdict(float), "spillover": defaultdict(float)}
    )
    for zone in zones:
        covered = shares[(zone.muscle, zone.side)][zone.kind]
        for region, share in overlaps.get(zone.id, {}).items():
            covered[region] = min(1.0, covered[region] + share)
    return tuple(
        Pattern(
            muscle=muscle,
            side=side,
            essential=dict(kinds["essential"]),
            spillover=dict(kinds["spillover"]),
            activities=frozenset(a.id for a in atlas.activities_for(muscle)),
        )
        for (muscle, side), kinds in sorted(shares.items())
    )
