"""The shipped trigger-point atlas is complete and sourced; broken atlas files fail clearly."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.atlas.load import ATLAS_DIR, CONFIDENCES, AtlasError, load_atlas
from dashapp.domain.body.muscles import load_muscle_outlines
from tests.unit.domain.atlas.conftest import MUSCLE_IDS

ACTIVITY_IDS = (
    "sitting",
    "driving",
    "rising_from_chair",
    "lying_on_affected_side",
    "lying_on_back",
    "turning_in_bed",
    "walking",
    "walking_uphill",
    "climbing_stairs",
    "bending",
    "lifting",
    "coughing_sneezing",
    "standing",
    "night_pain",
    "prolonged_immobility",
)
with (ATLAS_DIR / "activities.csv").open(newline="", encoding="utf-8") as _rows:
    ACTIVITY_ROWS = len(list(csv.DictReader(_rows)))
TECHNIQUE_IDS = (
    "effleurage",
    "petrissage",
    "friction",
    "ischemic_compression",
    "myofascial_release",
    "cross_fiber_friction",
    "active_isolated_stretching",
)
CLINICAL_FILES = (
    "muscles.csv",
    "trigger_points.csv",
    "referral_patterns.csv",
    "muscle_activities.csv",
    "treatments.csv",
    "self_care.csv",
)


@pytest.fixture(scope="module")
def outline_keys() -> set[str]:
    return {m.muscle for m in load_muscle_outlines()}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# ---- the shipped atlas ----


def test_shipped_atlas_loads_with_all_muscles(atlas, outline_keys):
    assert atlas.muscle_ids == MUSCLE_IDS
    # every muscle's outline is drawn, so checking them against the geometry changes nothing
    assert load_atlas(outlines=outline_keys) == atlas


def test_vocabularies(atlas):
    assert set(ACTIVITY_IDS) <= {a.id for a in atlas.activities}
    assert tuple(t.id for t in atlas.techniques) == TECHNIQUE_IDS
    assert all(a.label and a.hint.endswith(".") for a in atlas.activities)


def test_every_muscle_is_covered(atlas):
    for mid in MUSCLE_IDS:
        assert atlas.referral(mid).muscle == mid
        assert atlas.trigger_points_for(mid)
        assert atlas.techniques_for(mid)
        assert atlas.self_care_for(mid)


def test_gluteus_minimus_mimics_l5_front_and_s1_back(atlas):
    front = atlas.referral("gluteus_minimus_anterior")
    back = atlas.referral("gluteus_minimus_posterior")
    assert front.below_knee == back.below_knee == "yes"
    assert "L5" in front.roots and not front.mimic_is_inference
    assert "S1" in back.roots and not back.mimic_is_inference


def test_driving_brings_on_gluteus_minimus_anterior(atlas):
    ids = [a.id for a in atlas.activities_for("gluteus_minimus_anterior")]
    assert "driving" in ids


def test_quadratus_lumborum_coughing_and_no_leg_pain(atlas):
    assert "coughing_sneezing" in [a.id for a in atlas.activities_for("quadratus_lumborum")]
    referral = atlas.referral("quadratus_lumborum")
    assert referral.below_knee == "no"


def test_piriformis_reaches_below_knee_only_through_the_nerve(atlas):
    piriformis = atlas.referral("piriformis")
    assert piriformis.below_knee == "only_if_nerve_entrapped"


def test_inferences_are_marked(atlas):
    biceps = atlas.referral("biceps_femoris")
    assert biceps.mimic_is_inference and set(biceps.inferred_mimics) == {"S1", "L5"}
    for r in atlas.referral_patterns:
        assert set(r.inferred_mimics) <= set(r.can_mimic)
        if r.mimic_is_inference:
            assert "not a published claim" in r.caution, r.muscle


@pytest.mark.parametrize("name", CLINICAL_FILES)
def test_every_clinical_row_has_a_known_source_and_confidence(atlas, name):
    known = {s.key for s in atlas.sources}
    for n, row in enumerate(_read(ATLAS_DIR / name), start=1):
        keys = [k.strip() for k in row["source"].split(";")]
        assert row["source"] and set(keys) <= known, f"{name} row {n}"
        assert row["confidence"] in CONFIDENCES, f"{name} row {n}"
        if row["confidence"] == "low" and "caution" in row:
            assert row["caution"], f"{name} row {n}"


def test_general_guidance_is_low_confidence_and_says_so(atlas):
    for row in (*atlas.treatments, *atlas.self_care):
        assert row.sources == ("NMT-PRACTICE",) and row.confidence == "low"
        assert "not from the trigger-point reference" in row.caution
    assert not any("cure" in s.stretch.lower() for s in atlas.self_care)


def test_outlines_exist_in_the_geometry(atlas, outline_keys):
    geometry = {row["muscle"] for row in _read(SHIPPED_DATA / "geometry" / "muscles.csv")}
    assert {m.outline for m in atlas.muscles} <= geometry
    assert {m.outline for m in atlas.muscles} <= outline_keys
    assert atlas.muscle("deep_rotators").outline == "piriformis"
    paraspinals = {m.id for m in atlas.muscles_for_outline("lumbar_paraspinals")}
    assert paraspinals == {"iliocostalis_lumborum", "longissimus_thoracis"}


def test_muscles_grouped_by_area_for_type_ahead(atlas):
    groups = atlas.muscles_by_area()
    assert list(groups) == [
        "head_jaw",
        "neck",
        "shoulder",
        "upper_back",
        "chest",
        "arm",
        "forearm_hand",
        "low_back",
        "abdomen",
        "hip_buttock",
        "thigh",
        "leg",
    ]
    assert sorted(m.id for ms in groups.values() for m in ms) == sorted(MUSCLE_IDS)
    for ms in groups.values():
        assert [m.name.casefold() for m in ms] == sorted(m.name.casefold() for m in ms)


def test_sources_resolve(atlas):
    cited = atlas.cite(atlas.referral("gluteus_maximus").sources)
    assert cited[0].key == "TS2-pub" and cited[0].url.startswith("https://")
    with pytest.raises(KeyError):
        atlas.muscle("gluteus_maximum")


# ---- broken files: each must name the file, the row (or header) and the problem ----


def _broken(tmp_path: Path, name: str, change: Callable[[list[dict[str, str]]], None]) -> str:
    """Copy the shipped atlas, let `change` edit one file's rows, and return the load error."""
    folder = tmp_path / "atlas"
    shutil.copytree(ATLAS_DIR, folder)
    rows = _read(folder / name)
    fields = list(rows[0])
    change(rows)
    fields = [f for f in fields if f in rows[0]]
    with (folder / name).open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(AtlasError) as info:
        load_atlas(folder)
    message = str(info.value)
    assert str(folder / name) in message
    return message


