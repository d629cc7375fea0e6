"""Nerve roots: dermatomes on the body in two maps, where the maps disagree, and each root's
key movement and reflex.

/roots?root=L5&map=classic opens it on a root and a map.
"""

from __future__ import annotations

from typing import Any

from dash import html
from dash_bodymap import ChoiceGroup

from dashapp import services
from dashapp.domain.body.dermatome_fit import maps_disagree
from dashapp.domain.body.dermatomes import MAP_ROOTS
from dashapp.ui import ids
from dashapp.ui.components.bodymap import body_map

MAP_NAMES = {
    "classic": "Textbook map (Keegan & Garrett style)",
    "evidence": "Evidence-based map (Lee et al. 2008 style)",
}
DEFAULT_ROOT = "L5"


def overlay(app, root: str, map_name: str, disagreement: bool) -> dict[str, Any]:
    """BodyMap highlights: the root's dermatome (hatched), its key points, and optionally the
    areas the two maps give to different roots."""
    highlights = [
        {"path": d.path, "view": d.view, "kind": "dermatome", "label": f"{root}, {d.side}"}
        for d in app.dermatomes
        if d.map == map_name and d.root == root
    ]
    if disagreement:
        # Areas one map gives to this root and the other does not (L4 is the classic case).
        differ = maps_disagree(app.dermatomes, app.reference.dermatome_overlaps)
        highlights += [
            {"region": region, "kind": "focus", "label": f"The maps disagree about {root} here"}
            for region, pair in sorted(differ.items())
            if root in pair
        ]
    points = [
        {"view": p.view, "x": p.x, "y": p.y, "label": p.label, "symbol": "dot"}
        for p in app.sensory_points
        if p.root == root or (root == "S3-S5" and p.root in ("S3", "S4-S5"))
    ]
    return {"highlights": highlights, "markers": points}


def root_card(app, root: str, map_name: str) -> list:
    """What a therapist checks for one root, with the map's area and the sources."""
    facts = next(r for r in app.roots if r.root == root)
    area = facts.classic_area if map_name == "classic" else facts.evidence_area
    rows = [
        ("Skin area on this map", area or "Not shown on this map."),
        ("Key sensory point", facts.key_sensory_point or "None agreed in the sources."),
        ("Key movement", facts.myotome or "None agreed in the sources."),
        ("Reflex", facts.reflex or "None standard."),
        ("Where root pain is felt", facts.radicular_pain_area or "Not described."),
    ]
    return [
        html.H2(f"Root {root}", id="root-name"),
        html.Dl(
            className="facts",
            children=[item for term, text in rows for item in (html.Dt(term), html.Dd(text))],
        ),
        *([html.P(facts.note, className="muted")] if facts.note else []),
        html.P(
            f"Sources: {facts.source.replace(';', ', ')}. Confidence: {facts.confidence}.",
            className="muted",
        ),
    ]


def layout(root: str | None = None, map: str | None = None, **_):  # noqa: A002 (query name)
    """The nerve-root page, opened on the root and map the address names."""
    app = services.current()
    map_name = map if map in MAP_NAMES else "classic"
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
            html.Div(
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
            ),
            html.Div(
                className="atlas__grid",
                children=[
                    html.Div(
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
                            html.Ul(
                                className="zone-legend",
                                children=[
                                    html.Li(
                                        [
                                            html.Span(className="swatch swatch--dermatome"),
                                            "the root's skin area on this map",
                                        ]
                                    ),
                                    html.Li(
                                        [
                                            html.Span(className="swatch swatch--focus"),
                                            "the two maps disagree about this root",
                                        ]
                                    ),
                                    html.Li([html.Span("•", className="swatch"), "key point"]),
                                ],
                            ),
                        ],
                    ),
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
