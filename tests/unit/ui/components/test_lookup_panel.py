"""The patient page's candidate list: lay names, plain words, and for the therapist the
warning's sources and how the list is scored, in the lookup's own numbers."""

from __future__ import annotations

import re

import pytest
from dash import html

from dashapp.domain.atlas import lookup
from dashapp.domain.atlas.load import load_atlas
from dashapp.domain.atlas.lookup import Candidate
from dashapp.domain.sciatica.data import load_sciatica_data
from dashapp.ui.components import lookup_panel
from tests.unit.ui.components.tree import STATISTICS, claims, texts

ATLAS = load_atlas()
SCIATICA = load_sciatica_data()
CANDIDATE = Candidate(
    muscle="gluteus_minimus_anterior",
    side="right",
    score=0.7,
    explained=0.8,
    coverage=0.5,
    in_essential=("right_thigh_outer",),
    in_spillover=(),
    matched_activities=(),
)


def shown():
    return lookup_panel.candidates(
        [CANDIDATE], ATLAS, lambda c: "Your outer thigh lies in its main zone.", sciatica=SCIATICA
    )


def test_patients_read_lay_names_zones_and_no_statistics():
    patient, clinical = texts(shown())
    assert "Small buttock muscle, front part (gluteus minimus, anterior part), right side" in (
        patient
    )
    assert lookup_panel.ZONES in patient and "spillover zone" in patient
    assert not STATISTICS.search(patient), STATISTICS.search(patient)
    assert "Score =" in clinical


def test_the_warning_shows_the_sources_of_the_flags_it_speaks_of():
    warning = next(c for c in claims(html.Div(shown())) if "cauda equina" in str(c.children))
    keys = warning.to_plotly_json()["props"]["data-sources"].split(";")
    expected = {k for f in lookup_panel.SAFETY_FLAGS for k in SCIATICA.red_flags[f].sources}
    assert set(keys) == expected and expected
    _, clinical = texts(shown())
    assert all(SCIATICA.sources[k] in clinical for k in keys)


def test_how_it_is_scored_reads_the_lookups_own_numbers(monkeypatch):
    monkeypatch.setattr(lookup, "ACTIVITY_BONUS", 0.123)
    monkeypatch.setattr(lookup, "SPILLOVER_WEIGHT", 0.456)
    _, clinical = texts(lookup_panel.how_scored())
    assert "fit + 0.123 per matching" in clinical
    assert "counts 0.456 of the main zone" in clinical


@pytest.mark.parametrize("name", ["ACTIVITY_BONUS", "MAX_ACTIVITY_BONUS", "UNRATED_INTENSITY"])
def test_every_weight_of_the_score_is_on_screen(name):
    _, clinical = texts(lookup_panel.how_scored())
    assert re.search(rf"(?<![\d.]){getattr(lookup, name):g}(?![\d])", clinical)


def with_callouts(*keys):
    return lookup_panel.candidates(
        [CANDIDATE], ATLAS, lambda c: "Fits.", sciatica=SCIATICA, callouts=keys
    )


@pytest.mark.parametrize(
    ("key", "plain", "precise"),
    [
        ("cervical_cord", "clumsy", "cervical myelopathy"),
        ("headache", "thunderclap", "subarachnoid haemorrhage"),
        ("heart", "chest", "acute coronary syndrome"),
    ],
)
def test_an_upper_drawing_shows_its_own_callout_not_the_cauda_equina_one(key, plain, precise):
    patient, clinical = texts(with_callouts(key))
    assert plain in patient and lookup_panel.SAFETY not in patient
    assert precise in clinical and "cauda equina" not in clinical
    warning = next(c for c in claims(html.Div(with_callouts(key))) if precise in str(c.children))
    keys = set(warning.to_plotly_json()["props"]["data-sources"].split(";"))
    flags = lookup_panel.CALLOUTS[key].flags
    assert keys == {k for f in flags for k in SCIATICA.red_flags[f].sources} and keys
    assert all(SCIATICA.sources.get(k, k) in clinical for k in keys if k in SCIATICA.sources)


def test_a_leg_and_a_neck_drawing_shows_both_callouts_the_leg_first():
    parts = [p for p in with_callouts("cauda_equina", "cervical_cord") if isinstance(p, html.P)]
    safety = [p for p in parts if p.className == "safety"]
    assert [p.to_plotly_json()["props"]["data-callout"] for p in safety] == [
        "cauda_equina",
        "cervical_cord",
    ]
