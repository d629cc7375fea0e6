"""The shipped body geometry is valid, and broken geometry files fail with a clear message."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from dashapp.domain.body import geometry
from dashapp.domain.body.geometry import GeometryError
from dashapp.domain.body.svgpath import parse_path

SCIATICA_AREAS = (
    "lower_back",
    "lower_back_outer",
    "buttock_upper_outer",
    "buttock_upper_inner",
    "buttock_lower_outer",
    "buttock_lower_inner",
    "groin",
    "hip_outer",
    "hip_outer_back",
    "thigh_front_upper",
    "thigh_front_lower",
    "thigh_outer_upper",
    "thigh_outer_lower",
    "thigh_inner_upper",
    "thigh_inner_lower",
    "thigh_back_outer_upper",
    "thigh_back_outer_lower",
    "thigh_back_inner_upper",
    "thigh_back_inner_lower",
    "knee_front",
    "knee_back",
    "shin",
    "shin_outer",
    "calf_outer",
    "calf_back",
    "calf_inner",
    "ankle_outer",
    "ankle_inner",
    "heel",
    "sole",
    "foot_top",
    "toes",
    "big_toe",
)


@pytest.fixture(scope="module")
def views() -> tuple[geometry.View, ...]:
    return geometry.load_views()


@pytest.fixture(scope="module")
def regions(views) -> tuple[geometry.Region, ...]:
    return geometry.load_surface_regions(views=views)


def centroid_x(region: geometry.Region) -> float:
    return parse_path(region.path).centroid.x


def test_shipped_views_are_front_and_back(views):
    assert [v.view for v in views] == ["front", "back"]
    assert {v.view_box for v in views} == {"0 0 400 1000"}
    front, back = views
    assert front.right_x < 200 < front.left_x  # patient's right on the viewer's left
    assert back.left_x < 200 < back.right_x


@pytest.mark.parametrize("view", ["front", "back"])
def test_each_view_has_at_least_90_regions(regions, view):
    assert sum(r.view == view for r in regions) >= 90


# Issue #14: the upper quadrant, per side and view, in at least these many regions.
UPPER = {"head": 2, "neck": 2, "arm": 9, "hand": 7}


@pytest.mark.parametrize("view", ["front", "back"])
@pytest.mark.parametrize("side", ["right", "left"])
def test_the_upper_quadrant_is_cut_finely_on_each_side(regions, view, side):
    mine = [r for r in regions if r.view == view and r.side == side]
    for group, least in UPPER.items():
        assert sum(r.area_group == group for r in mine) >= least, group
    fingers = {r.id for r in mine if r.id.endswith(f"finger_{view}")}
    assert fingers == {f"{side}_{n}_finger_{view}" for n in ("index", "middle", "ring", "little")}


def test_ids_are_unique_across_views(regions):
    ids = [r.id for r in regions]
    assert len(ids) == len(set(ids))


def test_regions_come_in_tab_order(regions):
    for view in ("front", "back"):
        orders = [r.order for r in regions if r.view == view]
        assert orders == sorted(orders)


@pytest.mark.parametrize("area", SCIATICA_AREAS)
def test_sciatica_areas_exist_on_both_sides(regions, area):
    ids = {r.id for r in regions}
    assert {f"right_{area}", f"left_{area}"} <= ids
    assert "sacrum" in ids


@pytest.mark.parametrize("view, right_is_small_x", [("front", True), ("back", False)])
def test_laterality_follows_the_patient(regions, view, right_is_small_x):
    for region in (r for r in regions if r.view == view and r.side != "midline"):
        on_viewers_left = centroid_x(region) < 200
        assert on_viewers_left == ((region.side == "right") == right_is_small_x), region.id


def test_left_and_right_regions_mirror_each_other(regions):
    by_id = {r.id: r for r in regions}
    for region in (r for r in regions if r.side == "right"):
        twin = by_id[region.id.replace("right_", "left_", 1)]
        assert twin.area == pytest.approx(region.area, rel=0.01)
        assert centroid_x(twin) == pytest.approx(400 - centroid_x(region), abs=0.5)
        assert twin.label == region.label.replace("Right", "Left", 1)


def test_marked_share_adds_up(regions):
    assert geometry.marked_share([r.id for r in regions], regions) == pytest.approx(1.0)
    areas = geometry.region_areas(regions)
    total = sum(areas.values())
    share = geometry.marked_share(["right_calf_back", "right_calf_back", "nope"], regions)
    assert share == pytest.approx(areas["right_calf_back"] / total)


def test_fixture_geometry_loads():
    folder = Path(__file__).resolve().parents[3] / "fixtures" / "geometry"
    views = geometry.load_views(folder / "views.csv")
    assert geometry.load_surface_regions(folder / "surface_regions.csv", views)


@pytest.mark.parametrize(
    "d, area",
    [
        ("M0 0L10 0L10 10L0 10Z", 100),
        ("M0,0 10,0 10,10 0,10z", 100),
        ("m0 0 h10 v10 h-10 z", 100),
        ("M0 0 L10 0 Q10 10 0 10 Z", pytest.approx(250 / 3, rel=0.005)),
        ("M0 0 l10 0 c0 5.5 0 10 -10 10 Z", pytest.approx(88.6, rel=0.02)),
    ],
)
def test_parse_path_reads_lines_and_curves(d, area):
    assert parse_path(d).area == area


@pytest.mark.parametrize(
    "d, problem",
    [
        ("M0 0L10 0L10 10", "not closed"),
        ("hello", "unexpected text"),
        ("", "empty"),
        ("M0 0L10 10L10 0L0 10Z", "not a valid polygon"),
        ("M0 0L1 0L1 1ZM5 5L6 5L6 6Z", "after Z"),
        ("M0 0L10", "needs 2 numbers"),
        ("M0 0L1 0L1 1Z 5 5", "after Z"),
        ("10 10L5 5Z", "must start with M"),
    ],
)
def test_parse_path_rejects_bad_paths(d, problem):
    with pytest.raises(ValueError, match=problem):
        parse_path(d)


# ---- broken files: each must name the file, the row and the problem ----


def _rows(name: str) -> list[dict[str, str]]:
    with (geometry.DATA_DIR / name).open(newline="") as fh:
        return list(csv.DictReader(fh))


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _load_broken(tmp_path: Path, rows: list[dict[str, str]]) -> str:
    broken = _write(tmp_path / "surface_regions.csv", rows)
    with pytest.raises(GeometryError) as info:
        geometry.load_surface_regions(broken)
    message = str(info.value)
    assert str(broken) in message
    return message


def _shift(d: str, dx: float) -> str:
    words = d.replace("M", "M ").replace("L", " L ").replace("Z", " Z").split()
    out, is_x = [], True
    for w in words:
        if w in "MLZ":
            out.append(w)
            continue
        out.append(f"{float(w) + dx:.1f}" if is_x else w)
        is_x = not is_x
    return " ".join(out)


def test_missing_column(tmp_path):
    rows = [{k: v for k, v in r.items() if k != "area_group"} for r in _rows("surface_regions.csv")]
    message = _load_broken(tmp_path, rows)
    assert "header" in message and "missing column(s) area_group" in message


def test_duplicate_id(tmp_path):
    rows = _rows("surface_regions.csv")
    rows[4]["id"] = rows[3]["id"]
    message = _load_broken(tmp_path, rows)
    assert f"row 5 (id '{rows[3]['id']}')" in message and "duplicate id" in message


def test_unclosed_path(tmp_path):
    rows = _rows("surface_regions.csv")
    rows[2]["path"] = rows[2]["path"].rstrip("Z")
    message = _load_broken(tmp_path, rows)
    assert "row 3" in message and rows[2]["id"] in message and "not closed" in message


def test_garbage_path(tmp_path):
    rows = _rows("surface_regions.csv")
    rows[6]["path"] = "M 10 10 L twenty 30 Z"
    message = _load_broken(tmp_path, rows)
    assert "row 7" in message and "unexpected text 'twenty'" in message


def test_region_outside_the_silhouette(tmp_path):
    rows = _rows("surface_regions.csv")
    rows[9]["path"] = _shift(rows[9]["path"], 150)
    message = _load_broken(tmp_path, rows)
    assert "row 10" in message and "outside the silhouette" in message


def test_bad_side(tmp_path):
    rows = _rows("surface_regions.csv")
    rows[0]["side"] = "middle"
    message = _load_broken(tmp_path, rows)
    assert "row 1" in message and "side 'middle'" in message


def test_wrong_area(tmp_path):
    rows = _rows("surface_regions.csv")
    rows[1]["area"] = str(float(rows[1]["area"]) * 1.5)
    message = _load_broken(tmp_path, rows)
    assert "row 2" in message and "does not match" in message


def test_coverage_gap(tmp_path):
    rows = [r for r in _rows("surface_regions.csv") if not r["id"].endswith("_chest")]
    rows = [r for r in rows if not (r["view"] == "front" and "thigh" in r["id"])]
    message = _load_broken(tmp_path, rows)
    assert "view 'front'" in message and "row " in message and "silhouette (need 97%)" in message


def test_overlap(tmp_path):
    rows = _rows("surface_regions.csv")
    copies = [dict(r, id=f"{r['id']}_copy", order=str(900 + i)) for i, r in enumerate(rows[:30])]
    message = _load_broken(tmp_path, rows + copies)
    assert re.search(r"row \d+ \(id '\w+'\) and row \d+ \(id '\w+_copy'\)", message)
    assert "overlap by" in message


def test_broken_views_file(tmp_path):
    rows = _rows("views.csv")
    rows[1]["outline"] = rows[1]["outline"][:-1]
    broken = _write(tmp_path / "views.csv", rows)
    with pytest.raises(
        GeometryError, match=r"views\.csv: row 2 \(view 'back'\): outline: .*closed"
    ):
        geometry.load_views(broken)
