"""BodyMap in a real browser, on the small test geometry served by the patient page."""

from __future__ import annotations

import csv
import time

import pytest
from playwright.sync_api import Page, expect

from dashapp.ui import ids
from tests.conftest import TEST_GEOMETRY
from tests.e2e.conftest import watched_page

MAP = f"#{ids.PATIENT_MAP}"


def fixture_regions() -> list[dict]:
    with (TEST_GEOMETRY / "surface_regions.csv").open() as handle:
        return list(csv.DictReader(handle))


def region(page: Page, region_id: str):
    return page.locator(f'{MAP} [data-region="{region_id}"][role="checkbox"]')


def is_callback(url: str) -> bool:
    return "/_dash-update-component" in url


def open_map(page: Page, url: str) -> None:
    page.goto(url + "/")
    expect(page.locator(f"{MAP} [role=checkbox]").first).to_be_visible()


def test_bmap001_click_toggles_and_reports(page: Page, live_url: str):
    open_map(page, live_url)
    thigh = region(page, "right_thigh_outer")
    expect(thigh).to_have_attribute("aria-checked", "false")
    thigh.click()
    expect(thigh).to_have_attribute("aria-checked", "true")
    expect(thigh).to_have_class("bodymap__region bodymap__region--surface is-selected")
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Right outer thigh")
    expect(page.locator(f"{MAP} .bodymap__focus-ring")).to_have_count(0)
    thigh.click()
    expect(thigh).to_have_attribute("aria-checked", "false")
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Nothing marked yet")


def focused_region(page: Page) -> str | None:
    return page.evaluate("document.activeElement.dataset.region || null")


def announcement(page: Page):
    return page.locator(f"{MAP} .bodymap__announcement[role=status]")


def test_bmap002_keyboard_one_tab_stop_and_toggle(page: Page, live_url: str):
    open_map(page, live_url)
    rows = fixture_regions()
    # The drawing is one tab stop; the zoom buttons above it are ordinary buttons.
    stops = page.locator(MAP).evaluate(
        "m => [...m.querySelectorAll('.bodymap__view [tabindex], .bodymap__view a, "
        ".bodymap__view button, .bodymap__view input')].filter(e => e.tabIndex >= 0).length"
    )
    assert stops == 1, f"the map should be one tab stop, found {stops}"
    page.locator(MAP).locator("[role=checkbox]").first.focus()
    assert focused_region(page) == rows[0]["id"]
    page.keyboard.press("Tab")
    assert page.evaluate(f"!document.querySelector('{MAP}').contains(document.activeElement)")
    page.keyboard.press("Shift+Tab")
    assert focused_region(page) == rows[0]["id"], "Shift+Tab comes back to the same region"

    first = region(page, rows[0]["id"])
    page.keyboard.press("Enter")
    expect(first).to_have_attribute("aria-checked", "true")
    expect(announcement(page)).to_have_text(f"{rows[0]['label']}, marked, not rated yet")
    page.keyboard.press("Space")
    expect(first).to_have_attribute("aria-checked", "false")
    expect(announcement(page)).to_have_text(f"{rows[0]['label']}, not marked")
    page.keyboard.press(" ")
    expect(first).to_have_attribute("aria-checked", "true")
    expect(page.locator(f"{MAP} .bodymap__focus-ring")).to_have_count(1)
    expect(page.locator(f"{MAP} .bodymap__tooltip")).to_have_text(rows[0]["label"])


def test_bmap007_arrows_home_end_and_type_ahead(page: Page, live_url: str):
    open_map(page, live_url)
    page.locator(MAP).locator("[role=checkbox]").first.focus()
    presses = 0
    for key in ("ArrowDown", "ArrowDown", "ArrowLeft"):
        page.keyboard.press(key)
        presses += 1
    assert focused_region(page) == "right_thigh_outer"
    assert presses < 10
    # A move is spoken once, by the focused region itself (name and checkbox state); the live
    # region stays for changes of state, so it does not repeat the name.
    expect(page.locator(":focus")).to_have_attribute("aria-label", "Right outer thigh")
    expect(page.locator(":focus")).to_have_attribute("aria-checked", "false")
    expect(announcement(page)).to_have_text("")
    # The tab stop follows: leaving and coming back lands on the outer thigh again.
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    assert focused_region(page) == "right_thigh_outer"
    page.keyboard.press("End")
    assert focused_region(page) == "left_shin"
    page.keyboard.press("ArrowRight")
    assert focused_region(page) == "left_calf", "Right at the edge crosses to the back view"
    page.keyboard.press("Home")
    assert focused_region(page) == "back_left_head"
    page.keyboard.type("calf")
    assert focused_region(page) in {"left_calf", "right_calf"}
    expect(announcement(page)).to_have_text("")
    page.wait_for_timeout(1000)
    page.keyboard.type("shin")
    assert focused_region(page) in {"left_shin", "right_shin"}


