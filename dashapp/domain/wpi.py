"""The Widespread Pain Index: its 19 areas, and which body-map region counts towards which."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import shapely

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.body.geometry import read_rows
from dashapp.domain.body.painted import Painted

DATA_DIR = SHIPPED_DATA / "instruments"
WPI_FILE = DATA_DIR / "wpi_areas.csv"
SOURCES_FILE = DATA_DIR / "sources.csv"
WPI_COLUMNS = ("region", "wpi_area", "source", "confidence", "note")
CONFIDENCE = ("high", "medium", "low")
# A drawing counts towards a WPI area when its painful part inside the area is at least this
# share of the area, or holds at least HALF_A_PATCH of one separate drawn patch (see painted_hits).
MIN_SHARE = 0.02
HALF_A_PATCH = 0.5

# The 19 areas of the Widespread Pain Index, in the order of the ACR form [ACRFORM][JRHEUM11].
WPI_AREAS: dict[str, str] = {
    "left_shoulder_girdle": "Left shoulder girdle",
    "right_shoulder_girdle": "Right shoulder girdle",
    "left_upper_arm": "Left upper arm",
    "right_upper_arm": "Right upper arm",
    "left_lower_arm": "Left lower arm",
    "right_lower_arm": "Right lower arm",
    "left_hip": "Left hip (buttock, trochanter)",
    "right_hip": "Right hip (buttock, trochanter)",
    "left_upper_leg": "Left upper leg",
    "right_upper_leg": "Right upper leg",
    "left_lower_leg": "Left lower leg",
    "right_lower_leg": "Right lower leg",
    "left_jaw": "Left jaw",
    "right_jaw": "Right jaw",
    "chest": "Chest",
    "abdomen": "Abdomen",
    "neck": "Neck",
    "upper_back": "Upper back",
    "lower_back": "Lower back",
}


def load_wpi_map(
    known_regions: Iterable[str],
    path: Path | str | None = None,
    sources_path: Path | str | None = None,
) -> dict[str, str]:
    """Region id -> WPI area key, from wpi_areas.csv; regions with no area are left out.

    Every row must name a known region (once), a WPI area or nothing, known sources and a
    confidence; a ValueError names the file, row and column otherwise.
    """
    path = Path(path) if path is not None else WPI_FILE
    sources_path = Path(sources_path) if sources_path is not None else SOURCES_FILE
    known = set(known_regions)
    sources = {row["key"] for row in read_rows(sources_path, ("key", "citation", "url"))}
    mapping: dict[str, str] = {}
    seen: set[str] = set()
    for n, row in enumerate(read_rows(path, WPI_COLUMNS), start=1):
        region = row["region"]

        def fail(column: str, problem: str, n: int = n, region: str = region) -> ValueError:
            return ValueError(f"{path}: row {n} (region {region!r}): {column}: {problem}")

        if region not in known:
            raise fail("region", "not a surface region of the body map")
        if region in seen:
            raise fail("region", "given twice")
        seen.add(region)
        if row["wpi_area"] and row["wpi_area"] not in WPI_AREAS:
            raise fail("wpi_area", f"{row['wpi_area']!r} is not one of the 19 areas")
        keys = [k.strip() for k in row["source"].split(";") if k.strip()]
        if not keys or any(k not in sources for k in keys):
            raise fail("source", f"{row['source']!r} needs keys from {sources_path.name}")
        if row["confidence"] not in CONFIDENCE:
            raise fail("confidence", f"{row['confidence']!r} is not one of {CONFIDENCE}")
        if row["wpi_area"]:
            mapping[region] = row["wpi_area"]
    return mapping


def painted_hits(
    shape: Painted, wpi_map: Mapping[str, str], region_areas: Mapping[str, float]
) -> set[str]:
    """The WPI areas the painful painted shapes (not 0/10) reach.

    The form counts an area where there was pain, however little of it [ACRFORM], so a marked
    region always counts its area, and so does a small patch drawn inside it (a dot on the left
    calf counts "left lower leg"). What must not count is the edge of a stroke spilling over a
    border: a brush is round and a finger is wide, so a stroke along the thigh may lap a few
    units onto the knee or hip. An area therefore counts when the painful paint inside it is at
    least MIN_SHARE (2 %) of it, the share below which the body map already treats an overlap as
    an edge (the zones' and dermatomes' OVERLAP_THRESHOLD), or when it holds at least half of
    one separate painted patch: a patch is counted where most of it lies, so a small one placed
    inside an area counts it, wherever its edges reach."""
    pieces = shape.painful().pieces
    size: dict[str, float] = {}
    for region, area in wpi_map.items():
        size[area] = size.get(area, 0.0) + region_areas.get(region, 0.0)
    inside: dict[str, float] = {}
    grouped: dict[tuple[str, str], list] = {}
    for piece in pieces:
        area = wpi_map.get(piece.region)
        if area is not None:
            inside[area] = inside.get(area, 0.0) + piece.area
            grouped.setdefault((piece.view, area), []).append(piece.geometry)
    hits = {a for a, got in inside.items() if size.get(a) and got >= MIN_SHARE * size[a]}
    for view, whole in Painted(pieces).by_view().items():
        parts = [(a, shapely.unary_union(g)) for (v, a), g in grouped.items() if v == view]
        for patch in getattr(whole, "geoms", [whole]):
            for area, there in parts:
                if patch.intersection(there).area >= HALF_A_PATCH * patch.area > 0:
                    hits.add(area)
    return hits
