"""Nerve or muscle, for the leg or the arm? Red flags first, then the three pictures and the two
columns."""

from __future__ import annotations

from dash import dcc, html

from dashapp.ui import ids
from dashapp.ui.components import device


def layout(**_query: str) -> html.Section:
    """The page shell; the browser's stored chart, answers and findings fill it in."""
    return html.Section(
        className="page page--compare",
        children=[
            dcc.Store(id=ids.COMPARE_DATA),
            # The title shares its row with the device's buttons where there is room.
            html.Div(
                className="compare__head",
                children=[device.finished((ids.COMPARE_DATA,)), html.H1("Nerve or muscle?")],
            ),
            html.P(
                "How the pain you marked, your answers and your therapist's findings fit an "
                "irritated nerve root (in the leg, true sciatica; in the arm, a pinched nerve "
                "in the neck) or pain sent from a muscle (pseudo-sciatica, or its arm "
                "equivalent). A guide for your conversation, never a diagnosis.",
                className="lead",
            ),
            html.Div(id=ids.COMPARE_BODY, children=html.P("Reading your answers…")),
        ],
    )
