"""The scripts every page loads: Dash's own, without the polyfill for old browsers.

Dash puts @babel/polyfill (99 KB, core-js 2 and regenerator-runtime) before React on every
page. The browsers PainMap supports have every feature it fills in; evaluating it cost a phone
(CPU 4x slower) about 250 ms of a cold load (bench/README.md, "Loading the patient page").
The one part Dash's bundles still use, `regeneratorRuntime` for lazily loaded components,
comes from assets/vendor/regenerator-runtime.js.
"""

from __future__ import annotations

import re

from dash import Dash

POLYFILL = re.compile(r'<script src="[^"]*/deps/polyfill@[^"]*"></script>\n?')


def without_polyfill(scripts: str) -> str:
    """The page's script tags less Dash's polyfill."""
    return POLYFILL.sub("", scripts)


def register(app: Dash) -> None:
    """Serve the page without the polyfill."""
    interpolate = app.interpolate_index

    def interpolate_index(**parts: str) -> str:
        parts["scripts"] = without_polyfill(parts.get("scripts", ""))
        return interpolate(**parts)

    app.interpolate_index = interpolate_index
