"""Nerve or muscle for the arm: each evidence item, Wainner's rule, the gate and the leg."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashapp.domain.sciatica import PatternFit, compare
from dashapp.domain.sciatica.arm_compare import (
    LEANINGS,
    compare_arm,
    is_arm_drawing,
    unanswered_upper,
)
from dashapp.domain.sciatica.arm_data import ARM_EVIDENCE_IDS, load_arm_data
from dashapp.domain.sciatica.arm_evidence import ArmHistory, arm_history, cpr
from dashapp.domain.sciatica.findings import CPR_TESTS, Findings, SideFindings
from tests.unit.domain.sciatica.consultation import DATA, REGIONS, facts, intake, upper_intake

ARM = load_arm_data(DATA.sources)
ARM_AREAS = ("right_upper_arm_outer", "right_forearm_thumb_side", "right_thumb_front")
NORMAL_SIDE = SideFindings(
    **dict.fromkeys(("biceps_reflex", "brachioradialis_reflex", "triceps_reflex"), "normal"),
    **dict.fromkeys(
        (
            "elbow_flexion",
            "wrist_extension",
            "elbow_extension",
            "finger_flexion",
            "finger_abduction",
        ),
        "normal",
    ),
)


def run(findings=None, history=None, answers=None, **fits):
    return compare_arm(
        upper_intake(**(answers or {})),
        facts(*ARM_AREAS),
        history or ArmHistory(),
        findings,
        data=DATA,
        arm=ARM,
        **fits,
    )


def items(result) -> dict:
    c = result.comparison
    return {e.id: e for e in (*c.toward_root, *c.toward_muscle)}


def test_the_files_hold_exactly_the_items_the_rules_use_with_sources():
    assert set(ARM.evidence) == set(ARM_EVIDENCE_IDS)
    for item in ARM.evidence.values():
        assert item.sources and item.direction == ARM_EVIDENCE_IDS[item.id]
        assert all(key in DATA.sources for key in item.sources)
    assert set(ARM.differentials) == {"thoracic_outlet", "carpal_tunnel"}


@pytest.mark.parametrize(
    ("history", "item"),
    [
        (ArmHistory(arm_worse=True), "arm_worse_than_neck"),
        (ArmHistory(pins_and_needles=True), "arm_pins_and_needles"),
        (ArmHistory(hand_on_head=True), "hand_on_head_relief"),
    ],
)
def test_each_history_item_stands_toward_the_root(history, item):
    result = run(history=history)
    assert [e.id for e in result.comparison.toward_root] == [item]
    assert run().comparison.toward_root == ()


@pytest.mark.parametrize(
    ("test", "result", "item", "column"),
    [
        ("spurling", "positive", "spurling_positive", "toward_root"),
        ("ultt_a", "positive", "ultt_a_positive", "toward_root"),
        ("ultt_a", "negative", "ultt_a_negative", "toward_muscle"),
        ("distraction", "positive", "distraction_positive", "toward_root"),
        ("rotation_under_60", "positive", "rotation_under_60", "toward_root"),
        ("shoulder_abduction", "positive", "shoulder_abduction_test", "toward_root"),
    ],
)
def test_each_examination_test_stands_in_its_column(test, result, item, column):
    found = run(Findings(**{test: result})).comparison
    assert [e.id for e in getattr(found, column)] == [item]
    assert run(Findings(**{test: "not_done"})).comparison.toward_root == ()


def test_the_history_items_come_from_the_answers():
    assert arm_history(upper_intake(arm_worse="arm", arm_tingling="yes", hand_on_head="yes")) == (
        ArmHistory(arm_worse=True, pins_and_needles=True, hand_on_head=True)
    )
    assert arm_history(upper_intake(arm_worse="neck", hand_on_head="unsure")) == ArmHistory()
    assert arm_history(upper_intake(arm_tingling="unsure")) == ArmHistory()
    assert arm_history(upper_intake()) == ArmHistory()


def test_pins_and_needles_in_the_arm_are_read_from_the_arm_not_the_leg():
    leg = intake(numbness="yes", pins_and_needles="yes")
    assert arm_history(leg) == ArmHistory()
    assert arm_history(intake(), sensory_marked=True) == ArmHistory(pins_and_needles=True)


def test_a_negative_spurling_is_not_evidence_either_way():
    found = run(Findings(spurling="negative")).comparison
    assert found.toward_root == () and found.toward_muscle == ()


def test_a_one_sided_reflex_change_names_the_reflex_and_its_root():
    exam = Findings(
        right=SideFindings(triceps_reflex="reduced"), left=SideFindings(triceps_reflex="normal")
    )
    item = items(run(exam))["arm_reflex"]
    assert "triceps (C7) reduced on the right" in item.therapist_text
    assert "weaker on the right" in item.patient_text


def test_a_reflex_reduced_on_both_sides_is_not_counted():
    exam = Findings(
        right=SideFindings(biceps_reflex="reduced"), left=SideFindings(biceps_reflex="reduced")
    )
    assert "arm_reflex" not in items(run(exam))


def test_key_muscle_weakness_names_the_movement_and_root():
    exam = Findings(right=SideFindings(wrist_extension="weak"))
    item = items(run(exam))["arm_myotome_weakness"]
    assert "wrist extension (C6) right" in item.therapist_text
    assert "lifting the wrist (right)" in item.patient_text


def test_sensory_change_in_a_cervical_dermatome():
    item = items(run(Findings(arm_sensory="C6")))["arm_dermatomal_sensory_change"]
    assert "C6" in item.therapist_text


def test_a_normal_neurological_exam_counts_weakly_toward_muscle():
    exam = Findings(right=NORMAL_SIDE, left=NORMAL_SIDE, arm_sensory="none")
    item = items(run(exam))["arm_no_neuro_deficit"]
    assert item.direction == "referred_muscle" and item.weight < 0.5
    untested_sensation = Findings(right=NORMAL_SIDE, left=NORMAL_SIDE)
    assert "arm_no_neuro_deficit" not in items(run(untested_sensation))


def test_trigger_point_palpation_names_the_muscle():
    item = items(run(Findings(trigger_point="infraspinatus")))["arm_trigger_point_reproduces"]
    assert "Infraspinatus" in item.therapist_text or "infraspinatus" in item.therapist_text
    with pytest.raises(ValueError, match="trigger_point"):
        run(Findings(trigger_point="no_such_muscle"))


def test_the_map_fits_a_root_or_a_muscle_by_a_clear_margin_only():
    root = items(run(best_root=PatternFit("C6", 0.8), best_muscle=PatternFit("scalenes", 0.4)))
    assert "arm_pattern_fits_dermatome" in root
    muscle = items(run(best_root=PatternFit("C6", 0.3), best_muscle=PatternFit("scalenes", 0.9)))
    assert "arm_pattern_fits_muscle" in muscle
    close = items(run(best_root=PatternFit("C6", 0.5), best_muscle=PatternFit("scalenes", 0.55)))
    assert not close
    with pytest.raises(ValueError, match="best_root"):
        run(best_root=PatternFit("L5", 0.5))


def cluster(positive: int) -> Findings:
    return Findings(
        **{t: "positive" if i < positive else "negative" for i, t in enumerate(CPR_TESTS)}
    )


@pytest.mark.parametrize(
    ("positive", "lr", "probability"), [(4, 30.3, 90), (3, 6.1, 65), (2, 0.88, 21)]
)
def test_the_prediction_rule_gives_the_reference_probabilities(positive, lr, probability):
    rule = cpr(cluster(positive))
    assert (rule.positive, rule.examined) == (positive, 4)
    assert (rule.likelihood_ratio, rule.probability) == (lr, probability)
    assert f"{probability}%" in rule.text and "WAINNER03" in rule.text
    assert run(cluster(positive)).cpr == rule


@pytest.mark.parametrize("positive", [0, 1])
def test_the_rule_gives_no_probability_where_the_reference_gives_none(positive):
    rule = cpr(cluster(positive))
    assert rule.probability is None and rule.likelihood_ratio is None
    assert "no post-test probability" in rule.text


def test_the_rule_waits_for_all_four_tests():
    rule = cpr(Findings(spurling="positive", distraction="positive", ultt_a="positive"))
    assert (rule.positive, rule.examined, rule.probability) == (3, 3, None)
    assert "all 4 are needed" in rule.text
    assert run(Findings()).cpr is None


def test_the_cluster_item_stands_from_three_of_four_and_adds_no_points():
    three, two = run(cluster(3)), run(cluster(2))
    assert "wainner_cluster" in items(three) and "wainner_cluster" not in items(two)
    assert items(three)["wainner_cluster"].weight == 0
    assert "3 of 4" in items(three)["wainner_cluster"].therapist_text


def test_radiculopathy_leans_nerve_root_and_muscle_picture_leans_muscle():
    root = run(cluster(4), ArmHistory(arm_worse=True, pins_and_needles=True, hand_on_head=True))
    assert root.comparison.leaning == "nerve_root"
    assert root.comparison.leaning_text == LEANINGS["nerve_root"]
    muscle = run(
        Findings(
            ultt_a="negative",
            spurling="negative",
            right=NORMAL_SIDE,
            left=NORMAL_SIDE,
            arm_sensory="none",
            trigger_point="infraspinatus",
        ),
        best_root=PatternFit("C5", 0.3),
        best_muscle=PatternFit("infraspinatus", 0.8),
    )
    assert muscle.comparison.leaning == "referred_muscle"
    assert "SARI12" in muscle.comparison.note_sources


def test_arm_neuro_signs_with_a_heavier_muscle_column_say_the_signs_stay():
    exam = Findings(
        ultt_a="negative",
        trigger_point="infraspinatus",
        right=SideFindings(elbow_flexion="weak"),
    )
    result = run(
        exam, best_root=PatternFit("C5", 0.2), best_muscle=PatternFit("infraspinatus", 0.9)
    )
    assert result.comparison.balance.neuro_signs
    assert result.comparison.balance.side == "referred_muscle"


def test_a_warning_sign_closes_the_gate_no_leaning_no_muscles():
    result = run(
        cluster(4), answers={"hand_clumsiness": "yes"}, best_muscle=PatternFit("scalenes", 0.9)
    )
    assert not result.open and result.comparison is None
    assert result.best_muscle is None and result.differentials == ()
    assert "hand_clumsiness" in [f.id for f in result.red_flags]


def test_an_unanswered_upper_question_keeps_the_gate_closed():
    result = run(answers={"gait_change": ""})
    assert not result.open and "gait_change" in result.ask
    assert unanswered_upper(upper_intake(), facts(*ARM_AREAS)) == ()


def test_differentials_are_named_and_hinted_where_they_usually_show():
    result = compare_arm(
        upper_intake(),
        facts(*ARM_AREAS),
        ArmHistory(),
        best_root=PatternFit("C8", 0.7),
        data=DATA,
        arm=ARM,
        hand_marked=True,
    )
    named = {d.id: d for d in result.differentials}
    assert named["thoracic_outlet"].hinted and named["carpal_tunnel"].hinted
    assert all(d.sources for d in named.values())
    plain = {d.id: d.hinted for d in run(best_root=PatternFit("C5", 0.7)).differentials}
    assert plain == {"thoracic_outlet": False, "carpal_tunnel": False}


def test_only_a_neck_arm_drawing_without_the_leg_is_an_arm_drawing():
    arm = [REGIONS[r] for r in ARM_AREAS]
    leg = [REGIONS["right_shin_outer"]]
    assert is_arm_drawing(arm)
    assert not is_arm_drawing(leg) and not is_arm_drawing(arm + leg)


def test_the_leg_comparison_is_unchanged_by_the_arm_files():
    answers = upper_intake(worse="leg", numbness="yes")
    leg = compare(answers, facts("right_shin_outer", "right_calf_outer"), data=DATA)
    assert [e.id for e in leg.toward_root] == [
        "below_knee",
        "leg_worse_than_back",
        "numbness_or_tingling",
        "cluster",
    ]
    assert leg.root_points == 1.5 and "ADEL15" in leg.therapist_summary + "".join(leg.note_sources)


@given(st.lists(st.sampled_from(("positive", "negative", "not_done")), min_size=4, max_size=4))
def test_the_rule_counts_positives_among_the_examined(results):
    rule = cpr(Findings(**dict(zip(CPR_TESTS, results, strict=True))))
    assert rule.positive == results.count("positive")
    assert rule.examined == 4 - results.count("not_done")
    assert (rule.probability is not None) == (rule.examined == 4 and rule.positive >= 2)
