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
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from dashapp.domain import chart as chart_json
from dashapp.domain.chart import QUALITIES, Mark, PainChart
from dashapp.domain.sciatica.findings import parse_findings
from dashapp.domain.sciatica.intake import CHOICES, RED_FLAG_QUESTIONS, WEAKNESS_SIGNS

SCHEMA_VERSION = 1
GENERATOR = "PainMap"
MAX_BYTES = 5 * 1024 * 1024
MAX_MINUTES = 240
MAX_TEXT = 10_000
MAX_SESSIONS = 1_000
TREATMENT_SIDES = ("left", "right", "both")
PATIENT_FIELDS = ("name", "reference", "birth_year", "notes")
SESSION_FIELDS = ("date", "chart", "intake", "findings", "treatments", "notes")
INTAKE_ANSWERS: dict[str, tuple[str, ...]] = {
    **CHOICES,
    **dict.fromkeys(RED_FLAG_QUESTIONS, ("yes", "no", "unsure")),
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ImportProblem(ValueError):
    """The file cannot be imported; the message says where and why."""


@dataclass(frozen=True)
class Treatment:
    """One treatment given in a session."""

    technique: str
    muscle: str
    side: str
    minutes: int


@dataclass(frozen=True)
class Session:
    """One dated session: the chart, the answers, the findings and what was done."""

    date: date
    chart: PainChart = PainChart()
    intake: Mapping[str, Any] = field(default_factory=dict)
    findings: Mapping[str, Any] = field(default_factory=dict)
    treatments: tuple[Treatment, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class PatientCourse:
    """A patient (plain fields) and their sessions in date order."""

    patient: Mapping[str, Any]
    sessions: tuple[Session, ...]


def export_course(course: PatientCourse, exported_at: datetime | None = None) -> dict[str, Any]:
    """The course as plain JSON data, with schema_version and generator."""
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "generator": GENERATOR,
        "patient": dict(course.patient),
        "sessions": [
            {
                "date": s.date.isoformat(),
                "chart": s.chart.to_json(),
                "intake": dict(s.intake),
                "findings": dict(s.findings),
                "treatments": [asdict(t) for t in s.treatments],
                "notes": s.notes,
            }
            for s in course.sessions
        ],
    }
    if exported_at is not None:
        data["exported_at"] = exported_at.isoformat(timespec="seconds")
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
        ends = err.pos >= len(decoded.rstrip())
        why = "the file ends too early (cut short?)" if ends else err.msg
        raise ImportProblem(
            f"file: not valid JSON at line {err.lineno}, column {err.colno}: {why}"
        ) from None
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
    known = _Known(
        set(known_regions), set(known_activities), set(known_techniques), set(known_muscles)
    )
    top = _object("", data)
    _only("", top, ("schema_version", "generator", "exported_at", "patient", "sessions"))
    _check_version(top)
    if "generator" in top and not isinstance(top["generator"], str):
        raise ImportProblem(f"generator: {top['generator']!r} is not text")
    if "exported_at" in top:
        _timestamp("exported_at", top["exported_at"])
    patient = _patient(top.get("patient"))
    sessions = _list("sessions", top.get("sessions"), MAX_SESSIONS)
    read = tuple(_session(f"sessions[{n}]", item, known) for n, item in enumerate(sessions))
    for n in range(1, len(read)):
        if read[n].date < read[n - 1].date:
            raise ImportProblem(
                f"sessions[{n}].date: {read[n].date} comes before the session above it "
                f"({read[n - 1].date}); sessions must be in date order"
            )
    return PatientCourse(patient, read)


@dataclass(frozen=True)
class _Known:
    regions: set[str]
    activities: set[str]
    techniques: set[str]
    muscles: set[str]


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


def _patient(value: Any) -> dict[str, Any]:
    patient = _object("patient", value)
    _only("patient", patient, PATIENT_FIELDS)
    name = patient.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ImportProblem(f"patient.name: {name!r} is not a name")
    for key in ("name", "reference", "notes"):
        if key in patient and patient[key] is not None:
            _text(f"patient.{key}", patient[key])
    year = patient.get("birth_year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise ImportProblem(f"patient.birth_year: {year!r} is not a year")
    if year is not None and not 1900 <= year <= 2100:
        raise ImportProblem(f"patient.birth_year: {year} is not a year from 1900 to 2100")
    return dict(patient)


def _session(where: str, value: Any, known: _Known) -> Session:
    item = _object(where, value)
    _only(where, item, SESSION_FIELDS)
    when = _date(f"{where}.date", item.get("date"))
    chart = _chart(f"{where}.chart", item.get("chart"), known)
    intake = _intake(f"{where}.intake", _given(item, "intake", {}))
    findings = _object(f"{where}.findings", _given(item, "findings", {}))
    trigger = findings.get("trigger_point")
    if trigger not in (None, "", "none") and trigger not in known.muscles:
        raise ImportProblem(f"{where}.findings.trigger_point: {trigger!r} is not a known muscle")
    try:
        parse_findings(findings)
    except ValueError as err:
        raise ImportProblem(f"{where}.findings: {err}") from None
    treatments = tuple(
        _treatment(f"{where}.treatments[{n}]", t, known)
        for n, t in enumerate(_list(f"{where}.treatments", _given(item, "treatments", []), 100))
    )
    notes = _given(item, "notes", "")
    _text(f"{where}.notes", notes)
    return Session(when, chart, intake, dict(findings), treatments, notes)


def _chart(where: str, value: Any, known: _Known) -> PainChart:
    chart = _object(where, value)
    _only(where, chart, ("version", "marks", "activities"))
    if chart.get("version") != chart_json.SCHEMA_VERSION:
        raise ImportProblem(
            f"{where}.version: {chart.get('version')!r} is not chart version "
            f"{chart_json.SCHEMA_VERSION}"
        )
    read: list[Mark] = []
    for n, item in enumerate(_list(f"{where}.marks", chart.get("marks"), len(known.regions) or 1)):
        here = f"{where}.marks[{n}]"
        mark = _object(here, item)
        _only(here, mark, ("region", "intensity", "qualities"))
        region = mark.get("region")
        if not isinstance(region, str) or region not in known.regions:
            raise ImportProblem(f"{here}.region: {region!r} is not a region of the body map")
        if any(m.region == region for m in read):
            raise ImportProblem(f"{here}.region: {region!r} is marked twice")
        intensity = mark.get("intensity")
        try:
            intensity = chart_json.check_intensity(intensity)
        except ValueError:
            raise ImportProblem(
                f"{here}.intensity: {intensity!r} is not a whole number from 0 to 10"
            ) from None
        qualities = _keys(f"{here}.qualities", _given(mark, "qualities", []), QUALITIES, "quality")
        read.append(Mark(region, intensity, tuple(q for q in QUALITIES if q in qualities)))
    activities = _keys(
        f"{where}.activities", _given(chart, "activities", []), known.activities, "activity"
    )
    return PainChart(tuple(read), activities)


def _intake(where: str, value: Any) -> dict[str, Any]:
    answers = _object(where, value)
    _only(where, answers, (*INTAKE_ANSWERS, "weakness"))
    for name, answer in answers.items():
        if answer is None:
            continue
        if name == "weakness":
            _keys(f"{where}.weakness", answer, (*WEAKNESS_SIGNS, "none"), "weakness sign")
        elif answer not in INTAKE_ANSWERS[name]:
            raise ImportProblem(
                f"{where}.{name}: {answer!r} is not one of {', '.join(INTAKE_ANSWERS[name])}"
            )
    return dict(answers)


def _treatment(where: str, value: Any, known: _Known) -> Treatment:
    item = _object(where, value)
    _only(where, item, ("technique", "muscle", "side", "minutes"))
    checks = (
        ("technique", known.techniques, "a known technique"),
        ("muscle", known.muscles, "a known muscle"),
        ("side", TREATMENT_SIDES, f"one of {', '.join(TREATMENT_SIDES)}"),
    )
    for name, allowed, what in checks:
        if not isinstance(item.get(name), str) or item[name] not in allowed:
            raise ImportProblem(f"{where}.{name}: {item.get(name)!r} is not {what}")
    minutes = item.get("minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
        raise ImportProblem(
            f"{where}.minutes: {minutes!r} is not a whole number from 1 to {MAX_MINUTES}"
        )
    return Treatment(item["technique"], item["muscle"], item["side"], minutes)


def _given(data: Mapping[str, Any], key: str, empty: Any) -> Any:
    """The value under key; a missing key or null reads as the empty value."""
    value = data.get(key)
    return empty if value is None else value


def _object(where: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ImportProblem(f"{where or 'file'}: expected an object, not {_kind(value)}")
    return value


def _list(where: str, value: Any, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise ImportProblem(f"{where}: expected a list, not {_kind(value)}")
    if len(value) > limit:
        raise ImportProblem(f"{where}: {len(value)} entries is more than {limit}")
    return value


def _only(where: str, data: Mapping[str, Any], allowed: Sequence[str]) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        prefix = f"{where}." if where else ""
        raise ImportProblem(f"{prefix}{unknown[0]}: unknown field")


def _keys(where: str, value: Any, allowed: Iterable[str], what: str) -> tuple[str, ...]:
    items = _list(where, value, 100)
    allowed = set(allowed)
    for n, key in enumerate(items):
        if not isinstance(key, str) or key not in allowed:
            raise ImportProblem(f"{where}[{n}]: {key!r} is not a known {what}")
    return tuple(dict.fromkeys(items))


def _text(where: str, value: Any) -> None:
    if not isinstance(value, str):
        raise ImportProblem(f"{where}: expected text, not {_kind(value)}")
    if len(value) > MAX_TEXT:
        raise ImportProblem(f"{where}: {len(value)} characters is more than {MAX_TEXT}")


def _date(where: str, value: Any) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise ImportProblem(f"{where}: {value!r} is not a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ImportProblem(f"{where}: {value!r} is not a real date") from None


def _timestamp(where: str, value: Any) -> None:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ImportProblem(f"{where}: {value!r} is not a date and time") from None


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, int | float) else "a value")
