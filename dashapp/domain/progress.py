"""What changed between sessions: per-session metrics of a pain chart, and the change from one
session to the next.

Clinically important change is judged on the *highest* intensity, not the mean. The 0-10 scale
of FARRAR01 is one rating of the patient's pain; the highest marked area is the nearest thing to
"worst pain", while the mean moves whenever a mild area is marked or cleared, with no change in
how much anything hurts. The rule is a change of at least 2 points or at least 30 % of the
earlier value [FARRAR01][IMMPACT], applied to worsening as well as to improvement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from dashapp.domain.body.drawn import drawn_shapes
from dashapp.domain.body.geometry import Region, region_areas
from dashapp.domain.body.painted import area_jaccard, painted, painted_share, surface
from dashapp.domain.chart import PainChart
from dashapp.domain.wpi import WPI_AREAS, painted_hits

IMPORTANT_POINTS = 2  # [FARRAR01]
IMPORTANT_SHARE = 0.30  # [FARRAR01][IMMPACT]


@dataclass(frozen=True)
class SessionMetrics:
    """One row of the course table. The change columns are None on the first session."""

    date: date
    regions: int
    share: float
    rated: int
    highest: int | None
    mean: float | None
    wpi: int
    wpi_areas: tuple[str, ...]
    jaccard: float | None = None
    drawn: bool = False
    highest_change: int | None = None
    mean_change: float | None = None
    clinically_important: bool | None = None


def intensities(chart: PainChart, regions: Iterable[Region] = ()) -> list[int]:
    """The rated intensities of a chart: each mark's, then each drawn shape's (what is left
    of the drawing after erasing, one per intensity); unrated ones are left out."""
    rated = [m.intensity for m in chart.marks if m.intensity is not None]
    if chart.strokes:
        shapes = drawn_shapes(chart.strokes, surface(regions).views)
        rated += [s.intensity for s in shapes if s.intensity is not None]
    return rated


def wpi_areas(
    chart: PainChart, wpi_map: Mapping[str, str], regions: Iterable[Region] = ()
) -> tuple[str, ...]:
    """The WPI areas with a painful mark or painful drawing (wpi.painted_hits), in form
    order; a mark rated 0 is not painful. A drawing is measured on `regions`."""
    hit = {wpi_map[m.region] for m in chart.marks if m.region in wpi_map and m.intensity != 0}
    regions = tuple(regions)
    if chart.strokes and regions:
        hit |= painted_hits(painted(chart, regions), wpi_map, region_areas(regions))
    return tuple(a for a in WPI_AREAS if a in hit)


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Shared regions over all regions of two sessions; two empty charts are alike (1.0)."""
    first, second = set(a), set(b)
    union = first | second
    return len(first & second) / len(union) if union else 1.0


def chart_jaccard(a: PainChart, b: PainChart, regions: Iterable[Region]) -> float:
    """Painted area two charts share over the area either paints, views summed (marks and
    drawing, domain/body/painted.py); two empty charts are alike (1.0)."""
    regions = tuple(regions)
    if a.strokes or b.strokes:
        return area_jaccard(painted(a, regions), painted(b, regions))
    areas = region_areas(regions)
    first, second = set(a.regions) & areas.keys(), set(b.regions) & areas.keys()
    union = sum(areas[r] for r in first | second)
    return sum(areas[r] for r in first & second) / union if union else 1.0


def important_change(before: int | None, after: int | None) -> bool | None:
    """At least 2 points or 30 % of `before` either way; None when either is not rated.

    From 0 the share is undefined, so only the 2-point rule applies. Integer arithmetic
    keeps exactly 30 % on the right side of the line.
    """
    if before is None or after is None:
        return None
    delta = abs(after - before)
    return delta >= IMPORTANT_POINTS or (before > 0 and delta * 100 >= before * 30)


def session_metrics(
    when: date, chart: PainChart, regions: Iterable[Region], wpi_map: Mapping[str, str]
) -> SessionMetrics:
    """The metrics of one chart on its own."""
    regions = tuple(regions)
    rated = intensities(chart, regions)
    areas = wpi_areas(chart, wpi_map, regions)
    return SessionMetrics(
        date=when,
        regions=len(chart.marks),
        drawn=bool(chart.strokes),
        share=painted_share(chart, regions),
        rated=len(rated),
        highest=max(rated) if rated else None,
        mean=sum(rated) / len(rated) if rated else None,
        wpi=len(areas),
        wpi_areas=areas,
    )


def course(
    sessions: Sequence[tuple[date, PainChart]],
    regions: Iterable[Region],
    wpi_map: Mapping[str, str],
) -> list[SessionMetrics]:
    """One row per session, with the change from the session before.

    Sessions must come in date order; two on the same day (before and after treatment) are
    kept in the order given.
    """
    regions = tuple(regions)
    rows: list[SessionMetrics] = []
    previous: tuple[PainChart, SessionMetrics] | None = None
    for n, (when, chart) in enumerate(sessions):
        if previous is not None and when < previous[1].date:
            raise ValueError(f"sessions[{n}]: {when} comes before {previous[1].date}")
        row = session_metrics(when, chart, regions, wpi_map)
        if previous is not None:
            before_chart, before = previous
            row = replace(
                row,
                jaccard=chart_jaccard(before_chart, chart, regions),
                highest_change=_diff(before.highest, row.highest),
                mean_change=_diff(before.mean, row.mean),
                clinically_important=important_change(before.highest, row.highest),
            )
        rows.append(row)
        previous = (chart, row)
    return rows


def _diff(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else after - before
