"""Nerve roots on the body: one root's dermatome overlay and its card of facts."""

from __future__ import annotations

from typing import Any

from dash import html

from dashapp.domain.body.dermatome_fit import maps_disagree
from dashapp.domain.body.dermatomes import SADDLE, source_keys
from dashapp.ui import ids
from dashapp.ui.components import therapist

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
    """What a therapist checks for one root, in plain words; the reflex, caveats, confidence
    and the sources spelled out sit in the "for the therapist" part."""
    facts = next(r for r in app.roots if r.root == root)
    area = facts.classic_area if map_name == "classic" else facts.evidence_area
    rows = [
        ("Skin area on this map", area or "Not shown on this map."),
        ("Key sensory point", facts.key_sensory_point or "None agreed in the sources."),
        ("Key movement", facts.myotome or "None agreed in the sources."),
        ("Where root pain is felt", facts.radicular_pain_area or "Not described."),
    ]
    return [
        html.H2(f"Root {root}", id=ids.ROOTS_NAME),
        # The saddle's note is the warning to seek emergency care: everyone must see it.
        *([html.P(facts.note, className="notice")] if root == SADDLE and facts.note else []),
        html.Dl(
            className="facts",
            children=[item for term, text in rows for item in (html.Dt(term), html.Dd(text))],
        ),
        _for_therapist(app, facts, map_name),
    ]


def _for_therapist(app, facts, map_name: str) -> html.Details:
    """The reflex, caveats, the drawing's sources and the confidence, each with its sources."""
    keys = source_keys(facts.source)
    drawn = [d for d in app.dermatomes if d.map == map_name and d.root == facts.root]
    drawn_keys = tuple(dict.fromkeys(k for d in drawn for k in source_keys(d.source)))
    drawn_notes = "; ".join(dict.fromkeys(d.note for d in drawn if d.note))
    name = MAP_NAMES[map_name]
    claims = [
        therapist.cited(
            f"Skin area, key point, key movement and pain area above: {facts.confidence} "
            "confidence.",
            keys,
        ),
        therapist.cited(f"Reflex: {facts.reflex or 'none standard'}", keys),
        *([therapist.cited(facts.note, keys)] if facts.note else []),
        *(
            [
                therapist.cited(
                    f"The area drawn on the {name[0].lower()}{name[1:]}"
                    + (f": {drawn_notes}." if drawn_notes else "."),
                    drawn_keys,
                )
            ]
            if drawn_keys
            else []
        ),
    ]
    return therapist.part(*claims, therapist.sources([*keys, *drawn_keys], app.root_sources))
