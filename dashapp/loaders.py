"""What the patient-record and session pages show, read from the store in one place each."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from dashapp import store
from dashapp.domain import clock
from dashapp.domain.autosave import fingerprint
from dashapp.domain.chart import PainChart
from dashapp.domain.course import Treatment
from dashapp.domain.progress import course
from dashapp.domain.sciatica.arm_consult import as_consultation
from dashapp.domain.sciatica.consult import (
    Consultation,
    clean_answers,
    findings_from_form,
)
from dashapp.domain.sciatica.intake import answers_complete
from dashapp.services import Services, actor, local_zone
from dashapp.store import intake_links
from dashapp.store.mapping import stretches_of, treatments_of
from dashapp.store.models import Patient, Visit
from dashapp.store.validate import is_record_id
from dashapp.ui.components.atlas_visit import SessionChart
from dashapp.ui.components.session_parts import Answers
from dashapp.ui.pages.patient_record import RecordData
from dashapp.ui.pages.session import SessionData


def record_id(text: str) -> int | None:
    """The id an address names, or None when it cannot name a record."""
    number = int(text) if isinstance(text, str) and text.isascii() and text.isdigit() else None
    return number if is_record_id(number) else None


@contextmanager
def _found(services: Services, get: Callable[[Any, int], Any], text: str) -> Iterator[tuple]:
    """(database session, the record an address names), the record None when the address is
    malformed or names none."""
    number = record_id(text)
    if number is None:
        yield None, None
        return
    with services.db() as db:
        try:
            found = get(db, number)
        except store.NotFound:
            found = None
        yield db, found


def load_record(services: Services, patient_id: str) -> RecordData | None:
    """The patient page's data, or None for an unknown or malformed id."""
    with _found(services, store.get_patient, patient_id) as (db, patient):
        if patient is None:
            return None
        visits = store.list_visits(db, patient.id)
        sessions = [(v.date, store.visit_chart(v, services.vocabulary)) for v in visits]
        rows = course(sessions, services.regions, services.reference.wpi_map) if sessions else []
        services.audited("view", patient_id=patient.id)
        zone = local_zone()
        return RecordData(
            patient_id=patient.id,
            name=patient.display_name,
            notes=patient.notes,
            sessions=tuple((v.id, v.date) for v in visits),
            rows=tuple(rows),
            times=tuple(clock.session_time(v.date, v.created_at, zone) for v in visits),
            zone=clock.zone_name(zone),
            from_patient=intake_links.sent_sessions(db, patient.id),
        )


def load_session(services: Services, visit_id: str) -> SessionData | None:
    """The session page's data, or None for an unknown or malformed id."""
    with _found(services, store.get_visit, visit_id) as (_db, visit):
        if visit is None:
            return None
        chart = store.visit_chart(visit, services.vocabulary)
        held = answers(visit)
        services.audited("view", patient_id=visit.patient.id, visit_id=visit.id)
        return SessionData(
            visit_id=visit.id,
            # as web/autosave.py reckons it: what the page may overwrite
            base=fingerprint(chart, visit.notes, held.answers, held.findings),
            date=visit.date,
            notes=visit.notes,
            patient_id=visit.patient.id,
            patient_name=visit.patient.display_name,
            chart=chart,
            treatments=treatments(visit),
            answers=held,
            consultation=consultation(services, chart, held.answers, held.findings),
            started=clock.session_time(visit.date, visit.created_at, local_zone()),
            stretches=stretches_of(visit, services.vocabulary),
        )


def load_visit_chart(services: Services, visit_id: str) -> SessionChart | None:
    """A session's date and pain chart (marks and drawing), for the atlas to show under a
    pattern; None for an unknown or malformed id."""
    with _found(services, store.get_visit, visit_id) as (_db, visit):
        if visit is None:
            return None
        services.audited("view", patient_id=visit.patient.id, visit_id=visit.id)
        return SessionChart(visit.id, visit.date, store.visit_chart(visit, services.vocabulary))


def consultation(services: Services, chart: PainChart, answers: Any, findings: Any) -> Consultation:
    """The red flags and the nerve-or-muscle comparison of one session's map, answers and
    findings (as the findings form keeps them); what cannot be read is named, never guessed."""
    readable, _dropped = clean_answers(answers)
    # A side other than the patient's right or left names no finding the form has.
    flat = {
        k: v
        for k, v in (findings if isinstance(findings, Mapping) else {}).items()
        if isinstance(k, str) and k.partition(".")[0] in (("right", "left") if "." in k else (k,))
    }
    findings = findings_from_form(flat) if flat else None
    view = services.reference.consult(chart.to_json(), readable, findings)
    # A neck, arm or hand drawing is weighed toward a cervical root instead.
    return as_consultation(view, services.reference.consult_arm(view, readable, findings))


def treatments(visit: Visit) -> tuple[Treatment, ...]:
    """A session's treatment log."""
    return treatments_of(visit)


def answers(visit: Visit) -> Answers:
    """The answers and findings a session holds."""
    return Answers(
        answers=visit.intake.answers if visit.intake else {},
        # by today's questions: a session answered before questions were added asks the new ones
        complete=bool(visit.intake and answers_complete(visit.intake.answers)),
        findings=visit.findings.values if visit.findings else {},
    )


def exists(services: Services, kind: str, text: str) -> bool:
    """Whether the address /<kind>/<text> names a patient ("patients") or a session."""
    number = record_id(text)
    if number is None:
        return False
    # One row by its key: the page loads the rest itself (this runs before every such page).
    model = Patient if kind == "patients" else Visit
    with services.db() as db:
        return db.get(model, number) is not None


def intake_refusal(services: Services, token: str) -> str | None:
    """Why the page of an intake link's token does not open (one same answer for a link used
    up, expired, withdrawn or unknown; another while this address has too many of those), or
    None when it opens. A refusal is counted, as a refused send is."""
    address = actor().address or ""
    try:
        with services.db() as db:
            if intake_links.recent_refusals(db, address) >= intake_links.REFUSAL_LIMIT:
                return intake_links.TOO_MANY
            intake_links.usable_link(db, token)
    except store.NotFound:
        services.audited("view", outcome=intake_links.REFUSED)  # no patient: none is named
        return intake_links.UNUSABLE
    return None
