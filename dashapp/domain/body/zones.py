"""Referral zones and trigger-point markers: load, validate, and measure against the regions.

A referral zone is where one muscle's trigger points send pain, on one view and one side:
the essential zone (drawn hatched) or the spillover zone (drawn dotted, never overlapping the
essential zone). Its path may hold several closed rings; rings are combined even-odd, so a
ring inside another is a hole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Point, Polygon

from dashapp.domain.body.geometry import (
    DATA_DIR,
    GeometryError,
    Region,
    View,
    check_drawn,
    check_row,
    load_views,
    read_rows,
    row_error,
    row_number,
)
from dashapp.domain.body.svgpath import parse_path

ZONES_FILE = DATA_DIR / "referral_zones.csv"
TRIGGER_POINTS_FILE = DATA_DIR / "trigger_points.csv"
ZONE_COLUMNS = ("id", "muscle", "side", "kind", "view", "path", "area")
TRIGGER_POINT_COLUMNS = ("id", "muscle", "tp", "side", "view", "x", "y", "label")
MUSCLE_KEYS = tuple(
    "quadratus_lumborum iliopsoas gluteus_maximus gluteus_medius gluteus_minimus_anterior"
    " gluteus_minimus_posterior piriformis deep_rotators tensor_fasciae_latae"
    " semitendinosus_semimembranosus biceps_femoris adductor_magnus adductor_longus_brevis"
    " rectus_femoris vastus_lateralis vastus_medialis gastrocnemius soleus tibialis_anterior"
    " peronei multifidus iliocostalis_lumborum longissimus_thoracis rectus_abdominis_lower"
    # shoulder girdle and trunk
    " supraspinatus infraspinatus teres_minor teres_major subscapularis latissimus_dorsi"
    " rhomboids serratus_posterior_superior serratus_anterior pectoralis_major_clavicular"
    " pectoralis_major_sternal pectoralis_major_costal pectoralis_minor subclavius"
    " deltoid_anterior deltoid_middle deltoid_posterior iliocostalis_thoracis sternalis"
    " external_oblique".split()
)
KINDS = ("essential", "spillover")
SIDES = ("right", "left")
OVERLAP_THRESHOLD = 0.02  # smallest share of a region worth reporting as covered by a zone
_SNAKE = re.compile(r"[a-z][a-z0-9_]*")
_TP = re.compile(r"tp[1-9][0-9]*")

Shape = Polygon | MultiPolygon


@dataclass(frozen=True)
class ReferralZone:
    """One muscle's essential or spillover zone on one view, for one side of the body."""

    id: str
    muscle: str
    side: str
    kind: str
    view: str
    path: str
    area: float
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class TriggerPointMarker:
    """One trigger point of one muscle, placed on the view where it is pressed."""

    id: str
    muscle: str
    tp: str
    side: str
    view: str
    x: float
    y: float
    label: str
    note: str = ""
    source: str = ""


def parse_rings(d: str) -> Shape:
    """Parse an SVG path of one or more closed rings (absolute M after the first), even-odd."""
    subpaths = [s for s in re.split(r"(?=[Mm])", d.strip()) if s.strip()]
    if not subpaths:
        raise ValueError("path is empty")
    if any(s.startswith("m") for s in subpaths[1:]):
        raise ValueError("a ring after the first must start with an absolute M")
    shape: shapely.Geometry = Polygon()
    for sub in subpaths:
        shape = shape.symmetric_difference(parse_path(sub))
    if shape.is_empty or not shape.is_valid or not isinstance(shape, Polygon | MultiPolygon):
        raise ValueError("rings do not make a valid (multi)polygon")
    return shape


def zone_shape(zone: ReferralZone) -> Shape:
    """The zone as a shapely (multi)polygon (for hit tests, overlaps, drawing)."""
    return parse_rings(zone.path)


