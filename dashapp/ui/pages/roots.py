"""Nerve roots: dermatomes on the body in two maps, where the maps disagree, and each root's
key movement and reflex.

/roots?root=L5&map=classic opens it on a root and a map.
"""

from __future__ import annotations

from typing import Any

from dash import html
from dash_bodymap import ChoiceGroup

from dashapp.domain.body.dermatomes import MAP_ROOTS
from dashapp.ui import ids
from dashapp.ui.components import pattern_key
from dashapp.ui.components.bodymap import body_map
from dashapp.ui.components.roots_view import DEFAULT_ROOT, MAP_NAMES, overlay, root_card


def layout(app: Any, root: str | None = None, map_name: str | None = None) -> html.Section:
    """The nerve-root page, opened on the root and map the address names.

    `app` is the app's read-only reference data (views, regions, dermatomes, roots)."""
    map_name = map_name if map_name in MAP_NAMES else "classic"
    root = root if root in MAP_ROOTS[map_name] else DEFAULT_ROOT
    return html.Section(
        className="page page--roots",
        children=[
            html.H1("Nerve roots"),
            html.P(
                "Where each lower-back nerve root supplies the skin (its dermatome), on two maps "
                "that do not agree. Dots are the key points used to test each root. Right and "
                "left are the patient's own.",
                className="lead",
            ),
            _controls(root, map_name),
            html.Div(
                className="atlas__grid",
                children=[
                    _map_card(app, root, map_name),
                    html.Article(
                        id=ids.ROOTS_CARD,
                        className="card",
                        **{"aria-live": "polite"},
                        children=root_card(app, root, map_name),
                    ),
                ],
            ),
        ],
    )


def _controls(root: str, map_name: str) -> html.Div:
    """Which map, which root, and whether to show where the maps disagree."""
    return html.Div(
        className="atlas-controls",
        children=[
            html.Div(
                role="group",
                **{"aria-label": "Map"},
                children=ChoiceGroup(
                    id=ids.ROOTS_MAP_SWITCH,
                    options=[{"label": v, "value": k} for k, v in MAP_NAMES.items()],
                    value=map_name,
                    className="chips",
                ),
            ),
            html.Div(
                role="group",
                **{"aria-label": "Root"},
                children=ChoiceGroup(
                    id=ids.ROOTS_PICKER,
                    options=[{"label": r, "value": r} for r in MAP_ROOTS["classic"]],
                    value=root,
                    className="scale",
                ),
            ),
            ChoiceGroup(
                id=ids.ROOTS_DISAGREE,
                options=[{"label": "Show where the maps disagree", "value": "show"}],
                value=[],
                multiple=True,
                className="layer-switch",
            ),
        ],
    )


def _map_card(app: Any, root: str, map_name: str) -> html.Div:
    """The dermatome map with its legend."""
    return html.Div(
        className="card",
        children=[
            body_map(
                ids.ROOTS_MAP,
                app.views,
                app.regions,
                layers=["surface"],
                passiveLayers=["surface"],
                ariaLabel="Dermatome map",
                **overlay(app, root, map_name, False),
            ),
            pattern_key.key(
                "dermatome",
                extra=(
                    html.Li(
                        [
                            html.Span(className="swatch swatch--focus"),
                            "the two maps disagree about this root",
                        ]
                    ),
                    html.Li([html.Span("•", className="swatch"), "key point"]),
                ),
            ),
        ],
    )
