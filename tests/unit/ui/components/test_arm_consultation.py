"""The arm's card on the comparison page: the rule and the differentials in plain words for
the patient, figures and sources only in the therapist parts."""

from __future__ import annotations

from dashapp.domain.sciatica import map_facts, parse_intake
from dashapp.domain.sciatica.arm_compare import compare_arm
from dashapp.domain.sciatica.arm_data import load_arm_data
from dashapp.domain.sciatica.arm_evidence import ArmHistory, PatternFit
from dashapp.domain.sciatica.findings import Findings
from dashapp.ui.components.arm_consultation import arm_extras, arm_keys
from tests.unit.domain.sciatica.consultation import DATA, QUIET_UPPER, REGIONS
from tests.unit.ui.components.tree import STATISTICS, texts

ARM = load_arm_data(DATA.sources)
ANSWERS = QUIET_UPPER
CLUSTER = dict.fromkeys(("spurling", "ultt_a", "distraction", "rotation_under_60"), "positive")


def result(**exam):
    return compare_arm(
        parse_intake(ANSWERS, DATA.activities),
        map_facts(("right_forearm_thumb_side", "right_thumb_front"), REGIONS),
        ArmHistory(),
        Findings(**exam),
        PatternFit("C8", 0.6),
        data=DATA,
        arm=ARM,
        hand_marked=True,
    )


def test_the_card_shows_the_rule_and_both_differentials():
    card = arm_extras(result(**CLUSTER))
    patient, clinical = texts([card])
    assert "Three or four of the four neck tests" in patient
    assert "post-test probability 90%" in clinical
    assert "Thoracic outlet syndrome" in patient and "Carpal tunnel syndrome" in patient
    assert "your drawing reaches where it shows" in patient
    assert not STATISTICS.search(patient)
    assert {"WAINNER03", "CHANG21", "DARCY00"} <= set(arm_keys(result(**CLUSTER)))


def test_without_the_neck_tests_there_is_no_rule_line():
    card = arm_extras(result())
    patient, clinical = texts([card])
    assert "neck tests" not in patient and "post-test" not in clinical
    assert "Thoracic outlet syndrome" in patient
