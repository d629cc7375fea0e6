"""One patient's course as a JSON file: export it, and read one back with every field checked.

Import is all or nothing: the whole file is checked before anything is returned, and the first
problem raises ImportProblem naming where it is (`sessions[2].chart.marks[0].intensity: ...`).
Nothing is written here; the store writes what import_course returns.

Decisions:
- Sessions come in date order. Two sessions on the same date are allowed (a chart before and
  one after treatment) and keep the order of the file; a date earlier than the one before it
  is refused rather than re-sorted.
- A newer schema_version is refused: this version of PainMap cannot know what it added.
- Unknown fields are refused at every level, so a misspelt field is never lost in silence.
- Every field of the patient and of each session is written, even when empty, so an export
  imported and exported again gives the same document (apart from exported_at). Version 2
  added the patient's date of birth, archived and each session's intake_complete; version 3
  each chart's freehand drawing (`strokes`, written only when there is one); version 4 each
  session's self-care stretches handed out (`stretches`, atlas muscle ids, written on every
  session once any session has one). Older files are still read.
- A file says the oldest version that holds what it carries: 2 unless a session has a
  drawing (3) or stretches (4), so an older PainMap still imports a course without them, and
  one with them is refused there as coming from a newer PainMap rather than half read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import datetime
from typing import Any

from dashapp.domain.course import PATIENT_FIELDS, PatientCourse
from dashapp.domain.sciatica.intake import answers_complete
from dashapp.formats.exchange_read import (
    MAX_SESSIONS,
    ImportProblem,
    Known,
    read_list,
    read_object,
    read_patient,
    read_session,
    read_timestamp,
    refuse_unknown_fields,
)

SCHEMA_VERSION = 4  # the newest this PainMap reads and writes
DRAWING_VERSION = 3  # the first with drawings
STRETCHES_VERSION = 4  # the first with the stretches handed out
GENERATOR = "PainMap"
MAX_BYTES = 5 * 1024 * 1024


def export_course(course: PatientCourse, exported_at: datetime | None = None) -> dict[str, Any]:
    """The course as plain JSON data, with schema_version and generator."""
    drawn = any(s.chart.strokes for s in course.sessions)
    handed = any(s.stretches for s in course.sessions)
    version = STRETCHES_VERSION if handed else DRAWING_VERSION if drawn else DRAWING_VERSION - 1
    data: dict[str, Any] = {
        "schema_version": version,
        "generator": GENERATOR,
        "patient": _patient(course.patient),
        "sessions": [
            {
                "date": s.date.isoformat(),
                "chart": s.chart.to_json(),
                "intake": dict(s.intake),
                "intake_complete": answers_complete(s.intake),
                "findings": dict(s.findings),
                "treatments": [asdict(t) for t in s.treatments],
                "notes": s.notes,
            }
            | ({"stretches": list(s.stretches)} if handed else {})
            for s in course.sessions
        ],
    }
    if exported_at is not None:
        data["exported_at"] = exported_at.isoformat(timespec="seconds")
    return data


def _patient(patient: Mapping[str, Any]) -> dict[str, Any]:
    """Every patient field, a missing one written empty; the date of birth as YYYY-MM-DD."""
    empty = {"notes": "", "archived": False}
    data = {key: patient.get(key, empty.get(key)) for key in PATIENT_FIELDS}
    if data["date_of_birth"] is not None:
        data["date_of_birth"] = data["date_of_birth"].isoformat()
    return data


def dumps(course: PatientCourse, exported_at: datetime | None = None) -> str:
    """The export as JSON text (UTF-8 safe, indented for people who open it)."""
    return json.dumps(export_course(course, exported_at), ensure_ascii=False, indent=1)


def parse_text(text: str | bytes, max_bytes: int = MAX_BYTES) -> Any:
    """JSON data from an uploaded file; size is checked before parsing."""
    raw = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    if len(raw) > max_bytes:
        raise ImportProblem(
            f"file: {len(raw) / 2**20:.1f} MB is over the {max_bytes / 2**20:g} MB limit"
        )
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ImportProblem(f"file: not UTF-8 text (byte {err.start})") from None
    if not decoded.strip():
        raise ImportProblem("file: empty")
    try:
        return json.loads(decoded, parse_constant=_refuse_constant)
    except json.JSONDecodeError as err:
        # An unterminated string runs to the end of the text: the file was cut short too.
        ends = err.pos >= len(decoded.rstrip()) or err.msg.startswith("Unterminated string")
        why = "the file ends too early (cut short?)" if ends else err.msg
        raise ImportProblem(
            f"file: not valid JSON at line {err.lineno}, column {err.colno}: {why}"
        ) from None
    except ImportProblem:
        raise
    except ValueError as err:  # a number too long to read, say
        raise ImportProblem(f"file: cannot be read: {str(err).split(';')[0]}") from None
    except RecursionError:
        raise ImportProblem("file: nested too deeply to be a PainMap export") from None


def _refuse_constant(name: str) -> Any:
    raise ImportProblem(f"file: {name} is not a number JSON allows")


def import_course(
    data: Any,
    known_regions: Iterable[str],
    known_activities: Iterable[str],
    known_techniques: Iterable[str],
    known_muscles: Iterable[str],
) -> PatientCourse:
    """Check an export (parsed data, or the file's text/bytes) and return it as a course."""
    if isinstance(data, str | bytes | bytearray):
        data = parse_text(data)
    known = Known(
        set(known_regions), set(known_activities), set(known_techniques), set(known_muscles)
    )
    top = read_object("", data)
    refuse_unknown_fields(
        "", top, ("schema_version", "generator", "exported_at", "patient", "sessions")
    )
    _check_version(top)
    if "generator" in top and not isinstance(top["generator"], str):
        raise ImportProblem(f"generator: {top['generator']!r} is not text")
    if "exported_at" in top:
        read_timestamp("exported_at", top["exported_at"])
    patient = read_patient(top.get("patient"))
    sessions = read_list("sessions", top.get("sessions"), MAX_SESSIONS)
    read = tuple(read_session(f"sessions[{n}]", item, known) for n, item in enumerate(sessions))
    for n in range(1, len(read)):
        if read[n].date < read[n - 1].date:
            raise ImportProblem(
                f"sessions[{n}].date: {read[n].date} comes before the session above it "
                f"({read[n - 1].date}); sessions must be in date order"
            )
    return PatientCourse(patient, read)


def _check_version(top: Mapping[str, Any]) -> None:
    if "schema_version" not in top:
        raise ImportProblem("schema_version: missing; this is not a PainMap export")
    version = top["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportProblem(f"schema_version: {version!r} is not a version number")
    if version > SCHEMA_VERSION:
        raise ImportProblem(
            f"schema_version: {version} comes from a newer PainMap (this one reads up to "
            f"{SCHEMA_VERSION}); update PainMap to import this file"
        )


__all__ = [
    "GENERATOR",
    "MAX_BYTES",
    "SCHEMA_VERSION",
    "ImportProblem",
    "dumps",
    "export_course",
    "import_course",
    "parse_text",
]
