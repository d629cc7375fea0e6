"""True sciatica or pseudo-sciatica: the comparison on classic pictures, and the red-flag gate."""

from __future__ import annotations

import re

import pytest

from dashapp.domain.sciatica import (
    LEANING_MARGIN,
    LEANINGS,
    Findings,
    PatternFit,
    SideFindings,
    compare,
    parse_findings,
)
from dashapp.domain.sciatica.flags import REASONS
from tests.unit.domain.sciatica.consultation import DATA, facts, intake

NORMAL_REFLEXES = {
    "knee_reflex": "normal",
    "ankle_reflex": "normal",
    "medial_hamstring_reflex": "normal",
}
NORMAL_STRENGTH = dict.fromkeys(
    ("hip_flexion", "knee_extension", "ankle_dorsiflexion", "big_toe_extension"), "normal"
)


def ids(evidence) -> list[str]:
    return [e.id for e in evidence]


def l5_radiculopathy():
    answers = intake(worse="leg", numbness="yes", cough_sneeze="leg", weakness=["tripping"])
    marked = facts("right_shin_outer", "right_calf_outer", "right_foot_top", "right_big_toe")
    exam = parse_findings(
        {
            "right": {
                "slr_angle": 40,
                "slr_leg_pain": True,
                "big_toe_extension": "weak",
                **NORMAL_REFLEXES,
                "medial_hamstring_reflex": "reduced",
            },
            "left": {"slr_angle": 80, **NORMAL_REFLEXES},
            "sensory": "L5",
        },
        DATA.muscle_names,
    )
    return answers, marked, exam


def gluteus_minimus():
    answers = intake(worse="leg", activities=["driving", "rising_from_chair"])
    marked = facts(
        "right_thigh_outer_upper",
        "right_thigh_outer_lower",
        "right_calf_outer",
        "right_ankle_outer",
    )
    exam = Findings(
        right=SideFindings(slr_angle=80, **NORMAL_REFLEXES, **NORMAL_STRENGTH),
        left=SideFindings(slr_angle=85, **NORMAL_REFLEXES),
        sensory="none",
        trigger_point="gluteus_minimus_anterior",
    )
    return answers, marked, exam


def test_classic_l5_radiculopathy_leans_toward_a_nerve_root():
    result = compare(*l5_radiculopathy(), best_root=PatternFit("L5", 0.8), data=DATA)
    assert result.leaning == "nerve_root"
    assert result.leaning_text == LEANINGS["nerve_root"]
    found = ids(result.toward_root)
    for item in (
        "below_knee",
        "leg_worse_than_back",
        "numbness_or_tingling",
        "cluster",
        "cough_leg",
        "slr_positive",
        "reflex_medial_hamstring",
        "myotome_weakness",
        "dermatomal_sensory_change",
    ):
        assert item in found
    assert result.toward_muscle == ()
    by_id = {e.id: e for e in result.toward_root}
    assert "right at 40°" in by_id["slr_positive"].therapist_text
    assert "L5" in by_id["reflex_medial_hamstring"].therapist_text
    assert "big toe extension (L5) right" in by_id["myotome_weakness"].therapist_text
    assert "weaker on the right" in by_id["reflex_medial_hamstring"].patient_text
    assert "QL" in by_id["cough_leg"].therapist_text or "quadratus" in (
        by_id["cough_leg"].therapist_text
    )
    assert result.root_points > result.muscle_points
    assert result.red_flags == ()


def test_classic_gluteus_minimus_pseudo_sciatica_leans_toward_referred_muscle_pain():
    fits = {
        "best_root": PatternFit("L5", 0.45),
        "best_muscle": PatternFit("gluteus_minimus_anterior", 0.85),
    }
    result = compare(*gluteus_minimus(), **fits, data=DATA)
    assert result.leaning == "referred_muscle"
    found = ids(result.toward_muscle)
    for item in (
        "no_neuro_deficit",
        "normal_reflexes",
        "slr_negative",
        "gluteal_trigger_point_reproduces",
        "pattern_fits_muscle",
        "aggravators_match",
    ):
        assert item in found
    aggravators = next(e for e in result.toward_muscle if e.id == "aggravators_match")
    assert "driving" in aggravators.patient_text
    assert "NAM-GMIN" in aggravators.sources
    assert "numbness_or_tingling" not in ids(result.toward_root)
    # Without the map fits it still leans the same way.
    assert compare(*gluteus_minimus(), data=DATA).leaning == "referred_muscle"


def test_piriformis_picture_leans_toward_muscle_and_names_the_piriformis_tests():
    answers = intake(activities=["sitting"])
    marked = facts("right_buttock_lower_outer", "right_buttock_upper_outer")
    exam = parse_findings(
        {
            "right": {"slr_angle": 85, **NORMAL_REFLEXES, **NORMAL_STRENGTH},
            "left": {"slr_angle": 85, **NORMAL_REFLEXES},
            "sensory": "none",
            "fair": "positive",
            "pace": "positive",
            "freiberg": "negative",
        },
        DATA.muscle_names,
    )
    result = compare(
        answers, marked, exam, PatternFit("S1", 0.2), PatternFit("piriformis", 0.9), data=DATA
    )
    assert result.leaning == "referred_muscle"
    found = ids(result.toward_muscle)
    assert "piriformis_fair" in found and "piriformis_pace" in found
    assert "piriformis_freiberg" not in found
    therapist = " ".join(e.therapist_text for e in result.toward_muscle)
    assert "FAIR test positive (piriformis)" in therapist
    assert "Pace sign positive (piriformis)" in therapist
    assert "0.881" in therapist
    assert result.toward_root == ()


