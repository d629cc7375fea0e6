"""What the browser keeps is read back into a form as the page opens, and never over an answer
given meanwhile: on a slow network a therapist's first tap may come before the server answers."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, Route, expect

from dashapp import create_app
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

CALLBACKS = "**/_dash-update-component*"


@pytest.fixture(scope="module")
def url():
    with serve(create_app()) as address:
        yield address


def kept(page: Page, key: str) -> dict:
    return page.evaluate(f"JSON.parse(localStorage.getItem('{key}')) || {{}}")


class SlowNetwork:
    """Holds back the form's callbacks (those that carry what the browser keeps) until
    `release`, as a busy clinic network would; the page itself comes at once."""

    def __init__(self, page: Page, key: str):
        self.page, self.key, self.held = page, key, []
        page.route(CALLBACKS, self.hold)

    def hold(self, route: Route) -> None:
        if self.key in (route.request.post_data or ""):
            self.held.append(route)
        else:
            route.continue_()

    def release(self) -> None:
        for route in self.held:
            route.continue_()
        self.page.unroute(CALLBACKS)


def open_with(page: Page, url: str, path: str, key: str, stored: dict) -> SlowNetwork:
    page.goto(url + path)
    page.wait_for_load_state("networkidle")
    page.evaluate(f"localStorage.setItem('{key}', {json.dumps(json.dumps(stored))})")
    slow = SlowNetwork(page, key)
    page.goto(url + path)
    return slow


def group(page: Page, field: str):
    return page.locator(f'fieldset[data-field="{field}"]')


def test_rb001_a_finding_tapped_as_the_page_opens_is_kept(browser, url: str):
    with watched_page(browser, viewport={"width": 1024, "height": 768}, has_touch=True) as page:
        slow = open_with(page, url, "/findings", ids.FINDINGS_STORE, {"left.slr_angle": 45})
        # The saved angle shows without waiting for the server...
        angle = group(page, "left.slr_angle").locator("input")
        expect(angle).to_have_value("45", timeout=1000)
        # ...and a test result tapped at once stays, and is kept with it.
        slump = group(page, "slump").get_by_role("radio", name="Positive", exact=True)
        slump.tap()
        expect(slump).to_be_checked()
        slow.release()
        expect(page.locator(f"#{ids.FINDINGS_STATUS}")).to_contain_text("Saved", timeout=10_000)
        page.wait_for_timeout(1000)
        expect(slump).to_be_checked()
        expect(angle).to_have_value("45")
        saved = kept(page, ids.FINDINGS_STORE)
        assert saved["left.slr_angle"] == 45 and saved["slump"] == "positive"


def test_rb002_an_answer_tapped_as_the_questions_open_is_kept(browser, url: str):
    with watched_page(browser, viewport={"width": 390, "height": 844}, has_touch=True) as page:
        slow = open_with(page, url, "/questions", ids.INTAKE_STORE, {"night_pain": "no"})
        night = group(page, "night_pain").get_by_role("radio", name="No", exact=True)
        expect(night).to_be_checked(timeout=1000)
        cough = group(page, "cough_sneeze").get_by_role("radio", name="Yes, in my leg", exact=True)
        cough.tap()
        expect(cough).to_be_checked()
        slow.release()
        expect(page.locator(f"#{ids.INTAKE_PROGRESS}")).to_contain_text("2 of", timeout=10_000)
        page.wait_for_timeout(1000)
        expect(cough).to_be_checked()
        expect(night).to_be_checked()
        saved = kept(page, ids.INTAKE_STORE)
        assert saved["night_pain"] == "no" and saved["cough_sneeze"] == "leg"


def test_rb003_a_finding_tapped_just_before_leaving_the_page_is_kept(browser, url: str):
    with watched_page(browser, viewport={"width": 1024, "height": 768}, has_touch=True) as page:
        slow = open_with(page, url, "/findings", ids.FINDINGS_STORE, {"left.slr_angle": 45})
        expect(group(page, "left.slr_angle").locator("input")).to_have_value("45")
        slow.release()
        expect(page.locator(f"#{ids.FINDINGS_STATUS}")).to_have_text("")
        # The last tap is still being checked as the therapist goes to the comparison.
        slow = SlowNetwork(page, ids.FINDINGS_STORE)
        group(page, "slump").get_by_role("radio", name="Positive", exact=True).tap()
        page.get_by_role("link", name="Nerve or muscle?").first.click()
        expect(page).to_have_url(url + "/compare")
        slow.release()
        for _ in range(50):
            if kept(page, ids.FINDINGS_STORE).get("slump") == "positive":
                break
            page.wait_for_timeout(100)
        assert kept(page, ids.FINDINGS_STORE).get("slump") == "positive"
        assert kept(page, ids.FINDINGS_STORE)["left.slr_angle"] == 45
