"""The pieces around the patient's map: legend, plain-words summary, per-area editor, notices."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dash import html
from dash_bodymap import ChoiceGroup

from dashapp.domain import palette
from dashapp.domain.chart import MAX_INTENSITY, QUALITIES, Mark, PainChart
from dashapp.ui import ids

# The ids of a mark card's answers on each page that shows the cards.
_ID = {
    "patient": (ids.patient_intensity, ids.patient_qualities),
    "session": (ids.session_intensity, ids.session_qualities),
    "phone": (ids.phone_intensity, ids.phone_qualities),
}


def legend() -> html.Div:
    """Intensity colours 0-10 with their meaning, plus the colour of an unrated mark."""
    return html.Div(
        id=ids.PATIENT_LEGEND,
        className="legend",
        children=[
            html.Span("Pain intensity", className="legend__title", id=ids.PATIENT_LEGEND_TITLE),
            html.Ol(
                className="legend__scale",
                **{"aria-labelledby": ids.PATIENT_LEGEND_TITLE},
                children=[
                    html.Li(
                        str(i),
                        className="legend__step",
                        style={"background": colour, "color": _ink_on(colour)},
                        title=f"{i} out of 10",
                    )
                    for i, colour in enumerate(palette.INTENSITY)
                ],
            ),
            html.Div(
                className="legend__ends",
                children=[html.Span("0 no pain"), html.Span("10 worst pain imaginable")],
            ),
            html.Div(
                className="legend__unrated",
                children=[
                    html.Span(className="legend__swatch", style={"background": palette.UNRATED}),
                    "marked, not rated yet",
                ],
            ),
        ],
    )


def _ink_on(colour: str) -> str:
    return "#1f2a33" if palette.luminance(colour) > 0.3 else "#ffffff"


def summary(lines: Sequence[str], share: float, marked: int | None = None) -> list:
    """What is marked and drawn, in plain words, with the count of marked areas and the share
    of the body surface; `marked` is how many of the lines are marked areas (all by default),
    the rest describing the drawing."""
    if not lines:
        return [html.P("Nothing marked yet.", className="muted", id=ids.PATIENT_COUNT)]
    count = len(lines) if marked is None else marked
    drawn = len(lines) > count
    if not count:
        head = "A drawing"
    else:
        head = f"{count} area{'s' if count != 1 else ''} marked" + (
            " and a drawing" if drawn else ""
        )
    return [
        html.P(
            f"{head}, {_percent(share)} of the body surface",
            className="summary__count",
            id=ids.PATIENT_COUNT,
        ),
        html.Ul([html.Li(line) for line in lines], className="summary__list"),
    ]


def _percent(share: float) -> str:
    percent = share * 100
    if 0 < percent < 1:
        return "under 1%"
    return f"{percent:.0f}%"


def editor(chart: PainChart, labels: Mapping[str, str], scope: str = "patient") -> list:
    """One card per marked area: how strong (0-10) and what it feels like."""
    if not chart.marks:
        return [
            html.P(
                "Mark an area on the map, then say here how strong it is and what it feels like.",
                className="muted",
            )
        ]
    return [mark_card(mark, labels.get(mark.region, mark.region), scope) for mark in chart.marks]


def mark_card(mark: Mark, label: str, scope: str = "patient") -> html.Fieldset:
    """The questions about one marked area; `scope` names the page's ids (patient, session)."""
    return html.Fieldset(
        className="mark-card",
        **{"data-region": mark.region},
        children=[
            html.Legend(label, className="mark-card__title"),
            *questions(
                (_ID[scope][0](mark.region), mark.intensity),
                (_ID[scope][1](mark.region), list(mark.qualities)),
            ),
        ],
    )


def questions(
    intensity: tuple[str | dict, int | None], qualities: tuple[str | dict, list[str]]
) -> list[html.Fieldset]:
    """The two questions of a mark card: how strong (0-10) and what it feels like, each an
    (id, value) pair."""
    return [
        _group(
            "How strong? 0 is no pain, 10 the worst imaginable",
            ChoiceGroup(
                id=intensity[0],
                options=[
                    {"label": str(i), "value": i, "colour": palette.INTENSITY[i]}
                    for i in range(MAX_INTENSITY + 1)
                ],
                value=intensity[1],
                className="scale",
            ),
        ),
        _group(
            "What does it feel like?",
            ChoiceGroup(
                id=qualities[0],
                options=[{"label": text, "value": key} for key, text in QUALITIES.items()],
                value=qualities[1],
                multiple=True,
                className="chips",
            ),
        ),
    ]


def _group(question: str, choices: ChoiceGroup) -> html.Fieldset:
    return html.Fieldset(className="mark-card__group", children=[html.Legend(question), choices])


def notices(messages: Sequence[str]) -> list:
    """Calm, visible notes about anything that could not be restored."""
    return [html.P(message, className="notice") for message in messages]
