"""Check what a visit is about to save, before anything is written.

Each check returns clean values ready for the tables, or raises InvalidInput naming the part
and the field. The pain chart, intake answers and findings are the JSON shapes the pages
already use; complete answers also go through the domain parsers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dashapp.domain.chart import QUALITIES, check_intensity
from dashapp.domain.chart import SCHEMA_VERSION as CHART_VERSION
from dashapp.domain.sciatica.consult import findings_from_form
from dashapp.domain.sciatica.findings import parse_findings
from dashapp.domain.sciatica.intake import (
    ANSWERS,
    CHOICES,
    INTAKE_FIELDS,
    LIST_FIELDS,
    NO_WEAKNESS,
    RED_FLAG_QUESTIONS,
    WEAKNESS_SIGNS,
    parse_intake,
)
from dashapp.store.errors import InvalidInput
from dashapp.store.models import MAX_MINUTES, NAME_LENGTH, TREATMENT_SIDES
from dashapp.store.vocabulary import Vocabulary

INTAKE_CHOICES: dict[str, tuple[str, ...]] = {
    **CHOICES,
    **dict.fromkeys(RED_FLAG_QUESTIONS, ANSWERS),
}
MAX_NOTES = 20_000
EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class CleanMark:
    region: str
    intensity: int | None
    qualities: list[str]


@dataclass(frozen=True)
class CleanTreatment:
    technique: str
    muscle: str
    side: str
    minutes: int


def name(value: Any) -> str:
    """A display name: any text, trimmed, not empty, at most 200 characters."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput("The patient's name must not be empty.")
    if len(value.strip()) > NAME_LENGTH:
        raise InvalidInput(f"The patient's name must be at most {NAME_LENGTH} characters.")
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


def visit_date(value: Any) -> date:
    """A session date."""
    if not isinstance(value, date):
        raise InvalidInput(f"The session date must be a date, not {value!r}.")
    return value


def chart(data: Any, known: Vocabulary) -> tuple[list[CleanMark], list[str]]:
    """Marks and activities from the chart JSON; unknown areas or answers are refused."""
    if not isinstance(data, Mapping) or not isinstance(data.get("marks"), list):
        raise InvalidInput('The pain chart must be an object with a "marks" list.')
    if data.get("version") != CHART_VERSION:
        raise InvalidInput(f"The pain chart must be version {CHART_VERSION}.")
    marks: list[CleanMark] = []
    for number, item in enumerate(data["marks"], start=1):
        where = f"Mark {number}"
        if not isinstance(item, Mapping) or not isinstance(item.get("region"), str):
            raise InvalidInput(f"{where} must name its area (region).")
        region = item["region"]
        if region not in known.regions:
            raise InvalidInput(f"{where}: {region!r} is not an area of the body map.")
        if any(m.region == region for m in marks):
            raise InvalidInput(f"{where}: {region!r} is marked twice.")
        try:
            intensity = check_intensity(item.get("intensity"))
        except ValueError as fault:
            raise InvalidInput(f"{where} ({region}): {fault}.") from None
        qualities = item.get("qualities") or []
        if not isinstance(qualities, list):
            raise InvalidInput(f"{where} ({region}): qualities must be a list.")
        unknown = [str(q) for q in qualities if q not in QUALITIES]
        if unknown:
            raise InvalidInput(f"{where} ({region}): unknown pain quality {', '.join(unknown)}.")
        marks.append(CleanMark(region, intensity, [q for q in QUALITIES if q in qualities]))
    activities = data.get("activities") or []
    if not isinstance(activities, list):
        raise InvalidInput("What makes it worse (activities) must be a list.")
    unknown = [str(a) for a in activities if a not in known.activities]
    if unknown:
        raise InvalidInput(f"Unknown activity: {', '.join(unknown)}.")
    return marks, list(dict.fromkeys(activities))


def intake(answers: Any) -> tuple[dict[str, Any], bool]:
    """The answers given so far, and whether they are complete (then parsed in full)."""
    if not isinstance(answers, Mapping):
        raise InvalidInput("The intake answers must be an object.")
    kept: dict[str, Any] = {}
    for key, value in answers.items():
        if key == "weakness":
            signs = value or []
            allowed = (*WEAKNESS_SIGNS, NO_WEAKNESS)
            if not isinstance(signs, list) or any(s not in allowed for s in signs):
                raise InvalidInput(f"Intake, weakness: {value!r} is not a list of known signs.")
            kept[key] = list(dict.fromkeys(signs))
        elif key not in INTAKE_CHOICES:
            raise InvalidInput(f"Intake: unknown question {key!r}.")
        elif value not in (None, ""):
            if value not in INTAKE_CHOICES[key]:
                choices = ", ".join(INTAKE_CHOICES[key])
                raise InvalidInput(f"Intake, {key}: {value!r} is not one of {choices}.")
            kept[key] = value
    complete = all(f in kept for f in INTAKE_FIELDS if f not in LIST_FIELDS)
    if complete:
        try:
            parse_intake({**kept, "activities": []})
        except ValueError as fault:
            raise InvalidInput(f"Intake: {fault}") from None
    return kept, complete


def findings(values: Any) -> dict[str, Any]:
    """The findings form's flat dict, checked by the examination parser (partial is fine)."""
    if not isinstance(values, Mapping) or not all(isinstance(k, str) for k in values):
        raise InvalidInput("The findings must be an object of answers.")
    kept = {k: v for k, v in values.items() if v not in (None, "", [])}
    try:
        parse_findings(findings_from_form(kept))
    except KeyError as fault:
        raise InvalidInput(f"Findings: unknown side in {fault}.") from None
    except (ValueError, TypeError) as fault:
        raise InvalidInput(f"Findings: {fault}") from None
    return kept


def treatments(rows: Any, known: Vocabulary) -> list[CleanTreatment]:
    """Treatment rows: a known technique on a known muscle, a side, 1 to 240 minutes."""
    if not isinstance(rows, Sequence) or isinstance(rows, str):
        raise InvalidInput("The treatments must be a list.")
    clean = []
    for number, row in enumerate(rows, start=1):
        where = f"Treatment {number}"
        if not isinstance(row, Mapping):
            raise InvalidInput(f"{where} must be an object.")
        technique, muscle, side, minutes = (
            row.get(k) for k in ("technique", "muscle", "side", "minutes")
        )
        if technique not in known.techniques:
            raise InvalidInput(f"{where}: {technique!r} is not a known technique.")
        if muscle not in known.muscles:
            raise InvalidInput(f"{where}: {muscle!r} is not a muscle of the atlas.")
        if side not in TREATMENT_SIDES:
            raise InvalidInput(f"{where}: side must be one of {', '.join(TREATMENT_SIDES)}.")
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise InvalidInput(f"{where}: minutes must be a whole number, not {minutes!r}.")
        if not 0 < minutes <= MAX_MINUTES:
            raise InvalidInput(f"{where}: minutes must be from 1 to {MAX_MINUTES}, not {minutes}.")
        clean.append(CleanTreatment(technique, muscle, side, minutes))
    return clean
