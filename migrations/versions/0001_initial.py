"""Patients, visits and what each visit recorded.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dashapp.store.models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _times() -> list[sa.Column]:
    return [
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    ]


def _visit_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["visit_id"], ["visits.id"], name=f"fk_{table}_visit_id_visits", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "patients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("name_key", sa.String(200), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        *_times(),
        sa.PrimaryKeyConstraint("id", name="pk_patients"),
    )
    op.create_index("ix_patients_name_key", "patients", ["name_key"])
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("activities", sa.JSON(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=True),
        sa.Column("last_change", sa.String(200), nullable=True),
        *_times(),
        sa.CheckConstraint("version >= 1", name="ck_visits_version_positive"),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
            name="fk_visits_patient_id_patients",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_visits"),
    )
    op.create_index("ix_visits_patient_date", "visits", ["patient_id", "date"])
    op.create_table(
        "visit_marks",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=True),
        sa.Column("qualities", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "intensity IS NULL OR (intensity >= 0 AND intensity <= 10)",
            name="ck_visit_marks_intensity_0_10",
        ),
        _visit_fk("visit_marks"),
        sa.PrimaryKeyConstraint("visit_id", "region", name="pk_visit_marks"),
    )
    op.create_table(
        "visit_intakes",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        *_times(),
        _visit_fk("visit_intakes"),
        sa.PrimaryKeyConstraint("visit_id", name="pk_visit_intakes"),
    )
    op.create_table(
        "visit_findings",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        *_times(),
        _visit_fk("visit_findings"),
        sa.PrimaryKeyConstraint("visit_id", name="pk_visit_findings"),
    )
    op.create_table(
        "visit_treatments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("technique", sa.String(64), nullable=False),
        sa.Column("muscle", sa.String(64), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "minutes > 0 AND minutes <= 240", name="ck_visit_treatments_minutes_1_240"
        ),
        sa.CheckConstraint(
            "side IN ('left', 'right', 'both')", name="ck_visit_treatments_side_known"
        ),
        _visit_fk("visit_treatments"),
        sa.PrimaryKeyConstraint("id", name="pk_visit_treatments"),
    )
    op.create_index("ix_visit_treatments_visit_id", "visit_treatments", ["visit_id"])


def downgrade() -> None:
    for table in ("visit_treatments", "visit_findings", "visit_intakes", "visit_marks"):
        op.drop_table(table)
    op.drop_index("ix_visits_patient_date", table_name="visits")
    op.drop_table("visits")
    op.drop_index("ix_patients_name_key", table_name="patients")
    op.drop_table("patients")