def load_referral_zones(
    path: Path | str | None = None,
    views: Iterable[View] | None = None,
    muscles: Iterable[str] | None = None,
) -> tuple[ReferralZone, ...]:
    """Load and validate referral_zones.csv (default: the shipped file) against the views."""
    path = Path(path) if path is not None else ZONES_FILE
    views = tuple(views) if views is not None else load_views()
    allowed = set(muscles) if muscles is not None else set(MUSCLE_KEYS)
    outlines = {v.view: parse_path(v.outline) for v in views}
    zones: list[ReferralZone] = []
    rows: dict[str, int] = {}
    slots: dict[tuple[str, str, str, str], int] = {}
    for n, row in enumerate(read_rows(path, ZONE_COLUMNS), start=1):
        zid = row["id"]
        where = f"row {n} (id {zid!r})"
        slot = (row["muscle"], row["kind"], row["view"], row["side"])
        check_row(
            path,
            where,
            (
                (not _SNAKE.fullmatch(zid), "id must be snake_case"),
                (zid in rows, f"duplicate id (first on row {rows.get(zid)})"),
                (row["muscle"] not in allowed, f"unknown muscle {row['muscle']!r}"),
                (row["side"] not in SIDES, f"side {row['side']!r} is not right or left"),
                (row["kind"] not in KINDS, f"kind {row['kind']!r} is not essential or spillover"),
                (row["view"] not in outlines, f"unknown view {row['view']!r}"),
                (
                    slot in slots,
                    f"a second {row['side']} {row['kind']} zone of "
                    f"{row['muscle']!r} on view {row['view']!r} (first on row {slots.get(slot)})",
                ),
            ),
        )
        try:
            shape = parse_rings(row["path"])
        except ValueError as err:
            raise row_error(path, where, f"path: {err}") from None
        area = check_drawn(path, where, row, shape, outlines[row["view"]], "zone")
        rows[zid], slots[slot] = n, n
        extra = {"note": row.get("note", ""), "source": row.get("source", "")}
        fields = {c: row[c] for c in ZONE_COLUMNS} | {"area": area} | extra
        zones.append(ReferralZone(**fields))
    _check_complete(path, slots, sorted(allowed))
    return tuple(zones)


def _check_complete(
    path: Path, slots: dict[tuple[str, str, str, str], int], muscles: list[str]
) -> None:
    """Every zone has its mirror on the other side; every muscle has essential zones on both."""
    for (muscle, kind, view, side), n in slots.items():
        twin = "left" if side == "right" else "right"
        if (muscle, kind, view, twin) not in slots:
            raise row_error(path, f"row {n}", f"{muscle!r} {kind} on {view} has no {twin} twin")
    for muscle in muscles:
        for side in SIDES:
            if not any(s[0] == muscle and s[1] == "essential" and s[3] == side for s in slots):
                raise row_error(path, f"muscle {muscle!r}", f"no essential zone on the {side}")


def load_trigger_points(
    path: Path | str | None = None,
    views: Iterable[View] | None = None,
    muscles: Iterable[str] | None = None,
) -> tuple[TriggerPointMarker, ...]:
    """Load and validate trigger_points.csv (default: the shipped file) against the views."""
    path = Path(path) if path is not None else TRIGGER_POINTS_FILE
    views = tuple(views) if views is not None else load_views()
    allowed = set(muscles) if muscles is not None else set(MUSCLE_KEYS)
    outlines = {v.view: parse_path(v.outline) for v in views}
    markers: list[TriggerPointMarker] = []
    rows: dict[str, int] = {}
    slots: dict[tuple[str, str, str], int] = {}
    for n, row in enumerate(read_rows(path, TRIGGER_POINT_COLUMNS), start=1):
        tid = row["id"]
        where = f"row {n} (id {tid!r})"
        slot = (row["muscle"], row["side"], row["tp"])
        check_row(
            path,
            where,
            (
                (not _SNAKE.fullmatch(tid), "id must be snake_case"),
                (tid in rows, f"duplicate id (first on row {rows.get(tid)})"),
                (row["muscle"] not in allowed, f"unknown muscle {row['muscle']!r}"),
                (not _TP.fullmatch(row["tp"]), f"tp {row['tp']!r} is not tp1, tp2, ..."),
                (row["side"] not in SIDES, f"side {row['side']!r} is not right or left"),
                (row["view"] not in outlines, f"unknown view {row['view']!r}"),
                (not row["label"], "empty label"),
                (slot in slots, f"{row['tp']} of {row['side']} {row['muscle']!r} is listed twice"),
            ),
        )
        x, y = (row_number(path, where, row, c) for c in ("x", "y"))
        if not outlines[row["view"]].contains(Point(x, y)):
            raise row_error(path, where, f"marker ({x}, {y}) lies outside the silhouette")
        rows[tid], slots[slot] = n, n
        extra = {"note": row.get("note", ""), "source": row.get("source", "")}
        fields = {c: row[c] for c in TRIGGER_POINT_COLUMNS} | {"x": x, "y": y} | extra
        markers.append(TriggerPointMarker(**fields))
    for muscle in sorted(allowed):
        for side in SIDES:
            if not any(s[0] == muscle and s[1] == side for s in slots):
                raise row_error(path, f"muscle {muscle!r}", f"no trigger point on the {side}")
    return tuple(markers)


