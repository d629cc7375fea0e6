"""The reverse lookup's scoring, pinned by its properties on a small synthetic body.

Patterns are written as the share of each area their zones cover, turned into areas here."""

from __future__ import annotations

import pytest

from dashapp.domain.atlas.lookup import (
    Candidate,
    Pattern,
    explain,
    intensity_factor,
    rank,
)

AREAS = {
    f"{side}_{part}": area
    for side in ("right", "left")
    for part, area in (
        ("thigh_outer", 100.0),
        ("calf_outer", 80.0),
        ("ankle", 20.0),
        ("back", 90.0),
    )
}


def mirror(region: str) -> str:
    side, rest = region.split("_", 1)
    return f"{'left' if side == 'right' else 'right'}_{rest}"


def both_sides(muscle, essential, spillover, activities=()):
    patterns = []
    for side in ("right", "left"):
        ess = {f"{side}_{k}": v * AREAS[f"{side}_{k}"] for k, v in essential.items()}
        spill = {f"{side}_{k}": v * AREAS[f"{side}_{k}"] for k, v in spillover.items()}
        patterns.append(Pattern(muscle, side, ess, spill, frozenset(activities)))
    return patterns


PATTERNS = (
    both_sides(
        "gluteus_minimus",
        {"thigh_outer": 0.9, "calf_outer": 0.3},
        {"calf_outer": 0.6, "ankle": 0.8},
        {"driving", "sitting"},
    )
    + both_sides("quadratus_lumborum", {"back": 0.8}, {}, {"coughing_sneezing"})
    + both_sides("vastus_lateralis", {"thigh_outer": 0.7}, {}, {"walking"})
)


def test_empty_input_gives_no_candidates():
    assert rank(PATTERNS, {}, AREAS) == []
    assert rank(PATTERNS, {}, AREAS, ["driving"]) == []


def test_classic_outer_leg_picture_ranks_gluteus_minimus_first():
    marks = {"right_thigh_outer": 6, "right_calf_outer": 5, "right_ankle": 3}
    top = rank(PATTERNS, marks, AREAS, ["driving"])[0]
    assert (top.muscle, top.side) == ("gluteus_minimus", "right")
    assert top.in_essential == ("right_thigh_outer", "right_calf_outer")
    assert top.in_spillover == ("right_ankle",)
    assert top.matched_activities == ("driving",)


def test_left_right_mirror_symmetry():
    marks = {"right_thigh_outer": 6, "right_calf_outer": 5, "left_back": 2}
    mirrored = {mirror(r): i for r, i in marks.items()}
    right = {(c.muscle, c.side): c.score for c in rank(PATTERNS, marks, AREAS)}
    other = {"right": "left", "left": "right"}
    left = {(c.muscle, other[c.side]): c.score for c in rank(PATTERNS, mirrored, AREAS)}
    assert right == pytest.approx(left)


@pytest.mark.parametrize(
    "activity", ["driving", "sitting", "coughing_sneezing", "walking", "bending"]
)
def test_adding_an_activity_never_lowers_a_score(activity):
    marks = {"right_thigh_outer": 4, "right_back": 7}
    before = {(c.muscle, c.side): c.score for c in rank(PATTERNS, marks, AREAS, ["sitting"])}
    after = {
        (c.muscle, c.side): c.score for c in rank(PATTERNS, marks, AREAS, ["sitting", activity])
    }
    assert set(before) == set(after)
    assert all(after[key] >= before[key] for key in before)


def test_matching_activity_raises_its_muscle():
    marks = {"right_thigh_outer": 5}
    plain = {c.muscle: c.score for c in rank(PATTERNS, marks, AREAS)}
    driving = {c.muscle: c.score for c in rank(PATTERNS, marks, AREAS, ["driving"])}
    assert driving["gluteus_minimus"] > plain["gluteus_minimus"]
    assert driving["vastus_lateralis"] == plain["vastus_lateralis"]


def test_essential_weighs_more_than_spillover():
    essential = Pattern("a", "right", {"right_ankle": 20.0}, {})
    spillover = Pattern("b", "right", {}, {"right_ankle": 20.0})
    ranked = rank([spillover, essential], {"right_ankle": 5}, AREAS)
    assert [c.muscle for c in ranked] == ["a", "b"]
    assert ranked[0].explained == pytest.approx(2 * ranked[1].explained)


def test_stronger_pain_weighs_more():
    marks_strong_back = {"right_back": 9, "right_thigh_outer": 1}
    marks_strong_thigh = {"right_back": 1, "right_thigh_outer": 9}
    top_back = rank(PATTERNS, marks_strong_back, AREAS)[0]
    top_thigh = rank(PATTERNS, marks_strong_thigh, AREAS)[0]
    assert top_back.muscle == "quadratus_lumborum"
    assert top_thigh.muscle in {"gluteus_minimus", "vastus_lateralis"}


def test_coverage_counts_the_unexplained_part_of_the_pattern():
    partial = rank(PATTERNS, {"right_thigh_outer": 5}, AREAS)
    whole = rank(PATTERNS, {"right_thigh_outer": 5, "right_calf_outer": 5, "right_ankle": 5}, AREAS)
    get = lambda ranked: next(c for c in ranked if c.muscle == "gluteus_minimus")  # noqa: E731
    assert get(partial).coverage < get(whole).coverage == pytest.approx(1.0)


def test_unknown_regions_are_ignored_and_order_is_deterministic():
    marks = {"right_thigh_outer": 5, "no_such_area": 9}
    first = rank(PATTERNS, marks, AREAS)
    assert first == rank(list(reversed(PATTERNS)), marks, AREAS)
    assert all("no_such_area" not in c.in_essential for c in first)


def test_intensity_factor():
    assert intensity_factor(None) == 0.5
    assert intensity_factor(10) == 1.0
    assert intensity_factor(0) > 0


def test_plain_explanation():
    candidate = Candidate(
        "gluteus_minimus",
        "right",
        0.8,
        0.9,
        0.7,
        ("right_thigh_outer", "right_calf_outer"),
        ("right_ankle",),
        ("driving",),
    )
    labels = {
        "right_thigh_outer": "Right outer thigh",
        "right_calf_outer": "Right outer calf",
        "right_ankle": "Right outer ankle",
    }
    assert explain(candidate, labels, {"driving": "Driving"}) == (
        "Your right outer thigh and right outer calf lie in its main zone; "
        "your right outer ankle lies in its spillover zone; worse when driving fits."
    )
