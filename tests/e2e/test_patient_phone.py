"""The walk-in page on a phone held in the hand: the warning questions the map asks come right
under the map and are brought into view, and Front / Back stays beside the map."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from dashapp.ui import ids
from dashapp.ui.components.bodymap import NECK_ARM
from tests.e2e.conftest import watched_page
from tests.e2e.test_bodymap_draw import live_url  # noqa: F401 (the shipped body)
from tests.e2e.test_bodymap_zoom import PHONE, focus_button, open_map, region

WARNINGS = f"#{ids.PATIENT_WARNINGS}"
SWITCH = f"#{ids.PATIENT_VIEW_SWITCH}"


def top(page: Page, selector: str) -> float:
    """Where an element starts, in page pixels."""
    return page.evaluate(
        "(s) => document.querySelector(s).getBoundingClientRect().top + scrollY", selector
    )


def in_sight(page: Page, selector: str) -> bool:
    return page.evaluate(
        """(s) => { const r = document.querySelector(s).getBoundingClientRect();
            return r.top >= 0 && r.top < innerHeight && r.bottom > 0; }""",
        selector,
    )


def test_pphone001_chest_and_arm_ask_right_under_the_map_and_come_into_view(
    browser,
    live_url,  # noqa: F811
):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        for area in ("left_chest", "left_upper_arm_outer"):
            region(page, area).tap()
            expect(region(page, area)).to_have_attribute("aria-checked", "true")
        asked = page.locator(f"{WARNINGS} .ask-now")
        expect(asked).to_be_visible()
        expect(asked).to_contain_text("Chest pain")
        # Under the map, before the cards that rate each area and the "worse" chips.
        map_bottom = page.evaluate(
            "() => document.querySelector('.patient__map').getBoundingClientRect().bottom + scrollY"
        )
        assert 0 <= top(page, WARNINGS) - map_bottom < 100
        assert top(page, WARNINGS) < top(page, f"#{ids.PATIENT_EDITOR}")
        assert top(page, WARNINGS) < top(page, f"#{ids.PATIENT_ACTIVITIES}")
        # Brought into view, and the focus left where the finger put it.
        page.wait_for_function(
            """(s) => { const r = document.querySelector(s).getBoundingClientRect();
                return r.top >= 0 && r.top < innerHeight / 2; }""",
            arg=WARNINGS,
        )
        focused = page.evaluate("() => document.activeElement.closest('#patient-warnings')")
        assert focused is None
        # Muscles are held back, and the list says where to look.
        expect(page.locator(f"#{ids.PATIENT_CANDIDATES}")).to_contain_text("warning above")


def test_pphone002_front_and_back_stay_beside_the_map_in_a_close_view(
    browser,
    live_url,  # noqa: F811
):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        focus_button(page, NECK_ARM).tap()
        expect(focus_button(page, NECK_ARM)).to_have_attribute("aria-pressed", "true")
        # Half way down the close view's drawing, far below where the map starts.
        page.evaluate(
            """() => { const m = document.querySelector('#patient-map .bodymap__view');
                const r = m.getBoundingClientRect();
                window.scrollTo(0, r.top + scrollY + r.height / 2); }"""
        )
        assert in_sight(page, SWITCH)
        page.locator(SWITCH).get_by_role("radio", name="Back").tap()
        expect(region(page, "left_neck_side_back")).to_be_visible()


def test_pphone003_a_pattern_picked_in_the_list_is_brought_into_sight_on_the_map(
    browser,
    live_url,  # noqa: F811
):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        for area in ("right_thigh_outer_upper", "right_thigh_outer_lower", "right_shin_outer"):
            region(page, area).tap()
            expect(region(page, area)).to_have_attribute("aria-checked", "true")
        picker = page.locator(f"#{ids.PATIENT_CANDIDATE}").get_by_role("radio")
        expect(picker.first).to_be_visible()
        picker.first.tap()  # far below the map: the list comes after every card
        zone = page.locator(f"#{ids.PATIENT_MAP} .bodymap__highlight--essential").first
        expect(zone).to_be_attached()
        page.wait_for_function(
            """() => { const z = [...document.querySelectorAll(
                    '#patient-map .bodymap__highlight--essential')]
                    .find(e => e.getClientRects().length);
                if (!z) { return false; }
                const r = z.getBoundingClientRect();
                return r.bottom > 0 && r.top < innerHeight
                    && r.right > 0 && r.left < innerWidth; }"""
        )
        # The finger's choice stays where it was made.
        assert page.evaluate("() => document.activeElement.closest('#patient-candidate')")
