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


def _fingers(page):
    cdp = page.context.new_cdp_session(page)

    def touch(kind: str, *points: tuple[float, float]) -> None:
        touch_points = [{"x": px, "y": py, "id": i + 1} for i, (px, py) in enumerate(points)]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": touch_points})

    return touch


def _selected_posts(page) -> list:
    told = []
    page.on(
        "request",
        lambda r: (
            told.append(r.post_data)
            if r.method == "POST" and f"{ids.PATIENT_MAP}.selected" in (r.post_data or "")
            else None
        ),
    )
    return told


def test_tap003_a_double_tap_takes_the_first_tap_back_as_the_second_finger_lands(
    browser, live_url: str
):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        open_leg_view(page)
        thigh = region(page, "right_thigh_front")
        x, y = centre_of(page, "right_thigh_front")
        before = thigh.bounding_box()["width"]
        page.evaluate(WATCH_MARKS)
        told = _selected_posts(page)
        touch = _fingers(page)
        # A double tap as a person makes it: the second finger lands a moment after the first
        # lifts. The first tap shows at once (it may be a single tap)...
        touch("touchStart", (x, y))
        touch("touchEnd")
        expect(thigh).to_have_attribute("aria-checked", "true")
        page.wait_for_timeout(80)
        # ...and is gone as soon as the second finger touches, before it lifts.
        touch("touchStart", (x + 3, y + 2))
        assert thigh.get_attribute("aria-checked") == "false"
        touch("touchEnd")
        page.wait_for_function(
            "([el, w]) => el.getBoundingClientRect().width > w * 1.4",
            arg=[thigh.element_handle(), before],
        )
        page.wait_for_timeout(700)
        assert page.evaluate("window.__flips") == ["right_thigh_front"] * 2
        expect(thigh).to_have_attribute("aria-checked", "false")
        # The app never heard of the first tap: nothing to undo, nothing marked.
        assert told == []
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Nothing marked yet")


def test_tap004_a_touch_after_a_tap_that_turns_into_a_pan_keeps_the_tap(browser, live_url: str):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        open_leg_view(page)
        thigh = region(page, "right_thigh_front")
        x, y = centre_of(page, "right_thigh_front")
        before = thigh.bounding_box()["width"]
        touch = _fingers(page)
        touch("touchStart", (x, y))
        touch("touchEnd")
        expect(thigh).to_have_attribute("aria-checked", "true")
        # The next touch, soon and close by, slides away (a pan) or brings a second finger
        # (a pinch): not a double tap, so the first tap stands and nothing zooms by a step.
        touch("touchStart", (x, y))
        for step in range(1, 6):
            touch("touchMove", (x, y + 8 * step))
        touch("touchEnd")
        expect(thigh).to_have_attribute("aria-checked", "true")
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Right front of thigh")
        assert abs(thigh.bounding_box()["width"] - before) < 1
        page.wait_for_timeout(400)  # no double tap with what follows
        x, y = centre_of(page, "right_shin")
        touch("touchStart", (x, y))
        touch("touchEnd")
        expect(region(page, "right_shin")).to_have_attribute("aria-checked", "true")
        touch("touchStart", (x, y))
        touch("touchStart", (x, y), (x + 40, y))
        touch("touchEnd")
        expect(region(page, "right_shin")).to_have_attribute("aria-checked", "true")
        expect(thigh).to_have_attribute("aria-checked", "true")
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("2 areas")
