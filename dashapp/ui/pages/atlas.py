"""The therapist's muscle atlas: one muscle's trigger points and referral zones on the body.

/atlas?muscle=gluteus_minimus_anterior&side=right opens it on a muscle; &overlay=L5 lays a
root's skin area (or another muscle's pattern) over it; &present=1 gives the consultation view
(the map zoomed to the pattern and filling the screen, little text, previous / next).
"""

from __future__ import annotations

from typing import Any

from dash import dcc, html
from dash_bodymap import ChoiceGroup, GroupedSelect

from dashapp.ui import ids
from dashapp.ui.components import atlas_card, atlas_overlay, atlas_present, atlas_visit
from dashapp.ui.components.atlas_address import NO_OVERLAY, SIDES, AtlasAddress
from dashapp.ui.components.atlas_view import legend, overlay, picker_groups
from dashapp.ui.components.atlas_visit import SessionChart
from dashapp.ui.components.bodymap import body_map
from dashapp.ui.components.lookup_panel import ZONES


def layout(app: Any, address: AtlasAddress | None = None, visit: SessionChart | None = None):
    """The atlas page showing what the address names (the default muscle when it names none),
    over a session's marks and drawing when `visit` is given.

    `app` is the app's read-only reference data (views, muscles, atlas, zones)."""
    address = address or AtlasAddress()
    notice = [html.P(problem, className="notice") for problem in address.problems]
    stores = [
        dcc.Store(id=ids.ATLAS_MODE, data=atlas_visit.mode_data(address.present, visit)),
        dcc.Store(id=ids.ATLAS_ADDRESS),
        dcc.Store(id=ids.ATLAS_ADDRESS_KEPT),
    ]
    if address.present:
        return _presentation(app, address, visit, notice, stores)
    return html.Section(
        className="page page--atlas" + (" atlas--visit" if visit else ""),
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
            *stores,
            html.Div(className="atlas-controls", children=_controls(app, address)),
            html.Div(
                className="atlas__grid",
                children=[
                    html.Div(
                        className="card atlas__map",
                        children=[
                            _map(app, address, visit),
                            html.Div(
                                id=ids.ATLAS_KEY,
                                children=legend(app, address.overlay, marks=bool(visit)),
                            ),
                            *_visit_words(visit),
                            html.P(ZONES, className="muted zone-words"),
                        ],
                    ),
                    html.Article(
                        id=ids.ATLAS_CARD,
                        className="card atlas-card",
                        **{"aria-live": "polite"},
                        children=atlas_card.card(app.atlas, address.muscle, address.side),
                    ),
                ],
            ),
        ],
    )


def _visit_words(visit: SessionChart | None) -> list:
    return [html.P(atlas_visit.caption(visit), className="muted")] if visit else []


def _presentation(app, address, visit, notice: list, stores: list) -> html.Section:
    """The map filling the screen under a slim bar, with a one-line key below it."""
    tools = [
        _side(address.side),
        html.Div(
            className="atlas-overlay", children=_overlay_choice(app, address.overlay, "Over it")
        ),
        # Kept for the callbacks, which set them in both modes; nothing to show here.
        html.Div(hidden=True, children=[_picker(app, address.muscle), _link(address)]),
    ]
    figures, views = atlas_present.zoomed(app, address)
    bodymap = _map(app, address, visit)
    bodymap.figures, bodymap.views = figures, views
    return html.Section(
        className="page page--atlas page--present" + (" atlas--visit" if visit else ""),
        children=[
            *stores,
            html.H1("Muscle atlas, presentation", className="visually-hidden"),
            atlas_present.bar(
                address,
                atlas_present.title(app.atlas, address.muscle, address.side),
                tools,
                html.Div(
                    id=ids.ATLAS_KEY,
                    className="present-key",
                    children=atlas_present.key(app, address.overlay, marks=bool(visit)),
                ),
            ),
            *notice,
            html.Div(className="present-stage", children=bodymap),
        ],
    )


def _map(app, address: AtlasAddress, visit: SessionChart | None):
    under = atlas_visit.map_props(app, visit)
    regions = under.pop("regions")
    shown = overlay(app, address.muscle, address.side, address.overlay)
    if visit:
        shown["selected"] = shown["selected"] + visit.chart.regions
    return body_map(
        ids.ATLAS_MAP,
        app.views,
        regions,
        app.muscles,
        selectable=False,
        ariaLabel="Muscle map: choose a muscle to show its pattern",
        **under,
        **shown,
    )


def _controls(app, address: AtlasAddress) -> list:
    return [
        html.Label("Muscle", htmlFor=ids.ATLAS_PICKER, className="field-label"),
        _picker(app, address.muscle),
        _side(address.side),
        html.Button("Previous", id=ids.ATLAS_PREV, className="button button--quiet"),
        html.Button("Next", id=ids.ATLAS_NEXT, className="button button--quiet"),
        dcc.Link(
            "Present",
            id=ids.ATLAS_PRESENT,
            href=address.link(present=True),
            className="button",
        ),
        _link(address),
        html.Div(
            className="atlas-overlay",
            children=_overlay_choice(app, address.overlay, "Show over the pattern"),
        ),
    ]


def _picker(app, muscle: str) -> GroupedSelect:
    return GroupedSelect(
        id=ids.ATLAS_PICKER, groups=picker_groups(app.atlas), value=muscle, className="atlas-picker"
    )


def _side(side: str) -> html.Div:
    return html.Div(
        role="group",
        **{"aria-label": "Side"},
        children=ChoiceGroup(
            id=ids.ATLAS_SIDE,
            options=[{"label": s.capitalize(), "value": s} for s in SIDES],
            value=side,
            className="view-switch side-switch",
        ),
    )


def _overlay_choice(app, over: str, label: str) -> list:
    return [
        html.Label(label, htmlFor=ids.ATLAS_OVERLAY, className="field-label"),
        GroupedSelect(
            id=ids.ATLAS_OVERLAY,
            groups=atlas_overlay.choices(app.atlas),
            value=over or NO_OVERLAY,
            className="atlas-overlay__picker",
        ),
    ]


def _link(address: AtlasAddress) -> dcc.Link:
    return dcc.Link(
        "Link to this muscle",
        id=ids.ATLAS_LINK,
        href=address.link(present=False),
        className="target-link",
    )
