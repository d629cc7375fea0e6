"""The patient's drawing questions: what draw mode is for, and how the next strokes feel."""

from __future__ import annotations

from dash import html

from dashapp.ui.components import pain_chart

# What the map draws with at first: a medium brush, no intensity or feeling chosen yet.
FIRST_BRUSH = {"size": "medium", "tool": "brush", "intensity": None, "qualities": []}

DRAW_HINT = (
    "Draw where it hurts when an area is too big: choose Draw above the map, "
    "then draw with your finger, a pen or the mouse. To move the map while drawing, "
    "choose Move or use two fingers."
)


def hint() -> html.P:
    """One line under the map saying what drawing is for."""
    return html.P(DRAW_HINT, className="draw-hint muted")


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
