"""The self-care stretches handed out in a session: atlas muscle ids, in the order given.

One JSON list on the visit, like the drawing (0004): the stretches are only ever read and
written together. Sessions saved before this have none.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


# A plain ALTER TABLE on both databases, not a batch, for the reason 0004 gives: SQLite's
# batch mode would copy and drop the visits table, and the drop cascades to every session's
# marks, treatments, intake and findings.


def upgrade() -> None:
    op.add_column(
        "visits",
        sa.Column("stretches", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )


def downgrade() -> None:
    op.drop_column("visits", "stretches")
