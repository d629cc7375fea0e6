"""How fast could a Dash page with this map load at all? The floor under load_time.py.

The same cold loads as load_time.py (navigation, the first region drawn, tapped at once, the
frame that draws its change begun; page clock; 10 new browser contexts), on three pages in
turn so that the machine's load weighs on each alike:

- `patient`: PainMap's patient page, as load_time.py measures it;
- `map alone`: a Dash app whose whole layout is that page's BodyMap, with the same properties
  (regions, figures, focus views), and none of PainMap's shell, cards, stores, callbacks or
  assets; Dash still sends its core components and DataTable loader;
- `map on React alone`: the same, less every script the map does not need (Dash's core
  components, the DataTable loader and the polyfill): React, Dash's renderer, Dash's HTML
  components and the BodyMap bundle.

Not a target of its own: what it tells is how much of load_time.py's figure belongs to the page
and how much to the stack beneath it (bench/README.md, "Loading the patient page").
"""

from __future__ import annotations

import re

import dash
from _harness import device_page, percentile, profiles_from_args, record
from dash import html
from load_time import LOADS, TARGET_MS, load_and_tap
from playwright.sync_api import sync_playwright

from dashapp import create_app
from tests.e2e.browser import launch_chromium, serve

UNNEEDED = re.compile(
    r'<script src="[^"]*(?:/deps/polyfill@|/dash/dash_table/|/dash/dcc/)[^"]*"></script>\n?'
)


def patient_map() -> dash.development.base_component.Component:
    """The BodyMap of PainMap's patient page, as that page builds it."""
    app = create_app()
    with app.server.test_request_context("/"):
        page = next(p for p in dash.page_registry.values() if p["path"] == "/")
        layout = page["layout"]()
    return next(c for c in layout._traverse() if getattr(c, "id", None) == "patient-map")


def map_alone(react_only: bool) -> dash.Dash:
    """A Dash app with the patient map and nothing else (and, react_only, its scripts alone)."""
    app = dash.Dash(__name__, assets_folder="/nonexistent", compress=True, serve_locally=True)
    app.layout = html.Div([patient_map()])
    if react_only:
        interpolate = app.interpolate_index

        def interpolate_index(**parts: str) -> str:
            parts["scripts"] = UNNEEDED.sub("", parts.get("scripts", ""))
            return interpolate(**parts)

        app.interpolate_index = interpolate_index
    return app


PAGES = {
    "patient": create_app,
    "map alone": lambda: map_alone(react_only=False),
    "map on React alone": lambda: map_alone(react_only=True),
}


def main(profiles: list[str] | None = None) -> dict:
    profiles = profiles or ["phone"]
    results = {}
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for profile in profiles:
            times: dict[str, list[float]] = {name: [] for name in PAGES}
            apps = {name: build() for name, build in PAGES.items()}
            with serve(apps["patient"]) as a, serve(apps["map alone"]) as b:
                with serve(apps["map on React alone"]) as c:
                    urls = dict(zip(PAGES, (a, b, c), strict=True))
                    for _ in range(LOADS):
                        for name, url in urls.items():
                            with device_page(browser, profile) as page:
                                load = load_and_tap(page, url, profile)
                            if load["interactive_ms"] is not None:
                                times[name].append(load["interactive_ms"])
            results[profile] = {
                name: {
                    "loads": len(t),
                    "interactive_p50_ms": round(percentile(t, 50), 1),
                    "interactive_p95_ms": round(percentile(t, 95), 1),
                }
                for name, t in times.items()
            }
        browser.close()
    summary = "; ".join(
        f"{profile}: "
        + ", ".join(
            f"{name} p50 {r['interactive_p50_ms']:.0f} / p95 {r['interactive_p95_ms']:.0f} ms"
            for name, r in pages.items()
        )
        for profile, pages in results.items()
    )
    return record(
        "load_floor",
        {
            "profiles": results,
            "target": f"none of its own (load_time.py's is p95 <= {TARGET_MS:.0f} ms)",
            "passed": True,
            "summary": summary,
        },
    )


if __name__ == "__main__":
    main(profiles_from_args(__doc__))
