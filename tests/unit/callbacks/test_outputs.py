"""The patient page sends the candidates panel again only when the page does not show it yet."""

from __future__ import annotations

import json

from dash import html, no_update
from dash_bodymap import ChoiceGroup
from plotly.io.json import to_json_plotly

from dashapp.callbacks.outputs import unchanged_or
from dashapp.ui import ids


def panel(chosen=None, options=("gluteus_minimus|right",)) -> list:
    picker = ChoiceGroup(
        id=ids.PATIENT_CANDIDATE,
        options=[{"label": f"{i}. {v}", "value": v} for i, v in enumerate(options, start=1)],
        value=chosen,
    )
    return [html.P("These muscles can send pain here.", className="muted"), html.Div(picker)]


def as_shown(children) -> object:
    """What the browser holds and sends back as the panel's children."""
    return json.loads(to_json_plotly(children))


def test_the_panel_the_page_shows_is_not_sent_again():
    assert unchanged_or(panel(), as_shown(panel())) is no_update


def test_a_changed_list_or_choice_is_sent():
    shown = as_shown(panel())
    changed = panel(options=("gluteus_minimus|right", "piriformis|right"))
    assert unchanged_or(changed, shown) is changed
    chosen = panel(chosen="gluteus_minimus|right")
    assert unchanged_or(chosen, shown) is chosen


def test_a_page_with_nothing_or_something_odd_gets_the_panel():
    for shown in (None, [], "text", [{"props": {}}]):
        fresh = panel()
        assert unchanged_or(fresh, shown) is fresh
