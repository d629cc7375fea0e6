"""The patient's drawing questions: what draw mode is for, and how the next strokes feel."""

from __future__ import annotations

from typing import Any

from dash import html
from dash_bodymap import BodyMap

from dashapp.domain import palette
from dashapp.ui.components import pain_chart
from dashapp.ui.components.bodymap import SURFACE, WHOLE_BODY, body_map, focus_view_props

# What the map draws with at first: a medium brush, no intensity or feeling chosen yet.
FIRST_BRUSH = {"size": "medium", "tool": "brush", "intensity": None, "qualities": []}

# On a phone the whole body's small areas are hard to hit with a finger: the closer views are
# what makes them easy (bench/tap_accuracy.py), so the page says so where it helps.
# The views are named as data/geometry/focus_views.csv labels them (a test holds them together).
VIEW_HINT = (
    "Small areas are easier to tap in a closer view, chosen above the map: "
    "“Hand and fingers” for a finger or the thumb (one hand at a time: “Left hand” "
    "shows the other), “Head and jaw” for the jaw or a temple, “Low back, hip and leg” "
    "for the outer calf."
)
DRAW_HINT = (
    "Draw where it hurts when an area is too big: choose Draw above the map, "
    "then draw with your finger, a pen or the mouse. To move the map while drawing, "
    "choose Move or use two fingers."
)


def marking_map(map_id: str, app: Any, **props: Any) -> BodyMap:
    """The map a patient marks and draws on, opening on the whole body (the walk-in and the
    phone pages); `props` adds what one page needs besides."""
    return body_map(
        map_id,
        app.views,
        app.regions,
        layers=[SURFACE],
        ariaLabel="Body map: mark where it hurts",
        colorscale=palette.colorscale(),
        cmin=0,
        cmax=10,
        className="show-front",
        focusViews=focus_view_props(app.focus_views),
        focusView=WHOLE_BODY,
        findLabel="Find an area",
        mode="mark",
        brush=FIRST_BRUSH,
        drawing=[],
        **props,
    )


def hint() -> html.P:
    """Under the map: the closer views for small areas, and what drawing is for."""
    return html.P(f"{VIEW_HINT} {DRAW_HINT}", className="draw-hint muted")


def panel(panel_id: str, intensity_id: str, qualities_id: str) -> html.Fieldset:
    """How strong and what it feels like, for the strokes drawn next (shown in draw mode)."""
    return html.Fieldset(
        id=panel_id,
        className="draw-panel mark-card",
        hidden=True,
        children=[
            html.Legend("What you draw next", className="mark-card__title"),
            html.P(
                "Your drawing is kept with the areas you marked. Choose how strong the pain is "
                "and what it feels like before you draw; each stroke keeps what was chosen.",
                className="muted",
            ),
            *pain_chart.questions((intensity_id, None), (qualities_id, [])),
        ],
    )
