"""A patient's pain chart: which areas hurt, how strongly (0-10) and what it feels like.

The chart is immutable; every change returns a new chart. It travels to and from the browser
as plain JSON (`to_json` / `restore`, the one writer and reader of that form), and anything
unreadable coming back is dropped with a notice rather than trusted.

What a chart may hold is checked by `check` (a whole chart) and `check_mark` (one mark), built
on the value rules in chart_rules; the store, the JSON import and the pages call these rather
than checking a chart themselves. `rebuild` is the lenient reading of charts already stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

from dashapp.domain.body.retired import renewed_marks
from dashapp.domain.chart_rules import (
    MAX_INTENSITY,
    QUALITIES,
    ChartProblem,
    check_activities,
    check_intensity,
    check_qualities,
    check_region,
)
from dashapp.domain.drawing import Stroke, check_strokes, read_strokes

SCHEMA_VERSION = 1


class Labelled(Protocol):
    id: str
    label: str


@dataclass(frozen=True)
class Mark:
    """One marked area; intensity is None until the patient rates it."""

    region: str
    intensity: int | None = None
    qualities: tuple[str, ...] = ()


@dataclass(frozen=True)
class PainChart:
    """The marked areas in the order they were marked, what makes the pain worse, and the
    freehand drawing (strokes in the order drawn, domain/drawing.py) beside the marks."""

    marks: tuple[Mark, ...] = ()
    activities: tuple[str, ...] = ()
    strokes: tuple[Stroke, ...] = ()

    @property
    def regions(self) -> list[str]:
        return [mark.region for mark in self.marks]

    def get(self, region: str) -> Mark | None:
        return next((mark for mark in self.marks if mark.region == region), None)

    def with_selection(self, selected: Iterable[str]) -> PainChart:
        """Keep marks still selected, add newly selected areas (unrated) in the order given."""
        wanted = list(dict.fromkeys(selected))
        kept = [mark for mark in self.marks if mark.region in wanted]
        known = {mark.region for mark in kept}
        added = [Mark(region) for region in wanted if region not in known]
        return replace(self, marks=tuple(kept + added))

    def with_activities(self, activities: Iterable[str], known: Iterable[str]) -> PainChart:
        """What makes it worse, from the shared vocabulary; unknown ids are refused."""
        return replace(self, activities=check_activities(list(activities), known))

    def with_strokes(self, strokes: Any, views: Iterable[str] = ("front", "back")) -> PainChart:
        """The drawing replaced by these strokes (JSON form); bad strokes are refused."""
        return replace(self, strokes=check_strokes(strokes, views))

    def with_intensity(self, region: str, intensity: int | None) -> PainChart:
        """Rate one marked area; an intensity outside 0-10 is refused."""
        checked = check_intensity(intensity)
        return self._update(region, lambda mark: replace(mark, intensity=checked))

    def with_qualities(self, region: str, qualities: Iterable[str]) -> PainChart:
        """Say what one marked area feels like; unknown words are refused."""
        ordered = check_qualities(list(qualities))
        return self._update(region, lambda mark: replace(mark, qualities=ordered))

    def with_answers(
        self,
        selected: Iterable[str],
        intensities: Mapping[str, Any],
        qualities: Mapping[str, Any],
        known: Iterable[str],
    ) -> PainChart:
        """The chart as the page shows it now: the areas selected on the map, each with the
        answers given for it. Unknown areas are ignored; an answer that is refused (an
        intensity of 42, an unknown quality) keeps this chart's answer for that area."""
        allowed = set(known)
        chart = self.with_selection(r for r in selected if r in allowed)
        for region in chart.regions:
            if region in intensities:
                chart = _keep_on_refusal(chart, chart.with_intensity, region, intensities[region])
            if region in qualities:
                chart = _keep_on_refusal(
                    chart, chart.with_qualities, region, qualities[region] or []
                )
        return chart

    def _update(self, region: str, change) -> PainChart:
        if self.get(region) is None:
            raise KeyError(f"{region!r} is not marked")
        return replace(
            self, marks=tuple(change(m) if m.region == region else m for m in self.marks)
        )

    def to_json(self) -> dict[str, Any]:
        data = {
            "version": SCHEMA_VERSION,
            "marks": [
                {"region": m.region, "intensity": m.intensity, "qualities": list(m.qualities)}
                for m in self.marks
            ],
            "activities": list(self.activities),
        }
        if self.strokes:
            data["strokes"] = [s.to_json() for s in self.strokes]
        return data


def _keep_on_refusal(chart: PainChart, change, region: str, value: Any) -> PainChart:
    try:
        return change(region, value)
    except (ValueError, TypeError):
        return chart


