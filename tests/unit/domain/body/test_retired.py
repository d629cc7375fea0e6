"""Retired region ids: the shipped table fits the map, and a stored mark on a retired region
becomes a mark on each of its parts, covering the same area."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashapp.domain.body.geometry import GeometryError, load_surface_regions
from dashapp.domain.body.retired import (
    load_retired,
    renewed_marks,
    shipped_retired,
    successors,
)
from dashapp.domain.chart import Mark, restore

REGIONS = {r.id: r for r in load_surface_regions()}
# Areas (units²) of regions as the map drew them before they were cut.
OLD_AREAS = {"right_palm": 2116.0, "right_elbow_front": 1694.3, "left_fingers_back": 1077.5}


def test_the_shipped_table_fits_the_map():
    retired = load_retired(regions=REGIONS)
    assert len(retired) == 34
    assert retired["right_elbow_front"] == (
        "right_elbow_outer",
        "right_elbow_crease",
        "right_elbow_inner",
    )
    assert not set(retired) & set(REGIONS)


@pytest.mark.parametrize(("old", "area"), sorted(OLD_AREAS.items()))
def test_the_parts_cover_the_area_the_retired_region_did(old, area):
    parts = shipped_retired()[old]
    assert sum(REGIONS[p].area for p in parts) == pytest.approx(area, rel=0.002)
    assert {REGIONS[p].view for p in parts} == {"front" if "back" not in old else "back"}


def test_a_part_of_a_region_on_the_other_side_is_never_given():
    for old, parts in shipped_retired().items():
        assert all(REGIONS[p].side == old.split("_")[0] for p in parts), old


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("right_palm,right_hand_palm;right_gone,n\n", "'right_gone' is not a region of the map"),
        ("right_hand_palm,right_thumb_front,n\n", "the map still has this region"),
        ("right_palm,,n\n", "new_ids must be"),
        ("right_palm,right_hand_palm,n\nright_palm,right_thumb_front,n\n", "duplicate old_id"),
        ("a,right_hand_palm,n\nb,right_hand_palm,n\n", "already a part of 'a'"),
    ],
)
def test_a_bad_table_is_refused_naming_the_row(tmp_path, text, problem):
    path = tmp_path / "retired.csv"
    path.write_text("old_id,new_ids,note\n" + text)
    with pytest.raises(GeometryError, match=problem):
        load_retired(path, REGIONS)


def test_successors_keep_known_and_unknown_ids_and_split_retired_ones():
    assert successors("right_hand_palm", REGIONS) == ("right_hand_palm",)
    assert successors("right_palm", REGIONS) == ("right_thumb_front", "right_hand_palm")
    assert successors("right_nowhere", REGIONS) == ("right_nowhere",)
    assert successors(["right_palm"], REGIONS) == (["right_palm"],)
    # A map that still has the old region, or lacks a part, keeps the old id.
    assert successors("right_palm", {"right_palm"}) == ("right_palm",)
    assert successors("right_palm", {"right_hand_palm"}) == ("right_palm",)


@given(st.lists(st.sampled_from(sorted(OLD_AREAS) + ["sacrum", None]), unique=True))
def test_renewed_marks_keep_order_and_the_rest_of_each_mark(names):
    marks = [None if n is None else (n, 4, ["aching"]) for n in names]
    renewed = renewed_marks(marks, REGIONS)
    expected = [
        None if n is None else (p, 4, ["aching"])
        for n in names
        for p in ((None,) if n is None else shipped_retired().get(n, (n,)))
    ]
    assert renewed == expected


def test_a_chart_saved_before_the_cut_restores_on_its_parts_with_the_same_area():
    stored = {
        "version": 1,
        "marks": [
            {"region": "right_palm", "intensity": 6, "qualities": ["burning"]},
            {"region": "sacrum", "intensity": 2, "qualities": []},
        ],
    }
    restored = restore(stored, REGIONS)
    assert restored.notices == ()
    assert restored.chart.marks == (
        Mark("right_thumb_front", 6, ("burning",)),
        Mark("right_hand_palm", 6, ("burning",)),
        Mark("sacrum", 2, ()),
    )
    painted = sum(REGIONS[m.region].area for m in restored.chart.marks[:2])
    assert painted == pytest.approx(OLD_AREAS["right_palm"], rel=0.002)