def test_bmap008_drawings_have_a_text_alternative(page: Page, live_url: str):
    open_map(page, live_url)
    front = page.get_by_role("group", name="Front view")
    expect(front).to_have_attribute("aria-describedby", f"{ids.PATIENT_MAP}-front-desc")
    desc = page.locator(f"#{ids.PATIENT_MAP}-front-desc")
    expect(desc).to_contain_text("Front view, covering: Right side of the head")
    expect(desc).to_contain_text("Left shin")
    expect(page.locator(f"#{ids.PATIENT_MAP}-back-desc")).to_contain_text("Right calf")


def test_bmap003_hover_shows_region_name(page: Page, live_url: str):
    open_map(page, live_url)
    tooltip = page.locator(f"{MAP} .bodymap__tooltip")
    expect(tooltip).to_be_hidden()
    region(page, "left_shin").hover()
    expect(tooltip).to_be_visible()
    expect(tooltip).to_have_text("Left shin")
    page.mouse.move(1, 1)
    expect(tooltip).to_be_hidden()


def test_bmap004_accessible_names_and_roles(page: Page, live_url: str):
    open_map(page, live_url)
    rows = fixture_regions()
    expect(page.locator(MAP).get_by_role("checkbox")).to_have_count(len(rows))
    for row in rows:
        expect(
            page.locator(MAP).get_by_role("checkbox", name=row["label"], exact=True)
        ).to_have_count(1)
    expect(page.get_by_role("group", name="Front view")).to_be_visible()
    expect(page.get_by_role("group", name="Back view")).to_be_visible()


def test_bmap005_touch_tap_toggles(browser, live_url: str):
    phone = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
    with watched_page(browser, **phone) as page:
        open_map(page, live_url)
        shin = region(page, "right_shin")
        shin.tap()
        expect(shin).to_have_attribute("aria-checked", "true")
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Right shin")


def test_bmap006_highlight_needs_no_server_round_trip(page: Page, live_url: str):
    open_map(page, live_url)
    held = []
    # Hold every callback request: the highlight must appear anyway.
    page.route(is_callback, lambda route: held.append(route))
    calf = region(page, "left_calf")
    calf.click()
    expect(calf).to_have_attribute("aria-checked", "true", timeout=500)
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Nothing marked yet")
    deadline = time.monotonic() + 5
    while not held and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    assert held, "the click should still be reported to the server"
    for route in held:
        route.continue_()
    page.unroute(is_callback)
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Left calf")


def test_bmap007_two_views_scale_with_their_box(page: Page, live_url: str):
    open_map(page, live_url)
    svgs = page.locator(f"{MAP} svg.bodymap__svg")
    expect(svgs).to_have_count(2)
    first = svgs.nth(0).bounding_box()
    second = svgs.nth(1).bounding_box()
    assert first["x"] + first["width"] <= second["x"], "views sit side by side"
    assert svgs.nth(0).get_attribute("viewBox") == "0 0 200 400"
    page.set_viewport_size({"width": 900, "height": 900})
    narrow = svgs.nth(0).bounding_box()
    assert narrow["width"] < first["width"], "the drawing scales down with its box"
    ratio = narrow["height"] / narrow["width"]
    assert ratio == pytest.approx(2.0, rel=0.02), "scaling keeps the figure's proportions"


def test_bmap008_works_offline(page: Page, live_url: str):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_map(page, live_url)
    region(page, "left_chest").click()
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Left chest")
    outside = [url for url in requested if not url.startswith(live_url)]
    assert requested and not outside, f"requests left the machine: {outside}"
    assert not any("plotly" in url and url.endswith(".js") for url in requested), (
        "the patient page must not load plotly.js"
    )


def test_bmap009_laterality_marks(page: Page, live_url: str):
    open_map(page, live_url)
    front = page.locator(f'{MAP} [data-view="front"]')
    back = page.locator(f'{MAP} [data-view="back"]')
    for view in (front, back):
        expect(view.locator("text.bodymap__annotation")).to_have_text(["R", "L"])
    # Front view: the patient's right is on the viewer's left.
    front_r = front.locator("text.bodymap__annotation").nth(0).bounding_box()
    front_l = front.locator("text.bodymap__annotation").nth(1).bounding_box()
    assert front_r["x"] < front_l["x"]
    back_r = back.locator("text.bodymap__annotation").nth(0).bounding_box()
    back_l = back.locator("text.bodymap__annotation").nth(1).bounding_box()
    assert back_r["x"] > back_l["x"]
