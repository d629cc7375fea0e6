"""Browser fixtures: one Chromium per session, a fresh context and page per test.

A page closes before the server it talks to stops, so no request is cut off mid-flight.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.e2e.browser import launch_chromium, serve


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@contextmanager
def watched_page(
    browser: Browser, expected: tuple[str, ...] = (), **context_options
) -> Iterator[Page]:
    """A page in its own context that fails the test if the page logs an error (other than
    `expected` ones: the browser logs every failed request a test causes on purpose)."""
    options = {"viewport": {"width": 1280, "height": 900}, **context_options}
    context = browser.new_context(**options)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    try:
        yield page
    finally:
        context.close()
    errors = [e for e in errors if not any(part in e for part in expected)]
    assert not errors, f"the page logged errors: {errors}"


@pytest.fixture
def live_url(app):
    with serve(app) as url:
        yield url


@pytest.fixture
def page(browser, live_url):
    with watched_page(browser) as page:
        yield page
