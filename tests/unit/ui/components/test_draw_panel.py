"""The patient's drawing questions beside the map."""

from __future__ import annotations

from dash import html

from dashapp.domain.chart import MAX_INTENSITY, QUALITIES
from dashapp.domain.drawing import BRUSH_SIZES, TOOLS
from dashapp.ui.components import draw_panel
from tests.unit.ui.components.tree import texts


def choice_groups(component):
    """Every ChoiceGroup in a tree, by id."""
    found = {}
    if type(component).__name__ == "ChoiceGroup":
        found[component.id] = component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if hasattr(child, "to_plotly_json"):
            found.update(choice_groups(child))
    return found


def test_the_panel_asks_how_strong_and_how_it_feels_for_the_next_strokes():
    panel = draw_panel.panel("p", "i", "q")
    groups = choice_groups(panel)
    assert [o["value"] for o in groups["i"].options] == list(range(MAX_INTENSITY + 1))
    assert [o["value"] for o in groups["q"].options] == list(QUALITIES)
    assert groups["i"].value is None and groups["q"].value == []
    assert panel.hidden is True  # shown only in draw mode
    patient, _ = texts(panel)
    assert "before you draw" in patient


def test_the_hint_says_in_plain_words_what_drawing_is_for():
    patient, _ = texts(draw_panel.hint())
    assert "Draw where it hurts when an area is too big" in patient
    assert isinstance(draw_panel.hint(), html.P)


def test_the_first_brush_is_one_the_chart_keeps():
    brush = draw_panel.FIRST_BRUSH
    assert brush["size"] in BRUSH_SIZES and brush["tool"] in TOOLS
    assert brush["intensity"] is None and brush["qualities"] == []
