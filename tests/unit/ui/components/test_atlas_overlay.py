"""What the atlas can lay over a pattern: every root's skin area once, grouped by body part."""

from __future__ import annotations

from dashapp.domain.atlas.load import load_atlas
from dashapp.domain.body.dermatomes import LOWER_ROOTS, UPPER_ROOTS
from dashapp.ui.components import atlas_overlay


def test_root_overlays_are_grouped_into_neck_and_arm_and_low_back_and_leg():
    groups = [g for g in atlas_overlay.choices(load_atlas()) if "nerve root" in g["label"]]
    assert [g["label"] for g in groups] == [
        "A nerve root's skin area, neck and arm (textbook map)",
        "A nerve root's skin area, low back and leg (textbook map)",
    ]
    values = [[o["value"] for o in g["options"]] for g in groups]
    assert values == [list(UPPER_ROOTS), list(LOWER_ROOTS)]
    assert all(atlas_overlay.is_root(v) for part in values for v in part)
