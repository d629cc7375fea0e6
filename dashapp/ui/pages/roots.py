"""Nerve roots: one or two roots' dermatomes on the textbook and the evidence-based map side
by side, where the maps disagree, and each root's key movement and reflex.

/roots?roots=L5,S1 (or C6,C7) opens it on those roots, the maps framed on them; the address
follows the choice, so a reload or a shared link shows the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dash import dcc, html
from dash_bodymap import ChoiceGroup, GroupedSelect

from dashapp.domain.body.dermatomes import LOWER_ROOTS, MAP_ROOTS, UPPER_ROOTS
from dashapp.domain.body.root_choice import RootChoice, body_part, roots_query
from dashapp.ui import ids
from dashapp.ui.components import pattern_key
from dashapp.ui.components.bodymap import LEGS, WHOLE_BODY, body_map
from dashapp.ui.components.roots_view import MAP_NAMES, STYLE_WORDS, overlay, root_cards

NONE = "none"  # the second root's "no second root"
NONE_OPTION = {"label": "None", "value": NONE}
ROOT_GROUPS = (("Neck and arm", UPPER_ROOTS), ("Low back and leg", LOWER_ROOTS))
FRAME = ("focusViews", "focusView")  # the BodyMap props framing() sets
# The neck, shoulders and both arms down to the fingertips, in body units (x y width height).
NECK_ARMS = {"id": "neck_arms", "label": "Neck, shoulders and arms", "box": [0, 20, 400, 600]}


def layout(app: Any, choice: RootChoice) -> html.Section:
    """The nerve-root page on the roots `choice` names, saying why if the address was refused.

    `app` is the app's read-only reference data (views, regions, dermatomes, roots)."""
    roots = choice.roots
    return html.Section(
        className="page page--roots",
        children=[
            dcc.Store(id=ids.ROOTS_ADDRESS, data=roots_query(roots)),
            dcc.Store(id=ids.ROOTS_ADDRESS_KEPT),
            html.H1("Nerve roots"),
            html.P(
                "Where each nerve root, from the neck (C2) to the saddle (S3-S5), supplies the "
                "skin (its dermatome), on two maps that do not agree: choose two roots to see "
                "where they differ. Right and left are the patient's own.",
                className="lead",
            ),
            html.P(
                choice.problem,
                id=ids.ROOTS_PROBLEM,
                className="notice",
                role="status",
                hidden=choice.problem is None,
            ),
            html.Div(
                className="roots__layout",
                children=[
                    _controls(roots),
                    html.Ul(id=ids.ROOTS_KEY, className="zone-legend", children=key_items(roots)),
                    html.Div(
                        id=ids.ROOTS_MAPS,
                        className="roots__maps",
                        children=[_map_card(app, roots, name) for name in MAP_NAMES],
                    ),
                    html.Div(
                        id=ids.ROOTS_CARD, className="roots__cards", children=root_cards(app, roots)
                    ),
                ],
            ),
        ],
    )


def key_items(roots: Sequence[str]) -> list[html.Li]:
    """The key, in words: which root is drawn how, then the other marks."""
    return [
        pattern_key.item(kind, f"{root}: {words}")
        for root, kind, words in zip(roots, ("dermatome", "essential"), STYLE_WORDS, strict=False)
    ] + [
        html.Li([html.Span(className="swatch swatch--focus"), "the two maps disagree here"]),
        html.Li([html.Span("•", className="swatch"), "key point"]),
    ]


def _controls(roots: Sequence[str]) -> html.Div:
    """The two roots, and whether to show where the maps disagree."""
    return html.Div(
        className="atlas-controls roots__controls",
        children=[
            _picker(ids.ROOTS_PICKER, "First root", root_groups(), roots[0]),
            _picker(
                ids.ROOTS_SECOND,
                "Second root",
                [*root_groups(), {"label": "No second root", "options": [NONE_OPTION]}],
                roots[1] if len(roots) > 1 else NONE,
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


def root_groups() -> list[dict[str, Any]]:
    """The roots a picker offers, grouped by where their skin lies: 17 roots are too many to
    lay out as buttons beside the maps, and a native select keeps type-ahead ("c6")."""
    return [
        {
            "label": label,
            "options": [{"label": r, "value": r} for r in MAP_ROOTS["classic"] if r in part],
        }
        for label, part in ROOT_GROUPS
    ]


def _picker(picker_id: str, label: str, groups: list[dict[str, Any]], value: str) -> html.Div:
    return html.Div(
        className="roots__picker",
        children=[
            html.Label(label, htmlFor=picker_id, className="roots__picker-label"),
            GroupedSelect(id=picker_id, groups=groups, value=value),
        ],
    )


def framing(app: Any, roots: Sequence[str]) -> dict[str, Any]:
    """The map's frame for these roots: the neck and arms for C2-T2, the low back and legs for
    L1-S5, the whole body for one of each. The box alone: beside another map, a touch screen
    must not zoom it in."""
    part = body_part(tuple(roots))
    if part == "both":
        return {"focusViews": [], "focusView": WHOLE_BODY}
    if part == "upper":
        return {"focusViews": [NECK_ARMS], "focusView": NECK_ARMS["id"]}
    legs = next(v for v in app.focus_views if v.id == LEGS)
    return {
        "focusViews": [{"id": legs.id, "label": legs.label, "box": list(legs.box)}],
        "focusView": LEGS,
    }


def _map_card(app: Any, roots: Sequence[str], map_name: str) -> html.Figure:
    """One dermatome map, framed on the roots, headed with its name."""
    return html.Figure(
        className="card roots__map",
        children=[
            html.Figcaption(MAP_NAMES[map_name], className="roots__map-name"),
            body_map(
                ids.roots_map(map_name),
                app.views,
                app.regions,
                layers=["surface"],
                passiveLayers=["surface"],
                ariaLabel=f"Dermatome map: {MAP_NAMES[map_name]}",
                **framing(app, roots),
                **overlay(app, roots, map_name, False),
            ),
        ],
    )
