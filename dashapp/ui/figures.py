"""Plotly figures of a patient's course, built from the progress table (plain data in, a figure
out). Colours are Okabe-Ito, safe for colour-blind readers, and each series also differs in
line style or marker shape so it reads in greyscale."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go
import plotly.io as pio

from dashapp.domain.progress import SessionMetrics
from dashapp.domain.wpi import WPI_AREAS

BLUE, ORANGE, GREEN, VERMILION, GREY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#555555"
FONT = {"family": "DejaVu Sans, Arial, sans-serif", "size": 14}
TEMPLATE = "simple_white"


def _use_template(figure: go.Figure, name: str) -> None:
    """Give the figure one of plotly's registered templates without validating it again.

    A registered template is already valid; validating it on every assignment (as
    `template="simple_white"` does) deep-copies it and runs its few hundred settings through
    plotly's validators: some 35 ms per figure, most of a patient page's build. Plotly applies
    its default template the same way. Everything else in the figure is still validated."""
    layout = figure.layout
    layout._validate = False
    try:
        layout.template = pio.templates[name]
    finally:
        layout._validate = figure._validate


def _layout(figure: go.Figure, title: str, y_title: str, y_range: list[float]) -> go.Figure:
    _use_template(figure, TEMPLATE)
    figure.update_layout(
        title={"text": title},
        font=FONT,
        hovermode="x unified",
        legend={"orientation": "h", "y": -0.2},
        margin={"l": 60, "r": 20, "t": 60, "b": 60},
    )
    figure.update_xaxes(title_text="Session date", type="category")
    figure.update_yaxes(title_text=y_title, range=y_range)
    return figure


def _dates(rows: Sequence[SessionMetrics]) -> list[str]:
    return [r.date.isoformat() for r in rows]


def intensity_figure(rows: Sequence[SessionMetrics]) -> go.Figure:
    """Highest and mean intensity by session, with the clinically important changes marked."""
    x = _dates(rows)
    important = [r for r in rows if r.clinically_important]
    figure = go.Figure(
        [
            go.Scatter(
                x=x,
                y=[r.highest for r in rows],
                name="Highest intensity",
                mode="lines+markers",
                line={"color": VERMILION, "width": 3},
                marker={"symbol": "circle", "size": 9},
            ),
            go.Scatter(
                x=x,
                y=[r.mean for r in rows],
                name="Mean intensity",
                mode="lines+markers",
                line={"color": BLUE, "width": 3, "dash": "dash"},
                marker={"symbol": "square", "size": 8},
            ),
            go.Scatter(
                x=[r.date.isoformat() for r in important],
                y=[r.highest for r in important],
                name="Clinically important change (2 points or 30 %)",
                mode="markers",
                marker={
                    "symbol": "star",
                    "size": 18,
                    "color": "rgba(0,0,0,0)",
                    "line": {"color": GREY, "width": 2},
                },
                text=[f"{r.highest_change:+d} from the session before" for r in important],
                hovertemplate="%{text}<extra></extra>",
            ),
        ]
    )
    return _layout(figure, "Pain intensity by session", "Intensity (0-10)", [0, 10.5])


def extent_figure(rows: Sequence[SessionMetrics]) -> go.Figure:
    """How many areas are marked, and what share of the body surface they cover."""
    x = _dates(rows)
    figure = go.Figure(
        [
            go.Bar(x=x, y=[r.regions for r in rows], name="Marked areas", marker_color=ORANGE),
            go.Scatter(
                x=x,
                y=[round(r.share * 100, 1) for r in rows],
                name="Body surface marked (%)",
                mode="lines+markers",
                yaxis="y2",
                line={"color": BLUE, "width": 3},
                marker={"symbol": "diamond", "size": 9},
            ),
        ]
    )
    top = max([r.regions for r in rows], default=0)
    _layout(figure, "How much of the body hurts", "Marked areas", [0, max(top, 1) * 1.15])
    figure.update_layout(
        yaxis2={"title": {"text": "Body surface marked (%)"}, "overlaying": "y", "side": "right"}
    )
    return figure


def wpi_figure(rows: Sequence[SessionMetrics]) -> go.Figure:
    """The Widespread Pain Index-compatible count (0-19) by session."""
    figure = go.Figure(
        go.Bar(
            x=_dates(rows),
            y=[r.wpi for r in rows],
            name="WPI areas",
            marker_color=GREEN,
            text=[", ".join(WPI_AREAS[a] for a in r.wpi_areas) or "none" for r in rows],
            hovertemplate="%{y} of 19: %{text}<extra></extra>",
            textposition="none",
        )
    )
    return _layout(
        figure, "Widespread Pain Index areas by session", "Painful areas (of 19)", [0, 19]
    )
