"""Presentation mode of the atlas: the map zoomed to the pattern and filling the screen, a slim
bar (previous, the muscle's name and side, next, leave), and a one-line key.

Swipe, the arrow keys and Escape are read in the browser (assets/atlas_present.js); they press
the bar's own buttons, so every way of moving does the same thing.
"""

from __future__ import annotations

from typing import Any

from dash import dcc, html

from dashapp.domain.body.extent import parse_view_box, pattern_boxes, point_inside
from dashapp.ui import ids
from dashapp.ui.components import atlas_overlay, pattern_key
from dashapp.ui.components.atlas_address import AtlasAddress
from dashapp.ui.components.atlas_card import muscle_name
from dashapp.ui.components.bodymap import figures


def zoomed(app, address: AtlasAddress) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Each view's drawing cropped to the pattern (and what lies over it), and the views that
    show any of it, in their usual order."""
    wanted = atlas_overlay.pattern_shapes(app, address.muscle, address.side)
    for view, shapes in atlas_overlay.shapes(app, address.overlay, address.side).items():
        wanted.setdefault(view, []).extend(shapes)
    boxes = pattern_boxes(wanted, {v.view: parse_view_box(v.view_box) for v in app.views})
    drawn = figures(app.views)
    if not boxes:
        return drawn, [v.view for v in app.views]
    for view, (x, y, w, h) in boxes.items():
        drawn[view]["viewBox"] = f"{x:.1f} {y:.1f} {w:.1f} {h:.1f}"
        # R and L move into the box (at its top, on their own side of it), so the crop
        # never cuts off which side is the patient's right.
        for note in drawn[view]["annotations"]:
            note["x"], _ = point_inside(note["x"], note["y"], (x, y, w, h), inset=0.1)
            note["y"] = round(y + 0.06 * h, 1)
    return {v: drawn[v] for v in boxes}, list(boxes)


def title(atlas, muscle_id: str, side: str) -> list:
    """The muscle's name (in plain words, then its anatomical name) and side: the only words
    across the top."""
    return [
        muscle_name(atlas, muscle_id, "present-title__name"),
        html.P(f"{side.capitalize()} side (the patient's own)", className="present-title__side"),
    ]


def key(app, overlay: str, marks: bool = False) -> list:
    """The one-line key: the session's marks under the pattern (`marks`), the pattern's three
    signs, then what is laid over it."""
    return [
        html.Ul(
            className="zone-legend present-key__list",
            children=[
                *([pattern_key.item("marks", "marked area")] if marks else []),
                pattern_key.item("essential", "main zone"),
                pattern_key.item("spillover", "spillover"),
                pattern_key.item("trigger", "trigger point"),
                *atlas_overlay.key_items(app, overlay, short=True),
            ],
        )
    ]


def _leave_words(address: AtlasAddress) -> str:
    to_session = address.leave().startswith("/sessions/")
    return ("Back to the session" if to_session else "Leave presentation") + " (Escape)"


def bar(address: AtlasAddress, card: list, tools: list, key_line: html.Div) -> html.Div:
    """Previous, the name and side, next and the way out; under them the side, what is laid
    over the pattern, and the key."""
    main = [
        html.Button(
            [html.Span("‹", **{"aria-hidden": "true"}), html.Span("Previous", className="wide")],
            id=ids.ATLAS_PREV,
            className="button button--quiet present-bar__step",
            title="Previous muscle (left arrow, or swipe right)",
            **{"aria-label": "Previous muscle"},
        ),
        html.Article(
            id=ids.ATLAS_CARD, className="present-title", **{"aria-live": "polite"}, children=card
        ),
        html.Button(
            [html.Span("Next", className="wide"), html.Span("›", **{"aria-hidden": "true"})],
            id=ids.ATLAS_NEXT,
            className="button button--quiet present-bar__step",
            title="Next muscle (right arrow, or swipe left)",
            **{"aria-label": "Next muscle"},
        ),
        dcc.Link(
            [html.Span("✕", **{"aria-hidden": "true"}), html.Span("Leave", className="wide")],
            id=ids.ATLAS_PRESENT,
            href=address.leave(),
            className="button present-bar__leave",
            title=_leave_words(address),
        ),
    ]
    return html.Div(
        className="present-bar",
        children=[
            html.Div(className="present-bar__main", children=main),
            html.Div(
                className="present-bar__more",
                children=[html.Div(className="present-bar__tools", children=tools), key_line],
            ),
        ],
    )
