"""Patients: create, update, archive, find.

Every function takes an open Session and leaves the transaction to the caller:

    with Session.begin() as session:
        patient = create_patient(session, "Alex Example")

Bad input raises InvalidInput before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dashapp.store import validate
from dashapp.store.errors import InvalidInput, NotFound
from dashapp.store.models import Patient

MAX_PAGE_SIZE = 200
_UNSET: Any = object()


@dataclass(frozen=True)
class Page:
    """One page of patients, with the total number that matched."""

    items: list[Patient]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def name_key(display_name: str) -> str:
    """The form of a name that searches compare: case-folded."""
    return display_name.casefold()


def create_patient(
    session: Session,
    display_name: str,
    *,
    date_of_birth: date | None = None,
    birth_year: int | None = None,
    reference: str | None = None,
    notes: str = "",
) -> Patient:
    """A new patient; the name is stored as given (trimmed)."""
    clean = validate.name(display_name)
    born, year = validate.birth_date(date_of_birth), validate.birth_year(birth_year)
    validate.birth(born, year)
    patient = Patient(
        display_name=clean,
        name_key=name_key(clean),
        date_of_birth=born,
        birth_year=year,
        reference=validate.reference(reference),
        notes=validate.notes(notes),
        archived=False,
    )
    session.add(patient)
    session.flush()
    return patient


def get_patient(session: Session, patient_id: int) -> Patient:
    """The patient with that id, archived or not; NotFound otherwise."""
    patient = session.get(Patient, patient_id) if validate.is_record_id(patient_id) else None
    if patient is None:
        raise NotFound(f"There is no patient {patient_id}.")
    return patient


def update_patient(
    session: Session,
    patient_id: int,
    *,
    display_name: str = _UNSET,
    date_of_birth: date | None = _UNSET,
    birth_year: int | None = _UNSET,
    reference: str | None = _UNSET,
    notes: str = _UNSET,
) -> Patient:
    """Change only the fields given; None clears the date or year of birth, or the reference."""
    changes: dict[str, Any] = {}
    if display_name is not _UNSET:
        changes["display_name"] = validate.name(display_name)
        changes["name_key"] = name_key(changes["display_name"])
    if date_of_birth is not _UNSET:
        changes["date_of_birth"] = validate.birth_date(date_of_birth)
    if birth_year is not _UNSET:
        changes["birth_year"] = validate.birth_year(birth_year)
    if reference is not _UNSET:
        changes["reference"] = validate.reference(reference)
    if notes is not _UNSET:
        changes["notes"] = validate.notes(notes)
    patient = get_patient(session, patient_id)
    validate.birth(
        changes.get("date_of_birth", patient.date_of_birth),
        changes.get("birth_year", patient.birth_year),
    )
    for field, value in changes.items():
        setattr(patient, field, value)
    session.flush()
    return patient


def archive_patient(session: Session, patient_id: int, archived: bool = True) -> Patient:
    """Hide a patient from the usual lists (archived=False brings them back)."""
    patient = get_patient(session, patient_id)
    patient.archived = bool(archived)
    session.flush()
    return patient


def _like_pattern(text: str) -> str:
    escaped = name_key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_patients(
    session: Session,
    text: str = "",
    *,
    include_archived: bool = False,
    page: int = 1,
    per_page: int = 20,
) -> Page:
    """Patients whose name contains `text` (any case), by name, one page at a time."""
    if not isinstance(page, int) or page < 1:
        raise InvalidInput(f"The page must be a whole number from 1, not {page!r}.")
    if not isinstance(per_page, int) or not 1 <= per_page <= MAX_PAGE_SIZE:
        raise InvalidInput(f"A page holds 1 to {MAX_PAGE_SIZE} patients, not {per_page!r}.")
    wanted = validate.search_text(text)
    query = select(Patient)
    if wanted:
        query = query.where(Patient.name_key.like(_like_pattern(wanted), escape="\\"))
    if not include_archived:
        query = query.where(Patient.archived.is_(False))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    items = session.scalars(
        query.order_by(Patient.name_key, Patient.id).limit(per_page).offset((page - 1) * per_page)
    ).all()
    return Page(list(items), total, page, per_page)


def list_patients(
    session: Session, *, include_archived: bool = False, page: int = 1, per_page: int = 20
) -> Page:
    """All patients by name, one page at a time."""
    return search_patients(
        session, "", include_archived=include_archived, page=page, per_page=per_page
    )
