"""The nerve-root cards: plain words for everyone; the reflex, caveats, confidence and the
sources spelled out in the therapist part; two roots drawn in two styles."""

from __future__ import annotations

import pytest
from dash import html

from dashapp.domain.body.dermatomes import MAPS, ROOTS, SADDLE
from dashapp.ui.components.roots_view import STYLE_WORDS, overlay, root_card, root_cards
from tests.unit.ui.components.tree import STATISTICS, claims, texts


@pytest.fixture
def services(app):
    return app.server.extensions["painmap"]


@pytest.mark.parametrize("root", ROOTS)
def test_every_key_shown_is_spelled_out_with_its_citation(services, root):
    tree = html.Div(root_card(services, root))
    shown = set()
    for claim in claims(tree):
        shown.update(claim.to_plotly_json()["props"]["data-sources"].split(";"))
    facts = next(r for r in services.roots if r.root == root)
    assert set(facts.source.split(";")) <= shown
    _, clinical = texts(tree.children)
    for key in shown:
        assert f"{key}: " in clinical and services.root_sources[key] in clinical, key
    assert "citation not found" not in clinical


@pytest.mark.parametrize("root", ROOTS)
def test_figures_and_the_reflex_sit_in_the_therapist_part(services, root):
    patient, clinical = texts(root_card(services, root))
    assert not STATISTICS.search(patient), STATISTICS.search(patient)
    facts = next(r for r in services.roots if r.root == root)
    assert f"Reflex: {facts.reflex or 'none standard'}" in clinical
    assert (facts.reflex or "Reflex") not in patient


def test_the_l4_reflex_figure_is_for_the_therapist(services):
    patient, clinical = texts(root_card(services, "L4"))
    assert "86 %" in clinical and "86" not in patient


@pytest.mark.parametrize("root", ROOTS)
def test_each_maps_drawing_shows_its_own_sources(services, root):
    tree = html.Div(root_card(services, root))
    drawn = [c for c in claims(tree) if "The area drawn" in str(c.children[0])]
    want = []
    for map_name in MAPS:
        rows = [d for d in services.dermatomes if d.map == map_name and d.root == root]
        if rows:
            want.append({k for d in rows for k in d.source.split(";")})
    assert [set(c.to_plotly_json()["props"]["data-sources"].split(";")) for c in drawn] == want


def test_the_saddle_is_not_drawn_on_the_evidence_map_and_the_card_says_so(services):
    assert overlay(services, (SADDLE,), "evidence", False)["highlights"] == []
    patient, _ = texts(root_card(services, SADDLE))
    assert "Skin area, evidence-based map Not shown" in patient


def test_the_saddle_warning_is_shown_to_everyone(services):
    patient, _ = texts(root_card(services, SADDLE))
    assert "needs emergency care" in patient
    patient, _ = texts(root_card(services, "S1"))
    assert "emergency" not in patient


@pytest.mark.parametrize("map_name", MAPS)
def test_two_roots_are_drawn_in_two_styles(services, map_name):
    shown = overlay(services, ("L5", "S1"), map_name, False)["highlights"]
    kinds = {h["label"].split(",")[0]: h["kind"] for h in shown}
    assert kinds == {"L5": "dermatome", "S1": "essential"}


def test_the_first_root_keeps_its_style_when_alone(services):
    shown = overlay(services, ("S1",), "classic", False)["highlights"]
    assert shown and {h["kind"] for h in shown} == {"dermatome"}


def test_each_card_says_which_style_its_root_is_drawn_in(services):
    cards = root_cards(services, ("L5", "S1"))
    first, _ = texts(cards[0].children)
    second, _ = texts(cards[1].children)
    assert STYLE_WORDS[0] in first and STYLE_WORDS[1] in second


def test_key_points_of_both_roots_are_shown(services):
    markers = overlay(services, ("L5", "S1"), "classic", False)["markers"]
    assert {m["label"].split(" ")[0] for m in markers} == {"L5", "S1"}
