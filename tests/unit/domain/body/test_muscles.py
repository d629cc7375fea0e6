"""The shipped muscle layer is complete and valid; broken muscle files fail with a clear message."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dashapp.domain.body import muscles
from dashapp.domain.body.geometry import GeometryError, load_views
from dashapp.domain.body.muscles import MuscleOutline, load_muscle_outlines
from dashapp.domain.body.svgpath import parse_path

REQUIRED = {
    "front": (
        "iliopsoas",
        "gluteus_minimus_anterior",
        "tensor_fasciae_latae",
        "adductor_longus_brevis",
        "rectus_femoris",
        "vastus_lateralis",
        "vastus_medialis",
        "tibialis_anterior",
        "peronei",
        "rectus_abdominis_lower",
        "coracobrachialis",
        "biceps_brachii",
        "brachialis",
        "brachioradialis",
        "pronator_teres",
        "palmaris_longus",
        "flexor_carpi_radialis",
        "flexor_carpi_ulnaris",
        "flexor_digitorum",
        "opponens_pollicis",
        "adductor_pollicis",
        # neck, head and jaw
        "sternocleidomastoid_sternal",
        "sternocleidomastoid_clavicular",
        "scalenes",
        "temporalis",
        "masseter",
        "lateral_pterygoid",
        "medial_pterygoid",
        "digastric",
        "frontalis",
        # shoulder girdle and trunk
        "subclavius",
        "pectoralis_major_clavicular",
        "deltoid_anterior",
        "deltoid_middle",
        "pectoralis_minor",
        "sternalis",
        "pectoralis_major_sternal",
        "subscapularis",
        "pectoralis_major_costal",
        "serratus_anterior",
        "external_oblique",
    ),
    "back": (
        "quadratus_lumborum",
        "gluteus_maximus",
        "gluteus_medius",
        "gluteus_minimus_posterior",
        "piriformis",
        "semitendinosus_semimembranosus",
        "biceps_femoris",
        "adductor_magnus",
        "gastrocnemius",
        "soleus",
        "lumbar_paraspinals",
        "multifidus",
        "triceps_long_head",
        "triceps_lateral_head",
        "triceps_medial_head",
        "anconeus",
        "supinator",
        "extensor_carpi_radialis_longus",
        "extensor_carpi_radialis_brevis",
        "extensor_carpi_ulnaris",
        "extensor_digitorum",
        "first_dorsal_interosseous",
        # neck, head and jaw
        "upper_trapezius",
        "middle_trapezius",
        "lower_trapezius",
        "levator_scapulae",
        "splenius_capitis",
        "splenius_cervicis",
        "semispinalis_capitis",
        "suboccipitals",
        "cervical_multifidi",
        "occipitalis",
        # shoulder girdle and trunk
        "rhomboids",
        "serratus_posterior_superior",
        "supraspinatus",
        "deltoid_posterior",
        "deltoid_middle",
        "infraspinatus",
        "teres_minor",
        "teres_major",
        "iliocostalis_thoracis",
        "latissimus_dorsi",
    ),
}
DEEP = {
    "gluteus_minimus_anterior",
    "gluteus_minimus_posterior",
    "piriformis",
    "quadratus_lumborum",
    "iliopsoas",
    "multifidus",
    "coracobrachialis",
    "brachialis",
    "triceps_medial_head",
    "supinator",
    "flexor_digitorum",
    "adductor_pollicis",
    "opponens_pollicis",
    # neck, head and jaw
    "levator_scapulae",
    "scalenes",
    "splenius_capitis",
    "splenius_cervicis",
    "semispinalis_capitis",
    "suboccipitals",
    "cervical_multifidi",
    "lateral_pterygoid",
    "medial_pterygoid",
    # shoulder girdle and trunk: under trapezius, pectoralis major or the scapula
    "supraspinatus",
    "rhomboids",
    "serratus_posterior_superior",
    "subscapularis",
    "pectoralis_minor",
    "subclavius",
}


@pytest.fixture(scope="module")
def outlines() -> tuple[MuscleOutline, ...]:
    return load_muscle_outlines(views=load_views())


def test_shipped_muscles_load(outlines):
    assert len(outlines) >= 2 * sum(len(keys) for keys in REQUIRED.values())
    assert len({m.id for m in outlines}) == len(outlines)


@pytest.mark.parametrize(
    "view, key", [(view, key) for view, keys in REQUIRED.items() for key in keys]
)
def test_required_muscle_on_both_sides(outlines, view, key):
    sides = {m.side for m in outlines if m.view == view and m.muscle == key}
    assert sides == {"right", "left"}


def parse_path_of(outline: MuscleOutline):
    return parse_path(outline.path)


def test_deep_muscles_are_exactly_the_deep_set(outlines):
    assert {m.muscle for m in outlines if m.deep} == DEEP
    assert all(m.deep == (m.depth == "deep") for m in outlines)


@pytest.mark.parametrize("view, right_is_small_x", [("front", True), ("back", False)])
def test_laterality_follows_the_patient(outlines, view, right_is_small_x):
    for m in (m for m in outlines if m.view == view):
        on_viewers_left = parse_path_of(m).centroid.x < 200
        assert on_viewers_left == ((m.side == "right") == right_is_small_x), m.id


def test_left_and_right_mirror_each_other(outlines):
    by_slot = {(m.view, m.muscle, m.side): m for m in outlines}
    for (view, key, side), m in by_slot.items():
        if side == "right":
            twin = by_slot[view, key, "left"]
            assert twin.area == pytest.approx(m.area, rel=0.01)
            x, y = parse_path_of(m).centroid.x, parse_path_of(m).centroid.y
            assert parse_path_of(twin).centroid.x == pytest.approx(400 - x, abs=0.5)
            assert parse_path_of(twin).centroid.y == pytest.approx(y, abs=0.5)
            assert twin.label == m.label.replace("Right", "Left", 1)


def test_outlines_come_in_tab_order_with_sides_named(outlines):
    for view in ("front", "back"):
        mine = sorted((m for m in outlines if m.view == view), key=lambda m: m.order)
        assert [m.order for m in mine] == sorted({m.order for m in mine})
        assert all(m.label.startswith(m.side.title() + " ") for m in mine)


def test_muscles_lie_in_their_region_of_the_body(outlines):
    """Coarse anatomy: each muscle's centre sits at the height of its body part."""
    bands = {
        "quadratus_lumborum": (370, 445),
        "lumbar_paraspinals": (350, 490),
        "piriformis": (460, 500),
        "gluteus_maximus": (440, 580),
        "rectus_femoris": (455, 690),
        "gastrocnemius": (700, 870),
        "soleus": (750, 910),
        "tibialis_anterior": (750, 940),
    }
    for m in outlines:
        if m.muscle in bands:
            low, high = bands[m.muscle]
            assert low < parse_path_of(m).centroid.y < high, m.id


