"""Dermatome maps, key sensory points and root facts: complete, symmetric, and as described."""

from __future__ import annotations

import re
import shutil

import pytest
import shapely
from shapely.geometry import Point

from dashapp.domain.body.dermatome_fit import (
    best_fitting_root,
    dermatome_overlaps,
    dominant_roots,
    maps_disagree,
)
from dashapp.domain.body.dermatomes import (
    DERMATOMES_FILE,
    MAPS,
    ROOTS,
    ROOTS_FILE,
    SENSORY_POINTS_FILE,
    UPPER_ROOTS,
    RootsError,
    dermatome_shape,
    load_dermatomes,
    load_roots,
    load_sensory_points,
)
from dashapp.domain.body.geometry import (
    GeometryError,
    region_areas,
)
from dashapp.domain.body.root_sources import ROOT_SOURCES_FILE
from dashapp.domain.body.svgpath import parse_path
from tests.unit.domain.body.conftest import edited_copy

LIMB_ROOTS = ("L1", "L2", "L3", "L4", "L5", "S1", "S2")
L5_MARKING = ("right_shin_outer", "right_foot_top", "right_big_toe")
S1_MARKING = ("right_heel", "right_sole", "right_calf_outer", "right_calf_back")


def _find(dermatomes, map_, root, side):
    return [d for d in dermatomes if d.map == map_ and d.root == root and d.side == side]


def test_shipped_files_load(dermatomes, views):
    points = load_sensory_points(views=views)
    roots = load_roots()
    assert {d.map for d in dermatomes} == set(MAPS)
    assert all(d.source and d.confidence in {"high", "medium", "low"} for d in dermatomes)
    assert all(p.source and p.label for p in points)
    assert tuple(r.root for r in roots) == ROOTS
    assert all(r.source and r.classic_area for r in roots)


@pytest.mark.parametrize("map_", MAPS)
@pytest.mark.parametrize("root", LIMB_ROOTS)
def test_both_maps_draw_l1_to_s2_on_both_sides(dermatomes, map_, root):
    for side in ("right", "left"):
        assert _find(dermatomes, map_, root, side), (map_, root, side)


def test_only_the_classic_map_draws_the_saddle(dermatomes):
    saddle = [d for d in dermatomes if d.root == "S3-S5"]
    assert {d.map for d in saddle} == {"classic"}
    assert {d.side for d in saddle} == {"midline"}
    assert {d.view for d in saddle} == {"front", "back"}
    evidence = load_roots()[-1].evidence_area.lower()
    assert "not shown" in evidence


def test_region_ids_used_here_exist(regions):
    ids = {r.id for r in regions}
    assert set(L5_MARKING) | set(S1_MARKING) <= ids


def _groups(dermatomes, overlaps, regions, map_, root, side="right"):
    group = {r.id: r.area_group for r in regions}
    return {group[rid] for d in _find(dermatomes, map_, root, side) for rid in overlaps[d.id]}


def test_classic_l4_reaches_the_thigh_the_evidence_l4_stays_below_the_knee(
    dermatomes, overlaps, regions
):
    classic = _groups(dermatomes, overlaps, regions, "classic", "L4")
    evidence = _groups(dermatomes, overlaps, regions, "evidence", "L4")
    assert {"thigh", "knee", "leg", "foot"} <= classic
    assert "leg" in evidence
    assert not evidence & {"thigh", "knee", "hip", "buttock", "lower_back", "foot"}
    # the classic band ends on the inner side of the big toe, the evidence one at the ankle
    assert "right_big_toe" in overlaps["classic_right_l4_front"]
    assert "right_ankle_inner" in overlaps["evidence_right_l4_front"]


def test_the_evidence_map_is_not_joined_to_the_back_and_leaves_blanks(dermatomes, regions):
    evidence = [d for d in dermatomes if d.map == "evidence"]
    group = {r.id: r.area_group for r in regions}
    overlaps = dermatome_overlaps(evidence, regions)
    assert not {group[rid] for ov in overlaps.values() for rid in ov} & {"lower_back"}
    for view in ("front", "back"):
        classic = sum(d.area for d in dermatomes if d.map == "classic" and d.view == view)
        sparse = sum(d.area for d in evidence if d.view == view)
        assert sparse < 0.5 * classic