def area_by_region(
    items: Iterable, shape_of, regions: Iterable[Region]
) -> dict[str, dict[str, float]]:
    """Area (units²) of each drawn item (a zone, a dermatome) in each surface region of its view,
    by item id; `shape_of` turns an item into its shape."""
    items, regions = tuple(items), tuple(regions)
    out: dict[str, dict[str, float]] = {item.id: {} for item in items}
    for view in {r.view for r in regions}:
        mine = [item for item in items if item.view == view]
        theirs = [r for r in regions if r.view == view]
        if not mine or not theirs:
            continue
        shapes = [shape_of(item) for item in mine]
        tiles = [parse_path(r.path) for r in theirs]
        ii, ri = shapely.STRtree(tiles).query(shapes, predicate="intersects")
        areas = shapely.area(shapely.intersection([shapes[i] for i in ii], [tiles[j] for j in ri]))
        for i, j, a in zip(ii, ri, areas, strict=True):
            if a > 0:
                out[mine[i].id][theirs[j].id] = float(a)
    return out


def shares_by_region(
    items: Iterable, shape_of, regions: Iterable[Region], threshold: float = OVERLAP_THRESHOLD
) -> dict[str, dict[str, float]]:
    """For each item id, the share (0-1) of each region it covers, keeping shares > threshold."""
    regions = tuple(regions)
    size = {r.id: r.area for r in regions}
    return {
        iid: {rid: round(a / size[rid], 4) for rid, a in areas.items() if a / size[rid] > threshold}
        for iid, areas in area_by_region(items, shape_of, regions).items()
    }


def zone_area_by_region(
    zones: Iterable[ReferralZone], regions: Iterable[Region]
) -> dict[str, dict[str, float]]:
    """Area (units²) of each zone lying in each surface region of its view, by zone id."""
    return area_by_region(zones, zone_shape, regions)


def region_overlaps(
    zones: Iterable[ReferralZone],
    regions: Iterable[Region],
    threshold: float = OVERLAP_THRESHOLD,
) -> dict[str, dict[str, float]]:
    """For each zone id, the share (0-1) of each region it covers, keeping shares > threshold."""
    return shares_by_region(zones, zone_shape, regions, threshold)


def pattern_regions(
    zones: Iterable[ReferralZone],
    overlaps: dict[str, dict[str, float]],
    muscle: str,
    side: str,
) -> dict[str, str]:
    """Regions reached by one muscle's pattern on one side: region id -> strongest kind."""
    out: dict[str, str] = {}
    for z in sorted(zones, key=lambda z: z.kind != "spillover"):  # essential last, so it wins
        if z.muscle == muscle and z.side == side:
            out |= {rid: z.kind for rid in overlaps.get(z.id, {})}
    return out


def trigger_points_for(
    markers: Iterable[TriggerPointMarker], muscle: str, side: str | None = None
) -> tuple[TriggerPointMarker, ...]:
    """One muscle's trigger-point markers, optionally one side's only."""
    return tuple(m for m in markers if m.muscle == muscle and side in (None, m.side))


__all__ = [
    "GeometryError",
    "MUSCLE_KEYS",
    "ReferralZone",
    "TriggerPointMarker",
    "load_referral_zones",
    "load_trigger_points",
    "parse_rings",
    "pattern_regions",
    "region_overlaps",
    "trigger_points_for",
    "zone_area_by_region",
    "zone_shape",
]
