"""Muscle layer: load and validate the muscle outlines in data/geometry/muscles.csv."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dashapp.domain.body.geometry import (
    DATA_DIR,
    View,
    check_drawn,
    check_row,
    load_views,
    read_rows,
    row_error,
    row_polygon,
)
from dashapp.domain.body.svgpath import parse_path

MUSCLES_FILE = DATA_DIR / "muscles.csv"
MUSCLE_COLUMNS = ("id", "muscle", "view", "side", "label", "depth", "order", "path", "area")
MUSCLE_SIDES = ("right", "left")
DEPTHS = ("superficial", "deep")
_SNAKE = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class MuscleOutline:
    """One muscle drawn on one view for one side of the body."""

    id: str
    muscle: str
    view: str
    side: str
    label: str
    depth: str
    order: int
    path: str
    area: float

    @property
    def deep(self) -> bool:
        """True for muscles that lie under others (felt through them, not seen)."""
        return self.depth == "deep"


def load_muscle_outlines(
    path: Path | str | None = None, views: Iterable[View] | None = None
) -> tuple[MuscleOutline, ...]:
    """Load and validate muscles.csv against the views; returns outlines in Tab order."""
    path = Path(path) if path is not None else MUSCLES_FILE
    views = tuple(views) if views is not None else load_views()
    silhouettes = {v.view: parse_path(v.outline) for v in views}
    outlines: list[MuscleOutline] = []
    rows: dict[str, int] = {}
    for n, row in enumerate(read_rows(path, MUSCLE_COLUMNS), start=1):
        mid = row["id"]
        where = f"row {n} (id {mid!r})"
        checks = (
            (not _SNAKE.fullmatch(mid), "id must be snake_case"),
            (mid in rows, f"duplicate id (first on row {rows.get(mid)})"),
            (not _SNAKE.fullmatch(row["muscle"]), f"muscle {row['muscle']!r} is not snake_case"),
            (row["view"] not in silhouettes, f"unknown view {row['view']!r}"),
            (row["side"] not in MUSCLE_SIDES, f"side {row['side']!r} is not right or left"),
            (row["depth"] not in DEPTHS, f"depth {row['depth']!r} is not superficial or deep"),
            (not row["label"], "empty label"),
            (not row["order"].isdigit(), f"order {row['order']!r} is not a whole number"),
        )
        check_row(path, where, checks)
        poly = row_polygon(path, where, row["path"])
        area = check_drawn(path, where, row, poly, silhouettes[row["view"]], "outline")
        rows[mid] = n
        fields = {c: row[c] for c in MUSCLE_COLUMNS} | {"order": int(row["order"]), "area": area}
        outlines.append(MuscleOutline(**fields))
    _check_pairs(path, outlines, rows)
    rank = {v.view: i for i, v in enumerate(views)}
    return tuple(sorted(outlines, key=lambda m: (rank[m.view], m.order)))


def _check_pairs(path: Path, outlines: list[MuscleOutline], rows: dict[str, int]) -> None:
    """Each muscle shows once per side on every view it is drawn on; orders are unique."""
    by_slot: dict[tuple[str, str, str], MuscleOutline] = {}
    orders: dict[tuple[str, int], str] = {}
    for m in outlines:
        where = f"row {rows[m.id]} (id {m.id!r})"
        slot = (m.view, m.muscle, m.side)
        if slot in by_slot:
            raise row_error(
                path,
                where,
                f"second {m.side} {m.muscle!r} on view {m.view!r} ({by_slot[slot].id!r})",
            )
        if (m.view, m.order) in orders:
            raise row_error(
                path, where, f"order {m.order} is already used by {orders[m.view, m.order]!r}"
            )
        by_slot[slot] = m
        orders[m.view, m.order] = m.id
    for (view, muscle, side), m in by_slot.items():
        twin = "left" if side == "right" else "right"
        if (view, muscle, twin) not in by_slot:
            raise row_error(
                path,
                f"row {rows[m.id]} (id {m.id!r})",
                f"muscle {muscle!r} on view {view!r} has no {twin} outline",
            )
