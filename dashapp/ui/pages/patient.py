"""The patient page: "Where does it hurt?"."""

from __future__ import annotations

from dash import html

from dashapp import services
from dashapp.domain.marks import Selection
from dashapp.ui import ids
from dashapp.ui.components.bodymap import body_map


def layout(**_query: str) -> html.Section:
    """Both views of the body map beside a plain-words summary of what is marked."""
    app = services.current()
    return html.Section(
        className="page page--patient",
        children=[
            html.Div(
                className="page__intro",
                children=[
                    html.H1("Where does it hurt?"),
                    html.P(
                        "Tap or click each area that hurts; tap it again to unmark it. "
                        "R and L mark your own right and left side.",
                        className="lead",
                    ),
                ],
            ),
            html.Div(
                className="patient__grid",
                children=[
                    html.Div(
                        className="patient__map card",
                        children=body_map(
                            ids.PATIENT_MAP,
                            app.views,
                            app.regions,
                            ariaLabel="Body map: mark where it hurts",
                        ),
                    ),
                    html.Aside(
                        className="patient__summary card",
                        **{"aria-live": "polite"},
                        children=[
                            html.H2("What you marked"),
                            html.Div(id=ids.PATIENT_SUMMARY, children=summary(Selection((), ()))),
                        ],
                    ),
                ],
            ),
        ],
    )


def summary(selection: Selection) -> list:
    """The marked areas as a list in plain words, or a hint when nothing is marked yet."""
    if not selection.labels:
        return [html.P("Nothing marked yet.", className="muted", id=ids.PATIENT_COUNT)]
    count = len(selection.labels)
    return [
        html.P(
            f"{count} area{'s' if count != 1 else ''} marked",
            className="summary__count",
            id=ids.PATIENT_COUNT,
        ),
        html.Ul([html.Li(label) for label in selection.labels], className="summary__list"),
    ]
