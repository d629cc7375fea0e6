"""The zone loader's muscle keys are the atlas's muscles, each once, grouped by body area."""

from __future__ import annotations

import re

from dashapp.domain.atlas.load import load_atlas
from dashapp.domain.body.muscle_keys import ARM_HAND, LOW_BACK_HIP_LEG, MUSCLE_KEYS


def test_keys_are_snake_case_and_unique():
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", k) for k in MUSCLE_KEYS)
    assert len(set(MUSCLE_KEYS)) == len(MUSCLE_KEYS)
    assert not set(ARM_HAND) & set(LOW_BACK_HIP_LEG)


def test_keys_are_exactly_the_atlas_muscles():
    assert set(MUSCLE_KEYS) == set(load_atlas().muscle_ids)


def test_arm_and_hand_keys_are_the_atlas_arm_and_forearm_muscles():
    atlas = load_atlas()
    arm = {m.id for m in atlas.muscles if m.body_area in ("arm", "forearm_hand")}
    assert arm == set(ARM_HAND)
