"""Reading an exported course, part by part: every field is checked and the first problem
raises ImportProblem naming where it is (`sessions[2].chart.marks[0].intensity: ...`).

`exchange.import_course` reads the file's top level and calls these for the patient and each
session.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from dashapp.domain.body.retired import successors
from dashapp.domain.chart import (
    SCHEMA_VERSION as CHART_VERSION,
)
from dashapp.domain.chart import (
    ChartProblem,
    Mark,
    PainChart,
    check_activities,
    check_mark,
    check_qualities,
)
from dashapp.domain.course import (
    PATIENT_FIELDS,
    Session,
    Treatment,
    check_stretches,
    treatment_problem,
)
from dashapp.domain.drawing import MAX_STROKES, Stroke, check_stroke
from dashapp.domain.sciatica.findings import parse_findings
from dashapp.domain.sciatica.intake import (
    ANSWER_CHOICES,
    INTAKE_VERSION,
    WEAKNESS_CHOICES,
    answer_problem,
    answers_complete,
)

MAX_TEXT = 10_000
MAX_SESSIONS = 1_000
SESSION_FIELDS = (
    "date", "chart", "intake", "intake_complete", "findings", "treatments", "notes", "stretches",
)  # fmt: skip
STROKE_FIELDS = ("view", "tool", "width", "points", "intensity", "qualities")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ImportProblem(ValueError):
    """The file cannot be imported; the message says where and why."""


@dataclass(frozen=True)
class Known:
    regions: set[str]
    activities: set[str]
    techniques: set[str]
    muscles: set[str]


def read_patient(value: Any) -> dict[str, Any]:
    """Every field of PATIENT_FIELDS, a missing one read as empty (None, "" or False)."""
    patient = read_object("patient", value)
    refuse_unknown_fields("patient", patient, PATIENT_FIELDS)
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
    born = patient.get("date_of_birth")
    born = None if born is None else _date("patient.date_of_birth", born)
    if born is not None and year is not None and born.year != year:
        raise ImportProblem(f"patient.birth_year: {year} is not the year of {born.isoformat()}")
    archived = _given(patient, "archived", False)
    if not isinstance(archived, bool):
        raise ImportProblem(f"patient.archived: {archived!r} is not true or false")
    return {
        "name": name,
        "reference": patient.get("reference"),
        "date_of_birth": born,
        "birth_year": year,
        "notes": _given(patient, "notes", ""),
        "archived": archived,
    }


def read_session(where: str, value: Any, known: Known) -> Session:
    item = read_object(where, value)
    refuse_unknown_fields(where, item, SESSION_FIELDS)
    when = _date(f"{where}.date", item.get("date"))
    chart = _chart(f"{where}.chart", item.get("chart"), known)
    intake = _intake(f"{where}.intake", _given(item, "intake", {}))
    _intake_complete(f"{where}.intake_complete", item.get("intake_complete"), intake)
    findings = read_object(f"{where}.findings", _given(item, "findings", {}))
    trigger = findings.get("trigger_point")
    if trigger not in (None, "", "none") and (
        not isinstance(trigger, str) or trigger not in known.muscles
    ):
        raise ImportProblem(f"{where}.findings.trigger_point: {trigger!r} is not a known muscle")
    try:
        parse_findings(findings, known.muscles)
    except ValueError as err:
        raise ImportProblem(f"{where}.findings: {err}") from None
    treatments = tuple(
        _treatment(f"{where}.treatments[{n}]", t, known)
        for n, t in enumerate(read_list(f"{where}.treatments", _given(item, "treatments", []), 100))
    )
    notes = _given(item, "notes", "")
    _text(f"{where}.notes", notes)
    try:
        stretches = check_stretches(_given(item, "stretches", []), known.muscles)
    except ValueError as fault:
        raise ImportProblem(f"{where}.stretches: {fault}") from None
    return Session(when, chart, intake, dict(findings), treatments, notes, stretches)


def _chart(where: str, value: Any, known: Known) -> PainChart:
    chart = read_object(where, value)
    refuse_unknown_fields(where, chart, ("version", "marks", "activities", "strokes"))
    if chart.get("version") != CHART_VERSION:
        raise ImportProblem(
            f"{where}.version: {chart.get('version')!r} is not chart version {CHART_VERSION}"
        )
    read: list[Mark] = []
    for n, item in enumerate(
        read_list(f"{where}.marks", chart.get("marks"), len(known.regions) or 1)
    ):
        here = f"{where}.marks[{n}]"
        mark = read_object(here, item)
        refuse_unknown_fields(here, mark, ("region", "intensity", "qualities"))
        # A region cut since the export was written is marked on each of its parts.
        for region in successors(mark.get("region"), known.regions):
            try:
                checked = check_mark(
                    region, mark.get("intensity"), (), known.regions, [m.region for m in read]
                )
                qualities = check_qualities(
                    read_list(f"{here}.qualities", _given(mark, "qualities", []), 100)
                )
            except ChartProblem as problem:
                raise ImportProblem(_refusal(here, problem)) from None
            read.append(replace(checked, qualities=qualities))
    activities = read_list(f"{where}.activities", _given(chart, "activities", []), 100)
    strokes = _strokes(f"{where}.strokes", _given(chart, "strokes", []))
    try:
        return PainChart(tuple(read), check_activities(activities, known.activities), strokes)
    except ChartProblem as problem:
        raise ImportProblem(_refusal(where, problem)) from None


def _strokes(where: str, value: Any) -> tuple[Stroke, ...]:
    """The freehand drawing, in the order drawn, each stroke as domain.drawing checks it."""
    read = []
    for n, item in enumerate(read_list(where, value, MAX_STROKES)):
        here = f"{where}[{n}]"
        refuse_unknown_fields(here, read_object(here, item), STROKE_FIELDS)
        try:
            read.append(check_stroke(item))
        except ChartProblem as problem:
            raise ImportProblem(f"{here}: {problem}") from None
    return tuple(read)


def _refusal(where: str, problem: ChartProblem) -> str:
    """The import's wording for a part of a chart the domain refused."""
    value = problem.value
    if problem.part == "region":
        return f"{where}.region: {value!r} is not a region of the body map"
    if problem.part == "duplicate":
        return f"{where}.region: {value!r} is marked twice"
    if problem.part == "intensity":
        return f"{where}.intensity: {value!r} is not a whole number from 0 to 10"
    noun = {"qualities": "quality", "activities": "activity"}[problem.part]
    return f"{where}.{problem.part}[{problem.index}]: {value!r} is not a known {noun}"


