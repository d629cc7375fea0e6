"""A finger tap on the body map is handled as the finger lifts, and only a tap marks."""

from __future__ import annotations

from playwright.sync_api import expect

from dashapp.ui import ids
from tests.e2e.conftest import watched_page
from tests.e2e.test_bodymap_zoom import (
    PHONE,
    WATCH_MARKS,
    centre_of,
    open_leg_view,
    open_map,
    region,
)

# When each mark changed and when the browser's click came, on the page's clock.
WATCH_ORDER = """() => { window.__order = [];
    window.addEventListener('click', () => window.__order.push('click'), {capture: true});
    new MutationObserver(() => window.__order.push('mark'))
        .observe(document.querySelector('#patient-map'),
                 {attributes: true, subtree: true, attributeFilter: ['aria-checked']}); }"""


def test_tap001_a_finger_marks_as_it_lifts_before_the_click(browser, live_url: str):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        open_leg_view(page)
        x, y = centre_of(page, "right_thigh_front")
        page.evaluate(WATCH_ORDER)
        page.touchscreen.tap(x, y)
        expect(region(page, "right_thigh_front")).to_have_attribute("aria-checked", "true")
        page.wait_for_timeout(400)
        # Marked once, before the click: the click that follows changes nothing.
        assert page.evaluate("window.__order") == ["mark", "click"]
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Right front of thigh")


def test_tap002_a_pan_or_a_pinch_marks_nothing(browser, live_url: str):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        open_leg_view(page)
        page.evaluate(WATCH_MARKS)
        x, y = centre_of(page, "right_thigh_front")
        cdp = page.context.new_cdp_session(page)

        def touch(kind: str, *points: tuple[float, float]) -> None:
            touch_points = [{"x": px, "y": py, "id": i + 1} for i, (px, py) in enumerate(points)]
            cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": touch_points})

        # One finger sliding down the thigh (the page scrolls or nothing moves: no mark).
        touch("touchStart", (x, y))
        for step in range(1, 6):
            touch("touchMove", (x, y + 8 * step))
        touch("touchEnd")
        page.wait_for_timeout(400)
        # Two fingers that pinch, and lift one after the other.
        touch("touchStart", (x - 20, y), (x + 20, y))
        touch("touchMove", (x - 30, y), (x + 30, y))
        touch("touchEnd", (x + 30, y))
        touch("touchEnd")
        page.wait_for_timeout(600)
        assert page.evaluate("window.__flips") == []
        # A tap after them still marks.
        x, y = centre_of(page, "right_thigh_front")
        page.touchscreen.tap(x, y)
        expect(region(page, "right_thigh_front")).to_have_attribute("aria-checked", "true")
