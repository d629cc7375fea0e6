"""The patient's drawing questions: what draw mode is for, and how the next strokes feel."""

from __future__ import annotations

from dash import html
from dash_bodymap import ChoiceGroup

from dashapp.domain import palette
from dashapp.domain.chart import MAX_INTENSITY, QUALITIES

# What the map draws with at first: a medium brush, no intensity or feeling chosen yet.
FIRST_BRUSH = {"size": "medium", "tool": "brush", "intensity": None, "qualities": []}

DRAW_HINT = (
    "Draw where it hurts when an area is too big: choose Draw above the map, "
    "then draw with your finger, a pen or the mouse."
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
            html.Fieldset(
                className="mark-card__group",
                children=[
                    html.Legend("How strong? 0 is no pain, 10 the worst imaginable"),
                    ChoiceGroup(
                        id=intensity_id,
                        options=[
                            {"label": str(i), "value": i, "colour": palette.INTENSITY[i]}
                            for i in range(MAX_INTENSITY + 1)
                        ],
                        value=None,
                        className="scale",
                    ),
                ],
            ),
            html.Fieldset(
                className="mark-card__group",
                children=[
                    html.Legend("What does it feel like?"),
                    ChoiceGroup(
                        id=qualities_id,
                        options=[{"label": text, "value": key} for key, text in QUALITIES.items()],
                        value=[],
                        multiple=True,
                        className="chips",
                    ),
                ],
            ),
        ],
    )
