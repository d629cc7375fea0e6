"""The frame around every page: header with navigation, the page, and the standing caveat."""

from __future__ import annotations

import dash
from dash import dcc, html

from dashapp.ui import ids

NAV_ITEMS = (
    ("Where does it hurt?", "/"),
    ("Muscle atlas", "/atlas"),
    ("Questions", "/questions"),
    ("Findings", "/findings"),
    ("Nerve or muscle?", "/compare"),
    ("Nerve roots", "/roots"),
    ("Patients", "/patients"),
)


def mode_badge() -> html.P:
    """Says, in the header, that this PainMap is for this computer only (local mode)."""
    return html.P(
        id=ids.SHELL_MODE,
        className="mode-badge",
        children=[
            "On this computer only",
            html.Span(
                ": no sign-in, and other computers cannot open this PainMap.",
                className="visually-hidden",
            ),
        ],
    )


def layout(*, local: bool) -> html.Div:
    """The app shell; Dash pages render inside `page_container`; `local` shows the badge."""
    return html.Div(
        className="shell",
        children=[
            html.A("Skip to content", href="#" + ids.SHELL_MAIN, className="skip-link"),
            html.Header(
                className="shell__header",
                children=[
                    dcc.Link(
                        [html.Span("Pain", className="brand__a"), html.Span("Map")],
                        href="/",
                        className="brand",
                        title="PainMap home",
                    ),
                    html.Nav(
                        id=ids.SHELL_NAV,
                        className="shell__nav",
                        **{"aria-label": "Main"},
                        children=[
                            dcc.Link(label, href=href, className="shell__navlink")
                            for label, href in NAV_ITEMS
                        ],
                    ),
                    *([mode_badge()] if local else []),
                ],
            ),
            html.Main(id=ids.SHELL_MAIN, className="shell__main", children=dash.page_container),
            html.Footer(
                className="shell__footer",
                children=(
                    "PainMap explains and records; it does not diagnose. "
                    "Numbness in the saddle area, a new change in bladder or bowel control, "
                    "or weakness that is getting worse needs medical care now."
                ),
            ),
        ],
    )
