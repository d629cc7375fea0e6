"""A pain chart in plain words: one line per marked area, then one per drawn shape, for the
pages and the report. Patient text carries no number but the x/10 of an intensity."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from dashapp.domain.body.drawn import DrawnShape, drawn_shapes, regions_under
from dashapp.domain.body.painted import surface
from dashapp.domain.chart import QUALITIES, Labelled, Mark, PainChart

# A drawn shape names the regions it covers most, up to this many, then "and N more".
NAMED = 4
_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen".split()
)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


class Placed(Labelled, Protocol):
    view: str
    path: str
    area: float


def describe_mark(mark: Mark, label: str) -> str:
    """'Right outer thigh, 6/10, shooting' in plain words."""
    return ", ".join([label, *_feeling(mark.intensity, mark.qualities)])


def describe_drawn(shape: DrawnShape, names: Sequence[str]) -> str:
    """'Drawn: right outer thigh and right outer calf, 6/10, burning' in plain words; `names`
    are the regions it covers, most first."""
    shown = [_in_a_list(n) for n in names[:NAMED]]
    rest = len(names) - len(shown)
    if rest:
        where = ", ".join(shown) + f" and {words(rest)} more"
    else:
        where = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    return ", ".join([f"Drawn: {where}", *_feeling(shape.intensity, shape.qualities)])


def describe_chart(chart: PainChart, regions: Mapping[str, Labelled]) -> list[str]:
    """One plain line per marked area, in the order marked, then one per drawn shape, largest
    first (drawing needs the regions' shapes: `regions` then holds Region objects)."""
    lines = [describe_mark(m, regions[m.region].label) for m in chart.marks if m.region in regions]
    if chart.strokes:
        lines += drawn_lines(chart, regions)
    return lines


def drawn_lines(chart: PainChart, regions: Mapping[str, Placed]) -> list[str]:
    """One line per shape of the chart's drawing, naming the regions it covers most."""
    body = surface(regions.values())
    outlines = body.outlines()
    lines = []
    for shape in drawn_shapes(chart.strokes, body.views):
        named = regions_under(shape, outlines)
        if named:
            lines.append(describe_drawn(shape, [regions[rid].label for rid in named]))
    return lines


def words(n: int) -> str:
    """A whole number from 0 to 99 in words; larger ones as digits."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")
    return str(n)


def _in_a_list(label: str) -> str:
    """A label as one item of a list: 'Right outer thigh, lower' -> 'right outer thigh (lower)'."""
    head, _, tail = label.lower().partition(", ")
    return f"{head} ({tail})" if tail else head


def _feeling(intensity: int | None, qualities: Sequence[str]) -> list[str]:
    parts = ["not rated yet" if intensity is None else f"{intensity}/10"]
    if qualities:
        parts.append(", ".join(QUALITIES[q] for q in qualities))
    return parts
