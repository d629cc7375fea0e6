"""The consultation beside a saved session: warning signs first and alone when they hold,
then nerve or muscle in plain words, the numbers and sources only for the therapist."""

from __future__ import annotations

import re

import pytest
from dash import dcc, html

from dashapp.domain.atlas.lookup import Candidate
from dashapp.domain.chart import PainChart
from dashapp.domain.sciatica.consult import Consultation
from dashapp.domain.sciatica.flags import SADDLE_PROMPT, red_flags
from dashapp.ui import ids
from dashapp.ui.components import session_consult
from tests.unit.ui.components.test_arm_consultation import CLUSTER
from tests.unit.ui.components.test_arm_consultation import result as arm_result
from tests.unit.ui.components.test_consultation import (
    facts,
    intake,
    radiculopathy_with_a_gluteal_trigger_point,
)
from tests.unit.ui.components.tree import STATISTICS, claims, texts
from tests.unit.ui.test_layout import walk

GLUTE = Candidate("gluteus_minimus_anterior", "right", 0.61, 0.72, 0.5, (), (), ("sitting",))


@pytest.fixture
def services(app):
    return app.server.extensions["painmap"]


def compared(services) -> Consultation:
    comparison = radiculopathy_with_a_gluteal_trigger_point(services.reference.sciatica)
    return Consultation(
        PainChart(),
        comparison=comparison,
        best_root=("L5", "right", 0.42),
        best_muscle=GLUTE,
        roots=(("L5", "right", 0.42),),
        muscles=(GLUTE,),
    )


def test_no_warning_sign_shows_nothing_above_the_page(services):
    assert session_consult.flags(compared(services), services.reference.sciatica.sources) == []


def test_a_warning_sign_says_seek_care_now_and_holds_the_comparison_back(services):
    data = services.reference.sciatica
    flags = red_flags(intake(saddle_numbness="yes"), facts(), data=data)
    view = Consultation(PainChart(), red_flags=flags)
    shown = session_consult.flags(view, data.sources)
    assert shown[0].className == "red-flags" and shown[0].role == "alert"
    assert shown[0].children[0].children == "Please seek medical care now"
    patient, _ = texts(session_consult.comparison(view, services.atlas))
    assert "Held back until the warning signs above are checked" in patient


def test_a_question_to_ask_first_points_to_the_questions(services):
    view = Consultation(PainChart(), ask=("saddle_numbness",))
    shown = session_consult.flags(view, services.reference.sciatica.sources)
    patient, _ = texts(shown)
    assert SADDLE_PROMPT in patient
    link = shown[0].children[-1]
    assert link.href == f"#{ids.SESSION_INTAKE_WARNINGS}"
    assert "the important question" in texts(session_consult.comparison(view, services.atlas))[0]


def test_questions_still_to_answer_are_counted(services):
    view = Consultation(PainChart(), missing=("onset", "trigger"))
    shown = session_consult.comparison(view, services.atlas)
    patient, _ = texts(shown)
    assert "2 questions still to answer before a comparison is possible." in patient
    assert shown[-1].href == f"#{ids.SESSION_INTAKE_WARNINGS}"


def test_the_summary_names_the_leaning_root_and_muscles_in_plain_words(services):
    view = compared(services)
    patient, clinical = texts(session_consult.comparison(view, services.atlas))
    assert view.comparison.leaning_text in patient
    assert "L5, right side" in patient
    assert "Small buttock muscle" in patient
    assert not STATISTICS.search(patient), STATISTICS.search(patient)
    assert "42%" in clinical and "72%" in clinical


def test_every_therapist_claim_has_a_known_source(services):
    data = services.reference.sciatica
    view = compared(services)
    shown = list(claims(html.Div(session_consult.comparison(view, services.atlas))))
    assert len(shown) == len(view.comparison.toward_root) + len(view.comparison.toward_muscle)
    for claim in shown:
        keys = claim.to_plotly_json()["props"]["data-sources"].split(";")
        assert keys and set(keys) <= set(data.sources), keys


