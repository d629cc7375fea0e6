"""Shown for an address PainMap does not know, or a record that does not exist."""

from __future__ import annotations

from dash import dcc, html

NOT_FOUND = "This page does not exist"


def layout(**_query: str) -> html.Section:
    return missing(
        NOT_FOUND,
        "Go to the body map",
        "/",
        "The address may be mistyped, or the page may have moved.",
    )


def missing(heading: str, link_text: str, href: str, note: str = "") -> html.Section:
    """A plain 'not found' page with a way back."""
    return html.Section(
        className="page page--narrow",
        children=[
            html.H1(heading),
            *([html.P(note)] if note else []),
            dcc.Link(link_text, href=href, className="button" if href == "/" else None),
        ],
    )
