"""Bringing a consultation together from what the browser stored."""

from __future__ import annotations

import pytest

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.body.geometry import region_areas
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.reference import load_reference
from dashapp.domain.sciatica.consult import clean_answers, consult, findings_from_form, screen

NO_FLAGS = dict.fromkeys(
    [
        "saddle_numbness",
        "bladder_bowel_sexual",
        "both_legs",
        "weakness_worsening",
        "fever_unwell",
        "cancer_history",
        "weight_loss",
        "major_trauma",
        "long_term_steroids",
    ],
    "no",
)
PAIN = {
    "onset": "gradual",
    "trigger": "none",
    "started": "6_to_12_weeks",
    "worse": "leg",
    "numbness": "no",
    "pins_and_needles": "no",
    "cough_sneeze": "no",
    "night_pain": "no",
}


@pytest.fixture(scope="module")
def reference():
    return load_reference(SHIPPED_DATA)


def run(reference, marks, answers, findings=None):
    return consult(
        marks,
        answers,
        findings,
        regions=reference.regions,
        region_areas=region_areas(reference.regions),
        activity_ids=[a.id for a in reference.atlas.activities],
        patterns=reference.patterns,
        dermatomes=reference.dermatomes,
        dermatome_overlaps=reference.dermatome_overlaps,
        data=reference.sciatica,
    )


def test_clean_answers_keeps_only_readable_ones():
    answers, dropped = clean_answers({"onset": "sudden", "saddle_numbness": "maybe", "x": 1})
    assert answers == {"onset": "sudden"}
    assert dropped == 2
    assert clean_answers(None) == ({}, 0)
    assert clean_answers("garbage") == ({}, 1)


def test_findings_from_form_nests_sides():
    nested = findings_from_form(
        {"right.slr_angle": 40, "right.slr_leg_pain": "yes", "trigger_point": "none", "slump": ""}
    )
    assert nested == {
        "right": {"slr_angle": 40, "slr_leg_pain": True},
        "left": {},
        "trigger_point": None,
    }


def test_unanswered_warning_questions_raise_nothing_but_a_yes_does(reference):
    assert screen({}, PainChart(), reference.regions, data=reference.sciatica) == ()
    flags = screen(
        {"bladder_bowel_sexual": "yes"}, PainChart(), reference.regions, data=reference.sciatica
    )
    assert [f.id for f in flags] == ["bladder_bowel_sexual"]


def test_weakness_in_both_legs_on_examination_is_flagged_before_every_answer(reference):
    weak = {"left": {"plantarflexion": "weak"}, "right": {"plantarflexion": "weak"}}
    view = run(reference, None, {"onset": "gradual"}, weak)
    assert [f.id for f in view.red_flags] == ["both_legs_weakness"]
    assert run(reference, None, {"onset": "gradual"}, {"right": weak["right"]}).red_flags == ()


def test_comparison_waits_for_every_answer(reference):
    view = run(reference, None, {**NO_FLAGS, "onset": "gradual"})
    assert view.comparison is None
    assert "worse" in view.missing


def test_red_flag_holds_the_comparison_back(reference):
    view = run(reference, None, {**NO_FLAGS, **PAIN, "fever_unwell": "yes"})
    assert view.comparison is None and view.red_flags


def test_classic_pseudo_sciatica_finds_gluteus_minimus(reference):
    chart = PainChart(
        (
            Mark("right_thigh_outer_upper", 6),
            Mark("right_calf_outer", 5),
            Mark("right_ankle_outer", 3),
        ),
        ("driving",),
    )
    findings = {
        "right.slr_angle": 80,
        "right.slr_leg_pain": "no",
        "trigger_point": "gluteus_minimus_anterior",
    }
    view = run(reference, chart.to_json(), {**NO_FLAGS, **PAIN}, findings_from_form(findings))
    assert view.best_muscle.muscle == "gluteus_minimus_anterior"
    assert view.best_root[0] in {"L4", "L5", "S1"}
    assert view.comparison.leaning in {"referred_muscle", "mixed"}
    assert view.comparison.red_flags == ()
