"""A shared clinic tablet between patients: "Finished: clear this device" (saving the device
to a patient, which clears it too, is tests/e2e/test_handover.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app
from dashapp.ui import ids
from dashapp.ui.components.device import WARNING
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
# Every PainMap key (and dcc.Store's time stamp beside it) still in either storage.
KEPT = """keys => keys.flatMap(k => [k, k + '-timestamp']).filter(
    k => localStorage.getItem(k) !== null || sessionStorage.getItem(k) !== null)"""


@pytest.fixture
def clinic(test_config):
    app = create_app(test_config)
    with serve(app) as url:
        yield url, app.server.extensions["painmap"]


@pytest.fixture
def page(browser, clinic):
    """A page that closes before its server stops."""
    with watched_page(browser) as page:
        yield page


def kept(page: Page) -> list[str]:
    return page.evaluate(KEPT, list(ids.DEVICE_KEYS))


def region(page: Page, region_id: str):
    return page.locator(f'#{ids.PATIENT_MAP} [role=checkbox][data-region="{region_id}"]')


def open_map(page: Page, url: str) -> None:
    page.goto(url + "/")
    expect(page.locator(f"#{ids.PATIENT_COUNT}")).to_be_visible()


def mark_answer_and_examine(page: Page, url: str) -> None:
    """What one walk-in patient leaves on the device: marks, an answer and a finding."""
    open_map(page, url)
    region(page, "left_shin").click()
    region(page, "right_shin").click()
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("2 areas marked")
    page.goto(url + "/questions")
    page.locator('fieldset[data-field="onset"]').get_by_role("radio", name="Suddenly").check()
    expect(page.locator(f"#{ids.INTAKE_PROGRESS}")).to_contain_text("1 of")
    page.goto(url + "/findings")
    page.locator('fieldset[data-field="slump"]').get_by_role("radio", name="Negative").check()
    expect(page.locator(f"#{ids.FINDINGS_STATUS}")).to_have_text("Saved in this browser.")


def clear_device(page: Page, tap: bool = False) -> None:
    press = "tap" if tap else "click"
    dialog = page.locator(f"#{ids.DEVICE_DIALOG}")
    expect(dialog).to_be_hidden()
    getattr(page.locator(f"#{ids.DEVICE_FINISH}"), press)()
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(WARNING)
    getattr(page.locator(f"#{ids.DEVICE_CONFIRM}"), press)()
    expect(dialog).to_be_hidden()
    expect(page.locator(f"#{ids.DEVICE_CLEARED}")).to_contain_text("This device is clear")


def test_dev001_clear_the_device_and_nothing_comes_back(page: Page, clinic):
    url, _ = clinic
    mark_answer_and_examine(page, url)
    assert kept(page), "the walk-in pages keep what was entered"
    open_map(page, url)
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("2 areas marked")
    # A patient's phone link once opened on this device left a draft of its own.
    draft = "phone-draft-" + "0" * 32
    page.evaluate(
        "k => { localStorage.setItem(k, '{}'); localStorage.setItem(k + '-timestamp', '1'); }",
        draft,
    )
    clear_device(page)
    # The page empties at once, and nothing is left to undo back to.
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Nothing marked yet")
    expect(region(page, "left_shin")).to_have_attribute("aria-checked", "false")
    assert kept(page) == []
    assert page.evaluate(
        "k => [localStorage.getItem(k), localStorage.getItem(k + '-timestamp')]", draft
    ) == [None, None]
    page.locator(f"#{ids.PATIENT_UNDO}").click()
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Nothing marked yet")
    page.reload()
    open_map(page, url)
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Nothing marked yet")
    page.goto(url + "/questions")
    expect(page.locator(f"#{ids.INTAKE_PROGRESS}")).to_contain_text("0 of")
    onset = page.locator('fieldset[data-field="onset"]').get_by_role("radio", name="Suddenly")
    expect(onset).not_to_be_checked()
    page.goto(url + "/findings")
    slump = page.locator('fieldset[data-field="slump"]').get_by_role("radio", name="Negative")
    expect(slump).not_to_be_checked()
    page.goto(url + "/compare")
    expect(page.locator(f"#{ids.COMPARE_BODY}")).not_to_contain_text("Reading your answers")
    assert kept(page) == []


def test_dev002_questions_empty_in_place_and_cancel_keeps_them(page: Page, clinic):
    url, _ = clinic
    page.goto(url + "/questions")
    onset = page.locator('fieldset[data-field="onset"]').get_by_role("radio", name="Suddenly")
    onset.check()
    expect(page.locator(f"#{ids.INTAKE_PROGRESS}")).to_contain_text("1 of")
    page.locator(f"#{ids.DEVICE_FINISH}").click()
    page.locator(f"#{ids.DEVICE_CANCEL}").click()
    expect(page.locator(f"#{ids.DEVICE_DIALOG}")).to_be_hidden()
    expect(onset).to_be_checked()
    clear_device(page)
    expect(onset).not_to_be_checked()
    expect(page.locator(f"#{ids.INTAKE_PROGRESS}")).to_contain_text("0 of")
    assert kept(page) == []


def test_dev004_on_a_phone_the_action_is_at_hand(browser, clinic):
    url, _ = clinic
    with watched_page(browser, **PHONE) as page:
        open_map(page, url)
        finish = page.locator(f"#{ids.DEVICE_FINISH}")
        expect(finish).to_be_in_viewport()  # on opening, without scrolling
        box = finish.bounding_box()
        assert box and box["height"] >= 44 and box["width"] >= 44
        region(page, "left_shin").tap()
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("1 area marked")
        finish.tap()
        confirm = page.locator(f"#{ids.DEVICE_CONFIRM}")
        expect(confirm).to_be_in_viewport()
        for button in (confirm, page.locator(f"#{ids.DEVICE_CANCEL}")):
            assert button.bounding_box()["height"] >= 44
        confirm.tap()
        expect(page.locator(f"#{ids.DEVICE_CLEARED}")).to_contain_text("This device is clear")
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Nothing marked yet")
        assert kept(page) == []