def test_the_maps_disagree_on_l4(dermatomes, overlaps):
    both = maps_disagree(dermatomes, overlaps, include_blank=False)
    assert any("L4" in pair for pair in both.values())
    assert both["right_knee_front"] == ("L4", "L3")
    blanks = maps_disagree(dermatomes, overlaps)
    assert blanks["right_thigh_outer_lower"] == ("L4", None)
    assert set(both) <= set(blanks)
    assert dominant_roots(dermatomes, overlaps, "evidence")["right_ankle_inner"] == "L4"


def test_a_map_never_overlaps_itself(dermatomes):
    for map_ in MAPS:
        for view in ("front", "back"):
            for side in ("right", "left"):
                mine = [
                    dermatome_shape(d)
                    for d in dermatomes
                    if (d.map, d.view) == (map_, view) and d.side in (side, "midline")
                ]
                total = sum(s.area for s in mine)
                assert total - shapely.unary_union(mine).area < 0.001 * total, (map_, view, side)


def test_left_and_right_are_mirror_images(dermatomes):
    by_id = {d.id: d for d in dermatomes}
    for d in dermatomes:
        if d.side != "right":
            continue
        twin = by_id[d.id.replace("_right_", "_left_", 1)]
        flipped = shapely.affinity.scale(dermatome_shape(d), xfact=-1, origin=(200, 0))
        assert flipped.symmetric_difference(dermatome_shape(twin)).area < 0.01 * d.area, d.id
    saddle = dermatome_shape(by_id["classic_midline_s3_s5_back"])
    flipped = shapely.affinity.scale(saddle, xfact=-1, origin=(200, 0))
    assert flipped.symmetric_difference(saddle).area < 0.01 * saddle.area


@pytest.mark.parametrize("map_", MAPS)
def test_an_l5_marking_ranks_l5_first(dermatomes, overlaps, regions, map_):
    ranked = best_fitting_root(L5_MARKING, dermatomes, overlaps, region_areas(regions), map_)
    assert ranked[0][:2] == ("L5", "right")
    assert all(0 < fit <= 1 for _, _, fit in ranked)
    assert [r[2] for r in ranked] == sorted((r[2] for r in ranked), reverse=True)


@pytest.mark.parametrize("map_", MAPS)
def test_an_s1_marking_ranks_s1_first(dermatomes, overlaps, regions, map_):
    ranked = best_fitting_root(S1_MARKING, dermatomes, overlaps, region_areas(regions), map_)
    assert ranked[0][:2] == ("S1", "right")


def test_fit_is_deterministic_and_empty_for_no_marking(dermatomes, overlaps, regions):
    areas = region_areas(regions)
    once = best_fitting_root(reversed(L5_MARKING), dermatomes, overlaps, areas)
    assert once == best_fitting_root(L5_MARKING, dermatomes, overlaps, areas)
    assert best_fitting_root([], dermatomes, overlaps, areas) == []
    assert best_fitting_root(["no_such_region"], dermatomes, overlaps, areas) == []


def test_key_points_are_inside_the_figure_and_in_their_classic_dermatome(views, dermatomes):
    outlines = {v.view: parse_path(v.outline) for v in views}
    points = load_sensory_points(views=views)
    lower = {"L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4-S5"}
    assert {p.root for p in points} == lower | set(UPPER_ROOTS)
    for p in points:
        at = Point(p.x, p.y)
        assert outlines[p.view].contains(at), p.id
        root = {"S3": "S3-S5", "S4-S5": "S3-S5"}.get(p.root, p.root)
        mine = [d for d in dermatomes if d.map == "classic" and d.root == root]
        mine = [d for d in mine if d.view == p.view and d.side in (p.side, "midline")]
        assert any(dermatome_shape(d).buffer(0.5).contains(at) for d in mine), p.id


# ---------------------------------------------------------------------------- broken files
def _set(row_id: str, **changes):
    def edit(rows):
        return [r | changes if r["id"] == row_id else r for r in rows]

    return edit


def test_missing_column_is_named(tmp_path, views):
    path = edited_copy(tmp_path, DERMATOMES_FILE, lambda rows: [r | {"source": ""} for r in rows])
    path.write_text(path.read_text().replace(",source", ",sources", 1))
    with pytest.raises(GeometryError, match=r"dermatomes\.csv: header: missing column\(s\) source"):
        load_dermatomes(path, views)


