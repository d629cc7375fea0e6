"""The patient's drawing questions beside the map."""

from __future__ import annotations

import re

from dash import html

from dashapp.config import SHIPPED_DATA
from dashapp.domain.body.focus_views import load_focus_views
from dashapp.domain.body.geometry import load_views
from dashapp.domain.chart import MAX_INTENSITY, QUALITIES, Mark
from dashapp.domain.drawing import BRUSH_SIZES, TOOLS
from dashapp.ui.components import draw_panel, pain_chart
from dashapp.ui.components.bodymap import HAND, SIDE_LABELS
from tests.unit.ui.components.tree import texts


def groups_in_order(component) -> list:
    """Every ChoiceGroup in a tree, in order."""
    if type(component).__name__ == "ChoiceGroup":
        return [component]
    children = getattr(component, "children", None)
    return [
        group
        for child in (children if isinstance(children, list | tuple) else [children])
        if hasattr(child, "to_plotly_json")
        for group in groups_in_order(child)
    ]


def choice_groups(component):
    """Every ChoiceGroup in a tree, by id."""
    return {group.id: group for group in groups_in_order(component)}


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
    assert "easier to tap in a closer view" in patient
    assert isinstance(draw_panel.hint(), html.P)


def test_the_hint_names_the_closer_views_as_the_map_labels_them():
    shipped = load_focus_views(SHIPPED_DATA / "geometry" / "focus_views.csv", load_views())
    named = re.findall("“([^”]+)”", draw_panel.VIEW_HINT)
    labels = {v.label for v in shipped} | set(SIDE_LABELS[HAND].values())
    assert {"Hand and fingers", "Head and jaw", "Left hand"} <= set(named)
    assert set(named) <= labels, set(named) - labels


def test_the_first_brush_is_one_the_chart_keeps():
    brush = draw_panel.FIRST_BRUSH
    assert brush["size"] in BRUSH_SIZES and brush["tool"] in TOOLS
    assert brush["intensity"] is None and brush["qualities"] == []


def test_the_panel_asks_the_same_two_questions_as_a_marked_area_card():
    card = pain_chart.mark_card(Mark("right_shin", 4, ("burning",)), "Right shin")
    panel_groups = groups_in_order(draw_panel.panel("p", "i", "q"))
    card_groups = groups_in_order(card)
    assert len(panel_groups) == len(card_groups) == 2
    for drawn, marked in zip(panel_groups, card_groups, strict=True):
        assert drawn.options == marked.options
        assert drawn.className == marked.className
        assert getattr(drawn, "multiple", False) == getattr(marked, "multiple", False)
    assert [g.value for g in card_groups] == [4, ["burning"]]
    assert texts(draw_panel.panel("p", "i", "q"))[0].count("What does it feel like?") == 1
