"""A stroke drawn down the middle of one area of the shipped map, as a finger draws there: for
the tests that check a drawing says what marks covering the same places say."""

from __future__ import annotations

import csv
from functools import cache
from typing import Any

from shapely.geometry import Point

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.body.svgpath import parse_path


@cache
def _areas() -> dict[str, dict[str, str]]:
    with (SHIPPED_DATA / "geometry" / "surface_regions.csv").open(encoding="utf-8") as table:
        return {row["id"]: row for row in csv.DictReader(table)}


def down_the_middle(
    region_id: str, qualities=("tingling",), intensity: int = 5, width: float = 3.0
) -> dict[str, Any]:
    """A brush stroke (JSON form) from a fifth to four fifths of the way down one area, kept
    inside it; a dot at its middle where the area is too thin for a line."""
    area = _areas()[region_id]
    polygon = parse_path(area["path"])
    inner = polygon.buffer(-width)
    inside = inner if not inner.is_empty else polygon
    middle = inside.representative_point()
    _, top, _, bottom = inside.bounds
    line = [[round(middle.x, 1), round(top + (bottom - top) * k / 10, 1)] for k in range(2, 9)]
    points = [p for p in line if inside.buffer(0.01).contains(Point(p))]
    return {
        "view": area["view"],
        "tool": "brush",
        "width": width,
        "points": points or [[round(middle.x, 1), round(middle.y, 1)]],
        "intensity": intensity,
        "qualities": list(qualities),
    }
