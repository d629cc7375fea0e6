"""What the database holds, in brief: to check that a refused request wrote nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from dashapp.store.models import Base, Visit

# The audit trail records refused attempts too: that is its purpose, not a write of data.
NOT_DATA = {"audit_events"}


def written(services) -> dict[str, int]:
    """Rows per table of patient data and accounts, and the sum of session versions (a save
    bumps one); the audit trail is left out."""
    with services.db() as db:
        counts = {
            table.name: db.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
            if table.name not in NOT_DATA
        }
        counts["versions"] = db.scalar(select(func.coalesce(func.sum(Visit.version), 0)))
    return counts
