"""Nerve-root layer: two dermatome maps, ISNCSCI key sensory points and the per-root facts.

The roots are the neck and arm roots C2 to T2 and the lumbosacral roots L1 to S3-S5.
`classic` is a Keegan & Garrett style textbook map (long bands from the back into the arm and
the leg, no gaps); `evidence` follows Lee et al. 2008 (only the most consistent areas, blank
where people differ, no S3-S5). A dermatome path may hold several closed rings, combined even-odd.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from shapely.geometry import Point

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.body.geometry import (
    DATA_DIR,
    GeometryError,
    View,
    check_drawn,
    check_row,
    load_views,
    read_rows,
    row_error,
    row_number,
)
from dashapp.domain.body.root_sources import (
    RootsError,
    check_cited,
    load_root_sources,
    source_keys,
)
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.body.zones import Shape, parse_rings

DERMATOMES_FILE = DATA_DIR / "dermatomes.csv"
SENSORY_POINTS_FILE = DATA_DIR / "sensory_points.csv"
ROOTS_FILE = SHIPPED_DATA / "roots" / "roots.csv"
MAPS = ("classic", "evidence")
SADDLE = "S3-S5"
UPPER_ROOTS = ("C2", "C3", "C4", "C5", "C6", "C7", "C8", "T1", "T2")  # neck, arm, upper chest
LOWER_ROOTS = ("L1", "L2", "L3", "L4", "L5", "S1", "S2", SADDLE)  # low back, leg, saddle
ROOTS = UPPER_ROOTS + LOWER_ROOTS  # top to bottom: the order of every list and tie-break
MAP_ROOTS = {"classic": ROOTS, "evidence": ROOTS[:-1]}  # Lee et al. leave out S3-S5
# no L1 in the reference; the saddle's points are S3 and S4-S5
KEY_POINT_ROOTS = (*UPPER_ROOTS, "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4-S5")
SIDES = ("right", "left")
CONFIDENCES = ("high", "medium", "low")
DERMATOME_COLUMNS = tuple("id map root side view path area confidence note source".split())
POINT_COLUMNS = tuple("id root side view x y label source".split())
OVERLAP_THRESHOLD = 0.02  # smallest share of a region worth reporting as covered
_SNAKE = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Dermatome:
    """One root's skin area on one map, view and side (midline for the saddle)."""

    id: str
    map: str
    root: str
    side: str
    view: str
    path: str
    area: float
    confidence: str
    note: str
    source: str


@dataclass(frozen=True)
class SensoryPoint:
    """One ISNCSCI key sensory point of one root, side and view."""

    id: str
    root: str
    side: str
    view: str
    x: float
    y: float
    label: str
    source: str


@dataclass(frozen=True)
class Root:
    """The facts about one nerve root: skin areas, key point, movement, reflex, pain."""

    root: str
    classic_area: str
    evidence_area: str
    key_sensory_point: str
    myotome: str
    reflex: str
    radicular_pain_area: str
    confidence: str
    note: str
    source: str


def token(root: str) -> str:
    """The root as written in ids: "L4" -> "l4", "S3-S5" -> "s3_s5"."""
    return root.lower().replace("-", "_")


def dermatome_shape(dermatome: Dermatome) -> Shape:
    """The dermatome as a shapely (multi)polygon."""
    return parse_rings(dermatome.path)


def load_dermatomes(
    path: Path | str | None = None, views: Iterable[View] | None = None
) -> tuple[Dermatome, ...]:
    """Load and validate dermatomes.csv (default: the shipped file) against the views."""
    path = Path(path) if path is not None else DERMATOMES_FILE
    views = tuple(views) if views is not None else load_views()
    outlines = {v.view: parse_path(v.outline) for v in views}
    out: list[Dermatome] = []
    rows: dict[str, int] = {}
    for n, row in enumerate(read_rows(path, DERMATOME_COLUMNS), start=1):
        did, m, root, side, view = (row[c] for c in ("id", "map", "root", "side", "view"))
        where = f"row {n} (id {did!r})"
        want_side = ("midline",) if root == SADDLE else SIDES
        check_row(
            path,
            where,
            (
                (did in rows, f"duplicate id (first on row {rows.get(did)})"),
                (m not in MAPS, f"unknown map {m!r}; expected one of {', '.join(MAPS)}"),
                (root not in MAP_ROOTS.get(m, ROOTS), f"unknown root {root!r} for map {m!r}"),
                (side not in want_side, f"side {side!r} for {root} is not {'/'.join(want_side)}"),
                (view not in outlines, f"unknown view {view!r}"),
                (did != f"{m}_{side}_{token(root)}_{view}", "id is not <map>_<side>_<root>_<view>"),
                (row["confidence"] not in CONFIDENCES, f"confidence {row['confidence']!r}"),
                (not row["source"], "empty source"),
            ),
        )
        try:
            shape = parse_rings(row["path"])
        except ValueError as err:
            raise row_error(path, where, f"path: {err}") from None
        area = check_drawn(path, where, row, shape, outlines[view], "area")
        rows[did] = n
        out.append(Dermatome(**{c: row[c] for c in DERMATOME_COLUMNS} | {"area": area}))
    _check_complete(path, out, rows)
    return tuple(out)


