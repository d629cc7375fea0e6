"""The lookup on the shipped atlas and body: the classic pictures of the reference."""

from __future__ import annotations

import pytest

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.atlas.lookup import rank
from dashapp.domain.body.geometry import region_areas
from dashapp.domain.reference import load_reference


@pytest.fixture(scope="module")
def reference():
    return load_reference(SHIPPED_DATA)


def top(reference, regions, activities=(), n=3):
    marks = dict.fromkeys(regions, 6)
    ranked = rank(reference.patterns, marks, region_areas(reference.regions), activities)
    return [(c.muscle, c.side) for c in ranked[:n]]


CASES = [
    (
        "gluteus minimus (front part): outer thigh, outer leg to the ankle, worse driving",
        [
            "right_thigh_outer_upper",
            "right_thigh_outer_lower",
            "right_shin_outer",
            "right_ankle_outer",
        ],
        ["driving"],
        ("gluteus_minimus_anterior", "right"),
    ),
    (
        "gluteus minimus (back part): lower buttock, back of thigh, calf",
        [
            "left_buttock_lower_inner",
            "left_thigh_back_outer_upper",
            "left_thigh_back_inner_upper",
            "left_thigh_back_outer_lower",
            "left_calf_back",
        ],
        ["sitting"],
        ("gluteus_minimus_posterior", "left"),
    ),
    (
        "quadratus lumborum: low back, buttock, worse coughing",
        ["right_lower_back", "right_lower_back_outer", "right_buttock_upper_inner"],
        ["coughing_sneezing", "turning_in_bed"],
        ("quadratus_lumborum", "right"),
    ),
    (
        "soleus: heel pain walking",
        ["left_heel", "left_achilles"],
        ["walking_uphill"],
        ("soleus", "left"),
    ),
    (
        "tibialis anterior: front of ankle and big toe",
        ["right_ankle_front", "right_big_toe"],
        [],
        ("tibialis_anterior", "right"),
    ),
]


@pytest.mark.parametrize(
    ("case", "regions", "activities", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_classic_pictures_rank_the_expected_muscle_near_the_top(
    reference, case, regions, activities, expected
):
    assert expected in top(reference, regions, activities), case


def test_mirror_symmetry_on_the_shipped_body(reference):
    right = ["right_thigh_outer_upper", "right_shin_outer", "right_buttock_upper_outer"]
    left = [r.replace("right_", "left_", 1) for r in right]
    areas = region_areas(reference.regions)
    scores_right = {
        c.muscle: c.score
        for c in rank(reference.patterns, dict.fromkeys(right, 5), areas)
        if c.side == "right"
    }
    scores_left = {
        c.muscle: c.score
        for c in rank(reference.patterns, dict.fromkeys(left, 5), areas)
        if c.side == "left"
    }
    assert scores_right.keys() == scores_left.keys()
    for muscle, score in scores_right.items():
        assert scores_left[muscle] == pytest.approx(score, abs=0.02), muscle


def test_a_small_zone_inside_a_large_marked_region_does_not_outrank_a_whole_pattern(reference):
    """The front-of-knee region holds the rectus femoris and vastus medialis zones whole; an
    outer thigh, knee, calf and ankle drawing still fits gluteus minimus's whole pattern best."""
    drawing = [
        "right_thigh_outer_upper",
        "right_thigh_outer_lower",
        "right_knee_front",
        "right_shin_outer",
        "right_ankle_outer",
    ]
    ranked = top(reference, drawing, n=10)
    first = ranked.index(("gluteus_minimus_anterior", "right"))
    assert first == 0
    assert all(
        ranked.index((m, "right")) > first
        for m in ("rectus_femoris", "vastus_medialis")
        if (m, "right") in ranked
    )
