"""A patient's course: the patient and their dated sessions, each with its pain chart, the
answers given, the examination findings and the treatments.

Pure data, shared by the store (which loads and saves it), the JSON exchange format and the
reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dashapp.domain.chart import PainChart

TREATMENT_SIDES = ("left", "right", "both")
MAX_MINUTES = 240


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
