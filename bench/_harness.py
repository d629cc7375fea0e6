"""Shared by the benchmarks: the app on loopback, Debian's Chromium, and a results file."""

from __future__ import annotations

import json
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
        **result,
    }
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    verdict = "meets" if result["passed"] else "MISSES"
    print(f"{name}: {result['summary']} ({verdict} target {result['target']})")
    return result
