"""Plotly figures of a patient's course, built from the progress table (plain data in, a figure
out). Colours are Okabe-Ito, safe for colour-blind readers, and each series also differs in
line style or marker shape so it reads in greyscale.

Each session has a place of its own on the x axis, named by its label (domain.clock.
session_labels: the date, and the local time when a day has several sessions), so two
sessions on one day never fall on one point. Every y axis starts at zero, so a change looks
as large as it is."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go
import plotly.io as pio

from dashapp.domain.clock import session_labels
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
        # at the foot of the figure, below the dates whatever their length (not over them)
        legend={"orientation": "h", "x": 0, "y": 0, "yref": "container", "yanchor": "bottom"},
        margin={"l": 60, "r": 20, "t": 60, "b": 60},
    )
    figure.update_xaxes(title_text="Session date", type="category")
    figure.update_yaxes(title_text=y_title, range=y_range, rangemode="tozero")
    return figure


Labels = Sequence[str] | None


def _x(rows: Sequence[SessionMetrics], labels: Labels) -> list[str]:
    """The sessions' places on the x axis: the labels given (one per row), else the dates
    told apart."""
    if labels is None:
        return session_labels([(r.date, None) for r in rows])
    if len(labels) != len(rows):
        raise ValueError(f"{len(labels)} labels for {len(rows)} sessions")
    return list(labels)


def _top(values: Sequence[float | None], floor: float) -> float:
    """The top of an axis from zero: a little above the largest value, at least `floor`."""
    return max([v for v in values if v is not None] + [floor]) * 1.15


def intensity_figure(rows: Sequence[SessionMetrics], labels: Labels = None) -> go.Figure:
    """Highest and mean intensity by session, with the clinically important changes marked."""
    x = _x(rows, labels)
    important = [(at, r) for at, r in zip(x, rows, strict=True) if r.clinically_important]
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
                x=[at for at, _ in important],
                y=[r.highest for _, r in important],
                name="Clinically important change<br>(2 points or 30 %)",  # fits a phone
                mode="markers",
                marker={
                    "symbol": "star",
                    "size": 18,
                    "color": "rgba(0,0,0,0)",
                    "line": {"color": GREY, "width": 2},
                },
                text=[f"{r.highest_change:+d} from the session before" for _, r in important],
                hovertemplate="%{text}<extra></extra>",
            ),
        ]
    )
    return _layout(figure, "Pain intensity by session", "Intensity (0-10)", [0, 10.5])


def extent_figure(rows: Sequence[SessionMetrics], labels: Labels = None) -> go.Figure:
    """How many areas are marked, and what share of the body surface they cover; both axes
    from zero (the share's, left to itself, would span only the values shown)."""
    x = _x(rows, labels)
    shares = [round(r.share * 100, 1) for r in rows]
    figure = go.Figure(
        [
            go.Bar(x=x, y=[r.regions for r in rows], name="Marked areas", marker_color=ORANGE),
            go.Scatter(
                x=x,
                y=shares,
                name="Body surface marked (%)",
                mode="lines+markers",
                yaxis="y2",
                line={"color": BLUE, "width": 3},
                marker={"symbol": "diamond", "size": 9},
            ),
        ]
    )
    top = _top([r.regions for r in rows], 1)
    _layout(figure, "How much of the body hurts", "Marked areas", [0, top])
    figure.update_layout(
        yaxis2={
            "title": {"text": "Body surface marked (%)"},
            "overlaying": "y",
            "side": "right",
            "range": [0, _top(shares, 1)],
            "rangemode": "tozero",
            "tickmode": "auto",  # its own round ticks, not the bars' grid shared out
        }
    )
    return figure


def wpi_figure(rows: Sequence[SessionMetrics], labels: Labels = None) -> go.Figure:
    """The Widespread Pain Index-compatible count (0-19) by session."""
    figure = go.Figure(
        go.Bar(
            x=_x(rows, labels),
            y=[r.wpi for r in rows],
            name="WPI areas",
            marker_color=GREEN,
            text=[", ".join(WPI_AREAS[a] for a in r.wpi_areas) or "none" for r in rows],
            hovertemplate="%{y} of 19: %{text}<extra></extra>",
            textposition="none",
        )
    )
    return _layout(figure, "Widespread Pain Index areas", "Painful areas (of 19)", [0, 19])
