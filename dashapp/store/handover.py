"""What a walk-in left on the clinic's device, saved as a new session of a patient: the marks,
the drawing, what makes it worse, the answers and the findings, all or nothing.

Everything is checked before anything is written, and it all happens in the caller's
transaction (`with Session.begin() as session: ...`), so a refusal leaves no patient and no
session behind.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from dashapp.domain.chart import PainChart
from dashapp.store import validate
from dashapp.store.errors import InvalidInput
from dashapp.store.models import Visit
from dashapp.store.patients import create_patient, get_patient
from dashapp.store.visits import create_visit, save_visit
from dashapp.store.vocabulary import Vocabulary

NOTHING_TO_SAVE = "Nothing to save: no marks, drawing, answers or findings are on this device."
ONE_PATIENT = "Choose one patient: someone already saved, or a new patient by name."


def save_walk_in(
    session: Session,
    *,
    chart: PainChart,
    intake: Mapping[str, Any] | None,
    findings: Mapping[str, Any] | None,
    known: Vocabulary,
    patient_id: int | None = None,
    name: str | None = None,
    author: str | None = None,
) -> Visit:
    """A new session, of the patient `patient_id` or of a new patient called `name`, holding
    the walk-in's chart, answers and findings. InvalidInput or NotFound say what is wrong."""
    if (patient_id is None) == (name is None):
        raise InvalidInput(ONE_PATIENT)
    clean_chart = validate.chart(chart, known)
    answers, _ = validate.intake(intake if intake is not None else {}, known)
    values = validate.findings(findings if findings is not None else {}, known)
    drawn = clean_chart.marks or clean_chart.strokes or clean_chart.activities
    if not (drawn or answers or values):
        raise InvalidInput(NOTHING_TO_SAVE)
    if patient_id is not None:
        patient = get_patient(session, patient_id)
    else:
        patient = create_patient(session, validate.plain_name(name))
    # The walk-in's chart is the whole of this session: nothing is copied from an earlier one.
    visit = create_visit(session, patient.id, copy_previous=False, author=author)
    return save_visit(
        session,
        visit.id,
        visit.version,
        chart=clean_chart,
        intake=answers or None,
        findings=values or None,
        author=author,
        known=known,
    )
