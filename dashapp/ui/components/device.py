""" "Finished: clear this device": what a shared tablet offers between one patient and the next."""

from __future__ import annotations

from collections.abc import Sequence

from dash import dcc, html

from dashapp.ui import ids
from dashapp.ui.components import handover

WARNING = (
    "This removes the marks, answers and findings kept on this device. "
    "Saved sessions are not affected."
)
CLEARED = "This device is clear: nothing from the last patient is kept here."


def finished(shown: Sequence[str]) -> html.Div:
    """The action, its confirmation and what it says afterwards; beside it, "Save to a
    patient" (ui/components/handover.py), which clears the device the same way once saved.

    `shown` names the page's own stores of what the device keeps: after clearing they are
    emptied in place, so the page shows empty forms without a reload."""
    return html.Div(
        className="device",
        # Read by assets/painmap.js: a page in another tab forgets too when this one clears.
        **{"data-device-keys": " ".join(ids.DEVICE_KEYS)},
        children=[
            dcc.Store(
                id=ids.DEVICE_SETUP,
                data={
                    "keys": list(ids.DEVICE_KEYS),
                    "prefixes": list(ids.DEVICE_KEY_PREFIXES),
                    "shown": [*shown],
                    "cleared": CLEARED,
                    "ids": {"finish": ids.DEVICE_FINISH, "confirm": ids.DEVICE_CONFIRM},
                },
            ),
            handover.setup(),
            handover.button(),
            html.Button(
                "Finished: clear this device",
                id=ids.DEVICE_FINISH,
                className="button button--quiet device__finish",
            ),
            html.Div(
                id=ids.DEVICE_DIALOG,
                className="confirm device__confirm",
                hidden=True,
                role="alertdialog",
                **{"aria-labelledby": ids.DEVICE_QUESTION},
                children=[
                    html.P("Clear this device for the next person?", id=ids.DEVICE_QUESTION),
                    html.P(WARNING, className="device__warning"),
                    html.Button(
                        "Yes, clear this device",
                        id=ids.DEVICE_CONFIRM,
                        className="button button--danger",
                    ),
                    html.Button("Cancel", id=ids.DEVICE_CANCEL, className="button"),
                ],
            ),
            handover.panel(),
            handover.message(),
            html.P(id=ids.DEVICE_CLEARED, role="status", className="device__cleared"),
        ],
    )
