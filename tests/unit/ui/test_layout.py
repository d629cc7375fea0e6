"""Layouts as component trees, without a browser."""

from __future__ import annotations

import csv

from dash import html

from dashapp.bodymap import BodyMap
from dashapp.domain.marks import Selection
from dashapp.ui import ids, shell
from dashapp.ui.pages import patient
from tests.conftest import TEST_GEOMETRY


def walk(component):
    yield component
    children = getattr(component, "children", None)
    if children is None:
        return
    for child in children if isinstance(children, list | tuple) else [children]:
        if hasattr(child, "to_plotly_json"):
            yield from walk(child)


def find(component, component_id):
    return next(c for c in walk(component) if getattr(c, "id", None) == component_id)


def test_patient_layout_shows_every_region_on_both_views(app):
    with app.server.test_request_context("/"):
        tree = patient.layout()
    body_map = find(tree, ids.PATIENT_MAP)
    assert isinstance(body_map, BodyMap)
    with (TEST_GEOMETRY / "surface_regions.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in body_map.regions] == [r["id"] for r in rows]
    assert body_map.views == ["front", "back"]
    assert {r["layer"] for r in body_map.regions} == {"surface"}
    notes = body_map.figures["front"]["annotations"]
    assert [n["text"] for n in notes] == ["R", "L"]


def test_summary_in_plain_words():
    empty = patient.summary(Selection((), ()))
    assert "Nothing marked yet" in str(empty)
    two = patient.summary(Selection(("Right outer thigh", "Left shin"), ()))
    text = str(two)
    assert "2 areas marked" in text and "Right outer thigh" in text and "Left shin" in text
    one = patient.summary(Selection(("Left shin",), ()))
    assert "1 area marked" in str(one)


def test_shell_has_navigation_main_and_red_flag_caveat():
    tree = shell.layout()
    assert isinstance(find(tree, ids.SHELL_MAIN), html.Main)
    assert isinstance(find(tree, ids.SHELL_NAV), html.Nav)
    footer = next(c for c in walk(tree) if isinstance(c, html.Footer))
    assert "does not diagnose" in footer.children
    assert "medical care now" in footer.children
