"""Body chart geometry: load and validate the views and surface regions in data/geometry/."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import shapely
from shapely.geometry import Point, Polygon

from dashapp.domain.body.svgpath import parse_path

DATA_DIR = Path(__file__).resolve().parents[3] / "data" / "geometry"
VIEWS_FILE = DATA_DIR / "views.csv"
REGIONS_FILE = DATA_DIR / "surface_regions.csv"

VIEW_NAMES = ("front", "back")
SIDES = ("right", "left", "midline")
AREA_GROUPS = tuple(
    "head neck shoulder arm hand chest abdomen upper_back lower_back pelvis buttock hip thigh"
    " knee leg ankle foot".split()
)
VIEW_COLUMNS = ("view", "label", "view_box", "outline", "right_x", "right_y", "left_x", "left_y")
REGION_COLUMNS = ("id", "view", "side", "label", "area_group", "order", "path", "area")
MIN_COVERAGE = 0.97  # share of each silhouette the regions must cover
MAX_OVERLAP = 0.01  # total pairwise overlap allowed, as a share of the silhouette
INSIDE_TOLERANCE = 0.005  # share of a region (at least 1 unit²) allowed outside the silhouette


class GeometryError(ValueError):
    """A geometry data file is malformed; the message names the file, the row and the problem."""


@dataclass(frozen=True)
class View:
    """One drawing of the body (front or back) with its outline and R/L marker positions."""

    view: str
    label: str
    view_box: str
    outline: str
    right_x: float
    right_y: float
    left_x: float
    left_y: float


@dataclass(frozen=True)
class Region:
    """One clickable piece of the body surface on one view."""

    id: str
    view: str
    side: str
    label: str
    area_group: str
    order: int
    path: str
    area: float


def row_error(path: Path, where: str, problem: str) -> GeometryError:
    """An error naming the file, where in it (header, row, id) and the problem."""
    return GeometryError(f"{path}: {where}: {problem}")


def read_rows(path: Path, columns: Sequence[str]) -> list[dict[str, str]]:
    """Read a CSV file, insisting on the required columns."""
    if not path.is_file():
        raise GeometryError(f"{path}: file not found")
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise GeometryError(f"{path}: header: missing column(s) {', '.join(missing)}")
        # short rows give None, extra cells land under the key None: normalise both
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def row_polygon(path: Path, where: str, d: str, what: str = "path") -> Polygon:
    """Parse a row's SVG path, turning a parse failure into a GeometryError."""
    try:
        return parse_path(d)
    except ValueError as err:
        raise row_error(path, where, f"{what}: {err}") from None


def check_drawn(path: Path, where: str, row: dict[str, str], shape, silhouette, what: str) -> float:
    """A drawn row lies inside the silhouette and its stored area matches; returns the area."""
    outside = shape.difference(silhouette).area
    if outside > max(1.0, INSIDE_TOLERANCE * shape.area):
        raise row_error(path, where, f"{what} lies outside the silhouette ({outside:.1f} units²)")
    area = row_number(path, where, row, "area")
    if abs(area - shape.area) > max(0.5, 0.001 * shape.area):
        raise row_error(path, where, f"area {area} does not match the path's area {shape.area:.1f}")
    return area


def row_number(path: Path, where: str, row: dict[str, str], column: str) -> float:
    """Read a row's numeric cell, turning a bad value into a GeometryError."""
    try:
        return float(row[column])
    except (TypeError, ValueError):
        raise row_error(path, where, f"{column} {row[column]!r} is not a number") from None


def load_views(path: Path | str | None = None) -> tuple[View, ...]:
    """Load and validate views.csv (the default is the shipped file)."""
    path = Path(path) if path is not None else VIEWS_FILE
    views: list[View] = []
    for n, row in enumerate(read_rows(path, VIEW_COLUMNS), start=1):
        where = f"row {n} (view {row['view']!r})"
        if row["view"] not in VIEW_NAMES:
            raise row_error(path, where, f"unknown view; expected one of {', '.join(VIEW_NAMES)}")
        if any(v.view == row["view"] for v in views):
            raise row_error(path, where, "duplicate view")
        if len(row["view_box"].split()) != 4:
            raise row_error(path, where, f"view_box {row['view_box']!r} is not four numbers")
        outline = row_polygon(path, where, row["outline"], "outline")
        nums = {c: row_number(path, where, row, c) for c in VIEW_COLUMNS[4:]}
        for side in ("right", "left"):
            if outline.contains(Point(nums[f"{side}_x"], nums[f"{side}_y"])):
                raise row_error(path, where, f"the {side} marker lies inside the outline")
        views.append(View(row["view"], row["label"], row["view_box"], row["outline"], **nums))
    return tuple(views)


