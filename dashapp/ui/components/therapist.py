"""The "for the therapist" part: numbers and sources live here, never in the patient's words.

Every claim in it is built with `cited`, so its source keys are shown beside it; `sources`
spells the keys out as citations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dash import html

SUMMARY = "For the therapist"


def part(*children, summary: str = SUMMARY, open_: bool = False) -> html.Details:
    """A closed "for the therapist" part holding clinical words, numbers and sources."""
    return html.Details(
        className="therapist", open=open_, children=[html.Summary(summary), *children]
    )


def cited(text, keys: Iterable[str], *, element=html.P) -> html.Component:
    """One clinical claim with its source keys beside it (`element` is P or Li)."""
    keys = tuple(keys)
    if not keys:
        raise ValueError(f"a claim shown to the therapist needs a source: {text!r}")
    return element(
        [*(text if isinstance(text, list) else [text]), " ", html.Span(f"[{'; '.join(keys)}]")],
        className="therapist__claim",
        **{"data-sources": ";".join(keys)},
    )


def sources(keys: Iterable[str], citations: Mapping[str, str]) -> html.Div:
    """The citations behind the keys shown, once each, in the order first cited."""
    shown = list(dict.fromkeys(keys))
    return html.Div(
        className="therapist__sources",
        children=[
            html.H3("Sources"),
            html.Ul(
                [
                    html.Li([html.Strong(key + ": "), citations.get(key, "citation not found")])
                    for key in shown
                ]
            ),
        ],
    )
