"""Times as a person reads them: in their own time zone, saying which one where it matters.

The store keeps every time in UTC; it is turned into local time only to be shown. The zone is
the browser's own (its IANA name, e.g. "Europe/Paris"); a name that is missing or unknown is
read as UTC, and the text then says "UTC", so a time is never shown in a zone it does not name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

MAX_NAME = 64  # longer than any IANA zone name


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(available_timezones())


@lru_cache(maxsize=64)
def zone(name: str | None) -> tzinfo:
    """The time zone an IANA name names, or UTC for a missing, malformed or unknown name."""
    if not isinstance(name, str) or len(name) > MAX_NAME or name not in _known():
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def zone_name(where: tzinfo) -> str:
    """The zone's IANA name ("Europe/Paris"), or "UTC"."""
    return getattr(where, "key", None) or "UTC"


def local(moment: datetime, where: tzinfo) -> datetime:
    """A stored (UTC, aware) time in the zone `where`."""
    if moment.tzinfo is None:
        raise ValueError(f"A stored time must carry its time zone, not {moment!r}")
    return moment.astimezone(where)


def time_text(moment: datetime, where: tzinfo, *, seconds: bool = False) -> str:
    """Date, time to the minute (or second) and the zone's abbreviation:
    "2026-03-09 14:05 CET"."""
    here = local(moment, where)
    clock_face = "%H:%M:%S" if seconds else "%H:%M"
    return f"{here:%Y-%m-%d {clock_face}} {here.tzname() or zone_name(where)}"


def session_time(day: date, created: datetime | None, where: tzinfo) -> datetime | None:
    """When a session dated `day` took place, in local time: the time it was started (its
    record created) when that was on the same local day; None when it is not known (a
    session dated after the event, or imported, was created on another day)."""
    if created is None:
        return None
    here = local(created, where)
    return here if here.date() == day else None


def session_text(day: date, at: datetime | None, *, zone: bool = False) -> str:
    """A session's date, and its local start time when known ("2026-03-09 14:05"), with the
    zone's abbreviation if asked ("2026-03-09 14:05 CET")."""
    if at is None:
        return day.isoformat()
    return f"{day.isoformat()} {at:%H:%M}" + (f" {at.tzname()}" if zone and at.tzname() else "")


def session_times(
    sessions: Iterable[tuple[date, datetime | None]], where: tzinfo
) -> list[tuple[date, datetime | None]]:
    """Each session's date and local time (session_time), from its date and start (UTC)."""
    return [(day, session_time(day, started, where)) for day, started in sessions]


def session_labels(sessions: Sequence[tuple[date, datetime | None]]) -> list[str]:
    """A label per session, unique so that no two sessions share a place on a chart: the
    date; the local time as well when the day has several sessions; and, when even that is
    the same or not known, the session's number within the day ("2026-03-09, 2nd")."""
    per_day = Counter(day for day, _ in sessions)
    labels = [
        f"{day.isoformat()} {when:%H:%M}" if per_day[day] > 1 and when else day.isoformat()
        for day, when in sessions
    ]
    repeated, seen = Counter(labels), Counter[str]()
    unique = []
    for label in labels:
        seen[label] += 1
        unique.append(f"{label}, {_ordinal(seen[label])}" if repeated[label] > 1 else label)
    return unique


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
