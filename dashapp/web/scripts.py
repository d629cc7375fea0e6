"""The scripts every page loads: Dash's own, less two that PainMap never needs.

- Dash puts @babel/polyfill (99 KB, core-js 2 and regenerator-runtime) before React on every
  page. The browsers PainMap supports have every feature it fills in; evaluating it cost a phone
  (CPU 4x slower) about 250 ms of a cold load (bench/README.md, "Loading the patient page").
  The one part Dash's bundles still use, `regeneratorRuntime` for lazily loaded components,
  comes from assets/vendor/regenerator-runtime.js.
- Dash sends the loader of its DataTable on every page; no PainMap page has a DataTable
  (tests/unit/web/test_scripts.py checks the code), and evaluating it cost a phone about 50 ms.
"""

from __future__ import annotations

import re

from dash import Dash

# Before each request to the server: the browser's time zone is in its cookie by then, even when
# the worker that asks for it has not answered yet (assets/timezone.js).
RENDERER_HOOKS = {
    "request_pre": "function () { if (window.painmapZone) { window.painmapZone.settle(); } }"
}

DROPPED = re.compile(
    r'<script src="[^"]*(?:/deps/polyfill@|/dash/dash_table/bundle)[^"]*"></script>\n?'
)


def without_unused(scripts: str) -> str:
    """The page's script tags less Dash's polyfill and DataTable loader."""
    return DROPPED.sub("", scripts)


def register(app: Dash) -> None:
    """Serve the pages without the scripts they never use."""
    interpolate = app.interpolate_index

    def interpolate_index(**parts: str) -> str:
        parts["scripts"] = without_unused(parts.get("scripts", ""))
        return interpolate(**parts)

    app.interpolate_index = interpolate_index
