"""Marks on a region the body map has cut into smaller ones become marks on each of its parts.

The neck, shoulder, arm, hand, head and jaw regions were cut (at least 90 regions
a view); a mark keeps its intensity and qualities on every part, so a saved chart covers the
same area as before. The parts take the retired mark's place in the marking order. The table
is frozen here as data/geometry/retired_regions.csv had it (a later cut brings its own
migration); downgrade cannot tell a part marked on its own from one split off, so it leaves
the marks as they are.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

RETIRED = {
    "right_head_front": ("right_forehead", "right_temple"),
    "left_head_front": ("left_forehead", "left_temple"),
    "right_face": ("right_jaw_joint", "right_face_middle"),
    "left_face": ("left_jaw_joint", "left_face_middle"),
    "right_neck_front": ("right_neck_side", "right_throat"),
    "left_neck_front": ("left_neck_side", "left_throat"),
    "right_upper_arm_front": (
        "right_upper_arm_outer",
        "right_upper_arm_front_mid",
        "right_upper_arm_inner",
    ),
    "left_upper_arm_front": (
        "left_upper_arm_outer",
        "left_upper_arm_front_mid",
        "left_upper_arm_inner",
    ),
    "right_elbow_front": ("right_elbow_outer", "right_elbow_crease", "right_elbow_inner"),
    "left_elbow_front": ("left_elbow_outer", "left_elbow_crease", "left_elbow_inner"),
    "right_forearm_front": (
        "right_forearm_thumb_side",
        "right_forearm_palm_side",
        "right_forearm_little_finger_side",
    ),
    "left_forearm_front": (
        "left_forearm_thumb_side",
        "left_forearm_palm_side",
        "left_forearm_little_finger_side",
    ),
    "right_palm": ("right_thumb_front", "right_hand_palm"),
    "left_palm": ("left_thumb_front", "left_hand_palm"),
    "right_fingers_front": (
        "right_index_finger_front",
        "right_middle_finger_front",
        "right_ring_finger_front",
        "right_little_finger_front",
    ),
    "left_fingers_front": (
        "left_index_finger_front",
        "left_middle_finger_front",
        "left_ring_finger_front",
        "left_little_finger_front",
    ),
    "right_head_back": ("right_head_back_upper", "right_occiput"),
    "left_head_back": ("left_head_back_upper", "left_occiput"),
    "right_neck_back": ("right_neck_side_back", "right_nape"),
    "left_neck_back": ("left_neck_side_back", "left_nape"),
    "right_shoulder_top": ("right_shoulder_top_outer", "right_neck_base_back"),
    "left_shoulder_top": ("left_shoulder_top_outer", "left_neck_base_back"),
    "right_shoulder_blade": ("right_shoulder_blade_upper", "right_shoulder_blade_lower"),
    "left_shoulder_blade": ("left_shoulder_blade_upper", "left_shoulder_blade_lower"),
    "right_upper_arm_back": (
        "right_upper_arm_outer_back",
        "right_upper_arm_back_mid",
        "right_upper_arm_inner_back",
    ),
    "left_upper_arm_back": (
        "left_upper_arm_outer_back",
        "left_upper_arm_back_mid",
        "left_upper_arm_inner_back",
    ),
    "right_elbow_back": ("right_elbow_outer_back", "right_elbow_point", "right_elbow_inner_back"),
    "left_elbow_back": ("left_elbow_outer_back", "left_elbow_point", "left_elbow_inner_back"),
    "right_forearm_back": (
        "right_forearm_thumb_side_back",
        "right_forearm_back_mid",
        "right_forearm_little_finger_side_back",
    ),
    "left_forearm_back": (
        "left_forearm_thumb_side_back",
        "left_forearm_back_mid",
        "left_forearm_little_finger_side_back",
    ),
    "right_hand_back": ("right_thumb_back", "right_back_of_hand"),
    "left_hand_back": ("left_thumb_back", "left_back_of_hand"),
    "right_fingers_back": (
        "right_index_finger_back",
        "right_middle_finger_back",
        "right_ring_finger_back",
        "right_little_finger_back",
    ),
    "left_fingers_back": (
        "left_index_finger_back",
        "left_middle_finger_back",
        "left_ring_finger_back",
        "left_little_finger_back",
    ),
}

marks = sa.table(
    "visit_marks",
    sa.column("visit_id", sa.Integer),
    sa.column("region", sa.String),
    sa.column("position", sa.Integer),
    sa.column("intensity", sa.Integer),
    sa.column("qualities", sa.JSON),
)


def upgrade() -> None:
    connection = op.get_bind()
    visits = connection.execute(
        sa.select(marks.c.visit_id).where(marks.c.region.in_(list(RETIRED))).distinct()
    ).scalars()
    for visit in list(visits):
        rows = connection.execute(
            sa.select(marks).where(marks.c.visit_id == visit).order_by(marks.c.position)
        ).mappings()
        renewed = [
            {**row, "region": part}
            for row in list(rows)
            for part in RETIRED.get(row["region"], (row["region"],))
        ]
        connection.execute(marks.delete().where(marks.c.visit_id == visit))
        connection.execute(
            marks.insert(), [{**row, "position": n} for n, row in enumerate(renewed)]
        )


def downgrade() -> None:
    pass