def test_unknown_root_is_named(tmp_path, views):
    path = edited_copy(tmp_path, DERMATOMES_FILE, _set("classic_right_l5_front", root="L6"))
    with pytest.raises(
        GeometryError,
        match=r"dermatomes\.csv: row \d+ \(id 'classic_right_l5_front'\): unknown root 'L6'",
    ):
        load_dermatomes(path, views)


def test_saddle_on_the_evidence_map_is_refused(tmp_path, views):
    def add(rows):
        saddle = next(r for r in rows if r["root"] == "S3-S5")
        return [*rows, saddle | {"id": "evidence_midline_s3_s5_back", "map": "evidence"}]

    with pytest.raises(GeometryError, match="unknown root 'S3-S5' for map 'evidence'"):
        load_dermatomes(edited_copy(tmp_path, DERMATOMES_FILE, add), views)


def test_area_outside_the_body_is_named(tmp_path, views):
    path = edited_copy(
        tmp_path,
        DERMATOMES_FILE,
        _set("evidence_left_s2_back", path="M300 10L390 10L390 60L300 60Z", area="4500"),
    )
    with pytest.raises(
        GeometryError,
        match=r"row \d+ \(id 'evidence_left_s2_back'\): area lies outside the silhouette",
    ):
        load_dermatomes(path, views)


def test_missing_side_is_named(tmp_path, views):
    def drop(rows):
        return [
            r
            for r in rows
            if not (r["map"] == "evidence" and r["id"].startswith("evidence_left_l4"))
        ]

    with pytest.raises(GeometryError, match=r"no mirror twin 'evidence_left_l4_front'"):
        load_dermatomes(edited_copy(tmp_path, DERMATOMES_FILE, drop), views)


def test_a_root_missing_from_a_map_is_named(tmp_path, views):
    def drop(rows):
        return [r for r in rows if not (r["map"] == "evidence" and r["root"] == "S2")]

    with pytest.raises(GeometryError, match="map 'evidence': root S2 is missing on the right"):
        load_dermatomes(edited_copy(tmp_path, DERMATOMES_FILE, drop), views)


def test_empty_source_and_bad_confidence_are_named(tmp_path, views):
    path = edited_copy(tmp_path, DERMATOMES_FILE, _set("classic_left_s1_back", source=""))
    with pytest.raises(GeometryError, match=r"'classic_left_s1_back'\): empty source"):
        load_dermatomes(path, views)
    path = edited_copy(tmp_path, DERMATOMES_FILE, _set("classic_left_s1_back", confidence="sure"))
    with pytest.raises(GeometryError, match="confidence 'sure'"):
        load_dermatomes(path, views)


def test_key_point_outside_the_body_is_named(tmp_path, views):
    path = edited_copy(tmp_path, SENSORY_POINTS_FILE, _set("right_l4_key_point", x="5", y="990"))
    with pytest.raises(
        GeometryError,
        match=r"sensory_points\.csv: row \d+ \(id 'right_l4_key_point'\): point .* outside",
    ):
        load_sensory_points(path, views)


def test_key_point_missing_side_is_named(tmp_path, views):
    def drop(rows):
        return [r for r in rows if r["id"] != "left_s1_key_point"]

    with pytest.raises(GeometryError, match="root S1: no key point on the left"):
        load_sensory_points(edited_copy(tmp_path, SENSORY_POINTS_FILE, drop), views)


def test_roots_file_problems_are_named(tmp_path):
    shutil.copy(ROOT_SOURCES_FILE, tmp_path / "sources.csv")

    def rename(rows):
        return [{("reflexes" if k == "reflex" else k): v for k, v in r.items()} for r in rows]

    def unknown(rows):
        return [r | {"root": "L6"} if r["root"] == "L5" else r for r in rows]

    with pytest.raises(RootsError, match=r"roots\.csv: header: missing column\(s\) reflex"):
        load_roots(edited_copy(tmp_path, ROOTS_FILE, rename))
    with pytest.raises(RootsError, match=re.escape("row 5 (root 'L6'): unknown root")):
        load_roots(edited_copy(tmp_path, ROOTS_FILE, unknown))
    with pytest.raises(RootsError, match="no row for root"):
        load_roots(edited_copy(tmp_path, ROOTS_FILE, lambda rows: rows[1:]))
