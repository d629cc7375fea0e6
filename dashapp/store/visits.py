"""Visits (sessions): start one, load it whole, save it without overwriting anyone, list them.

Like patients.py, these functions take an open Session and leave commit or rollback to the
caller (`with Session.begin() as session: ...`). Everything given to save_visit is checked
first, so bad input or a conflict writes nothing. Charts come and go as domain PainCharts
(visit_chart, save_visit(chart=...)), and a patient's record as a domain PatientCourse.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from dashapp.domain.chart import PainChart
from dashapp.domain.course import PatientCourse
from dashapp.domain.course import Session as CourseSession
from dashapp.store import validate
from dashapp.store.errors import ConflictError, InvalidInput, NotFound
from dashapp.store.mapping import (
    chart_of,
    course_of,
    mark_rows,
    same_chart,
    session_of,
    stroke_rows,
    treatments_of,
)
from dashapp.store.models import (
    FINDINGS_SCHEMA,
    INTAKE_SCHEMA,
    Visit,
    VisitFindings,
    VisitIntake,
    VisitMark,
    VisitTreatment,
    utcnow,
)
from dashapp.store.patients import get_patient
from dashapp.store.vocabulary import Vocabulary

_EVERYTHING = (
    selectinload(Visit.marks),
    selectinload(Visit.treatments),
    selectinload(Visit.intake),
    selectinload(Visit.findings),
)


def create_visit(
    session: Session,
    patient_id: int,
    visit_date: date | None = None,
    *,
    copy_previous: bool = True,
    author: str | None = None,
) -> Visit:
    """A new session for the patient, dated today unless given.

    With copy_previous, the new session starts from a copy of the previous session's map
    (marks, what makes it worse and the drawing), so the therapist only records what changed.
    """
    when = validate.visit_date(visit_date or date.today())
    patient = get_patient(session, patient_id)
    if patient.archived:
        raise InvalidInput(f"{patient.display_name} is archived; restore them first.")
    visit = Visit(
        patient_id=patient.id, date=when, version=1, notes="", stretches=[], updated_by=author
    )
    previous = _previous(session, patient.id, when) if copy_previous else None
    if previous is not None:
        visit.activities = list(previous.activities)
        visit.strokes = list(previous.strokes or [])
        visit.marks = [
            VisitMark(
                region=m.region, position=m.position, intensity=m.intensity, qualities=m.qualities
            )
            for m in previous.marks
        ]
    else:
        visit.activities, visit.strokes = [], []
    session.add(visit)
    session.flush()
    return visit


def _previous(session: Session, patient_id: int, on_or_before: date) -> Visit | None:
    return session.scalars(
        select(Visit)
        .where(Visit.patient_id == patient_id, Visit.date <= on_or_before)
        .order_by(Visit.date.desc(), Visit.id.desc())
        .options(selectinload(Visit.marks))
        .limit(1)
    ).first()


def get_visit(session: Session, visit_id: int) -> Visit:
    """The session with its marks, intake, findings and treatments loaded."""
    if not validate.is_record_id(visit_id):
        raise NotFound(f"There is no session {visit_id!r}.")
    visit = session.scalars(
        select(Visit).where(Visit.id == visit_id).options(*_EVERYTHING)
    ).one_or_none()
    if visit is None:
        raise NotFound(f"There is no session {visit_id}.")
    return visit


def list_visits(session: Session, patient_id: int) -> list[Visit]:
    """The patient's sessions, oldest first, each with everything loaded (the timeline)."""
    get_patient(session, patient_id)
    return list(
        session.scalars(
            select(Visit)
            .where(Visit.patient_id == patient_id)
            .order_by(Visit.date, Visit.id)
            .options(*_EVERYTHING)
        ).all()
    )


def visit_chart(visit: Visit, known: Vocabulary) -> PainChart:
    """The loaded visit's pain chart; areas or activities no longer known are left out."""
    return chart_of(visit, known)


def visit_session(visit: Visit, known: Vocabulary) -> CourseSession:
    """The loaded visit as a session of the patient's course: chart, answers, findings,
    treatments and notes."""
    return session_of(visit, known)


def patient_course(session: Session, patient_id: int, known: Vocabulary) -> PatientCourse:
    """The patient (every field) and every saved session, oldest first."""
    patient = get_patient(session, patient_id)
    return course_of(patient, list_visits(session, patient_id), known)


