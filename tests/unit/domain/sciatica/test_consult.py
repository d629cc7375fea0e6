"""Bringing a consultation together from what the browser stored."""

from __future__ import annotations

import pytest

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.body.geometry import region_areas
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.reference import load_reference
from dashapp.domain.sciatica.consult import (
    clean_answers,
    consult,
    findings_from_form,
    screen,
    upper_shown,
)
from dashapp.domain.sciatica.data import RED_FLAG_QUESTIONS
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS

NO_FLAGS = {**dict.fromkeys(RED_FLAG_QUESTIONS, "no"), "age": "20_to_50", "fragile_bones": "no"}
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


def test_numbness_marked_in_the_saddle_asks_first_and_the_answer_decides(reference):
    chart = PainChart(
        (Mark("right_buttock_lower_inner", 5, ("numb",)), Mark("right_calf_back", 4)), ()
    ).to_json()
    answers = {**NO_FLAGS, **PAIN}
    del answers["saddle_numbness"]
    view = run(reference, chart, answers)
    assert view.ask == ("saddle_numbness",) and view.comparison is None
    assert view.red_flags == ()
    answered = run(reference, chart, {**answers, "saddle_numbness": "no"})
    assert answered.ask == () and answered.red_flags == () and answered.comparison
    flagged = run(reference, chart, {**answers, "saddle_numbness": "unsure"})
    assert [f.id for f in flagged.red_flags] == ["saddle_numbness"] and not flagged.comparison


def test_a_review_flag_is_shown_with_the_comparison(reference):
    chart = PainChart((Mark("right_calf_outer", 5),), ()).to_json()
    view = run(reference, chart, {**NO_FLAGS, **PAIN, "deformity": "yes"})
    assert [f.id for f in view.red_flags] == ["deformity"]
    assert view.comparison is not None


def test_screening_waits_for_both_answers_behind_the_age_sign(reference):
    assert screen({"age": "over_50"}, PainChart(), reference.regions, data=reference.sciatica) == ()
    flags = screen(
        {"age": "over_50", "started": "under_2_weeks"},
        PainChart(),
        reference.regions,
        data=reference.sciatica,
    )
    assert [f.id for f in flags] == ["age"]


def test_a_drawing_is_measured_on_its_shapes(reference):
    from dashapp.domain.atlas.painted_lookup import rank_painted
    from dashapp.domain.body.dermatome_fit import painted_root_fit
    from dashapp.domain.body.painted import painted
    from dashapp.domain.drawing import Stroke
    from dashapp.domain.sciatica.evidence import ROOTS as COMPARABLE_ROOTS

    line = ((120.0, 540.0), (128.0, 640.0), (138.0, 760.0), (143.0, 860.0))
    chart = PainChart(strokes=(Stroke("front", line, 12.0, "brush", 6),))
    seen = run(reference, chart.to_json(), {**PAIN, **NO_FLAGS})
    shape = painted(chart, reference.regions)
    assert seen.muscles and seen.muscles == tuple(rank_painted(reference.patterns, shape))
    fits = painted_root_fit(shape, reference.dermatomes)
    assert seen.roots and seen.roots == tuple(f for f in fits if f[0] in COMPARABLE_ROOTS)
    assert seen.comparison is not None


def test_a_consultation_reads_the_map_once(reference, monkeypatch):
    """The flags, the questions asked at once and the comparison share one reading of the map."""
    from dashapp.domain import sciatica

    calls = []
    real = sciatica.map_facts

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(sciatica, "map_facts", counted)
    chart = PainChart((Mark("right_thigh_outer_upper", 6), Mark("right_calf_outer", 5)))
    view = run(reference, chart.to_json(), {**NO_FLAGS, **PAIN})
    assert view.comparison is not None  # the whole way through: flags, questions, comparison
    assert calls == [["right_thigh_outer_upper", "right_calf_outer"]]


def test_a_neck_drawing_asks_its_questions_first_and_an_answer_decides(reference):
    chart = PainChart((Mark("right_nape", 5), Mark("right_shoulder_top_outer", 4)), ()).to_json()
    answers = {**NO_FLAGS, **PAIN, "arm_worse": "same", "arm_tingling": "no", "hand_on_head": "no"}
    view = run(reference, chart, answers)
    assert "hand_clumsiness" in view.ask and "thunderclap" not in view.ask
    assert view.comparison is None and view.red_flags == () and view.missing == ()
    cleared = {**answers, **dict.fromkeys(UPPER_FLAG_QUESTIONS, "no")}
    answered = run(reference, chart, cleared)
    assert answered.ask == () and answered.red_flags == () and answered.comparison
    flagged = run(reference, chart, {**cleared, "gait_change": "unsure"})
    assert [f.id for f in flagged.red_flags] == ["gait_change"] and not flagged.comparison


def test_a_leg_drawing_needs_none_of_the_upper_answers_for_its_comparison(reference):
    chart = PainChart((Mark("right_calf_outer", 5),), ()).to_json()
    view = run(reference, chart, {**NO_FLAGS, **PAIN})
    assert view.ask == () and view.missing == () and view.comparison is not None


def test_a_form_shows_the_sections_the_drawing_asks_and_those_answered(reference):
    neck = PainChart((Mark("left_neck_side", 5),), ())
    assert upper_shown({}, neck, reference.regions) == {"neck_arm", "chest", "arteries"}
    leg = PainChart((Mark("left_calf_back", 5),), ())
    assert upper_shown({}, leg, reference.regions) == frozenset()
    assert upper_shown({"face_rash": "no"}, leg, reference.regions) == {"head_jaw"}
    assert upper_shown({"face_rash": ""}, leg, reference.regions) == frozenset()
