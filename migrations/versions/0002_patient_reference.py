"""A patient's own reference (a record number from elsewhere) and year of birth.

The year of birth is kept apart from the date of birth: many records give only the year, and
writing it as 1 January would invent a date.

Revision ID: 0002
Revises: 0001
Create Date: 2026-03-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patients") as table:
        table.add_column(sa.Column("reference", sa.String(64), nullable=True))
        table.add_column(sa.Column("birth_year", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("patients") as table:
        table.drop_column("birth_year")
        table.drop_column("reference")
