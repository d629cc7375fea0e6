"""Nerve roots on the body: up to two roots' dermatome overlays, each in its own style, and a
card of facts for each root."""

from __future__ import annotations

from collections.abc import Sequence
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

# The first root is hatched falling to the right in the usual pattern ink; the second rising
# to the right, in a teal ink with a dashed outline (assets/painmap.css, .page--roots). Both
# are lines, never a fill, so neither can be taken for a patient's marks; where the roots
# overlap the two hatchings cross.
STYLES = ("dermatome", "essential")
STYLE_WORDS = (
    "dark blue lines falling to the right (\\), solid outline",
    "teal lines rising to the right (/), dashed outline",
)


def overlay(app, roots: Sequence[str], map_name: str, disagreement: bool) -> dict[str, Any]:
    """BodyMap highlights: each root's dermatome in its style, their key points, and
    optionally the areas the two maps give to different roots."""
    highlights = [
        {"path": d.path, "view": d.view, "kind": kind, "label": f"{root}, {d.side}"}
        for root, kind in zip(roots, STYLES, strict=False)
        for d in app.dermatomes
        if d.map == map_name and d.root == root
    ]
    if disagreement:
        # Areas one map gives to a chosen root and the other does not (L4 is the classic case).
        differ = maps_disagree(app.dermatomes, app.reference.dermatome_overlaps)
        highlights += [
            {"region": region, "kind": "focus", "label": f"The maps disagree about {root} here"}
            for region, pair in sorted(differ.items())
            for root in roots
            if root in pair
        ]
    points = [
        {"view": p.view, "x": p.x, "y": p.y, "label": p.label, "symbol": "dot"}
        for p in app.sensory_points
        if any(p.root == r or (r == SADDLE and p.root in ("S3", "S4-S5")) for r in roots)
    ]
    return {"highlights": highlights, "markers": points}


def root_cards(app, roots: Sequence[str]) -> list[html.Article]:
    """One card per chosen root, headed with the style it is drawn in."""
    return [
        html.Article(className="card roots__card", children=root_card(app, root, words))
        for root, words in zip(roots, STYLE_WORDS, strict=False)
    ]


def root_card(app, root: str, style: str | None = None) -> list:
    """What a therapist checks for one root, in plain words, on both maps; the reflex, caveats,
    confidence and the sources spelled out sit in the "for the therapist" part."""
    facts = next(r for r in app.roots if r.root == root)
    rows = [
        ("Skin area, textbook map", facts.classic_area or "Not shown on this map."),
        ("Skin area, evidence-based map", facts.evidence_area or "Not shown on this map."),
        ("Key sensory point", facts.key_sensory_point or "None agreed in the sources."),
        ("Key movement", facts.myotome or "None agreed in the sources."),
        ("Where root pain is felt", facts.radicular_pain_area or "Not described."),
    ]
    return [
        html.H2(f"Root {root}", id=ids.roots_name(root)),
        *([html.P(f"Drawn in {style}.", className="roots__style")] if style else []),
        # The saddle's note is the warning to seek emergency care: everyone must see it.
        *([html.P(facts.note, className="notice")] if root == SADDLE and facts.note else []),
        html.Dl(
            className="facts",
            children=[item for term, text in rows for item in (html.Dt(term), html.Dd(text))],
        ),
        _for_therapist(app, facts),
    ]


def _for_therapist(app, facts) -> html.Details:
    """The reflex, caveats, each map's drawing with its sources, and the confidence."""
    keys = source_keys(facts.source)
    claims = [
        therapist.cited(
            f"Skin areas, key point, key movement and pain area above: {facts.confidence} "
            "confidence.",
            keys,
        ),
        therapist.cited(f"Reflex: {facts.reflex or 'none standard'}", keys),
        *([therapist.cited(facts.note, keys)] if facts.note else []),
    ]
    all_keys = list(keys)
    for map_name, name in MAP_NAMES.items():
        drawn = [d for d in app.dermatomes if d.map == map_name and d.root == facts.root]
        drawn_keys = tuple(dict.fromkeys(k for d in drawn for k in source_keys(d.source)))
        if not drawn_keys:
            continue
        notes = "; ".join(dict.fromkeys(d.note for d in drawn if d.note))
        words = f"The area drawn on the {name[0].lower()}{name[1:]}"
        claims.append(therapist.cited(words + (f": {notes}." if notes else "."), drawn_keys))
        all_keys += drawn_keys
    return therapist.part(*claims, therapist.sources(all_keys, app.root_sources))
