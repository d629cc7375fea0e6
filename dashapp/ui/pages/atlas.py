"""The therapist's muscle atlas: one muscle's trigger points and referral zones on the body.

/atlas?muscle=gluteus_minimus_anterior&side=right opens it on a muscle; &present=1 gives the
consultation view (big map, little text, previous / next).
"""

from __future__ import annotations

from typing import Any

from dash import dcc, html
from dash_bodymap import ChoiceGroup, GroupedSelect

from dashapp.ui import ids
from dashapp.ui.components import atlas_card, pattern_key
from dashapp.ui.components.atlas_view import DEFAULT_MUSCLE, SIDES, link, overlay, picker_groups
from dashapp.ui.components.bodymap import MUSCLE, body_map
from dashapp.ui.components.lookup_panel import ZONES


def layout(
    app: Any, muscle: str | None = None, side: str | None = None, present: str | None = None
):
    """The atlas page, opened on the muscle and side the address names (if it names them).

    `app` is the app's read-only reference data (views, muscles, atlas, zones)."""
    notice = []
    if muscle is not None and muscle not in app.atlas.muscle_ids:
        notice = [html.P(f"The atlas has no muscle called “{muscle}”.", className="notice")]
    muscle = muscle if muscle in app.atlas.muscle_ids else DEFAULT_MUSCLE
    side = side if side in SIDES else "right"
    presenting = present == "1"
    return html.Section(
        className="page page--atlas" + (" page--present" if presenting else ""),
        children=[
            html.Div(
                className="atlas-head",
                children=[
                    html.H1("Muscle atlas"),
                    html.P(
                        "Trigger points (X) and where they send pain: the main zone in blue "
                        "lines, the spillover zone in blue dots. Right and left are the "
                        "patient's own.",
                        className="lead",
                    ),
                ],
            ),
            *notice,
            dcc.Store(id=ids.ATLAS_MODE, data={"present": presenting}),
            dcc.Store(id=ids.ATLAS_ADDRESS),
            dcc.Store(id=ids.ATLAS_ADDRESS_KEPT),
            html.Div(className="atlas-controls", children=_controls(app, muscle, side, presenting)),
            html.Div(
                className="atlas__grid",
                children=[
                    html.Div(
                        className="card atlas__map",
                        children=[
                            body_map(
                                ids.ATLAS_MAP,
                                app.views,
                                (),
                                app.muscles,
                                layers=[MUSCLE],
                                selectable=False,
                                ariaLabel="Muscle map: choose a muscle to show its pattern",
                                **overlay(app, muscle, side),
                            ),
                            _legend(),
                            html.P(ZONES, className="muted zone-words"),
                        ],
                    ),
                    html.Article(
                        id=ids.ATLAS_CARD,
                        className="card atlas-card",
                        **{"aria-live": "polite"},
                        children=atlas_card.card(app.atlas, muscle, side),
                    ),
                ],
            ),
        ],
    )


def _controls(app, muscle: str, side: str, presenting: bool) -> list:
    return [
        html.Label("Muscle", htmlFor=ids.ATLAS_PICKER, className="field-label"),
        GroupedSelect(
            id=ids.ATLAS_PICKER,
            groups=picker_groups(app.atlas),
            value=muscle,
            className="atlas-picker",
        ),
        html.Div(
            role="group",
            **{"aria-label": "Side"},
            children=ChoiceGroup(
                id=ids.ATLAS_SIDE,
                options=[{"label": s.capitalize(), "value": s} for s in SIDES],
                value=side,
                className="view-switch side-switch",
            ),
        ),
        html.Button("Previous", id=ids.ATLAS_PREV, className="button button--quiet"),
        html.Button("Next", id=ids.ATLAS_NEXT, className="button button--quiet"),
        dcc.Link(
            "Leave presentation" if presenting else "Present",
            id=ids.ATLAS_PRESENT,
            href=link(muscle, side, present=not presenting),
            className="button",
        ),
        dcc.Link(
            "Link to this muscle",
            id=ids.ATLAS_LINK,
            href=link(muscle, side),
            className="target-link",
        ),
    ]


def _legend() -> html.Ul:
    deep = html.Li([html.Span(className="swatch swatch--deep"), "deep muscle (dashed)"])
    return pattern_key.key("essential", "spillover", "trigger", extra=(deep,))
