"""A patient's course: the patient and their dated sessions, each with its pain chart, the
answers given, the examination findings and the treatments.

Pure data, shared by the store (which loads and saves it), the JSON exchange format and the
reports.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dashapp.domain.chart import PainChart

TREATMENT_SIDES = ("left", "right", "both")
# Every field of a patient a course carries: text, dates as date objects, archived a bool.
PATIENT_FIELDS = ("name", "reference", "date_of_birth", "birth_year", "notes", "archived")
MAX_MINUTES = 240


@dataclass(frozen=True)
class Treatment:
    """One treatment given in a session."""

    technique: str
    muscle: str
    side: str
    minutes: int


def treatment_problem(
    row: Mapping[str, Any], techniques: Collection[str], muscles: Collection[str]
) -> tuple[str, str] | None:
    """The field and the reason a treatment row cannot be kept, or None when it can: a known
    technique on a muscle of the atlas, a side, and a whole number of minutes from 1 to 240."""
    checks = (
        ("technique", techniques, "a known technique"),
        ("muscle", muscles, "a known muscle"),
        ("side", TREATMENT_SIDES, f"one of {', '.join(TREATMENT_SIDES)}"),
    )
    for name, allowed, what in checks:
        value = row.get(name)
        if not isinstance(value, str) or value not in allowed:
            return name, f"{value!r} is not {what}"
    minutes = row.get("minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
        return "minutes", f"{minutes!r} is not a whole number from 1 to {MAX_MINUTES}"
    return None


def check_stretches(value: Any, muscles: Collection[str]) -> tuple[str, ...]:
    """The self-care stretches handed out in a session, as atlas muscle ids (each muscle has
    one stretch), in the order given; ValueError naming the first that cannot be kept: not a
    list, an unknown muscle, or one given twice."""
    if not isinstance(value, list | tuple):
        raise ValueError(f"The stretches handed out must be a list, not {value!r}")
    seen: list[str] = []
    for number, muscle in enumerate(value, start=1):
        if not isinstance(muscle, str) or muscle not in muscles:
            raise ValueError(f"Stretch {number}: {muscle!r} is not a muscle of the atlas")
        if muscle in seen:
            raise ValueError(f"Stretch {number}: {muscle!r} is handed out twice")
        seen.append(muscle)
    return tuple(seen)


@dataclass(frozen=True)
class Session:
    """One dated session: the chart, the answers, the findings, what was done and the
    stretches handed out."""

    date: date
    chart: PainChart = PainChart()
    intake: Mapping[str, Any] = field(default_factory=dict)
    findings: Mapping[str, Any] = field(default_factory=dict)
    treatments: tuple[Treatment, ...] = ()
    notes: str = ""
    # The self-care stretches handed out, as the atlas muscle ids whose stretch was given.
    stretches: tuple[str, ...] = ()
    # When the session's record was started (UTC), if known: it tells apart two sessions of
    # one day. Not part of what the session holds, so two sessions compare without it.
    started: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class PatientCourse:
    """A patient (plain fields, those of PATIENT_FIELDS) and their sessions in date order."""

    patient: Mapping[str, Any]
    sessions: tuple[Session, ...]
