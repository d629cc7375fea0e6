"""Intake links: a patient sends one intake (the map, the questions, what makes it worse) from
their own phone, without signing in, as a new session marked "from the patient".

The link's token is shown once, to the therapist who made it; only its SHA-256 is stored. A
link works once, until it expires (24 hours unless asked otherwise) or is withdrawn. Every way
a link cannot be used gets the one same answer, so a guess learns nothing about any record.
Like the other store modules, these functions leave the transaction to the caller.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from dashapp.domain.chart import PainChart
from dashapp.store import validate
from dashapp.store.errors import InvalidInput, NotFound
from dashapp.store.models import AuditEvent, IntakeLink, Visit, utcnow
from dashapp.store.patients import get_patient
from dashapp.store.visits import create_visit, save_visit
from dashapp.store.vocabulary import Vocabulary

LINK_HOURS = 24
MAX_HOURS = 7 * 24
FROM_PATIENT = "from the patient"
UNUSABLE = (
    "This link cannot be used: it was used already, it has expired or it was withdrawn. "
    "Please ask your therapist for a new one."
)

# What the audit trail says of a link refused (sent or opened); ten refusals within 15 minutes
# from one address pause that address. A token has 256 bits, so this is about sparing the
# server, not about the odds of a guess.
REFUSED = "intake link refused"
REFUSAL_LIMIT = 10
REFUSAL_WINDOW = timedelta(minutes=15)
TOO_MANY = "Too many tries: please wait a few minutes."


def token_hash(token: str) -> str:
    """What the database keeps of a link's token."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_link(
    session: Session,
    patient_id: int,
    *,
    hours: int = LINK_HOURS,
    author: str | None = None,
    now: datetime | None = None,
) -> tuple[IntakeLink, str]:
    """A new link for the patient and its token (shown once: it is not kept)."""
    if isinstance(hours, bool) or not isinstance(hours, int) or not 1 <= hours <= MAX_HOURS:
        raise InvalidInput(f"A link lasts 1 to {MAX_HOURS} hours, not {hours!r}.")
    patient = get_patient(session, patient_id)
    if patient.archived:
        raise InvalidInput(f"{patient.display_name} is archived; restore them first.")
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    link = IntakeLink(
        patient_id=patient.id,
        token_hash=token_hash(token),
        created_at=now,
        created_by=author,
        expires_at=now + timedelta(hours=hours),
    )
    session.add(link)
    session.flush()
    return link, token


def usable_link(session: Session, token: Any, now: datetime | None = None) -> IntakeLink:
    """The link the token opens, if it still works; NotFound (always UNUSABLE) otherwise."""
    if not isinstance(token, str) or not 20 <= len(token) <= 100:
        raise NotFound(UNUSABLE)
    link = session.scalars(
        select(IntakeLink).where(IntakeLink.token_hash == token_hash(token))
    ).one_or_none()
    if link is None or link.used_at or link.revoked_at or link.expires_at <= (now or utcnow()):
        raise NotFound(UNUSABLE)
    return link


def revoke_link(session: Session, patient_id: int, link_id: int) -> IntakeLink:
    """Withdraw one of the patient's links (a used one stays as it is)."""
    link = session.get(IntakeLink, link_id) if validate.is_record_id(link_id) else None
    if link is None or link.patient_id != patient_id:
        raise NotFound(f"The patient has no link {link_id!r}.")
    if link.used_at is None and link.revoked_at is None:
        link.revoked_at = utcnow()
        session.flush()
    return link


def send_by_link(
    session: Session,
    token: Any,
    *,
    chart: PainChart,
    intake: Mapping[str, Any] | None,
    known: Vocabulary,
    now: datetime | None = None,
) -> Visit:
    """The patient's own intake as a new session of theirs, marked as from the patient; the
    link is used up in the same transaction, so two sends with one link make one session."""
    now = now or utcnow()
    link = usable_link(session, token, now)
    clean_chart = validate.chart(chart, known)
    answers, _ = validate.intake(intake if intake is not None else {}, known)
    if not (clean_chart.marks or clean_chart.strokes or clean_chart.activities or answers):
        raise InvalidInput("Nothing to send yet: mark where it hurts or answer a question.")
    # The check and the claim are one statement: a second send of the same link claims nothing.
    claimed = session.execute(
        update(IntakeLink)
        .where(
            IntakeLink.id == link.id,
            IntakeLink.used_at.is_(None),
            IntakeLink.revoked_at.is_(None),
            IntakeLink.expires_at > now,
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        raise NotFound(UNUSABLE)
    visit = create_visit(session, link.patient_id, copy_previous=False, author=FROM_PATIENT)
    saved = save_visit(
        session,
        visit.id,
        visit.version,
        chart=clean_chart,
        intake=answers or None,
        author=FROM_PATIENT,
        known=known,
    )
    session.refresh(link)
    link.visit_id = saved.id
    session.flush()
    return saved


def sent_sessions(session: Session, patient_id: int) -> frozenset[int]:
    """The ids of the patient's sessions that came from the patient with a link."""
    return frozenset(
        session.scalars(
            select(IntakeLink.visit_id).where(
                IntakeLink.patient_id == patient_id, IntakeLink.visit_id.is_not(None)
            )
        )
    )


def recent_refusals(session: Session, address: str, now: datetime | None = None) -> int:
    """How many intake-link refusals the audit trail holds for this address lately (so the
    limit holds across workers and hosts)."""
    return session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(
            AuditEvent.at >= (now or utcnow()) - REFUSAL_WINDOW,
            AuditEvent.address == address[:64],
            AuditEvent.outcome == REFUSED,
        )
    )