def _check_complete(path: Path, dermatomes: list[Dermatome], rows: dict[str, int]) -> None:
    """Every root of each map is drawn on its sides, and each side's row has its mirror twin."""
    ids = set(rows)
    for d in dermatomes:
        twin = d.id.replace(f"_{d.side}_", "_left_" if d.side == "right" else "_right_", 1)
        if d.side in SIDES and twin not in ids:
            raise row_error(path, f"row {rows[d.id]} (id {d.id!r})", f"no mirror twin {twin!r}")
    for m in MAPS:
        for root in MAP_ROOTS[m]:
            for side in ("midline",) if root == SADDLE else SIDES:
                if not any(d.map == m and d.root == root and d.side == side for d in dermatomes):
                    raise row_error(path, f"map {m!r}", f"root {root} is missing on the {side}")


def load_sensory_points(
    path: Path | str | None = None, views: Iterable[View] | None = None
) -> tuple[SensoryPoint, ...]:
    """Load and validate sensory_points.csv (default: the shipped file) against the views."""
    path = Path(path) if path is not None else SENSORY_POINTS_FILE
    views = tuple(views) if views is not None else load_views()
    outlines = {v.view: parse_path(v.outline) for v in views}
    out: list[SensoryPoint] = []
    rows: dict[str, int] = {}
    for n, row in enumerate(read_rows(path, POINT_COLUMNS), start=1):
        pid, root, side = row["id"], row["root"], row["side"]
        where = f"row {n} (id {pid!r})"
        check_row(
            path,
            where,
            (
                (not _SNAKE.fullmatch(pid), "id must be snake_case"),
                (pid in rows, f"duplicate id (first on row {rows.get(pid)})"),
                (root not in KEY_POINT_ROOTS, f"unknown root {root!r}"),
                (side not in SIDES, f"side {side!r} is not right or left"),
                (row["view"] not in outlines, f"unknown view {row['view']!r}"),
                (not row["label"], "empty label"),
                (not row["source"], "empty source"),
                (any(p.root == root and p.side == side for p in out), f"second {side} {root}"),
            ),
        )
        x, y = (row_number(path, where, row, c) for c in ("x", "y"))
        if not outlines[row["view"]].contains(Point(x, y)):
            raise row_error(path, where, f"point ({x}, {y}) lies outside the silhouette")
        rows[pid] = n
        out.append(SensoryPoint(**{c: row[c] for c in POINT_COLUMNS} | {"x": x, "y": y}))
    for root in KEY_POINT_ROOTS:
        for side in SIDES:
            if not any(p.root == root and p.side == side for p in out):
                raise row_error(path, f"root {root}", f"no key point on the {side}")
    return tuple(out)


def load_roots(
    path: Path | str | None = None, citations: Mapping[str, str] | None = None
) -> tuple[Root, ...]:
    """Load and validate roots.csv (default: the shipped file), in the order of ROOTS; every
    source key must be cited in `citations` (default: the sources.csv beside the file)."""
    path = Path(path) if path is not None else ROOTS_FILE
    if citations is None:
        citations = load_root_sources(path.parent / "sources.csv")
    columns = [f.name for f in fields(Root)]
    try:
        rows = read_rows(path, columns)
    except GeometryError as err:
        raise RootsError(str(err)) from None
    out: dict[str, Root] = {}
    for n, row in enumerate(rows, start=1):
        where = f"{path}: row {n} (root {row['root']!r})"
        for failed, problem in (
            (row["root"] not in ROOTS, "unknown root"),
            (row["root"] in out, "duplicate root"),
            (not row["classic_area"], "empty classic_area"),
            (row["confidence"] not in CONFIDENCES, f"confidence {row['confidence']!r}"),
            (not row["source"], "empty source"),
        ):
            if failed:
                raise RootsError(f"{where}: {problem}")
        out[row["root"]] = Root(**{c: row[c] for c in columns})
    check_cited(path, out.values(), citations)
    missing = [r for r in ROOTS if r not in out]
    if missing:
        raise RootsError(f"{path}: no row for root(s) {', '.join(missing)}")
    return tuple(out[r] for r in ROOTS)


__all__ = [
    "MAPS",
    "LOWER_ROOTS",
    "ROOTS",
    "UPPER_ROOTS",
    "Dermatome",
    "GeometryError",
    "Root",
    "RootsError",
    "SensoryPoint",
    "check_cited",
    "dermatome_shape",
    "load_dermatomes",
    "load_root_sources",
    "load_roots",
    "load_sensory_points",
    "source_keys",
]
