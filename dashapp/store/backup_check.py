"""What a restore checks in every row before it writes anything.

Two steps: `check_types` makes sure a value fits its column on both databases (SQLite keeps
whatever it is given, so a damaged file can hold text where a number belongs), and
`check_rows` runs the rules the pages and the JSON import use: the names, notes and dates of
validate.py, the one chart check, the drawing's check_strokes, answer_problem (through
validate.intake), treatment_problem, and that every row belongs to a row that exists. A
refusal is a RestoreError of one line naming the table, the row and the field.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, String, Table

from dashapp.domain.chart import ChartProblem, Mark, PainChart, check
from dashapp.domain.course import treatment_problem
from dashapp.domain.drawing import check_strokes
from dashapp.domain.sciatica.intake import answers_complete
from dashapp.store import validate
from dashapp.store.errors import InvalidInput, RestoreError
from dashapp.store.models import FINDINGS_SCHEMA, INTAKE_SCHEMA, UTCDateTime
from dashapp.store.patients import name_key
from dashapp.store.vocabulary import Vocabulary

Row = dict[str, Any]
INT_RANGE = (-(2**31), 2**31 - 1)  # PostgreSQL's INTEGER
MAX_DEPTH = 20
MAX_LINE = 300


def truncated(header: bytes, size: int) -> bool:
    """Whether a SQLite file is shorter (or longer) than its header says: a cut-off copy.

    SQLite reads a file cut at a page boundary without complaint while the pages it lost
    belong to tables a restore does not read, so the length is checked on its own."""
    if len(header) < 100 or header[24:28] != header[92:96]:  # the page count is not current
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return size != page_size * int.from_bytes(header[28:32], "big")


def one_line(text: str) -> str:
    """The text on one line, cut to a length a terminal shows whole."""
    line = " ".join(str(text).split())
    return line if len(line) <= MAX_LINE else line[: MAX_LINE - 1] + "…"


def check_types(table: Table, row: Mapping[str, Any]) -> None:
    """TypeError or ValueError (saying why) when a value does not fit its column."""
    for column in table.c:
        value, kind = row[column.name], column.type
        if value is None:
            if not column.nullable:
                raise ValueError(f"{column.name}: missing")
            continue
        if isinstance(kind, UTCDateTime):
            fits = isinstance(value, datetime) and value.tzinfo is not None
        elif isinstance(kind, Date):
            fits = isinstance(value, date) and not isinstance(value, datetime)
        elif isinstance(kind, Boolean):
            fits = isinstance(value, bool)
        elif isinstance(kind, Integer):
            fits = type(value) is int and INT_RANGE[0] <= value <= INT_RANGE[1]
        elif isinstance(kind, String):  # Text too
            fits = _clean_text(value)
            if fits and kind.length is not None and len(value) > kind.length:
                raise ValueError(
                    f"{column.name}: {len(value):,} characters is more than {kind.length}"
                )
        elif isinstance(kind, JSON):
            fits = _plain(value, MAX_DEPTH)
        else:
            fits = False
        if not fits:
            raise TypeError(f"{column.name}: {_short(value)} does not fit a {kind} column")


def _clean_text(value: Any) -> bool:
    if not isinstance(value, str) or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _plain(value: Any, depth: int) -> bool:
    """Plain JSON data, not too deeply nested, that both databases can keep."""
    if depth < 0:
        return False
    if isinstance(value, dict):
        return all(_clean_text(k) and _plain(v, depth - 1) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v, depth - 1) for v in value)
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or isinstance(value, bool | int) or _clean_text(value)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


class _Rows:
    """The rows of one table, each with its number in the file and a way to refuse it."""

    def __init__(self, name: str, rows: list[Row]) -> None:
        self.name, self.rows = name, rows

    def numbered(self) -> list[tuple[int, Row]]:
        return list(enumerate(self.rows, start=1))

    def refuse(self, number: int, field: str, why: str) -> RestoreError:
        return RestoreError(one_line(f"{self.name} row {number}, {field}: {why}"))


def check_rows(rows: Mapping[str, list[Row]], known: Vocabulary) -> None:
    """Every row as the app would accept it, or RestoreError naming the first that is not."""
    patients = _check_patients(_Rows("patients", rows["patients"]))
    visits = _check_visits(_Rows("visits", rows["visits"]), patients, known)
    _check_charts(_Rows("visit_marks", rows["visit_marks"]), visits, known)
    _check_parts(_Rows("visit_intakes", rows["visit_intakes"]), visits, known)
    _check_parts(_Rows("visit_findings", rows["visit_findings"]), visits, known)
    _check_treatments(_Rows("visit_treatments", rows["visit_treatments"]), visits, known)


def _field(table: _Rows, number: int, field: str, rule: Callable[..., Any], *values: Any) -> None:
    """Refuse the row when the store's rule refuses the field's value."""
    try:
        rule(*values)
    except InvalidInput as refusal:
        raise table.refuse(number, field, str(refusal)) from None


def _unique_ids(table: _Rows) -> set[int]:
    seen: set[int] = set()
    for number, row in table.numbered():
        if row["id"] in seen:
            raise table.refuse(number, "id", f"{row['id']} is used by an earlier row")
        seen.add(row["id"])
    return seen


def _check_patients(table: _Rows) -> set[int]:
    for number, row in table.numbered():
        _field(table, number, "display_name", validate.name, row["display_name"])
        if row["name_key"] != name_key(row["display_name"].strip()):
            raise table.refuse(number, "name_key", "does not match the display_name")
        _field(table, number, "date_of_birth", validate.birth_date, row["date_of_birth"])
        _field(table, number, "birth_year", validate.birth_year, row["birth_year"])
        _field(table, number, "birth_year", validate.birth, row["date_of_birth"], row["birth_year"])
        _field(table, number, "reference", validate.reference, row["reference"])
        _field(table, number, "notes", validate.notes, row["notes"])
    return _unique_ids(table)


def _check_visits(table: _Rows, patients: set[int], known: Vocabulary) -> dict[int, Row]:
    for number, row in table.numbered():
        if row["patient_id"] not in patients:
            raise table.refuse(number, "patient_id", f"there is no patient {row['patient_id']}")
        if row["version"] < 1:
            raise table.refuse(number, "version", f"{row['version']} is not 1 or more")
        _field(table, number, "notes", validate.notes, row["notes"])
        try:
            check_strokes(row["strokes"])
        except ChartProblem as problem:
            which = "" if problem.index is None else f" stroke {problem.index + 1}:"
            raise table.refuse(number, "strokes", f"{which} {problem}".strip()) from None
        _field(table, number, "stretches", validate.stretches, row["stretches"], known)
    _unique_ids(table)
    return {row["id"]: row for row in table.rows}


def _owner(table: _Rows, number: int, row: Row, visits: Mapping[int, Row]) -> Row:
    if row["visit_id"] not in visits:
        raise table.refuse(number, "visit_id", f"there is no session {row['visit_id']}")
    return visits[row["visit_id"]]


def _check_charts(table: _Rows, visits: Mapping[int, Row], known: Vocabulary) -> None:
    """Each session's marks, in their order, and its activities, through the one chart check."""
    marks: dict[int, list[tuple[int, Row]]] = defaultdict(list)
    for number, row in table.numbered():
        marks[_owner(table, number, row, visits)["id"]].append((number, row))
    visit_rows = _Rows("visits", list(visits.values()))
    for visit_number, visit in visit_rows.numbered():
        own = sorted(marks.get(visit["id"], []), key=lambda item: item[1]["position"])
        chart = PainChart(
            tuple(Mark(r["region"], r["intensity"], r["qualities"]) for _, r in own),
            visit["activities"],
        )
        try:
            check(chart, known.regions, known.activities)
        except ChartProblem as problem:
            if problem.mark is None:
                raise visit_rows.refuse(visit_number, "activities", str(problem)) from None
            field = "region" if problem.part == "duplicate" else problem.part
            raise table.refuse(own[problem.mark][0], field, str(problem)) from None


