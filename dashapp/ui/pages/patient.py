"""The patient page: "Where does it hurt?"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dash import dcc, html
from dash_bodymap import ChoiceGroup

from dashapp.domain.atlas.lookup import Candidate
from dashapp.domain.chart import PainChart
from dashapp.ui import ids
from dashapp.ui.components import device, draw_panel, lookup_panel, pain_chart
from dashapp.ui.components.bodymap import (
    MUSCLE,
    view_switch,
)


def layout(app: Any, explain: Callable[[Candidate], str]) -> html.Section:
    """Map and legend beside the plain-words summary and the per-area questions.

    `app` is the app's read-only reference data (views, regions, muscles, atlas)."""
    return html.Section(
        className="page page--patient",
        children=[
            # data=None, not left out: the store then finds nothing kept equal to what it
            # holds, and does not wake the chart controller (a server round trip) at load.
            dcc.Store(id=ids.PATIENT_STORE, storage_type="local", data=None),
            # The undo stack lives in this browser alone (callbacks/patient_local.py): no
            # request carries it. No initial data: a page only opened writes nothing.
            dcc.Store(id=ids.PATIENT_HISTORY, storage_type="session"),
            # The chart "Undo" goes back to, handed to the chart controller; and the
            # controller's mark on each chart it changed, for the undo stack.
            dcc.Store(id=ids.PATIENT_UNDONE),
            dcc.Store(id=ids.PATIENT_EDITED),
            # The muscle whose pattern the map shows (callbacks/patient.py).
            dcc.Store(id=ids.PATIENT_PATTERN_PICK),
            # A read-only copy of the answers given on the questions page (warning signs).
            dcc.Store(id=ids.PATIENT_ANSWERS),
            # The chart controller empties this page (callbacks/patient.py).
            device.finished(()),
            html.Div(
                className="page__intro",
                children=[
                    html.H1("Where does it hurt?"),
                    html.P(
                        "Tap or click each area that hurts; tap it again to unmark it. "
                        "Then say how strong it is and what it feels like. "
                        "R and L mark your own right and left side.",
                        className="lead",
                    ),
                ],
            ),
            html.Div(id=ids.PATIENT_NOTICE, role="status", className="notices"),
            html.Div(
                className="patient__grid",
                children=[
                    html.Div(className="patient__map card", children=_map_panel(app)),
                    html.Div(
                        className="patient__side",
                        children=[
                            # Warning questions the map asks, and signs that need care, come
                            # first: beside the map, or right under it on a phone.
                            html.Div(
                                id=ids.PATIENT_WARNINGS,
                                className="patient__warnings",
                                **{"data-shown": ""},
                            ),
                            _card(
                                "What you marked",
                                html.Div(
                                    id=ids.PATIENT_SUMMARY,
                                    **{"aria-live": "polite"},
                                    children=pain_chart.summary([], 0.0),
                                ),
                            ),
                            _card(
                                "Tell us more",
                                html.Div(
                                    id=ids.PATIENT_EDITOR,
                                    children=pain_chart.editor(PainChart(), {}),
                                ),
                            ),
                            _card(
                                "What makes it worse?",
                                lookup_panel.activities_question(app.atlas),
                            ),
                            _card(
                                "What could be causing this?",
                                html.Div(
                                    id=ids.PATIENT_CANDIDATES,
                                    children=lookup_panel.candidates(
                                        [], app.atlas, explain, sciatica=app.sciatica
                                    ),
                                ),
                            ),
                        ],
                    ),
                ],
            ),
        ],
    )


def _card(title: str, body) -> html.Section:
    """A titled card in the side column, named for assistive technology by its heading."""
    heading_id = ids.patient_card(title)
    return html.Section(
        className="card",
        **{"aria-labelledby": heading_id},
        children=[html.H2(title, id=heading_id), body],
    )


def _map_panel(app) -> list:
    return [
        html.Div(
            className="map-toolbar",
            children=[
                ChoiceGroup(
                    id=ids.PATIENT_LAYERS,
                    options=[{"label": "Show muscles", "value": MUSCLE}],
                    value=[],
                    multiple=True,
                    className="layer-switch",
                ),
                html.Div(
                    className="map-toolbar__actions",
                    children=[
                        html.Button("Undo", id=ids.PATIENT_UNDO, className="button button--quiet"),
                        html.Button(
                            "Clear all", id=ids.PATIENT_CLEAR, className="button button--quiet"
                        ),
                    ],
                ),
            ],
        ),
        html.Div(
            id=ids.PATIENT_CLEAR_DIALOG,
            className="confirm",
            hidden=True,
            role="alertdialog",
            **{"aria-labelledby": ids.PATIENT_CLEAR_QUESTION},
            children=[
                html.P("Clear every mark on the map?", id=ids.PATIENT_CLEAR_QUESTION),
                html.Button(
                    "Yes, clear all",
                    id=ids.PATIENT_CLEAR_CONFIRM,
                    className="button button--danger",
                ),
                html.Button("Keep my marks", id=ids.PATIENT_CLEAR_CANCEL, className="button"),
            ],
        ),
        # Right above the map, and kept in sight while a phone scrolls through a close view.
        view_switch(ids.PATIENT_VIEW_SWITCH, app.views),
        draw_panel.marking_map(
            ids.PATIENT_MAP,
            app,
            passiveLayers=[MUSCLE],
            persistence=True,
            persisted_props=["focusView"],
            persistence_type="local",
        ),
        draw_panel.hint(),
        draw_panel.panel(
            ids.PATIENT_DRAW_PANEL, ids.PATIENT_DRAW_INTENSITY, ids.PATIENT_DRAW_QUALITIES
        ),
        html.P(id=ids.PATIENT_PATTERN_NOTE, className="pattern-note", hidden=True),
        pain_chart.legend(),
    ]
