"""The audit trail as CSV, one row per event, times in UTC."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from dashapp.domain.accounts import AuditEntry

COLUMNS = (
    "time_utc",
    "user_id",
    "user",
    "action",
    "patient_id",
    "session_id",
    "address",
    "outcome",
)


def audit_csv(entries: Iterable[AuditEntry]) -> str:
    """The entries as CSV text with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in entries:
        writer.writerow(
            [
                e.at.isoformat(timespec="seconds"),
                _blank(e.user_id),
                _blank(e.user_name),
                e.action,
                _blank(e.patient_id),
                _blank(e.visit_id),
                _blank(e.address),
                e.outcome,
            ]
        )
    return out.getvalue()


def _blank(value: object) -> str:
    return "" if value is None else str(value)
