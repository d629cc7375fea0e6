"""'Find an area' beside the patient's body map: a combobox that moves the map's focus."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.e2e.conftest import watched_page
from tests.e2e.test_bodymap import MAP, announcement, focused_region, open_map, region

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}


def find_box(page: Page):
    return page.get_by_role("combobox", name="Find an area")


def options(page: Page):
    return page.get_by_role("listbox", name="Find an area").get_by_role("option")


def test_find001_typing_lists_areas_and_enter_focuses_one_without_marking(page: Page, live_url):
    open_map(page, live_url)
    box = find_box(page)
    expect(box).to_be_visible()
    assert box.bounding_box()["height"] >= 44
    expect(box).to_have_attribute("aria-expanded", "false")
    box.fill("thigh")
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(options(page)).to_have_text(
        [
            "Right outer thigh",
            "Right front of thigh",
            "Left front of thigh",
            "Left outer thigh",
            "Left back of thigh",
            "Right back of thigh",
        ]
    )
    # The live region gives the count; the names are read from the list itself.
    expect(announcement(page)).to_have_text("6 areas match.")
    box.press("ArrowDown")
    expect(options(page).nth(1)).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", options(page).nth(1).get_attribute("id"))
    box.press("Enter")
    assert focused_region(page) == "right_thigh_front"
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(region(page, "right_thigh_front")).to_have_attribute("aria-checked", "false")
    # Marking is the map's own key, Space or Enter on the region.
    page.keyboard.press("Space")
    expect(region(page, "right_thigh_front")).to_have_attribute("aria-checked", "true")
    expect(announcement(page)).to_have_text("Right front of thigh, marked, not rated yet")
    # The map is still one tab stop: the found region is it now.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert focused_region(page) == "right_thigh_front"


def test_find002_no_match_says_so_and_escape_closes(page: Page, live_url):
    open_map(page, live_url)
    box = find_box(page)
    box.fill("elbow")
    expect(announcement(page)).to_have_text("No area matches.")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.fill("calf")
    expect(options(page)).to_have_count(2)
    box.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(page.locator(f"{MAP} [aria-checked=true]")).to_have_count(0)


def test_find003_a_tap_on_a_match_shows_the_area_on_a_phone(browser, live_url):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        page.locator(f'{MAP} [data-focus-view="legs"]').tap()
        box = find_box(page)
        box.tap()
        box.fill("shin")
        options(page).filter(has_text="Left shin").tap()
        assert focused_region(page) == "left_shin"
        shin = region(page, "left_shin")
        expect(shin).to_be_in_viewport()
        expect(shin).to_have_attribute("aria-checked", "false")
        expect(page.locator(f"{MAP} [aria-checked=true]")).to_have_count(0)


def test_find004_a_rated_area_is_read_with_its_state_and_intensity(page: Page, live_url):
    open_map(page, live_url)
    region(page, "right_thigh_outer").click()
    page.locator('fieldset[data-region="right_thigh_outer"]').get_by_role(
        "radio", name="6", exact=True
    ).check()
    thigh = region(page, "right_thigh_outer")
    expect(thigh).to_have_attribute("aria-label", "Right outer thigh, 6 out of 10")
    expect(thigh).to_have_attribute("aria-checked", "true")
    # Found by name, it is read once: by its own name and state as it takes the focus.
    find_box(page).fill("right outer")
    find_box(page).press("Enter")
    assert focused_region(page) == "right_thigh_outer"
    expect(announcement(page)).to_have_text("1 area matches.")


def test_find005_an_area_on_the_hidden_view_is_shown_and_focused_on_a_phone(browser, live_url):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        expect(region(page, "left_calf")).to_be_hidden()
        box = find_box(page)
        box.tap()
        box.fill("calf")
        options(page).filter(has_text="Left calf").tap()
        expect(region(page, "left_calf")).to_be_visible()
        expect(region(page, "left_calf")).to_be_focused()
        switch = page.locator("#patient-view-switch")
        expect(switch.get_by_role("radio", name="Back")).to_be_checked()
        # Back to the front by hand, and a second find on the back view works again.
        switch.get_by_role("radio", name="Front").tap()
        expect(region(page, "right_calf")).to_be_hidden()
        box.fill("right calf")
        box.press("Enter")
        expect(region(page, "right_calf")).to_be_focused()


def test_find006_a_found_area_too_small_to_see_is_zoomed_to(browser, live_url):
    # A short window draws the whole body small: the head is under 24 px across.
    with watched_page(browser, viewport={"width": 1000, "height": 420}) as page:
        open_map(page, live_url)
        head = region(page, "right_head")
        assert head.bounding_box()["width"] < 24
        find_box(page).fill("right head")
        find_box(page).press("Enter")
        expect(head).to_be_focused()
        expect(page.locator(f'{MAP} [data-zoom="out"]')).to_be_enabled()
        assert head.bounding_box()["width"] >= 40
        expect(head).to_be_in_viewport()
        expect(head).to_have_attribute("aria-checked", "false")