def _check_parts(table: _Rows, visits: Mapping[int, Row], known: Vocabulary) -> None:
    """A session's intake answers or findings, as a save would check them."""
    intake = table.name == "visit_intakes"
    newest = INTAKE_SCHEMA if intake else FINDINGS_SCHEMA
    for number, row in table.numbered():
        _owner(table, number, row, visits)
        if not 1 <= row["schema_version"] <= newest:
            raise table.refuse(number, "schema_version", f"{row['schema_version']} is unknown")
        if not intake:
            _field(table, number, "values", validate.findings, row["values"], known)
            continue
        try:
            kept, _ = validate.intake(row["answers"], known)
        except InvalidInput as refusal:
            raise table.refuse(number, "answers", str(refusal)) from None
        # judged by the questions of the row's own version: a backup made when there were
        # fewer questions restores as it was
        complete = answers_complete(kept, row["schema_version"])
        if complete != row["complete"]:
            state = "complete" if complete else "not complete"
            raise table.refuse(
                number, "complete", f"{row['complete']}, but the answers are {state}"
            )
    seen = [row["visit_id"] for row in table.rows]
    if len(seen) != len(set(seen)):
        twice = next(v for v in seen if seen.count(v) > 1)
        raise table.refuse(len(seen), "visit_id", f"session {twice} has two rows")


def _check_treatments(table: _Rows, visits: Mapping[int, Row], known: Vocabulary) -> None:
    for number, row in table.numbered():
        _owner(table, number, row, visits)
        problem = treatment_problem(row, known.techniques, known.muscles)
        if problem:
            raise table.refuse(number, problem[0], problem[1])
    _unique_ids(table)