def test_radiculopathy_with_a_reproducing_gluteal_trigger_point_still_leans_nerve_root():
    answers = intake(worse="leg", pins_and_needles="yes")
    marked = facts("right_calf_back", "right_thigh_back_outer_lower")
    exam = parse_findings(
        {
            "right": {
                "slr_angle": 50,
                "slr_leg_pain": True,
                **NORMAL_REFLEXES,
                "ankle_reflex": "reduced",
            },
            "left": NORMAL_REFLEXES,
            "trigger_point": "gluteus_minimus_posterior",
        },
        DATA.muscle_names,
    )
    result = compare(answers, marked, exam, data=DATA)
    assert "reflex_ankle" in ids(result.toward_root)
    assert "gluteal_trigger_point_reproduces" in ids(result.toward_muscle)
    assert result.leaning == "nerve_root"
    balance = result.balance
    assert balance.side == "nerve_root" and balance.both_present and not balance.mixed
    assert balance.margin == pytest.approx(result.root_points - result.muscle_points)
    assert balance.margin >= LEANING_MARGIN
    assert "both may be present" in " ".join(result.leaning_caveats)
    assert f"by {balance.margin:g} points" in result.therapist_summary
    assert "ADEL15" in result.therapist_summary
    assert "same time" in result.note
    assert "76%" in result.therapist_note and "ADEL15" in result.therapist_note
    assert result.note_sources == ("ADEL15",)


def test_neuro_signs_with_a_heavier_muscle_column_lean_muscle_and_say_the_signs_stay():
    answers, marked, exam = gluteus_minimus()
    weak = Findings(
        right=SideFindings(slr_angle=80, **NORMAL_REFLEXES, big_toe_extension="weak"),
        left=SideFindings(slr_angle=80, **NORMAL_REFLEXES),
        fair="positive",
        pace="positive",
        freiberg="positive",
    )
    fits = {
        "best_root": PatternFit("L5", 0.1),
        "best_muscle": PatternFit("gluteus_minimus_anterior", 0.9),
    }
    result = compare(answers, marked, weak, **fits, data=DATA)
    assert result.muscle_points - result.root_points >= LEANING_MARGIN
    assert result.leaning == "referred_muscle"
    assert result.balance.neuro_signs and result.balance.both_present
    caveats = " ".join(result.leaning_caveats)
    assert "both may be present" in caveats and "Muscle pain does not explain them" in caveats
    assert "BOGDUK09" in result.therapist_summary


def test_every_comparison_notes_that_both_can_be_present_and_is_not_a_diagnosis():
    for case in (l5_radiculopathy(), gluteus_minimus(), (intake(), facts(), None)):
        result = compare(*case, data=DATA)
        assert "not a diagnosis" in result.note
        assert "same time" in result.note


def test_a_non_gluteal_trigger_point_counts_fully():
    exam = Findings(trigger_point="tibialis_anterior")
    result = compare(intake(), facts("right_shin"), exam, data=DATA)
    item = result.toward_muscle[0]
    assert item.id == "trigger_point_reproduces" and item.weight == 1.0
    assert "in the shin muscle (tibialis anterior) brought on" in item.patient_text
    assert "Tibialis anterior" in item.therapist_text


def test_symmetric_reflex_changes_and_unsure_numbness_are_not_counted():
    exam = Findings(
        left=SideFindings(ankle_reflex="absent"), right=SideFindings(ankle_reflex="absent")
    )
    result = compare(intake(numbness="unsure", pins_and_needles="unsure"), facts(), exam, data=DATA)
    assert result.toward_root == () and result.toward_muscle == ()
    assert result.leaning == "mixed"


def test_cough_worsening_only_the_back_is_not_evidence():
    result = compare(intake(cough_sneeze="back"), facts(), None, data=DATA)
    assert "cough_leg" not in ids(result.toward_root)


def test_the_knee_itself_is_not_below_the_knee():
    assert not facts("right_knee_front", "right_knee_back").below_knee
    assert facts("right_calf_inner").below_knee


def test_comparison_is_deterministic():
    assert compare(*l5_radiculopathy(), data=DATA) == compare(*l5_radiculopathy(), data=DATA)


# --- wording ----------------------------------------------------------------------------------

JARGON = re.compile(
    r"radicul|\bSLR\b|dermatom|myotom|sensitivity|specificity|cauda|paraesthes|\bTrPs?\b|"
    r"ipsilateral|\b[LS]\d\b|\bLR\b|\bAUC\b",
    re.IGNORECASE,
)


def patient_texts():
    data = DATA
    yield from (e.patient_text for e in data.evidence.values())
    for flag in data.red_flags.values():
        yield flag.question
        yield flag.patient_message
    yield from LEANINGS.values()
    yield from REASONS.values()
    for case in (l5_radiculopathy(), gluteus_minimus()):
        result = compare(
            *case, PatternFit("L5", 0.1), PatternFit("gluteus_minimus_anterior", 0.9), data=DATA
        )
        yield from (e.patient_text for e in result.toward_root + result.toward_muscle)
        yield result.note


def test_patient_texts_avoid_jargon():
    texts = list(patient_texts())
    assert len(texts) > 40
    for text in texts:
        assert not JARGON.search(text), text


def test_therapist_texts_carry_numbers_and_their_sources():
    for item in DATA.evidence.values():
        text = item.therapist_text
        for key in item.sources:
            text = text.replace(key, "")
        assert re.search(r"\d", text) or "no accuracy figures" in text.lower(), item.id
        assert any(key in item.therapist_text for key in item.sources), item.id
    crossed = DATA.evidence["crossed_slr"].therapist_text
    assert "0.90" in crossed and "VDW10" in crossed
