"""The shoulder-girdle and trunk muscles of the atlas are complete, drawn and say what the
upper-body reference (§1a) says: outline, zones and markers on both sides, a technique and a
stretch, whether the pain reaches below the elbow, and the heart caution for the chest."""

from __future__ import annotations

import pytest

from dashapp.domain.body.geometry import load_surface_regions
from dashapp.domain.body.zones import region_overlaps
from tests.unit.domain.atlas.conftest import SHOULDER_GIRDLE

# "Below elbow?" of the reference: Yes -> yes, Yes (spillover) -> partly, paraesthesia only
# (teres minor) -> partly, No (even with a ⚠) -> no
BELOW_ELBOW = {
    "supraspinatus": "partly",
    "infraspinatus": "partly",
    "teres_minor": "partly",
    "teres_major": "yes",
    "subscapularis": "yes",
    "latissimus_dorsi": "yes",
    "rhomboids": "no",
    "serratus_posterior_superior": "partly",
    "serratus_anterior": "partly",
    "pectoralis_major_clavicular": "no",
    "pectoralis_major_sternal": "partly",
    "pectoralis_major_costal": "no",
    "pectoralis_minor": "yes",
    "subclavius": "yes",
    "deltoid_anterior": "no",
    "deltoid_middle": "no",
    "deltoid_posterior": "no",
    "iliocostalis_thoracis": "no",
    "sternalis": "no",
    "external_oblique": "no",
}
BELOW_THE_ELBOW = ("forearm", "wrist", "palm", "hand", "fingers")


@pytest.fixture(scope="module")
def reached(zones, views):
    """(muscle, side) -> the region ids its zones cover."""
    overlaps = region_overlaps(zones, load_surface_regions(views=views))
    out: dict[tuple[str, str], set[str]] = {}
    for z in zones:
        out.setdefault((z.muscle, z.side), set()).update(overlaps[z.id])
    return out


@pytest.mark.parametrize("muscle", SHOULDER_GIRDLE)
def test_each_muscle_is_complete_on_both_sides(atlas, outlines, markers, zones, muscle):
    record = atlas.muscle(muscle)
    drawn = {(m.side, m.view) for m in outlines if m.muscle == record.outline}
    marked = {t.side for t in markers if t.muscle == muscle}
    essential = {z.side for z in zones if z.muscle == muscle and z.kind == "essential"}
    assert {side for side, _ in drawn} == {"right", "left"}
    assert marked == essential == {"right", "left"}
    assert atlas.trigger_points_for(muscle)
    assert atlas.techniques_for(muscle) and atlas.self_care_for(muscle)
    assert record.body_area in ("shoulder", "upper_back", "chest", "abdomen")


@pytest.mark.parametrize("muscle", SHOULDER_GIRDLE)
def test_below_the_elbow_follows_the_reference_and_the_drawing(atlas, reached, muscle):
    referral = atlas.referral(muscle)
    assert referral.below_elbow == BELOW_ELBOW[muscle]
    assert referral.below_knee == "no"
    for side in ("right", "left"):
        below = {r for r in reached[muscle, side] if any(w in r for w in BELOW_THE_ELBOW)}
        # teres minor sends only numbness to the fingers, which is not drawn as pain
        drawn = referral.below_elbow in ("yes", "partly") and muscle != "teres_minor"
        assert bool(below) == drawn, (muscle, side, sorted(below))
        assert all(r.startswith(side) for r in below)


def test_patterns_stay_on_their_own_side_except_over_the_breastbone(reached):
    for muscle in SHOULDER_GIRDLE:
        for side, other in (("right", "left"), ("left", "right")):
            crossed = {r for r in reached[muscle, side] if r.startswith(other)}
            assert not crossed or muscle == "sternalis", (muscle, side, crossed)


def test_chest_muscles_that_mimic_the_heart_say_so_first(atlas):
    for muscle in ("pectoralis_major_sternal", "sternalis", "pectoralis_minor"):
        referral = atlas.referral(muscle)
        assert {"angina", "myocardial infarction"} & set(referral.can_mimic)
        assert "heart" in referral.caution and "medical check" in referral.caution
    for muscle in ("serratus_anterior", "iliocostalis_thoracis", "latissimus_dorsi", "rhomboids"):
        caution = atlas.referral(muscle).caution
        assert "heart" in caution and "medical check first" in caution, muscle
    # what separates them is said where the reference says it, with its sources
    assert "not made worse by moving" in atlas.referral("sternalis").symptoms.lower()
    assert "both arms" in atlas.referral("pectoralis_major_sternal").caution
    for muscle in ("pectoralis_major_sternal", "sternalis"):
        assert {"PANJU98", "CG95-GPN"} <= set(atlas.referral(muscle).sources)


def test_source_named_roots_are_not_marked_as_inference(atlas):
    assert set(atlas.referral("infraspinatus").roots) == {"C5", "C6"}
    assert not atlas.referral("infraspinatus").mimic_is_inference
    assert "C8" in atlas.referral("teres_minor").roots
    assert set(atlas.referral("serratus_anterior").roots) == {"C7", "C8"}
    assert atlas.referral("supraspinatus").inferred_mimics == ("C5",)
    assert atlas.referral("subscapularis").inferred_mimics == ("C7",)


def test_reference_landmarks(reached):
    # supraspinatus: the mid-deltoid, on the shoulder; infraspinatus: the front of the shoulder
    assert "right_shoulder_front" in reached["supraspinatus", "right"]
    assert "right_shoulder_front" in reached["infraspinatus", "right"]
    # latissimus: to the ring and little fingers; subclavius: to the thumb side of the hand
    assert {"left_middle_finger_back", "left_back_of_hand"} & reached["latissimus_dorsi", "left"]
    assert "right_hand_palm" in reached["subclavius", "right"]
    # external oblique: upper abdomen and groin, not the arm
    assert {"right_upper_abdomen", "right_groin"} <= reached["external_oblique", "right"]


@pytest.mark.parametrize("muscle", ["teres_major", "subclavius"])
def test_patterns_that_skip_the_elbow_leave_it_out(reached, muscle):
    # teres major: down the back of the arm, skipping the elbow, to the forearm; subclavius:
    # the radial forearm, skipping the elbow (reference §1a)
    for side in ("right", "left"):
        assert not any("elbow" in r for r in reached[muscle, side])
        assert any("forearm" in r for r in reached[muscle, side])
