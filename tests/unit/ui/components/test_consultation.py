"""The comparison page's body: plain words for the patient, numbers and sources only in the
therapist parts, and the leaning with its caveats."""

from __future__ import annotations

import pytest
from dash import html

from dashapp.domain.chart import PainChart
from dashapp.domain.sciatica import Findings, Intake, MapFacts, SideFindings, compare
from dashapp.domain.sciatica.consult import Consultation
from dashapp.domain.sciatica.data import RED_FLAG_QUESTIONS
from dashapp.domain.sciatica.flags import red_flags
from dashapp.ui.components import consultation
from tests.unit.ui.components.tree import STATISTICS, claims, texts

# Every warning question answered no, the age band and bones unremarkable.
NO_FLAGS = {**dict.fromkeys(RED_FLAG_QUESTIONS, "no"), "age": "20_to_50", "fragile_bones": "no"}
NORMAL = {"knee_reflex": "normal", "ankle_reflex": "normal", "medial_hamstring_reflex": "normal"}


def intake(**changes) -> Intake:
    answers = {
        "onset": "gradual",
        "trigger": "none",
        "started": "2_to_6_weeks",
        "worse": "leg",
        "numbness": "yes",
        "pins_and_needles": "no",
        "cough_sneeze": "leg",
        "night_pain": "no",
        "weakness": [],
        **NO_FLAGS,
        **changes,
    }
    return Intake(**{k: tuple(v) if isinstance(v, list) else v for k, v in answers.items()})


def facts(**changes) -> MapFacts:
    return MapFacts(**{"below_knee": True, "both_legs": False, "saddle": False, **changes})


def radiculopathy_with_a_gluteal_trigger_point(data):
    exam = Findings(
        right=SideFindings(slr_angle=40, slr_leg_pain=True, **{**NORMAL, "ankle_reflex": "absent"}),
        left=SideFindings(slr_angle=85, **NORMAL),
        crossed_slr="positive",
        trigger_point="gluteus_minimus_posterior",
    )
    return compare(intake(), facts(), exam, data=data)


@pytest.fixture
def services(app):
    return app.server.extensions["painmap"]


def test_patient_words_hold_no_statistics_and_the_therapist_part_holds_them(services):
    data = services.reference.sciatica
    comparison = radiculopathy_with_a_gluteal_trigger_point(data)
    tree = consultation.body(Consultation(PainChart(), comparison=comparison), services)
    patient, clinical = texts(tree)
    assert not STATISTICS.search(patient), STATISTICS.search(patient)
    assert "3 in 4 people" in patient
    assert "76%" in clinical and "specificity" in clinical
    assert f"by {comparison.balance.margin:g} points" in clinical


def test_the_leaning_is_nerve_root_and_says_both_may_be_present(services):
    comparison = radiculopathy_with_a_gluteal_trigger_point(services.reference.sciatica)
    assert comparison.leaning == "nerve_root"
    patient, _ = texts(
        consultation.body(Consultation(PainChart(), comparison=comparison), services)
    )
    assert comparison.leaning_text in patient and "both may be present" in patient


def test_every_therapist_claim_has_a_known_source_and_the_sources_are_spelled_out(services):
    data = services.reference.sciatica
    comparison = radiculopathy_with_a_gluteal_trigger_point(data)
    tree = html.Div(consultation.body(Consultation(PainChart(), comparison=comparison), services))
    shown = list(claims(tree))
    evidence = len(comparison.toward_root) + len(comparison.toward_muscle)
    assert len(shown) == evidence + 1, "each evidence item and the 3-in-4 note"
    cited = set()
    for claim in shown:
        keys = claim.to_plotly_json()["props"]["data-sources"].split(";")
        assert keys and set(keys) <= set(data.sources), keys
        cited.update(keys)
    _, clinical = texts(tree.children)
    for key in cited:
        assert f"{key}: " in clinical and data.sources[key] in clinical


def test_red_flags_show_their_sources_only_in_the_therapist_part(services):
    data = services.reference.sciatica
    flags = red_flags(intake(saddle_numbness="yes", cancer_history="unsure"), facts(), data=data)
    panel = consultation.red_flag_panel(flags, data.sources)
    patient, clinical = texts(panel)
    for flag in flags:
        assert flag.sources
        assert f"[{'; '.join(flag.sources)}]" in clinical
        assert flag.patient_message in patient
        assert not any(f"[{key}" in patient for key in flag.sources)
    assert len(list(claims(panel))) == len(flags)
