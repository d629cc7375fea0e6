"""Reverse lookup: which muscles' referral patterns fit the areas a patient marked?

Overlap is measured on the drawn shapes, by area, in both directions, so the size of the
regions the map happens to be cut into does not decide the ranking. Regions partition the
body, so the drawing (the union of the marked regions) meets a pattern in the sum of the
pieces precomputed at load: ess(r) and spill(r), the area (units²) of the pattern's
essential and spillover zones lying in region r, of area A(r).

For one candidate (one muscle on one side):

1. The pattern weighs its essential zone fully and its spillover zone at SPILLOVER_WEIGHT:
   m(r) = ess(r) + SPILLOVER_WEIGHT x spill(r), and M = sum of m(r) over the whole body.
2. Each marked region r weighs w(r) = intensity / 10 (unrated as 5/10, 0/10 as 0.5/10), so
   strong pain counts more than mild pain of the same size.
3. **Explained** (how much of the drawing the pattern explains):
   E = sum over marked r of w(r) x m(r), over sum over marked r of w(r) x A(r).
4. **Filled** (how much of the pattern the drawing fills), kept as `coverage`:
   F = sum over marked r of m(r), over M.
5. **Fit**, an F-score (harmonic mean): 2 x E x F / (E + F), 0 when both are 0. A small zone
   lying inside one large marked region fills fully but explains little; a large drawing
   that a pattern explains but hardly fills scores low too. Only an exact match scores 1.
6. **Activities**: each reported activity the muscle is known to be aggravated by adds
   ACTIVITY_BONUS, up to MAX_ACTIVITY_BONUS. Activities that do not match never subtract,
   so adding a matching activity can never lower a score.

score = fit + activity bonus. Candidates explaining less than MIN_EXPLAINED of the drawing
(a zone grazing a marked region's edge) are left out; ties break on muscle id, then side.
Cutting a region in two and marking both halves leaves every sum, so every score, unchanged.

A freehand drawing is scored the same way on its own shapes (domain/atlas/painted_lookup.py):
each piece of a region it paints is a cell with its own weight and area, and ess and spill are
the zones' areas inside that piece. A marked region is the cell that is the whole region, so
the precomputed sums above are the same formula's fast path for charts without a drawing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

SPILLOVER_WEIGHT = 0.5
ACTIVITY_BONUS = 0.05
MAX_ACTIVITY_BONUS = 0.15
UNRATED_INTENSITY = 5
MIN_INTENSITY_FACTOR = 0.05
MIN_EXPLAINED = 0.02
# An area counts as lying in a zone (for the explanation) when the zone covers this much of it.
IN_ZONE = 0.25


@dataclass(frozen=True)
class Pattern:
    """One muscle's referral pattern on one side: the area (units²) of its essential and
    spillover zones lying in each region they reach, by region id."""

    muscle: str
    side: str
    essential: Mapping[str, float]
    spillover: Mapping[str, float]
    activities: frozenset[str] = frozenset()
    # The zones' shapes cut by region, (kind, region id, shape), for scoring a drawing.
    zones: tuple[tuple[str, str, Any], ...] = field(default=(), compare=False, repr=False)

    def weighted(self, region: str) -> float:
        """m(r): the pattern's area in one region, spillover weighed at SPILLOVER_WEIGHT."""
        return self.essential.get(region, 0.0) + SPILLOVER_WEIGHT * self.spillover.get(region, 0.0)

    @property
    def size(self) -> float:
        """M: the pattern's whole weighted area."""
        return sum(self.essential.values()) + SPILLOVER_WEIGHT * sum(self.spillover.values())


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


def fit(explained: float, filled: float) -> float:
    """The harmonic mean of the two directions of overlap (0 when both are 0)."""
    total = explained + filled
    return 2 * explained * filled / total if total > 0 else 0.0


def score_pattern(
    pattern: Pattern,
    marks: Mapping[str, int | None],
    areas: Mapping[str, float],
    activities: Iterable[str] = (),
) -> Candidate:
    """Score one pattern against the marked areas (see the module docstring)."""
    cells = [
        Cell(
            r,
            intensity_factor(i),
            areas[r],
            pattern.essential.get(r, 0.0),
            pattern.spillover.get(r, 0.0),
        )
        for r, i in marks.items()
        if areas.get(r, 0.0) > 0
    ]
    return score_cells(pattern, cells, activities)


@dataclass(frozen=True)
class Cell:
    """One painted piece as the score sees it: its region, weight w, area, and the area of the
    pattern's essential and spillover zones inside it. A marked region is one cell; a drawing
    gives a cell per piece of a region it paints (domain/atlas/painted_lookup.py)."""

    region: str
    weight: float
    area: float
    essential: float
    spillover: float

    @property
    def inside(self) -> float:
        return self.essential + SPILLOVER_WEIGHT * self.spillover


def score_cells(
    pattern: Pattern, cells: Iterable[Cell], activities: Iterable[str] = ()
) -> Candidate:
    """Score one pattern against painted cells: the module docstring's sums, over cells."""
    cells = [c for c in cells if c.area > 0]
    drawn = sum(c.weight * c.area for c in cells)
    explained = min(1.0, sum(c.weight * c.inside for c in cells) / drawn) if drawn else 0.0
    size = pattern.size
    filled = min(1.0, sum(c.inside for c in cells) / size) if size > 0 else 0.0
    matched = tuple(sorted(set(activities) & pattern.activities))
    bonus = min(ACTIVITY_BONUS * len(matched), MAX_ACTIVITY_BONUS)
    per_region: dict[str, list[float]] = {}
    for c in cells:
        sums = per_region.setdefault(c.region, [0.0, 0.0, 0.0])
        sums[0] += c.area
        sums[1] += c.essential
        sums[2] += c.spillover
    in_essential = tuple(r for r, (a, e, _) in per_region.items() if e >= IN_ZONE * a)
    in_spillover = tuple(
        r for r, (a, _, s) in per_region.items() if r not in in_essential and s >= IN_ZONE * a
    )
    return Candidate(
        muscle=pattern.muscle,
        side=pattern.side,
        score=round(fit(explained, filled) + bonus, 6),
        explained=round(explained, 6),
        coverage=round(filled, 6),
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
    # A pattern reaching none of the marked areas explains nothing (below MIN_EXPLAINED): it is
    # left out before scoring, which most of the whole body's patterns are for any one chart.
    marked = [r for r in marks if areas.get(r, 0.0) > 0]
    reaching = (p for p in patterns if any(r in p.essential or r in p.spillover for r in marked))
    scored = [score_pattern(p, marks, areas, chosen) for p in reaching]
    fitting = [c for c in scored if c.explained >= MIN_EXPLAINED]
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
