"""Every page passes axe-core without serious or critical violations."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from dashapp import create_app
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

PAGES = ["/atlas", "/roots", "/questions", "/findings", "/compare", "/no-such-page"]


@pytest.fixture(scope="module")
def url():
    with serve(create_app()) as address:
        yield address


@pytest.mark.parametrize("path", PAGES)
def test_a11y001_no_serious_violations(browser, url, path):
    with watched_page(browser) as page:
        page.goto(url + path)
        expect(page.locator("h1").first).to_be_visible()
        page.wait_for_timeout(500)
        results = Axe().run(page)
        serious = [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not serious, "\n".join(serious)


def test_a11y002_local_mode_badge_is_shown_and_named(browser, url):
    with watched_page(browser) as page:
        page.goto(url + "/atlas")
        badge = page.locator("header .mode-badge")
        expect(badge).to_be_visible()
        expect(badge).to_have_text(
            "On this computer only: no sign-in, and other computers cannot open this PainMap."
        )
        explained = badge.locator(".visually-hidden").bounding_box()  # for screen readers
        assert explained["width"] <= 1 and explained["height"] <= 1
