"""The nerve-root card: plain words for everyone; the reflex, caveats, confidence and the
sources spelled out in the therapist part."""

from __future__ import annotations

import pytest
from dash import html

from dashapp.domain.body.dermatomes import MAP_ROOTS, SADDLE
from dashapp.ui.components.roots_view import root_card
from tests.unit.ui.components.tree import STATISTICS, claims, texts

SHOWN = [(m, r) for m, roots in MAP_ROOTS.items() for r in roots]


@pytest.fixture
def services(app):
    return app.server.extensions["painmap"]


@pytest.mark.parametrize(("map_name", "root"), SHOWN)
def test_every_key_shown_is_spelled_out_with_its_citation(services, map_name, root):
    tree = html.Div(root_card(services, root, map_name))
    shown = set()
    for claim in claims(tree):
        shown.update(claim.to_plotly_json()["props"]["data-sources"].split(";"))
    facts = next(r for r in services.roots if r.root == root)
    assert set(facts.source.split(";")) <= shown
    _, clinical = texts(tree.children)
    for key in shown:
        assert f"{key}: " in clinical and services.root_sources[key] in clinical, key
    assert "citation not found" not in clinical


@pytest.mark.parametrize(("map_name", "root"), SHOWN)
def test_figures_and_the_reflex_sit_in_the_therapist_part(services, map_name, root):
    patient, clinical = texts(root_card(services, root, map_name))
    assert not STATISTICS.search(patient), STATISTICS.search(patient)
    facts = next(r for r in services.roots if r.root == root)
    assert f"Reflex: {facts.reflex or 'none standard'}" in clinical
    assert (facts.reflex or "Reflex") not in patient


def test_the_l4_reflex_figure_is_for_the_therapist(services):
    patient, clinical = texts(root_card(services, "L4", "classic"))
    assert "86 %" in clinical and "86" not in patient


@pytest.mark.parametrize(("map_name", "root"), SHOWN)
def test_the_drawing_on_this_map_shows_its_own_sources(services, map_name, root):
    tree = html.Div(root_card(services, root, map_name))
    drawn = [c for c in claims(tree) if "The area drawn" in str(c.children[0])]
    rows = [d for d in services.dermatomes if d.map == map_name and d.root == root]
    want = {k for d in rows for k in d.source.split(";")}
    assert len(drawn) == (1 if rows else 0)
    if rows:
        assert set(drawn[0].to_plotly_json()["props"]["data-sources"].split(";")) == want


def test_the_saddle_warning_is_shown_to_everyone(services):
    patient, _ = texts(root_card(services, SADDLE, "classic"))
    assert "needs emergency care" in patient
    patient, _ = texts(root_card(services, "S1", "classic"))
    assert "emergency" not in patient
