"""Region ids the body map no longer has, and the regions that took their place.

A region that is cut into smaller ones gets new ids (an old id never names a smaller area).
retired_regions.csv lists, for each retired id, the regions it became, so a chart saved before
the cut reads as a mark on each of its parts, with the same intensity and qualities. Like the
focus views, this is a fact about the drawing, not a clinical one, so the file has no source."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from dashapp.domain.body.geometry import DATA_DIR, read_rows, row_error

RETIRED_FILE = DATA_DIR / "retired_regions.csv"
COLUMNS = ("old_id", "new_ids", "note")
_ID = re.compile(r"[a-z][a-z0-9_]*")


def load_retired(
    path: Path = RETIRED_FILE, regions: Iterable[str] | None = None
) -> dict[str, tuple[str, ...]]:
    """{retired id: the ids of its parts}, checked; with `regions` (the map's ids) also that no
    retired id is still on the map and every part is."""
    known = None if regions is None else set(regions)
    found: dict[str, tuple[str, ...]] = {}
    claimed: dict[str, str] = {}
    for n, row in enumerate(read_rows(path, COLUMNS), start=1):
        old, where = row["old_id"], f"row {n} (old_id {row['old_id']!r})"
        parts = tuple(p.strip() for p in row["new_ids"].split(";") if p.strip())
        if not _ID.fullmatch(old):
            raise row_error(path, where, "old_id must be snake_case")
        if old in found:
            raise row_error(path, where, "duplicate old_id")
        if not parts or not all(_ID.fullmatch(p) for p in parts):
            raise row_error(path, where, "new_ids must be snake_case ids joined by ';'")
        if known is not None and old in known:
            raise row_error(path, where, "the map still has this region")
        for part in parts:
            if known is not None and part not in known:
                raise row_error(path, where, f"{part!r} is not a region of the map")
            if part in claimed or part == old:
                raise row_error(path, where, f"{part!r} is already a part of {claimed.get(part)!r}")
            claimed[part] = old
        found[old] = parts
    return found


@cache
def shipped_retired() -> Mapping[str, tuple[str, ...]]:
    """The shipped retired ids (read once: read-only reference data)."""
    return load_retired()


def successors(
    region: Any,
    known: Collection[str],
    retired: Mapping[str, tuple[str, ...]] | None = None,
) -> tuple[Any, ...]:
    """What a stored region id stands for on today's map: itself while the map has it (or when
    it is no id at all, for the caller to refuse), else the parts it was cut into."""
    if not isinstance(region, str) or region in known:
        return (region,)
    parts = (shipped_retired() if retired is None else retired).get(region, ())
    return parts if parts and all(p in known for p in parts) else (region,)


def renewed_marks(
    marks: Iterable[tuple[Any, ...] | None],
    known: Collection[str],
    retired: Mapping[str, tuple[str, ...]] | None = None,
) -> list[tuple[Any, ...] | None]:
    """Stored marks as (region, ...) tuples, None for an unreadable one, with a mark on a
    retired region repeated on each of its parts (the rest of the tuple unchanged)."""
    renewed: list[tuple[Any, ...] | None] = []
    for parts in marks:
        if parts is None:
            renewed.append(None)
        else:
            renewed.extend((r, *parts[1:]) for r in successors(parts[0], known, retired))
    return renewed
