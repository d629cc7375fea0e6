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


def upgrade() -> None:
    with op.batch_alter_table("visits") as table:
        table.add_column(
            sa.Column("strokes", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )


def downgrade() -> None:
    with op.batch_alter_table("visits") as table:
        table.drop_column("strokes")