def _set(index: int, column: str, value: str) -> Callable[[list[dict[str, str]]], None]:
    def change(rows: list[dict[str, str]]) -> None:
        rows[index][column] = value

    return change


def _drop_column(column: str) -> Callable[[list[dict[str, str]]], None]:
    def change(rows: list[dict[str, str]]) -> None:
        for row in rows:
            del row[column]

    return change


def _drop_muscle(muscle: str) -> Callable[[list[dict[str, str]]], None]:
    def change(rows: list[dict[str, str]]) -> None:
        rows[:] = [r for r in rows if r["muscle"] != muscle]

    return change


@pytest.mark.parametrize(
    "name, change, expected",
    [
        (
            "trigger_points.csv",
            _drop_column("confidence"),
            ("header: missing column(s) confidence",),
        ),
        (
            "muscles.csv",
            lambda rows: rows.append(dict(rows[0])),
            (
                f"row {len(MUSCLE_IDS) + 1} (id 'quadratus_lumborum')",
                "duplicate id (first on row 1)",
            ),
        ),
        (
            "trigger_points.csv",
            _set(2, "muscle", "gluteus_maximum"),
            ("row 3 (muscle 'gluteus_maximum')", "column 'muscle'", "unknown muscle"),
        ),
        (
            "muscle_activities.csv",
            _set(1, "activity", "jogging"),
            ("row 2", "column 'activity'", "unknown activity 'jogging'"),
        ),
        (
            "referral_patterns.csv",
            _set(2, "below_elbow", "maybe"),
            ("row 3", "column 'below_elbow'", "'maybe'"),
        ),
        (
            "referral_patterns.csv",
            _set(4, "source", ""),
            ("row 5 (muscle 'gluteus_minimus_anterior')", "column 'source'", "no source"),
        ),
        (
            "referral_patterns.csv",
            _set(0, "source", "BS;NOPE"),
            ("row 1", "column 'source'", "unknown source key 'NOPE'"),
        ),
        (
            "self_care.csv",
            _set(0, "confidence", "certain"),
            ("row 1", "column 'confidence'", "'certain' is not one of high, medium, low"),
        ),
        (
            "referral_patterns.csv",
            _drop_muscle("piriformis"),
            ("muscle 'piriformis' (muscles.csv row 7)", "has no referral pattern"),
        ),
        (
            "self_care.csv",
            _drop_muscle("soleus"),
            ("muscle 'soleus' (muscles.csv row 18)", "has no self-care entry"),
        ),
        (
            "muscles.csv",
            _set(3, "depth", "middle"),
            ("row 4 (id 'gluteus_medius')", "column 'depth'", "'middle' is not one of"),
        ),
        (
            "muscles.csv",
            _set(4, "lay_name", ""),
            ("row 5 (id 'gluteus_minimus_anterior')", "column 'lay_name'", "is empty"),
        ),
        (
            "muscles.csv",
            _set(0, "body_area", "back"),
            ("row 1", "column 'body_area'", "'back' is not one of"),
        ),
        (
            "referral_patterns.csv",
            _set(0, "below_knee", "maybe"),
            ("row 1", "column 'below_knee'", "'maybe' is not one of"),
        ),
        (
            "referral_patterns.csv",
            _set(0, "inferred_mimics", "L5"),
            ("row 1", "column 'inferred_mimics'", "L5 not listed in can_mimic"),
        ),
        (
            "referral_patterns.csv",
            _set(1, "mimic_is_inference", "false"),
            ("row 2 (muscle 'iliopsoas')", "column 'mimic_is_inference'"),
        ),
        (
            "treatments.csv",
            _set(0, "caution", ""),
            ("row 1", "column 'caution'", "low confidence needs a caution"),
        ),
        (
            "treatments.csv",
            _set(0, "technique", "cupping"),
            ("row 1", "column 'technique'", "unknown technique 'cupping'"),
        ),
        (
            "activities.csv",
            lambda rows: rows.append(dict(rows[0])),
            # the copy lands after the last row, whatever the vocabulary's length
            (f"row {ACTIVITY_ROWS + 1} (id 'sitting')", "duplicate id"),
        ),
        (
            "trigger_points.csv",
            _set(0, "tp", "point1"),
            ("row 1", "column 'tp'", "'point1' is not tp1, tp2"),
        ),
    ],
)
def test_broken_file_names_file_row_and_problem(tmp_path, name, change, expected):
    message = _broken(tmp_path, name, change)
    for part in expected:
        assert part in message, message


