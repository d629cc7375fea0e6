"""Check what a visit is about to save, before anything is written.

Each check returns clean values ready for the tables, or raises InvalidInput naming the part
and the field. The pain chart is a domain PainChart, checked by the domain's own `chart.check`;
intake answers and findings are the JSON shapes the pages already use, and complete answers
also go through the domain parsers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from dashapp.domain.chart import ChartProblem, PainChart, check
from dashapp.domain.course import Treatment, check_stretches, treatment_problem
from dashapp.domain.drawing import Stroke, check_strokes
from dashapp.domain.sciatica.consult import findings_from_form
from dashapp.domain.sciatica.findings import parse_findings
from dashapp.domain.sciatica.intake import answer_problem, answers_complete, parse_intake
from dashapp.store.errors import InvalidInput
from dashapp.store.models import NAME_LENGTH, REFERENCE_LENGTH
from dashapp.store.vocabulary import Vocabulary

MAX_NOTES = 20_000
MAX_SEARCH = 200
# SQLite and PostgreSQL's bigint stop at 64 bits; a larger number names no record.
MAX_ID = 2**63 - 1
EARLIEST_BIRTH = date(1900, 1, 1)


def name(value: Any) -> str:
    """A display name: any text, trimmed, not empty, at most 200 characters."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput("The patient's name must not be empty.")
    if len(value.strip()) > NAME_LENGTH:
        raise InvalidInput(f"The patient's name must be at most {NAME_LENGTH} characters.")
    return value.strip()


def plain_name(value: Any) -> str:
    """A new patient's name typed on a shared device: a name, and nothing a page could read
    as markup (no < or >)."""
    clean = name(value)
    if "<" in clean or ">" in clean:
        raise InvalidInput("The patient's name must not contain < or >.")
    return clean


def is_record_id(value: Any) -> bool:
    """Whether `value` could be the id of a saved record (a whole number the database holds)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID


def search_text(value: Any) -> str:
    """What to look for in names: text, at most 200 characters, trimmed."""
    if not isinstance(value, str):
        raise InvalidInput(f"Search for text, not {type(value).__name__}.")
    if len(value) > MAX_SEARCH:
        raise InvalidInput(f"Search for at most {MAX_SEARCH} characters.")
    return value.strip()


def notes(value: Any, what: str = "notes") -> str:
    """Free text, at most 20,000 characters."""
    if not isinstance(value, str):
        raise InvalidInput(f"The {what} must be text, not {type(value).__name__}.")
    if len(value) > MAX_NOTES:
        raise InvalidInput(f"The {what} must be at most {MAX_NOTES:,} characters.")
    return value


def birth_date(value: Any) -> date | None:
    """A date of birth between 1900 and today, or None."""
    if value is None:
        return None
    if not isinstance(value, date):
        raise InvalidInput(f"The date of birth must be a date, not {value!r}.")
    if not EARLIEST_BIRTH <= value <= date.today():
        raise InvalidInput(f"The date of birth {value.isoformat()} is not plausible.")
    return value


def birth_year(value: Any) -> int | None:
    """A year of birth between 1900 and this year, or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"The year of birth must be a whole number, not {value!r}.")
    if not EARLIEST_BIRTH.year <= value <= date.today().year:
        raise InvalidInput(f"The year of birth {value} is not plausible.")
    return value


def birth(born: date | None, year: int | None) -> None:
    """The date and the year of birth, when both are known, must agree."""
    if born is not None and year is not None and born.year != year:
        raise InvalidInput(
            f"The date of birth {born.isoformat()} is not in the year of birth {year}."
        )


