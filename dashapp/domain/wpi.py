"""The Widespread Pain Index: its 19 areas, and which body-map region counts towards which."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.body.geometry import read_rows

DATA_DIR = SHIPPED_DATA / "instruments"
WPI_FILE = DATA_DIR / "wpi_areas.csv"
SOURCES_FILE = DATA_DIR / "sources.csv"
WPI_COLUMNS = ("region", "wpi_area", "source", "confidence", "note")
CONFIDENCE = ("high", "medium", "low")

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