def check_mark(
    region: Any,
    intensity: Any = None,
    qualities: Any = (),
    known_regions: Iterable[str] | None = None,
    marked: Iterable[str] = (),
) -> Mark:
    """One marked area, checked in this order: it names an area (one of known_regions, unless
    that is None), not one already `marked`, rated 0-10 or not yet, with known qualities."""
    if not isinstance(region, str):
        raise ChartProblem("region", region, "A mark must name its area (region)")
    if known_regions is not None:
        check_region(region, known_regions)
    if region in marked:
        raise ChartProblem("duplicate", region, f"{region!r} is marked twice")
    return Mark(region, check_intensity(intensity), check_qualities(qualities))


def check(
    chart: PainChart, known_regions: Iterable[str], known_activities: Iterable[str]
) -> PainChart:
    """The chart, if every mark and activity is one PainMap knows; else ChartProblem, whose
    `mark` says which mark (from 0)."""
    regions, activities = set(known_regions), set(known_activities)
    marks: list[Mark] = []
    for n, mark in enumerate(chart.marks):
        try:
            checked = check_mark(
                mark.region, mark.intensity, mark.qualities, regions, [m.region for m in marks]
            )
        except ChartProblem as problem:
            problem.mark = n
            raise
        marks.append(checked)
    return PainChart(tuple(marks), check_activities(chart.activities, activities), chart.strokes)


@dataclass(frozen=True)
class Restored:
    """A chart read back from storage, with plain notices about anything dropped."""

    chart: PainChart
    notices: tuple[str, ...] = ()


def restore(
    data: Any, known_regions: Iterable[str], known_activities: Iterable[str] = ()
) -> Restored:
    """Read a stored chart, dropping what is unreadable or unknown, and say what was dropped."""
    if data is None:
        return Restored(PainChart())
    if not isinstance(data, Mapping) or not isinstance(data.get("marks"), list):
        return Restored(
            PainChart(), ("Your saved marks could not be read, so the map starts empty.",)
        )
    if data.get("version") != SCHEMA_VERSION:
        return Restored(
            PainChart(),
            ("Your saved marks come from another version of PainMap, so the map starts empty.",),
        )
    items = [
        (item.get("region"), item.get("intensity"), item.get("qualities") or [])
        if isinstance(item, Mapping)
        else None
        for item in data["marks"]
    ]
    restored = rebuild(items, data.get("activities"), known_regions, known_activities)
    strokes, dropped = read_strokes(data.get("strokes"))
    notices = restored.notices
    if dropped:
        notices += (f"{_count(dropped, 'drawn stroke')} could not be read and left out.",)
    return Restored(replace(restored.chart, strokes=strokes), notices)


def rebuild(
    marks: Iterable[tuple[Any, Any, Any] | None],
    activities: Any,
    known_regions: Iterable[str],
    known_activities: Iterable[str] = (),
) -> Restored:
    """A chart from stored parts: marks as (region, intensity, qualities), None for one that
    cannot be read, and the activities. What is unreadable or no longer known is dropped, and
    the notices say so; an area stored twice keeps its first mark."""
    known = set(known_regions)
    kept: list[Mark] = []
    unknown = unreadable = 0
    for parts in renewed_marks(marks, known):
        mark = _accepted(check_mark, *parts) if parts is not None else None
        if mark is None:
            unreadable += 1
        elif _accepted(check_region, mark.region, known) is None:
            unknown += 1
        elif all(m.region != mark.region for m in kept):
            kept.append(mark)
    notices = []
    if unknown:
        notices.append(
            f"{_count(unknown, 'saved mark')} could not be restored: "
            "that area is no longer on the map."
            if unknown == 1
            else f"{_count(unknown, 'saved mark')} could not be restored: "
            "those areas are no longer on the map."
        )
    if unreadable:
        notices.append(f"{_count(unreadable, 'saved mark')} could not be read and left out.")
    chosen, dropped = _read_activities(activities, set(known_activities))
    if dropped:
        notices.append(
            f"{_count(dropped, 'saved answer')} about what makes it worse could not be read "
            "and left out."
        )
    return Restored(PainChart(tuple(kept), chosen), tuple(notices))


def _accepted(check_part, *args: Any) -> Any:
    """What a check returns, or None when it refuses."""
    try:
        return check_part(*args)
    except ChartProblem:
        return None


def _read_activities(value: Any, known: set[str]) -> tuple[tuple[str, ...], int]:
    if value is None:
        return (), 0
    if not isinstance(value, list | tuple):
        return (), 1
    kept = tuple(
        dict.fromkeys(a for a in value if _accepted(check_activities, [a], known) is not None)
    )
    return kept, len(value) - len(kept)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


__all__ = [
    "MAX_INTENSITY",
    "QUALITIES",
    "SCHEMA_VERSION",
    "ChartProblem",
    "Mark",
    "PainChart",
    "Restored",
    "check",
    "check_activities",
    "check_intensity",
    "check_mark",
    "check_qualities",
    "check_region",
    "rebuild",
    "restore",
]
