"""The audit trail: rows are added and read, never changed or removed (there is no function
for either, and tests/unit/store/test_audit.py checks that none appears)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dashapp.domain.accounts import ACTIONS, Actor, AuditEntry, AuditFilter
from dashapp.store.models import AuditEvent, utcnow

MAX_ROWS = 100_000


def record(
    db: Session,
    action: str,
    actor: Actor,
    *,
    patient_id: int | None = None,
    visit_id: int | None = None,
    outcome: str = "",
) -> None:
    """Add one row: `actor` did `action` (one of ACTIONS) to a patient or session, now."""
    if action not in ACTIONS:
        raise ValueError(f"Unknown audit action {action!r}")
    db.add(
        AuditEvent(
            at=utcnow(),
            user_id=actor.user_id,
            user_name=actor.user_name,
            action=action,
            patient_id=patient_id,
            visit_id=visit_id,
            address=(actor.address or "")[:64] or None,
            outcome=outcome[:200],
        )
    )


def entries(db: Session, where: AuditFilter, limit: int = MAX_ROWS) -> list[AuditEntry]:
    """The rows matching the filter, newest first."""
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if where.user_name:
        query = query.where(AuditEvent.user_name == where.user_name.strip().lower())
    if where.action:
        query = query.where(AuditEvent.action == where.action)
    if where.patient_id is not None:
        query = query.where(AuditEvent.patient_id == where.patient_id)
    if where.since is not None:
        query = query.where(AuditEvent.at >= where.since)
    if where.until is not None:
        query = query.where(AuditEvent.at < where.until)
    return [
        AuditEntry(
            e.id,
            e.at,
            e.user_id,
            e.user_name,
            e.action,
            e.patient_id,
            e.visit_id,
            e.address,
            e.outcome,
        )  # fmt: skip
        for e in db.scalars(query.limit(limit))
    ]


__all__ = ["MAX_ROWS", "entries", "record"]