def _intake(where: str, value: Any) -> dict[str, Any]:
    answers = read_object(where, value)
    refuse_unknown_fields(where, answers, (*ANSWER_CHOICES, "weakness"))
    for name, answer in answers.items():
        if name == "weakness" and answer is not None:
            _keys(f"{where}.weakness", answer, WEAKNESS_CHOICES, "weakness sign")
        elif answer == "" or answer_problem(name, answer):
            choices = ", ".join(ANSWER_CHOICES[name])
            raise ImportProblem(f"{where}.{name}: {answer!r} is not one of {choices}")
    return dict(answers)


def _intake_complete(where: str, value: Any, answers: Mapping[str, Any]) -> None:
    """The file may say whether the answers are complete; if it does, it must be right, by
    today's questions or by those of an earlier intake (a file written when there were fewer
    questions: the new ones are then asked at the next visit)."""
    if value is None:
        return
    if not isinstance(value, bool):
        raise ImportProblem(f"{where}: {value!r} is not true or false")
    earlier = any(answers_complete(answers, version) for version in range(1, INTAKE_VERSION))
    if value != answers_complete(answers) and not (value and earlier):
        state = "incomplete" if value else "complete"
        raise ImportProblem(f"{where}: {str(value).lower()}, but the answers are {state}")


def _treatment(where: str, value: Any, known: Known) -> Treatment:
    item = read_object(where, value)
    refuse_unknown_fields(where, item, ("technique", "muscle", "side", "minutes"))
    problem = treatment_problem(item, known.techniques, known.muscles)
    if problem:
        raise ImportProblem(f"{where}.{problem[0]}: {problem[1]}")
    return Treatment(item["technique"], item["muscle"], item["side"], item["minutes"])


def _given(data: Mapping[str, Any], key: str, empty: Any) -> Any:
    """The value under key; a missing key or null reads as the empty value."""
    value = data.get(key)
    return empty if value is None else value


def read_object(where: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ImportProblem(f"{where or 'file'}: expected an object, not {_kind(value)}")
    return value


def read_list(where: str, value: Any, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise ImportProblem(f"{where}: expected a list, not {_kind(value)}")
    if len(value) > limit:
        raise ImportProblem(f"{where}: {len(value)} entries is more than {limit}")
    return value


def refuse_unknown_fields(where: str, data: Mapping[str, Any], allowed: Sequence[str]) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        prefix = f"{where}." if where else ""
        raise ImportProblem(f"{prefix}{unknown[0]}: unknown field")


def _keys(where: str, value: Any, allowed: Iterable[str], what: str) -> tuple[str, ...]:
    items = read_list(where, value, 100)
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


def read_timestamp(where: str, value: Any) -> None:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ImportProblem(f"{where}: {value!r} is not a date and time") from None


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, int | float) else "a value")