# ---- broken files: each must name the file, the row and the problem ----


def _rows() -> list[dict[str, str]]:
    with muscles.MUSCLES_FILE.open(newline="") as fh:
        return list(csv.DictReader(fh))


def _load_broken(tmp_path: Path, rows: list[dict[str, str]]) -> str:
    broken = tmp_path / "muscles.csv"
    with broken.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(GeometryError) as info:
        load_muscle_outlines(broken)
    message = str(info.value)
    assert str(broken) in message
    return message


def _index(rows: list[dict[str, str]], mid: str) -> int:
    return next(i for i, r in enumerate(rows) if r["id"] == mid)


def test_missing_column(tmp_path):
    rows = [{k: v for k, v in r.items() if k != "depth"} for r in _rows()]
    message = _load_broken(tmp_path, rows)
    assert "header" in message and "missing column(s) depth" in message


def test_duplicate_id(tmp_path):
    rows = _rows()
    rows[5]["id"] = rows[4]["id"]
    message = _load_broken(tmp_path, rows)
    assert f"row 6 (id '{rows[4]['id']}')" in message and "duplicate id (first on row 5)" in message


def test_bad_depth(tmp_path):
    rows = _rows()
    rows[2]["depth"] = "medium"
    message = _load_broken(tmp_path, rows)
    assert f"row 3 (id '{rows[2]['id']}')" in message
    assert "depth 'medium' is not superficial or deep" in message


def test_bad_side(tmp_path):
    rows = _rows()
    rows[0]["side"] = "midline"
    message = _load_broken(tmp_path, rows)
    assert "row 1" in message and "side 'midline'" in message


def test_unknown_view(tmp_path):
    rows = _rows()
    rows[1]["view"] = "side"
    message = _load_broken(tmp_path, rows)
    assert "row 2" in message and "unknown view 'side'" in message


def test_outline_outside_the_silhouette(tmp_path):
    rows = _rows()
    i = _index(rows, "right_vastus_lateralis")
    rows[i]["path"] = "M20 500L60 500L60 600L20 600Z"
    rows[i]["area"] = "4000"
    message = _load_broken(tmp_path, rows)
    assert f"row {i + 1} (id 'right_vastus_lateralis')" in message
    assert "outside the silhouette" in message


def test_unclosed_path(tmp_path):
    rows = _rows()
    rows[3]["path"] = rows[3]["path"].rstrip("Z")
    message = _load_broken(tmp_path, rows)
    assert "row 4" in message and "not closed" in message


def test_wrong_area(tmp_path):
    rows = _rows()
    rows[7]["area"] = str(float(rows[7]["area"]) * 2)
    message = _load_broken(tmp_path, rows)
    assert "row 8" in message and "does not match" in message


@pytest.mark.parametrize("lost, kept", [("left", "right"), ("right", "left")])
def test_missing_twin(tmp_path, lost, kept):
    rows = [r for r in _rows() if r["id"] != f"{lost}_piriformis"]
    i = _index(rows, f"{kept}_piriformis")
    message = _load_broken(tmp_path, rows)
    assert f"row {i + 1} (id '{kept}_piriformis')" in message
    assert f"muscle 'piriformis' on view 'back' has no {lost} outline" in message


def test_same_muscle_twice_on_one_side(tmp_path):
    rows = _rows()
    i = _index(rows, "left_soleus_back")
    rows[i]["side"] = "right"
    message = _load_broken(tmp_path, rows)
    assert f"row {i + 1} (id 'left_soleus_back')" in message and "second right 'soleus'" in message


def test_reused_order(tmp_path):
    rows = _rows()
    rows[1]["order"] = rows[0]["order"]
    message = _load_broken(tmp_path, rows)
    assert "row 2" in message and f"order {rows[0]['order']} is already used" in message