def save_visit(
    session: Session,
    visit_id: int,
    version: int,
    *,
    chart: PainChart | None = None,
    intake: Mapping[str, Any] | None = None,
    findings: Mapping[str, Any] | None = None,
    treatments: Sequence[Mapping[str, Any]] | None = None,
    notes: str | None = None,
    stretches: Sequence[str] | None = None,
    visit_date: date | None = None,
    author: str | None = None,
    known: Vocabulary,
) -> Visit:
    """Save the parts given (None leaves a part as it is; ids are checked against `known`) if
    the session is still at `version`, the version the caller loaded; then the version goes up
    by one.

    Raises ConflictError when someone saved the session in between, InvalidInput on bad input;
    either way nothing is written.
    """
    clean_chart = validate.chart(chart, known) if chart is not None else None
    clean_intake = validate.intake(intake, known) if intake is not None else None
    clean_findings = validate.findings(findings, known) if findings is not None else None
    clean_treatments = validate.treatments(treatments, known) if treatments is not None else None
    clean_notes = validate.notes(notes) if notes is not None else None
    clean_stretches = validate.stretches(stretches, known) if stretches is not None else None
    clean_date = validate.visit_date(visit_date) if visit_date is not None else None
    if isinstance(version, bool) or not isinstance(version, int):
        raise InvalidInput(f"The loaded version must be a whole number, not {version!r}.")

    # The caller often loaded the session in this transaction already (the autosave does):
    # then nothing is read again; otherwise one row, and only the parts this save compares.
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"There is no session {visit_id}.")
    changed = _what_changed(
        visit, clean_chart, clean_intake, clean_findings, clean_treatments, clean_notes, clean_date
    )
    if clean_stretches is not None and clean_stretches != list(visit.stretches or []):
        changed.append("stretches")
    # The check and the bump are one statement, so two saves of one version cannot both win.
    bumped = session.execute(
        update(Visit)
        .where(Visit.id == visit_id, Visit.version == version)
        .values(
            version=Visit.version + 1,
            updated_at=utcnow(),
            updated_by=author,
            last_change=", ".join(changed) or "nothing",
        )
        .execution_options(synchronize_session=False)
    )
    # Only what the statement changed: the rows already loaded need no second read.
    session.refresh(visit, ["version", "updated_at", "updated_by", "last_change"])
    if bumped.rowcount != 1:
        raise ConflictError(
            visit_id,
            version,
            visit.version,
            visit.updated_at,
            visit.updated_by,
            visit.last_change,
        )
    # An unchanged map keeps its rows (an autosave of typed notes rewrites no marks).
    kept_chart = clean_chart if "map" in changed else None
    _apply(session, visit, kept_chart, clean_intake, clean_findings, clean_treatments)
    if clean_notes is not None:
        visit.notes = clean_notes
    if clean_stretches is not None:
        visit.stretches = clean_stretches
    if clean_date is not None:
        visit.date = clean_date
    session.flush()
    return visit


def _what_changed(visit: Visit, chart, intake, findings, treatments, notes, when) -> list[str]:
    parts = []
    if chart is not None and not same_chart(visit, chart):
        parts.append("map")
    if intake is not None and intake[0] != (visit.intake.answers if visit.intake else {}):
        parts.append("intake")
    if findings is not None and findings != (visit.findings.values if visit.findings else {}):
        parts.append("findings")
    if treatments is not None:
        if treatments != list(treatments_of(visit)):
            parts.append("treatments")
    if notes is not None and notes != visit.notes:
        parts.append("notes")
    if when is not None and when != visit.date:
        parts.append("date")
    return parts


def _apply(session: Session, visit: Visit, chart, intake, findings, treatments) -> None:
    if chart is not None:
        visit.marks.clear()
        session.flush()  # old rows go before new ones with the same (visit, region) key
        visit.marks.extend(mark_rows(chart))
        visit.activities = list(chart.activities)
        visit.strokes = stroke_rows(chart)
    if intake is not None:
        answers, complete = intake
        if visit.intake is None:
            visit.intake = VisitIntake()
        visit.intake.answers = answers
        visit.intake.complete = complete
        visit.intake.schema_version = INTAKE_SCHEMA
    if findings is not None:
        if visit.findings is None:
            visit.findings = VisitFindings()
        visit.findings.values = findings
        visit.findings.schema_version = FINDINGS_SCHEMA
    if treatments is not None:
        visit.treatments.clear()
        session.flush()
        visit.treatments.extend(
            VisitTreatment(
                position=i, technique=t.technique, muscle=t.muscle, side=t.side, minutes=t.minutes
            )
            for i, t in enumerate(treatments)
        )
