"""Zoom, pan and focus views of the patient's body map, on a phone and on a desktop."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from dashapp.ui import ids
from dashapp.ui.components.bodymap import LEGS, WHOLE_BODY
from tests.e2e.conftest import watched_page

MAP = f"#{ids.PATIENT_MAP}"
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
LEG_REGIONS = ("right_thigh_outer", "right_thigh_front", "left_thigh_front", "left_thigh_outer")


def region(page: Page, region_id: str):
    return page.locator(f'{MAP} [data-region="{region_id}"][role="checkbox"]')


def focus_button(page: Page, view_id: str):
    return page.locator(f'{MAP} [data-focus-view="{view_id}"]')


def open_map(page: Page, url: str) -> None:
    page.goto(url + "/")
    expect(page.locator(f"{MAP} [role=checkbox]").first).to_be_visible()


def width(page: Page, region_id: str) -> float:
    return region(page, region_id).bounding_box()["width"]


def test_zoom001_leg_view_enlarges_leg_regions_on_a_phone(browser, live_url: str):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        before = {key: width(page, key) for key in LEG_REGIONS}
        focus_button(page, LEGS).tap()
        expect(focus_button(page, LEGS)).to_have_attribute("aria-pressed", "true")
        after = {key: width(page, key) for key in LEG_REGIONS}
        assert min(before.values()) < 44
        assert min(after.values()) >= 44, after
        for button in page.locator(f"{MAP} .bodymap__zoom-button").all():
            box = button.bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44


def test_zoom002_plus_minus_and_whole_body_buttons(page: Page, live_url: str):
    open_map(page, live_url)
    start = width(page, "right_shin")
    page.locator(f'{MAP} [data-zoom="in"]').click()
    zoomed = width(page, "right_shin")
    assert zoomed > start * 1.4
    page.locator(f'{MAP} [data-zoom="out"]').click()
    assert abs(width(page, "right_shin") - start) < 1
    page.locator(f'{MAP} [data-zoom="in"]').click()
    focus_button(page, WHOLE_BODY).click()
    assert abs(width(page, "right_shin") - start) < 1
    expect(page.locator(f'{MAP} [data-zoom="out"]')).to_be_disabled()


def test_zoom004_chosen_view_survives_a_reload(browser, live_url: str):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        focus_button(page, LEGS).tap()
        expect(focus_button(page, LEGS)).to_have_attribute("aria-pressed", "true")
        page.reload()
        expect(focus_button(page, LEGS)).to_have_attribute("aria-pressed", "true")
        assert width(page, "right_thigh_outer") >= 44