def test_unknown_outline_is_refused_when_outlines_are_given(tmp_path, outline_keys):
    folder = tmp_path / "atlas"
    shutil.copytree(ATLAS_DIR, folder)
    rows = _read(folder / "muscles.csv")
    rows[1]["outline"] = "psoas"
    with (folder / "muscles.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert load_atlas(folder).muscle("iliopsoas").outline == "psoas"
    with pytest.raises(AtlasError, match=r"muscles\.csv: row 2 \(id 'iliopsoas'\).*outline"):
        load_atlas(folder, outlines=outline_keys)


def test_missing_file(tmp_path):
    folder = tmp_path / "atlas"
    shutil.copytree(ATLAS_DIR, folder)
    (folder / "self_care.csv").unlink()
    with pytest.raises(AtlasError, match=r"self_care\.csv: file not found"):
        load_atlas(folder)


def test_tensor_fasciae_latae_hurts_on_standing_up_not_while_sitting_or_driving(atlas):
    tied = {a.id for a in atlas.activities_for("tensor_fasciae_latae")}
    assert "rising_from_chair" in tied
    assert not tied & {"sitting", "driving"}


def test_patients_read_the_lay_name_with_the_latin_after_it(atlas):
    assert atlas.muscle("gluteus_minimus_anterior").plain_name == (
        "Small buttock muscle, front part (gluteus minimus, anterior part)"
    )
    assert atlas.muscle("scalenes").plain_name == (
        "Deep muscles at the side of the neck (scalenes [anterior, middle and posterior])"
    )
    for muscle in atlas.muscles:
        assert muscle.lay_name.casefold() != muscle.name.casefold()
        latin = f"{muscle.name[0].lower()}{muscle.name[1:]}".replace("(", "[").replace(")", "]")
        assert muscle.plain_name.endswith(f"({latin})")
