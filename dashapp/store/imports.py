"""Write a validated patient course (from a JSON import) as a new patient with its sessions."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dashapp.domain.course import PatientCourse
from dashapp.store.mapping import findings_form
from dashapp.store.models import Patient
from dashapp.store.patients import archive_patient, create_patient
from dashapp.store.visits import create_visit, save_visit
from dashapp.store.vocabulary import Vocabulary


def add_course(session: Session, course: PatientCourse, known: Vocabulary) -> Patient:
    """A new patient with every field and every session of the course; the caller's
    transaction holds it all, so a refused row leaves nothing written."""
    person = course.patient
    patient = create_patient(
        session,
        person["name"],
        date_of_birth=person.get("date_of_birth"),
        birth_year=person.get("birth_year"),
        reference=person.get("reference"),
        notes=person.get("notes") or "",
    )
    for item in course.sessions:
        visit = create_visit(session, patient.id, item.date, copy_previous=False)
        save_visit(
            session,
            visit.id,
            visit.version,
            chart=item.chart,
            intake=dict(item.intake) or None,
            findings=findings_form(item),
            treatments=[
                {"technique": t.technique, "muscle": t.muscle, "side": t.side, "minutes": t.minutes}
                for t in item.treatments
            ],
            notes=item.notes,
            stretches=list(item.stretches),
            known=known,
        )
    if person.get("archived"):
        # Last: an archived patient takes no new sessions.
        archive_patient(session, patient.id)
    return patient
