"""Shown for an address PainMap does not know."""

from __future__ import annotations

from dash import dcc, html


def layout(**_query: str) -> html.Section:
    return html.Section(
        className="page page--narrow",
        children=[
            html.H1("This page does not exist"),
            html.P("The address may be mistyped, or the page may have moved."),
            dcc.Link("Go to the body map", href="/", className="button"),
        ],
    )
