"""Build the two dermatome maps and the key sensory points from dermatomes.toml.

Each root's shapes are drawn on the viewer's left half of a view (see dermatomes.toml),
clipped to that half and to the silhouette, mirrored for the other side, and written to
data/geometry/dermatomes.csv and sensory_points.csv. Within one map and view the roots are
laid down in the map's `order`: a root only keeps what earlier roots have not taken, so the
dermatomes of one map never overlap. The saddle (S3-S5) is drawn whole, across the midline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shapely
from curves import mirror
from outline import VIEWS, _num
from referral import Geometry, mirrored, rings_d, shape_of, tidy
from shapely.geometry import Point, Polygon, box

NEAR_SIDE = {"front": "right", "back": "left"}  # the patient's side on the viewer's left half
SADDLE = "S3-S5"
UPPER = ("C2", "C3", "C4", "C5", "C6", "C7", "C8", "T1", "T2")
ROOT_ORDER = (*UPPER, "L1", "L2", "L3", "L4", "L5", "S1", "S2", SADDLE)
# the legs, pelvis and trunk below the ribs, leaving out the hands that hang beside the thighs
BODY = box(100.0, 360.0, 300.0, 1000.0)
# the head, neck, arms with the hands, and the trunk down to the ribs: C2-T2 draw only here
UPPER_BODY = box(0.0, 0.0, 400.0, 640.0)
HALF = box(0.0, 0.0, 200.0, 1000.0)
POINT_MARGIN = 1.0  # a key point sits at least this far inside the silhouette


@dataclass(frozen=True)
class Dermatome:
    """One root's skin area on one map, view and side."""

    id: str
    map: str
    root: str
    side: str
    view: str
    shape: Geometry
    confidence: str
    note: str
    source: str


@dataclass(frozen=True)
class KeyPoint:
    """One ISNCSCI key sensory point on one view and side."""

    id: str
    root: str
    side: str
    view: str
    x: float
    y: float
    label: str
    source: str


def reach(root: str) -> Polygon:
    """Where a root may be drawn: the upper body for C2-T2, the lower body for the rest."""
    return UPPER_BODY if root in UPPER else BODY


def token(root: str) -> str:
    """The root as it appears in ids: "L4" -> "l4", "S3-S5" -> "s3_s5"."""
    return root.lower().replace("-", "_")


def _raw(root_spec: dict[str, Any], view: str, where: str) -> Geometry | None:
    """Union of one root's shapes on one view, or None when it has none there."""
    shapes = [
        shape_of(entry, f"{where} shape {n}")
        for n, entry in enumerate(root_spec.get("shapes", []), start=1)
        if entry["view"] == view
    ]
    return shapely.unary_union(shapes) if shapes else None


def build_map(key: str, spec: dict[str, Any], outlines: dict[str, Polygon]) -> list[Dermatome]:
    """Every dermatome of one map, in precedence order, both sides, clipped and tidied."""
    roots = spec["roots"]
    if sorted(spec["order"]) != sorted(roots):
        raise ValueError(f"{key}: order {spec['order']} does not list the roots {list(roots)}")
    out: list[Dermatome] = []
    for view in VIEWS:
        taken: dict[str, Geometry] = {"right": Polygon(), "left": Polygon()}
        for root in spec["order"]:
            r = roots[root]
            raw = _raw(r, view, f"{key} {root} {view}")
            if raw is None:
                continue
            meta = (r["confidence"], r.get("note", ""), r["source"])
            inside = outlines[view].intersection(reach(root))
            if root == SADDLE:
                geom = tidy(raw.intersection(inside))
                if geom.is_empty:
                    raise ValueError(f"{key} {root} {view}: nothing left inside the silhouette")
                did = f"{key}_midline_{token(root)}_{view}"
                out.append(Dermatome(did, key, root, "midline", view, geom, *meta))
                taken = {s: g.union(geom) for s, g in taken.items()}
                continue
            near = raw.intersection(HALF)
            for side in ("right", "left"):
                flat = near if NEAR_SIDE[view] == side else mirrored(near)
                geom = tidy(flat.intersection(inside).difference(taken[side]))
                did = f"{key}_{side}_{token(root)}_{view}"
                if geom.is_empty:
                    raise ValueError(f"{did}: nothing left inside the silhouette")
                taken[side] = taken[side].union(geom)
                out.append(Dermatome(did, key, root, side, view, geom, *meta))
    return out


def dermatomes(spec: dict[str, Any], outlines: dict[str, Polygon]) -> list[Dermatome]:
    """Both maps' dermatomes, listed by map, root (C2 to S3-S5), view and side."""
    maps = list(spec["maps"])
    out = [d for key, m in spec["maps"].items() for d in build_map(key, m, outlines)]
    sides = ("right", "left", "midline")
    return sorted(
        out,
        key=lambda d: (
            maps.index(d.map),
            ROOT_ORDER.index(d.root),
            VIEWS.index(d.view),
            sides.index(d.side),
        ),
    )


def key_points(spec: dict[str, Any], outlines: dict[str, Polygon]) -> list[KeyPoint]:
    """Every key sensory point, both sides; each must lie well inside the silhouette."""
    out: list[KeyPoint] = []
    for entry in spec["key_points"]:
        view, root = entry["view"], entry["root"]
        for side in ("right", "left"):
            x, y = (float(v) for v in entry["at"])
            x, y = (x, y) if NEAR_SIDE[view] == side else mirror((x, y))
            pid, at, outline = f"{side}_{token(root)}_key_point", Point(x, y), outlines[view]
            if not outline.contains(at) or outline.exterior.distance(at) < POINT_MARGIN:
                raise ValueError(f"{pid}: ({x}, {y}) is not inside the {view} silhouette")
            label = f"{root} key point: {entry['where']}"
            out.append(KeyPoint(pid, root, side, view, x, y, label, entry["source"]))
    return out


def dermatome_row(d: Dermatome) -> dict[str, object]:
    """One dermatomes.csv row."""
    return {
        "id": d.id,
        "map": d.map,
        "root": d.root,
        "side": d.side,
        "view": d.view,
        "path": rings_d(d.shape),
        "area": f"{d.shape.area:.1f}",
        "confidence": d.confidence,
        "note": d.note,
        "source": d.source,
    }


def key_point_row(p: KeyPoint) -> dict[str, object]:
    """One sensory_points.csv row."""
    return {
        "id": p.id,
        "root": p.root,
        "side": p.side,
        "view": p.view,
        "x": _num(p.x),
        "y": _num(p.y),
        "label": p.label,
        "source": p.source,
    }


def describe(ds: list[Dermatome], ps: list[KeyPoint]) -> str:
    """A one-line summary for the build log."""
    maps = sorted({d.map for d in ds})
    counts = ", ".join(f"{m} {sum(d.map == m for d in ds)}" for m in maps)
    return f"{len(ds)} dermatome rows ({counts}); {len(ps)} key sensory points"
