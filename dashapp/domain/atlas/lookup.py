"""Reverse lookup: which muscles' referral patterns fit the areas a patient marked?

How a candidate (one muscle on one side) is scored, deterministically:

1. Each marked area r carries a weight w(r) = area(r) x intensity factor, where the factor is
   intensity / 10 (an unrated area counts as 5/10, a 0/10 area as 0.5/10), so large and
   strong areas count more than small and mild ones.
2. The pattern covers a share E(r) of area r with its essential zone and S(r) with its
   spillover zone (fractions of the area's surface, from the drawn zones).
3. **Explained**: the share of the patient's weighted pain that the pattern accounts for,
   sum of w(r) x min(1, E(r) + SPILLOVER_WEIGHT x S(r)) over sum of w(r). The essential zone
   counts fully, the spillover zone half.
4. **Coverage**: the share of the essential zone's surface (over all areas of the body) that
   the patient marked. Its complement is the part of the pattern left unexplained.
5. **Activities**: each reported activity the muscle is known to be aggravated by adds
   ACTIVITY_BONUS, up to MAX_ACTIVITY_BONUS. Activities that do not match never subtract,
   so adding a matching activity can never lower a score.

score = EXPLAINED_WEIGHT x explained + COVERAGE_WEIGHT x coverage + activity bonus.
Candidates that explain nothing are left out; ties break on muscle id, then side.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SPILLOVER_WEIGHT = 0.5
EXPLAINED_WEIGHT = 0.6
COVERAGE_WEIGHT = 0.4
ACTIVITY_BONUS = 0.05
MAX_ACTIVITY_BONUS = 0.15
UNRATED_INTENSITY = 5
MIN_INTENSITY_FACTOR = 0.05
# An area counts as lying in a zone (for the explanation) when the zone covers this much of it.
IN_ZONE = 0.25


@dataclass(frozen=True)
class Pattern:
    """One muscle's referral pattern on one side, as shares of each area it covers."""

    muscle: str
    side: str
    essential: Mapping[str, float]
    spillover: Mapping[str, float]
    activities: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Candidate:
    """A muscle whose pattern fits, with the numbers behind its rank."""

    muscle: str
    side: str
    score: float
    explained: float
    coverage: float
    in_essential: tuple[str, ...]
    in_spillover: tuple[str, ...]
    matched_activities: tuple[str, ...]


def intensity_factor(intensity: int | None) -> float:
    """How much an area's intensity weighs: 0/10 still counts a little, unrated as 5/10."""
    value = UNRATED_INTENSITY if intensity is None else intensity
    return max(value / 10, MIN_INTENSITY_FACTOR)


def score_pattern(
    pattern: Pattern,
    marks: Mapping[str, int | None],
    areas: Mapping[str, float],
    activities: Iterable[str] = (),
) -> Candidate:
    """Score one pattern against the marked areas (see the module docstring)."""
    weights = {r: areas[r] * intensity_factor(i) for r, i in marks.items() if r in areas}
    total = sum(weights.values())
    explained = 0.0
    if total > 0:
        explained = (
            sum(
                w
                * min(
                    1.0,
                    pattern.essential.get(r, 0.0)
                    + SPILLOVER_WEIGHT * pattern.spillover.get(r, 0.0),
                )
                for r, w in weights.items()
            )
            / total
        )
    zone_area = sum(areas.get(r, 0.0) * share for r, share in pattern.essential.items())
    marked_zone = sum(areas.get(r, 0.0) * pattern.essential.get(r, 0.0) for r in weights)
    coverage = marked_zone / zone_area if zone_area > 0 else 0.0
    matched = tuple(sorted(set(activities) & pattern.activities))
    bonus = min(ACTIVITY_BONUS * len(matched), MAX_ACTIVITY_BONUS)
    in_essential = tuple(r for r in marks if pattern.essential.get(r, 0.0) >= IN_ZONE)
    in_spillover = tuple(
        r for r in marks if r not in in_essential and pattern.spillover.get(r, 0.0) >= IN_ZONE
    )
    return Candidate(
        muscle=pattern.muscle,
        side=pattern.side,
        score=round(EXPLAINED_WEIGHT * explained + COVERAGE_WEIGHT * coverage + bonus, 6),
        explained=round(explained, 6),
        coverage=round(coverage, 6),
        in_essential=in_essential,
        in_spillover=in_spillover,
        matched_activities=matched,
    )


def rank(
    patterns: Iterable[Pattern],
    marks: Mapping[str, int | None],
    areas: Mapping[str, float],
    activities: Iterable[str] = (),
    limit: int | None = None,
) -> list[Candidate]:
    """Candidates that explain some of the marked pain, best first."""
    chosen = tuple(activities)
    scored = [score_pattern(p, marks, areas, chosen) for p in patterns]
    fitting = [c for c in scored if c.explained > 0]
    fitting.sort(key=lambda c: (-c.score, c.muscle, c.side))
    return fitting[:limit] if limit is not None else fitting


def explain(
    candidate: Candidate,
    labels: Mapping[str, str],
    activity_labels: Mapping[str, str],
) -> str:
    """Why a candidate fits, in plain words."""
    parts = []
    if candidate.in_essential:
        parts.append(_in_zone(labels, candidate.in_essential, "its main zone"))
    if candidate.in_spillover:
        parts.append(_in_zone(labels, candidate.in_spillover, "its spillover zone"))
    if parts:
        text = "Your " + "; your ".join(parts)
    else:
        text = "It reaches the areas you marked only at their edges"
    if candidate.matched_activities:
        worse = " or ".join(activity_labels.get(a, a).lower() for a in candidate.matched_activities)
        text += f"; worse when {worse} fits"
    return text + "."


def _in_zone(labels: Mapping[str, str], regions: Iterable[str], zone: str) -> str:
    names = [labels.get(r, r).lower() for r in regions]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{joined} {'lies' if len(names) == 1 else 'lie'} in {zone}"
