""" "Save to a patient": what a walk-in left on the clinic's device becomes a new session.

A therapist types the patient's name, picks them among the saved patients (or "A new patient"
of that name) and saves; assets/handover.js sends it all (dashapp/web/handover.py) and clears
the device only once it is saved.
"""

from __future__ import annotations

from dash import dcc, html
from dash_bodymap import ChoiceGroup

from dashapp.ui import ids

EXPLAIN = (
    "The marks, the drawing, the answers and the findings on this device become a new "
    "session of the patient you choose. Then this device is cleared for the next person."
)
SEARCH_HINT = "Type a name to find a saved patient, or to add a new one."


def setup() -> dcc.Store:
    """Where the page's script finds what to send, where to send it, and what to update."""
    return dcc.Store(
        id=ids.HANDOVER_SETUP,
        data={
            "keys": {
                "chart": ids.PATIENT_STORE,
                "answers": ids.INTAKE_STORE,
                "findings": ids.FINDINGS_STORE,
            },
            "find": "/handover/patients",
            "save": "/handover",
            "hint": SEARCH_HINT,
            "ids": {
                "open": ids.HANDOVER_OPEN,
                "panel": ids.HANDOVER_PANEL,
                "name": ids.HANDOVER_NAME,
                "choices": ids.HANDOVER_CHOICES,
                "save": ids.HANDOVER_SAVE,
                "message": ids.HANDOVER_MESSAGE,
                # A save that went through clears the device as its own button does.
                "confirm": ids.DEVICE_CONFIRM,
            },
        },
    )


def button() -> html.Button:
    """What opens the panel, beside "Finished: clear this device"."""
    return html.Button(
        "Save to a patient", id=ids.HANDOVER_OPEN, className="button button--quiet device__save"
    )


def panel() -> html.Div:
    """Find or name the patient, then save; closed until the button opens it."""
    return html.Div(
        id=ids.HANDOVER_PANEL,
        className="handover",
        hidden=True,
        role="group",
        **{"aria-labelledby": ids.HANDOVER_TITLE},
        children=[
            html.P("Save to a patient", id=ids.HANDOVER_TITLE, className="handover__title"),
            html.P(EXPLAIN, className="handover__explain"),
            html.Label("Patient's name", htmlFor=ids.HANDOVER_NAME, className="field-label"),
            dcc.Input(
                id=ids.HANDOVER_NAME,
                type="text",
                autoComplete="off",
                debounce=0.4,
                maxLength=200,
                className="text-input handover__name",
            ),
            html.P(
                SEARCH_HINT, id=ids.HANDOVER_FOUND, className="muted", **{"aria-live": "polite"}
            ),
            ChoiceGroup(id=ids.HANDOVER_CHOICES, options=[], className="handover__choices"),
            html.Div(
                className="handover__actions",
                children=[
                    html.Button("Save", id=ids.HANDOVER_SAVE, className="button"),
                    html.Button("Cancel", id=ids.HANDOVER_CANCEL, className="button button--quiet"),
                ],
            ),
        ],
    )


def message() -> html.P:
    """What the save said: saved (with a link to the new session), or why not."""
    return html.P(id=ids.HANDOVER_MESSAGE, role="status", className="device__cleared")
