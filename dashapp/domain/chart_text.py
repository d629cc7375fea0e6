"""A pain chart in plain words: one line per marked area, for the pages and the report."""

from __future__ import annotations

from collections.abc import Mapping

from dashapp.domain.chart import QUALITIES, Labelled, Mark, PainChart


def describe_mark(mark: Mark, label: str) -> str:
    """'Right outer thigh, 6/10, shooting' in plain words."""
    parts = [label, "not rated yet" if mark.intensity is None else f"{mark.intensity}/10"]
    if mark.qualities:
        parts.append(", ".join(QUALITIES[q] for q in mark.qualities))
    return ", ".join(parts)


def describe_chart(chart: PainChart, regions: Mapping[str, Labelled]) -> list[str]:
    """One plain line per marked area, in the order marked."""
    return [describe_mark(m, regions[m.region].label) for m in chart.marks if m.region in regions]