def load_surface_regions(
    path: Path | str | None = None, views: Iterable[View] | None = None
) -> tuple[Region, ...]:
    """Load and validate surface_regions.csv against the views; returns regions in Tab order."""
    path = Path(path) if path is not None else REGIONS_FILE
    views = tuple(views) if views is not None else load_views()
    outlines = {v.view: parse_path(v.outline) for v in views}
    regions: list[Region] = []
    seen: dict[str, tuple[int, Polygon]] = {}
    for n, row in enumerate(read_rows(path, REGION_COLUMNS), start=1):
        rid = row["id"]
        where = f"row {n} (id {rid!r})"
        checks = (
            (not re.fullmatch(r"[a-z][a-z0-9_]*", rid), "id must be snake_case"),
            (rid in seen, f"duplicate id (first on row {seen.get(rid, (0,))[0]})"),
            (row["view"] not in outlines, f"unknown view {row['view']!r}"),
            (row["side"] not in SIDES, f"side {row['side']!r} is not one of {', '.join(SIDES)}"),
            (row["area_group"] not in AREA_GROUPS, f"unknown area_group {row['area_group']!r}"),
            (not row["label"], "empty label"),
            (not row["order"].isdigit(), f"order {row['order']!r} is not a whole number"),
        )
        for failed, problem in checks:
            if failed:
                raise row_error(path, where, problem)
        poly = row_polygon(path, where, row["path"])
        area = check_drawn(path, where, row, poly, outlines[row["view"]], "region")
        seen[rid] = (n, poly)
        fields = {c: row[c] for c in REGION_COLUMNS} | {"order": int(row["order"]), "area": area}
        regions.append(Region(**fields))
    for view in views:
        mine = [r for r in regions if r.view == view.view]
        _check_partition(path, view.view, outlines[view.view], mine, seen)
    rank = {v.view: i for i, v in enumerate(views)}
    return tuple(sorted(regions, key=lambda r: (rank[r.view], r.order)))


def _check_partition(
    path: Path,
    view: str,
    outline: Polygon,
    regions: list[Region],
    seen: dict[str, tuple[int, Polygon]],
) -> None:
    """Regions of one view must cover its silhouette, with unique orders and little overlap."""

    def row(r: Region) -> str:
        return f"row {seen[r.id][0]} (id {r.id!r})"

    orders: dict[int, str] = {}
    for r in regions:
        if r.order in orders:
            raise row_error(path, row(r), f"order {r.order} is already used by {orders[r.order]!r}")
        orders[r.order] = r.id
    polys = [seen[r.id][1] for r in regions]
    gap = outline.difference(shapely.unary_union(polys)) if polys else outline
    coverage = 1 - gap.area / outline.area
    if coverage < MIN_COVERAGE:
        hole = max(getattr(gap, "geoms", [gap]), key=lambda g: g.area).representative_point()
        near = min(regions, key=lambda r: seen[r.id][1].distance(hole), default=None)
        raise row_error(
            path,
            f"view {view!r}, next to {row(near) if near else 'no region rows'}",
            f"regions cover {coverage:.1%} of the silhouette (need {MIN_COVERAGE:.0%}); "
            f"the largest gap is near ({hole.x:.1f}, {hole.y:.1f})",
        )
    left, right = shapely.STRtree(polys).query(polys, predicate="intersects")
    pairs = [
        (a, b, polys[a].intersection(polys[b]).area)
        for a, b in zip(left, right, strict=False)
        if a < b
    ]
    total = sum(p[2] for p in pairs)
    if total > MAX_OVERLAP * outline.area:
        a, b, worst = max(pairs, key=lambda p: p[2])
        raise row_error(
            path,
            f"{row(regions[a])} and {row(regions[b])}",
            f"regions overlap by {worst:.1f} units²; total overlap on view {view} is "
            f"{total / outline.area:.2%} of the silhouette (limit {MAX_OVERLAP:.0%})",
        )


def region_areas(regions: Iterable[Region]) -> dict[str, float]:
    """Each region's area in viewBox units², by id."""
    return {r.id: r.area for r in regions}


def marked_share(marked: Iterable[str], regions: Iterable[Region]) -> float:
    """Share (0-1) of the whole charted surface, all views together, covered by marked ids."""
    areas = region_areas(regions)
    total = sum(areas.values())
    return sum(areas.get(i, 0.0) for i in set(marked)) / total if total else 0.0


def region_polygon(region: Region) -> Polygon:
    """The region's outline as a shapely polygon (for centroids, hit tests, drawing)."""
    return parse_path(region.path)
