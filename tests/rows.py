"""What the database holds, in brief: to check that a refused request wrote nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from dashapp.store.models import Base, Visit


def written(services) -> dict[str, int]:
    """Rows per table, and the sum of session versions (a save bumps one)."""
    with services.db() as db:
        counts = {
            table.name: db.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }
        counts["versions"] = db.scalar(select(func.coalesce(func.sum(Visit.version), 0)))
    return counts
