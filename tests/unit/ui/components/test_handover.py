"""The "Save to a patient" parts of the device bar: what the script needs, and where it sits."""

from __future__ import annotations

from dash import dcc, html
from dash_bodymap import ChoiceGroup

from dashapp.ui import ids
from dashapp.ui.components import device, handover


def by_id(component) -> dict:
    """Every component of a tree that has an id, by id."""
    found = {}
    stack = [component]
    while stack:
        node = stack.pop()
        if not hasattr(node, "to_plotly_json"):
            continue  # text, or no child
        if getattr(node, "id", None) is not None:
            found[node.id] = node
        children = getattr(node, "children", None)
        stack.extend(children if isinstance(children, list | tuple) else [children])
    return found


def test_every_walk_in_page_bar_offers_the_save_beside_the_clearing():
    bar = by_id(device.finished(()))
    for name in (
        ids.HANDOVER_OPEN,
        ids.HANDOVER_PANEL,
        ids.HANDOVER_NAME,
        ids.HANDOVER_CHOICES,
        ids.HANDOVER_SAVE,
        ids.HANDOVER_CANCEL,
        ids.HANDOVER_MESSAGE,
        ids.HANDOVER_SETUP,
        ids.DEVICE_FINISH,
    ):
        assert name in bar, name
    assert bar[ids.HANDOVER_PANEL].hidden is True, "closed until asked for"
    assert isinstance(bar[ids.HANDOVER_CHOICES], ChoiceGroup)
    assert isinstance(bar[ids.HANDOVER_NAME], dcc.Input)
    assert bar[ids.HANDOVER_MESSAGE].role == "status"


def test_the_script_is_told_every_key_the_walk_in_pages_keep_a_patient_in():
    data = handover.setup().data
    assert set(data["keys"].values()) == set(ids.DEVICE_KEYS) - {ids.PATIENT_HISTORY}
    assert data["ids"]["confirm"] == ids.DEVICE_CONFIRM
    panel_ids = by_id(html.Div([handover.button(), handover.panel(), handover.message()]))
    named = {v for k, v in data["ids"].items() if k != "confirm"}
    assert named <= set(panel_ids), "every id the script sets is on the page"
