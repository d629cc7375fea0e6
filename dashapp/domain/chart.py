"""A patient's pain chart: which areas hurt, how strongly (0-10) and what it feels like.

The chart is immutable; every change returns a new chart. It travels to and from the browser
as plain JSON (`to_json` / `restore`), and anything unreadable coming back is dropped with a
notice rather than trusted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

SCHEMA_VERSION = 1
MAX_INTENSITY = 10

# What it feels like: stable keys, plain labels (shared with the intake later on).
QUALITIES: dict[str, str] = {
    "sharp": "sharp",
    "shooting": "shooting",
    "burning": "burning",
    "tingling": "tingling / pins and needles",
    "numb": "numb",
    "aching": "aching",
    "cramping": "cramping",
    "throbbing": "throbbing",
}


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
    """The marked areas in the order they were marked, and what makes the pain worse."""

    marks: tuple[Mark, ...] = ()
    activities: tuple[str, ...] = ()

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
        chosen = tuple(dict.fromkeys(activities))
        unknown = [a for a in chosen if a not in set(known)]
        if unknown:
            raise ValueError(f"Unknown activity: {', '.join(map(str, unknown))}")
        return replace(self, activities=chosen)

    def with_intensity(self, region: str, intensity: int | None) -> PainChart:
        """Rate one marked area; an intensity outside 0-10 is refused."""
        checked = check_intensity(intensity)
        return self._update(region, lambda mark: replace(mark, intensity=checked))

    def with_qualities(self, region: str, qualities: Iterable[str]) -> PainChart:
        """Say what one marked area feels like; unknown words are refused."""
        chosen = tuple(dict.fromkeys(qualities))
        unknown = [q for q in chosen if q not in QUALITIES]
        if unknown:
            raise ValueError(f"Unknown pain quality: {', '.join(map(str, unknown))}")
        ordered = tuple(q for q in QUALITIES if q in chosen)
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
        return {
            "version": SCHEMA_VERSION,
            "marks": [
                {"region": m.region, "intensity": m.intensity, "qualities": list(m.qualities)}
                for m in self.marks
            ],
            "activities": list(self.activities),
        }


def _keep_on_refusal(chart: PainChart, change, region: str, value: Any) -> PainChart:
    try:
        return change(region, value)
    except (ValueError, TypeError):
        return chart


def check_intensity(value: Any) -> int | None:
    """A whole number from 0 to 10, or None for not rated yet."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise ValueError(f"Intensity must be a whole number from 0 to 10, not {value!r}")
    if not 0 <= value <= MAX_INTENSITY:
        raise ValueError(f"Intensity must be from 0 to 10, not {value:g}")
    return int(value)


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
    known = set(known_regions)
    marks: list[Mark] = []
    unknown = unreadable = 0
    for item in data["marks"]:
        mark = _read_mark(item)
        if mark is None:
            unreadable += 1
        elif mark.region not in known:
            unknown += 1
        elif all(m.region != mark.region for m in marks):
            marks.append(mark)
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
    activities, dropped = _read_activities(data.get("activities"), set(known_activities))
    if dropped:
        notices.append(
            f"{_count(dropped, 'saved answer')} about what makes it worse could not be read "
            "and left out."
        )
    return Restored(PainChart(tuple(marks), activities), tuple(notices))


def _read_activities(value: Any, known: set[str]) -> tuple[tuple[str, ...], int]:
    if value is None:
        return (), 0
    if not isinstance(value, list):
        return (), 1
    kept = tuple(dict.fromkeys(a for a in value if isinstance(a, str) and a in known))
    return kept, len(value) - len(kept)


def _read_mark(item: Any) -> Mark | None:
    if not isinstance(item, Mapping) or not isinstance(item.get("region"), str):
        return None
    try:
        intensity = check_intensity(item.get("intensity"))
    except ValueError:
        return None
    qualities = item.get("qualities") or []
    if not isinstance(qualities, list) or any(q not in QUALITIES for q in qualities):
        return None
    return Mark(item["region"], intensity, tuple(q for q in QUALITIES if q in qualities))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def describe_mark(mark: Mark, label: str) -> str:
    """'Right outer thigh, 6/10, shooting' in plain words."""
    parts = [label, "not rated yet" if mark.intensity is None else f"{mark.intensity}/10"]
    if mark.qualities:
        parts.append(", ".join(QUALITIES[q] for q in mark.qualities))
    return ", ".join(parts)


def describe_chart(chart: PainChart, regions: Mapping[str, Labelled]) -> list[str]:
    """One plain line per marked area, in the order marked."""
    return [describe_mark(m, regions[m.region].label) for m in chart.marks if m.region in regions]
