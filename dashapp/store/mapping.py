"""The one mapping between the visit tables and the domain: a visit's mark rows, activities
and strokes <-> its PainChart, and a saved visit -> a session of the patient's course.

Reading is lenient (chart.rebuild, drawing.read_strokes): a mark whose area is no longer on
the map, or a mark or stroke that cannot be read, is left out rather than trusted, as the
pages have always shown it. Writing takes a chart already checked (see validate.chart).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from dashapp.domain.chart import PainChart, rebuild
from dashapp.domain.course import PatientCourse, Session, Treatment
from dashapp.domain.drawing import read_strokes
from dashapp.domain.sciatica.consult import findings_from_form, findings_to_form
from dashapp.store.models import Patient, Visit, VisitMark
from dashapp.store.vocabulary import Vocabulary


def chart_of(visit: Visit, known: Vocabulary) -> PainChart:
    """The visit's pain chart, keeping only what is readable and known."""
    parts = [(m.region, m.intensity, m.qualities or []) for m in visit.marks]
    chart = rebuild(parts, visit.activities, known.regions, known.activities).chart
    strokes, _ = read_strokes(visit.strokes or [])
    return replace(chart, strokes=strokes)


def mark_rows(chart: PainChart) -> list[VisitMark]:
    """The chart's marks as rows, in the order they were marked."""
    return [
        VisitMark(region=m.region, position=i, intensity=m.intensity, qualities=list(m.qualities))
        for i, m in enumerate(chart.marks)
    ]


def stroke_rows(chart: PainChart) -> list[dict[str, Any]]:
    """The chart's drawing as the visit keeps it: each stroke's JSON, in the order drawn."""
    return [stroke.to_json() for stroke in chart.strokes]


def same_chart(visit: Visit, chart: PainChart) -> bool:
    """Whether the rows already hold this chart (to tell what a save changed); a changed
    drawing is a changed map."""
    stored = [(m.region, m.intensity, list(m.qualities)) for m in visit.marks]
    given = [(m.region, m.intensity, list(m.qualities)) for m in chart.marks]
    return (
        stored == given
        and list(visit.activities) == list(chart.activities)
        and list(visit.strokes or []) == stroke_rows(chart)
    )


def session_of(visit: Visit, known: Vocabulary) -> Session:
    """A saved visit as a session of the course (findings nested as the domain reads them)."""
    return Session(
        date=visit.date,
        chart=chart_of(visit, known),
        intake=dict(visit.intake.answers) if visit.intake else {},
        # The store keeps findings as the form gives them; the course nests them.
        findings=findings_from_form(visit.findings.values) if visit.findings else {},
        treatments=treatments_of(visit),
        notes=visit.notes or "",
        stretches=stretches_of(visit, known),
        started=visit.created_at,
    )


def treatments_of(visit: Visit) -> tuple[Treatment, ...]:
    """The visit's treatment log, in the order it was kept."""
    return tuple(Treatment(t.technique, t.muscle, t.side, t.minutes) for t in visit.treatments)


def stretches_of(visit: Visit, known: Vocabulary) -> tuple[str, ...]:
    """The stretches handed out, in the order given; a muscle no longer in the atlas (or a
    value that cannot be read) is left out, as unknown marks are."""
    held = visit.stretches if isinstance(visit.stretches, list) else []
    return tuple(dict.fromkeys(m for m in held if isinstance(m, str) and m in known.muscles))


def course_of(patient: Patient, visits: Iterable[Visit], known: Vocabulary) -> PatientCourse:
    """The patient (every field but the ids and times) and their saved sessions, in the
    order given."""
    person = {
        "name": patient.display_name,
        "reference": patient.reference,
        "date_of_birth": patient.date_of_birth,
        "birth_year": patient.birth_year,
        "notes": patient.notes or "",
        "archived": bool(patient.archived),
    }
    return PatientCourse(person, tuple(session_of(v, known) for v in visits))


def findings_form(session: Session) -> dict | None:
    """A course session's findings as the store keeps them (the form's flat answers)."""
    return findings_to_form(session.findings) if session.findings else None