def test_the_key_of_what_stands_above_changes_only_with_the_signs_or_the_question(services):
    data = services.reference.sciatica
    saddle = red_flags(intake(saddle_numbness="yes"), facts(), data=data)
    both = red_flags(intake(saddle_numbness="yes", fever_unwell="yes"), facts(), data=data)
    keys = [
        session_consult.shown_key(Consultation(PainChart())),
        session_consult.shown_key(Consultation(PainChart(), ask=("saddle_numbness",))),
        session_consult.shown_key(Consultation(PainChart(), red_flags=saddle)),
        session_consult.shown_key(Consultation(PainChart(), red_flags=both)),
    ]
    assert keys[0] == [] and len({tuple(k) for k in keys}) == 4
    assert session_consult.shown_key(compared(services)) == []
    again = Consultation(PainChart(), missing=("onset",), red_flags=saddle)
    assert session_consult.shown_key(again) == keys[2]


def test_each_muscle_named_has_a_show_link_to_its_presentation_over_the_session(services):
    shown = html.Div(session_consult.comparison(compared(services), services.atlas, 31))
    [link] = [c for c in walk(shown) if isinstance(c, dcc.Link)]
    assert link.href == "/atlas?muscle=gluteus_minimus_anterior&side=right&present=1&visit=31"
    assert link.children[0] == "Show"
    assert "Small buttock muscle" in link.children[1].children
    # Without the session's id (nothing to lay under the pattern), no link.
    alone = html.Div(session_consult.comparison(compared(services), services.atlas))
    assert not [c for c in walk(alone) if isinstance(c, dcc.Link)]


def test_the_questions_a_neck_drawing_asks_are_named_by_section_below_a_sign_needing_care(
    services,
):
    data = services.reference.sciatica
    asked = ("hand_clumsiness", "gait_change", "chest_pain_breathless")
    flags = red_flags(intake(myelopathy_worsening="yes"), facts(), data=data)
    shown = session_consult.flags(
        Consultation(PainChart(), red_flags=flags, ask=asked), data.sources
    )
    assert shown[0].className == "red-flags" and "ask-now" in shown[1].className
    patient, _ = texts(shown[1])
    assert "Your neck, shoulders and arms: 2 questions" in patient
    assert "Chest pain or breathlessness: 1 question" in patient
    assert shown[1].children[-1].children == "Answer them in the questions below"


def arm_consulted(**exam) -> Consultation:
    """A neck-and-arm consultation whose gate is open, as arm_consult.as_consultation gives it."""
    arm = arm_result(**exam)
    return Consultation(PainChart(), comparison=arm.comparison, arm=arm)


def arm_part(shown: list) -> html.Section:
    [part] = [c for c in walk(html.Div(shown)) if getattr(c, "id", None) == ids.SESSION_ARM]
    return part


def test_an_arm_drawing_shows_the_rule_and_the_differentials_as_the_comparison_page_does(
    services,
):
    view = arm_consulted(**CLUSTER)
    shown = session_consult.comparison(view, services.atlas, 31)
    part = arm_part(shown)
    assert part.className == "session-consult__arm"
    [rule] = [c for c in walk(part) if "data-cpr" in (c.to_plotly_json()["props"])]
    assert rule.to_plotly_json()["props"]["data-cpr"] == "4"
    patient, clinical = texts([part])
    assert "Three or four of the four neck tests" in patient
    assert "post-test probability 90%" in clinical
    assert "Thoracic outlet syndrome" in patient and "Carpal tunnel syndrome" in patient
    assert not STATISTICS.search(patient), STATISTICS.search(patient)
    # It closes the card, after the leaning.
    said = texts(shown)[0]
    assert shown[-1] is part
    assert said.index(view.comparison.leaning_text) < said.index("Other things")


def test_one_positive_rule_test_of_four_gives_no_probability(services):
    one = {**dict.fromkeys(CLUSTER, "negative"), "spurling": "positive"}
    shown = session_consult.comparison(arm_consulted(**one), services.atlas)
    patient, clinical = texts([arm_part(shown)])
    assert "do not, together, point strongly" in patient
    assert "1 of 4 examined tests positive; the reference gives no post-test probability" in (
        clinical
    )
    assert not re.search(r"post-test probability \d", clinical)


def test_a_leg_drawing_has_no_arm_part(services):
    shown = html.Div(session_consult.comparison(compared(services), services.atlas, 31))
    assert not [c for c in walk(shown) if getattr(c, "id", None) == ids.SESSION_ARM]
    assert "Thoracic outlet" not in texts([shown])[0]
