"""Reading a lookup request (a query string or a JSON body) into marked areas and activities."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

MAX_QUERY_REGIONS = 400


@dataclass(frozen=True)
class LookupQuery:
    """A validated lookup request: marked areas with intensities, and reported activities."""

    marks: Mapping[str, int | None]
    activities: tuple[str, ...]


def parse_query(
    payload: object, known_regions: Iterable[str], known_activities: Iterable[str]
) -> LookupQuery:
    """Read a lookup request ({"regions": [...]} or {"marks": {id: intensity}}, plus
    "activities"), refusing anything malformed with a message that names the problem."""
    if not isinstance(payload, Mapping):
        raise ValueError("The request must be a JSON object with 'regions' or 'marks'.")
    unknown_keys = set(payload) - {"regions", "marks", "activities"}
    if unknown_keys:
        raise ValueError(f"Unknown field(s): {', '.join(sorted(map(str, unknown_keys)))}.")
    if ("regions" in payload) == ("marks" in payload):
        raise ValueError(
            "Give either 'regions' (a list of area ids) or 'marks', not both or neither."
        )
    given = payload.get("regions", payload.get("marks"))
    if isinstance(given, list | Mapping) and len(given) > MAX_QUERY_REGIONS:
        raise ValueError(f"Too many areas: at most {MAX_QUERY_REGIONS}.")
    marks = _read_marks(payload)
    regions = set(known_regions)
    unknown = [r for r in marks if r not in regions]
    if unknown:
        raise ValueError(f"Unknown region id(s): {', '.join(sorted(unknown)[:10])}.")
    activities = payload.get("activities", [])
    if not isinstance(activities, list) or not all(isinstance(a, str) for a in activities):
        raise ValueError("'activities' must be a list of activity ids.")
    allowed = set(known_activities)
    strange = [a for a in activities if a not in allowed]
    if strange:
        raise ValueError(f"Unknown activity id(s): {', '.join(sorted(strange))}.")
    return LookupQuery(marks, tuple(dict.fromkeys(activities)))


def _read_marks(payload: Mapping) -> dict[str, int | None]:
    if "regions" in payload:
        regions = payload["regions"]
        if not isinstance(regions, list) or not all(isinstance(r, str) for r in regions):
            raise ValueError("'regions' must be a list of region ids.")
        return dict.fromkeys(regions)
    marks = payload["marks"]
    if not isinstance(marks, Mapping) or not all(isinstance(r, str) for r in marks):
        raise ValueError("'marks' must be an object mapping region ids to intensities 0-10.")
    for region, intensity in marks.items():
        if intensity is not None and (
            isinstance(intensity, bool)
            or not isinstance(intensity, int)
            or not 0 <= intensity <= 10
        ):
            raise ValueError(
                f"Intensity of {region!r} must be a whole number from 0 to 10, not {intensity!r}."
            )
    return dict(marks)
