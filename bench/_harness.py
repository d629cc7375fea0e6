"""Shared by the benchmarks: the app on loopback, Debian's Chromium, and a results file."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

from dashapp import create_app  # noqa: E402
from tests.e2e.browser import launch_chromium, serve  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


@contextmanager
def served_app() -> Iterator[tuple[Browser, str]]:
    """A freshly built app (shipped geometry) on loopback, and headless Chromium to visit it."""
    with serve(create_app()) as url, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            yield browser, url
        finally:
            browser.close()


@contextmanager
def fresh_page(browser: Browser, viewport=(1280, 900)) -> Iterator[Page]:
    """A page in a new browser context: empty cache, no cookies."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    try:
        yield context.new_page()
    finally:
        context.close()


# The phone: a 390 x 844 touch screen at 3x, and a CPU four times slower than this one
# (Chrome's own throttling, through the DevTools protocol), about a mid-range phone.
PROFILES = {
    "desktop": {"context": {"viewport": {"width": 1280, "height": 900}}, "cpu_slowdown": 1},
    "phone": {
        "context": {
            "viewport": {"width": 390, "height": 844},
            "device_scale_factor": 3,
            "is_mobile": True,
            "has_touch": True,
        },
        "cpu_slowdown": 4,
    },
}


def profiles_from_args(doc: str | None = None) -> list[str]:
    """The profiles named by --profile on the command line; both when none is named."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--profile", choices=[*PROFILES, "both"], default="both")
    chosen = parser.parse_args().profile
    return list(PROFILES) if chosen == "both" else [chosen]


@contextmanager
def device_page(browser: Browser, profile: str) -> Iterator[Page]:
    """A fresh page (new context, empty cache) as the profile's device, its CPU slowed down."""
    settings = PROFILES[profile]
    context = browser.new_context(**settings["context"])
    try:
        page = context.new_page()
        if settings["cpu_slowdown"] > 1:
            cdp = context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": settings["cpu_slowdown"]})
        yield page
    finally:
        context.close()


def tap(page: Page, profile: str, x: float, y: float) -> None:
    """A finger tap on a touch profile (touch events, as a phone sends), else a mouse click."""
    if PROFILES[profile]["context"].get("has_touch"):
        page.touchscreen.tap(x, y)
    else:
        page.mouse.click(x, y)


@contextmanager
def patient_page(viewport=(1280, 900)) -> Iterator[tuple[Page, str]]:
    """The app served, and a fresh page to open it in."""
    with served_app() as (browser, url), fresh_page(browser, viewport) as page:
        yield page, url


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), linear between the closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(q) - 1]


def record(name: str, result: dict) -> dict:
    """Write a benchmark's result beside the others and return it."""
    RESULTS.mkdir(exist_ok=True)
    result = {
        "benchmark": name,
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}",
        # Timings are only comparable on a quiet machine: 1, 5 and 15 minute load averages.
        "load_average": [round(x, 2) for x in os.getloadavg()],
        **result,
    }
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    verdict = "meets" if result["passed"] else "MISSES"
    print(f"{name}: {result['summary']} ({verdict} target {result['target']})")
    return result
