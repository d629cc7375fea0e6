"""A session's freehand drawing: its strokes, in the order drawn, beside the marks.

One JSON list on the visit (each stroke as domain.drawing.Stroke.to_json writes it): the
strokes are only ever read and written together, and a list keeps their order on both
databases. Sessions saved before drawings existed get an empty drawing.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on both databases, not a batch: SQLite's batch mode copies the table, and
# dropping the old visits table with foreign keys on would delete every session's marks,
# treatments, intake and findings (ON DELETE CASCADE). Dropping a column needs SQLite 3.35.


def upgrade() -> None:
    op.add_column(
        "visits", sa.Column("strokes", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
    )


def downgrade() -> None:
    op.drop_column("visits", "strokes")
