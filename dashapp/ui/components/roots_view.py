"""Nerve roots on the body: one root's dermatome overlay and its card of facts."""

from __future__ import annotations

from typing import Any

from dash import html

from dashapp.domain.body.dermatome_fit import maps_disagree
from dashapp.ui import ids

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
        html.H2(f"Root {root}", id=ids.ROOTS_NAME),
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
