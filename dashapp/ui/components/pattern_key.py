"""The key to what is drawn over a body map, in words as well as swatches: a patient's marks
are filled areas, a pattern is blue lines, dots and outlines over them, never a fill."""

from __future__ import annotations

from dash import html

# kind -> (swatch class, swatch text, words)
ITEMS = {
    "marks": ("swatch--marks", "", "marked area: filled, pale yellow to dark red as it hurts more"),
    "essential": (
        "swatch--essential",
        "",
        "main zone: blue lines rising to the right (/), solid outline",
    ),
    "spillover": ("swatch--spillover", "", "spillover zone: blue dots, dashed outline"),
    "dermatome": (
        "swatch--dermatome",
        "",
        "the root's skin area: blue lines falling to the right (\\), solid outline",
    ),
    "trigger": ("swatch--x", "×", "trigger point: blue X"),
    "second-essential": (
        "swatch--second-essential",
        "",
        "second muscle's main zone: teal lines falling to the right (\\), dash-dot outline",
    ),
    "second-spillover": ("swatch--second-spillover", "", "second muscle's spillover: teal rings"),
    "second-trigger": (
        "swatch--second-trigger",
        "▲",
        "second muscle's trigger point: teal solid triangle (▲), not an X",
    ),
}


def item(kind: str, words: str | None = None) -> html.Li:
    """One line of the key: the swatch, then what it means (`words` replaces the default)."""
    swatch, text, default = ITEMS[kind]
    return html.Li(
        [html.Span(text, className=f"swatch {swatch}", **{"aria-hidden": "true"}), words or default]
    )


def key(*kinds: str, extra: tuple[html.Li, ...] = ()) -> html.Ul:
    """The key for `kinds`, in that order, then any `extra` lines."""
    return html.Ul(className="zone-legend", children=[item(k) for k in kinds] + list(extra))
