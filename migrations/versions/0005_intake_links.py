"""Intake links: a patient sends one intake from their own phone, without signing in.

Only the SHA-256 of a link's token is kept. A link is single-use (used_at), expires
(expires_at) and can be withdrawn (revoked_at); visit_id names the session it brought.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dashapp.store.models import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intake_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=True),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
            name="fk_intake_links_patient_id_patients",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name="fk_intake_links_visit_id_visits", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_intake_links"),
        sa.UniqueConstraint("token_hash", name="uq_intake_links_token_hash"),
    )
    op.create_index("ix_intake_links_patient_id", "intake_links", ["patient_id"])


def downgrade() -> None:
    op.drop_table("intake_links")
