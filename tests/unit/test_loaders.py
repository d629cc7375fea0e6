"""What the session page loads: its consultation (warning signs first, then nerve or muscle)
from the session's own map, answers and findings, and the fingerprint its autosave starts from."""

from __future__ import annotations

import pytest

from dashapp import create_app, loaders, store
from dashapp.domain import SHIPPED_DATA
from dashapp.domain.autosave import fingerprint
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS
from dashapp.store.demo import FINDINGS, INTAKE

# An arm drawing waits for the arm's history too (arm_gate.py).
ARM_HISTORY = {"arm_worse": "same", "arm_tingling": "no", "hand_on_head": "no"}

BUTTOCK_AND_LEG = PainChart(
    (
        Mark("right_buttock_upper_outer", 6, ("aching",)),
        Mark("right_thigh_outer_upper", 7, ("aching",)),
        Mark("right_shin_outer", 5, ("shooting",)),
    ),
    ("sitting",),
)


@pytest.fixture
def services(test_config):
    # The shipped body map: the test geometry has no buttock.
    shipped = {**test_config, "GEOMETRY_DIR": SHIPPED_DATA / "geometry"}
    return create_app(shipped).server.extensions["painmap"]


def test_buttock_and_leg_with_calm_answers_give_a_comparison_and_no_warning(services):
    view = loaders.consultation(services, BUTTOCK_AND_LEG, INTAKE, FINDINGS)
    assert view.red_flags == () and view.ask == () and view.missing == ()
    assert view.comparison is not None
    assert view.best_muscle is not None


def test_a_buttock_mark_alone_with_no_answers_asks_nothing_and_warns_of_nothing(services):
    chart = PainChart((Mark("right_buttock_upper_outer", 5, ("aching",)),))
    view = loaders.consultation(services, chart, {}, {})
    assert (view.red_flags, view.ask, view.comparison) == ((), (), None)
    assert len(view.missing) > 0


def test_saddle_numbness_says_seek_care_now_and_holds_the_comparison_back(services):
    view = loaders.consultation(
        services, BUTTOCK_AND_LEG, {**INTAKE, "saddle_numbness": "yes"}, FINDINGS
    )
    assert view.red_flags[0].urgency == "now"
    assert view.comparison is None


def test_a_finding_changes_the_comparison(services):
    calm = loaders.consultation(services, BUTTOCK_AND_LEG, INTAKE, FINDINGS)
    nerve = {**FINDINGS, "right.slr_angle": 35, "right.slr_leg_pain": "yes", "slump": "positive"}
    tense = loaders.consultation(services, BUTTOCK_AND_LEG, INTAKE, nerve)
    assert tense.comparison.root_points > calm.comparison.root_points


def test_unreadable_answers_or_findings_are_named_not_guessed(services):
    view = loaders.consultation(
        services, BUTTOCK_AND_LEG, INTAKE, {**FINDINGS, "right.slr_angle": 200}
    )
    assert view.comparison is None
    assert any("could not be read" in p for p in view.problems)


def test_the_session_page_loads_its_consultation_and_the_autosaves_base(services):
    with services.db.begin() as db:
        visit = store.create_visit(db, store.create_patient(db, "Loaded").id)
        store.save_visit(
            db,
            visit.id,
            1,
            chart=BUTTOCK_AND_LEG,
            intake=INTAKE,
            findings=FINDINGS,
            notes="n",
            known=services.vocabulary,
        )
        visit_id = visit.id
    data = loaders.load_session(services, str(visit_id))
    assert data.consultation.comparison is not None
    assert data.base == fingerprint(BUTTOCK_AND_LEG, "n", INTAKE, FINDINGS)
    assert loaders.load_session(services, str(visit_id + 1)) is None


@pytest.mark.parametrize(
    "findings",
    [
        {"middle.slr_angle": 40},
        {".x": 1},
        {"right.": 1},
        {"right.slr_angle": [1]},
        {"slump": {"a": 1}},
        {"trigger_point": "<b>x</b>"},
        {3: "positive"},
    ],
)
def test_findings_no_form_could_send_are_left_out_or_named_never_a_crash(services, findings):
    view = loaders.consultation(services, BUTTOCK_AND_LEG, INTAKE, {**FINDINGS, **findings})
    assert view.red_flags == ()
    assert view.comparison is not None or any("could not be read" in p for p in view.problems)


def test_an_arm_drawing_gets_the_arm_comparison_and_a_leg_one_keeps_the_leg(services):
    upper = {**{q: "no" for q in UPPER_FLAG_QUESTIONS}, **ARM_HISTORY}
    arm = PainChart((Mark("right_forearm_thumb_side", 6), Mark("right_thumb_front", 5)))
    exam = {"spurling": "positive", "right.wrist_extension": "weak"}
    view = loaders.consultation(services, arm, {**INTAKE, **upper}, exam)
    assert view.comparison is not None and "neck" in view.comparison.leaning_text
    assert view.best_root is not None and view.best_root[0] in ("C5", "C6", "C7", "C8")
    assert "spurling_positive" in {e.id for e in view.comparison.toward_root}
    leg = loaders.consultation(services, BUTTOCK_AND_LEG, INTAKE, FINDINGS)
    assert "below_knee" in {e.id for e in leg.comparison.toward_root}
    assert "neck" not in leg.comparison.leaning_text


RULE_TESTS = ("spurling", "ultt_a", "distraction", "rotation_under_60")


@pytest.mark.parametrize(
    ("positive", "probability"), [(4, 90), (3, 65), (2, 21), (1, None), (0, None)]
)
def test_an_arm_drawing_keeps_the_rule_and_the_differentials_a_leg_one_has_none(
    services, positive, probability
):
    upper = {**{q: "no" for q in UPPER_FLAG_QUESTIONS}, **ARM_HISTORY}
    arm = PainChart((Mark("right_forearm_thumb_side", 6), Mark("right_thumb_front", 5)))
    exam = {t: "positive" if n < positive else "negative" for n, t in enumerate(RULE_TESTS)}
    view = loaders.consultation(services, arm, {**INTAKE, **upper}, exam)
    assert view.arm is not None and view.arm.comparison == view.comparison
    assert (view.arm.cpr.positive, view.arm.cpr.probability) == (positive, probability)
    assert {d.id for d in view.arm.differentials} == {"thoracic_outlet", "carpal_tunnel"}
    assert loaders.consultation(services, BUTTOCK_AND_LEG, INTAKE, FINDINGS).arm is None