def reference(value: Any) -> str | None:
    """The patient's number in another record: text of at most 64 characters, or None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"The patient's reference must be text, not {type(value).__name__}.")
    if len(value.strip()) > REFERENCE_LENGTH:
        raise InvalidInput(
            f"The patient's reference must be at most {REFERENCE_LENGTH} characters."
        )
    return value.strip() or None


def visit_date(value: Any) -> date:
    """A session date."""
    if not isinstance(value, date):
        raise InvalidInput(f"The session date must be a date, not {value!r}.")
    return value


def chart(value: Any, known: Vocabulary) -> PainChart:
    """The chart as the domain checks it (known areas and activities, intensities 0-10, known
    qualities, no area twice; strokes as domain.drawing checks them), or InvalidInput naming
    the mark or the stroke."""
    if not isinstance(value, PainChart):
        raise InvalidInput(f"The pain chart must be a PainChart, not {type(value).__name__}.")
    try:
        checked = check(value, known.regions, known.activities)
        # Strokes are checked again from their JSON: a Stroke can be built without a check.
        strokes = check_strokes(
            [s.to_json() if isinstance(s, Stroke) else s for s in value.strokes]
            if isinstance(value.strokes, list | tuple)
            else value.strokes
        )
        return replace(checked, strokes=strokes)
    except ChartProblem as problem:
        if problem.part == "drawing":
            where = "The drawing" if problem.index is None else f"Stroke {problem.index + 1}"
            raise InvalidInput(f"{where}: {problem}.") from None
        if problem.mark is None:
            raise InvalidInput(f"{problem}.") from None
        where = f"Mark {problem.mark + 1}"
        if problem.part not in ("region", "duplicate"):
            where += f" ({value.marks[problem.mark].region})"
        raise InvalidInput(f"{where}: {problem}.") from None


def intake(answers: Any, known: Vocabulary) -> tuple[dict[str, Any], bool]:
    """The answers given so far, and whether they are complete (then parsed in full)."""
    if not isinstance(answers, Mapping):
        raise InvalidInput("The intake answers must be an object.")
    kept: dict[str, Any] = {}
    for key, value in answers.items():
        problem = answer_problem(key, value)
        if problem:
            raise InvalidInput(f"Intake: {problem}.")
        if key == "weakness":
            kept[key] = list(dict.fromkeys(value or []))
        elif value not in (None, ""):
            kept[key] = value
    complete = answers_complete(kept)
    if complete:
        try:
            parse_intake({**kept, "activities": []}, known.activities)
        except ValueError as fault:
            raise InvalidInput(f"Intake: {fault}") from None
    return kept, complete


def findings(values: Any, known: Vocabulary) -> dict[str, Any]:
    """The findings form's flat dict, checked by the examination parser (partial is fine)."""
    if not isinstance(values, Mapping) or not all(isinstance(k, str) for k in values):
        raise InvalidInput("The findings must be an object of answers.")
    kept = {k: v for k, v in values.items() if v not in (None, "", [])}
    try:
        # Sorted: a set has no order, and a refusal lists the muscles the same way each time.
        parse_findings(findings_from_form(kept), sorted(known.muscles))
    except KeyError as fault:
        raise InvalidInput(f"Findings: unknown side in {fault}.") from None
    except (ValueError, TypeError) as fault:
        raise InvalidInput(f"Findings: {fault}") from None
    return kept


def treatments(rows: Any, known: Vocabulary) -> list[Treatment]:
    """Treatment rows: a known technique on a known muscle, a side, 1 to 240 minutes."""
    if not isinstance(rows, Sequence) or isinstance(rows, str):
        raise InvalidInput("The treatments must be a list.")
    clean = []
    for number, row in enumerate(rows, start=1):
        where = f"Treatment {number}"
        if not isinstance(row, Mapping):
            raise InvalidInput(f"{where} must be an object.")
        problem = treatment_problem(row, known.techniques, known.muscles)
        if problem:
            raise InvalidInput(f"{where}, {problem[0]}: {problem[1]}.")
        clean.append(Treatment(*(row[k] for k in ("technique", "muscle", "side", "minutes"))))
    return clean


def stretches(value: Any, known: Vocabulary) -> list[str]:
    """The stretches handed out: atlas muscle ids (each muscle has one), none given twice."""
    try:
        return list(check_stretches(value, known.muscles))
    except ValueError as fault:
        raise InvalidInput(f"{fault}.") from None
