"""What a pain chart may hold, value by value: an intensity from 0 to 10, qualities from the
vocabulary, known areas and activities. A refusal is a ChartProblem naming the part.

`chart.check_mark` and `chart.check` put these together for a whole mark and a whole chart;
everything that accepts a chart (the pages, the store, the JSON import, the stored-chart
reading) goes through them, so these rules are written nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

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


class ChartProblem(ValueError):
    """A chart that cannot be kept. `part` is "region", "duplicate", "intensity", "qualities"
    or "activities"; `value` the refused value; `index` its place in the list of qualities or
    activities; `mark` the position of the mark it belongs to, when known."""

    def __init__(
        self, part: str, value: Any, message: str, index: int | None = None, mark: int | None = None
    ) -> None:
        super().__init__(message)
        self.part, self.value, self.index, self.mark = part, value, index, mark


def check_intensity(value: Any) -> int | None:
    """A whole number from 0 to 10, or None for not rated yet."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise ChartProblem(
            "intensity", value, f"Intensity must be a whole number from 0 to 10, not {value!r}"
        )
    if not 0 <= value <= MAX_INTENSITY:
        raise ChartProblem("intensity", value, f"Intensity must be from 0 to 10, not {value:g}")
    return int(value)


def check_qualities(values: Any) -> tuple[str, ...]:
    """Known pain qualities, each once, in the vocabulary's order; an unknown word is refused."""
    if not isinstance(values, list | tuple):
        raise ChartProblem("qualities", values, "The pain qualities must be a list")
    chosen = list(values)
    for n, quality in enumerate(chosen):
        if not isinstance(quality, str) or quality not in QUALITIES:
            raise ChartProblem("qualities", quality, f"Unknown pain quality: {quality}", index=n)
    return tuple(q for q in QUALITIES if q in chosen)


def check_activities(values: Any, known: Iterable[str]) -> tuple[str, ...]:
    """What makes it worse: activity ids from the vocabulary, each once, in the order given."""
    if not isinstance(values, list | tuple):
        raise ChartProblem("activities", values, "What makes it worse (activities) must be a list")
    chosen = list(values)
    allowed = known if isinstance(known, set | frozenset | Mapping) else set(known)
    for n, activity in enumerate(chosen):
        if not isinstance(activity, str) or activity not in allowed:
            raise ChartProblem("activities", activity, f"Unknown activity: {activity}", index=n)
    return tuple(dict.fromkeys(chosen))


def check_region(region: Any, known: Iterable[str]) -> str:
    """An area of the body map."""
    allowed = known if isinstance(known, set | frozenset | Mapping) else set(known)
    if not isinstance(region, str) or region not in allowed:
        raise ChartProblem("region", region, f"{region!r} is not an area of the body map")
    return region
