"""Zoom, pan and focus views of the patient's body map, on a phone and on a desktop."""

from __future__ import annotations

import pytest
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


# The body x at the middle of a view's visible frame, and the frame's scroll offset.
SHOWN_MIDDLE = """view => {
    const f = document.querySelector(`#patient-map .bodymap__view[data-view="${view}"]`);
    const svg = f.querySelector('svg'); const r = f.getBoundingClientRect();
    const p = svg.createSVGPoint(); p.x = r.left + f.clientWidth / 2; p.y = r.top + 10;
    return [p.matrixTransform(svg.getScreenCTM().inverse()).x, f.scrollLeft,
            f.scrollWidth > f.clientWidth]; }"""
# The body x range a view's window shows, and a region's box in body units.
SHOWN_RANGE = """view => {
    const f = document.querySelector(`#patient-map .bodymap__view[data-view="${view}"]`);
    const svg = f.querySelector('svg'); const r = f.getBoundingClientRect();
    const toBody = x => { const p = svg.createSVGPoint(); p.x = x; p.y = r.top + 10;
        return p.matrixTransform(svg.getScreenCTM().inverse()).x; };
    return [toBody(r.left + f.clientLeft), toBody(r.left + f.clientLeft + f.clientWidth)]; }"""
BODY_BOX = """id => { const b = document.querySelector(
    `#patient-map [data-region="${id}"]`).getBBox(); return [b.x, b.y, b.width, b.height]; }"""
# A client point in the body coordinates of the drawing under it, and back.
TO_BODY = """([x, y]) => { const svg = document.elementFromPoint(x, y).closest('svg');
    const p = svg.createSVGPoint(); p.x = x; p.y = y;
    const b = p.matrixTransform(svg.getScreenCTM().inverse());
    return [svg.closest('figure').dataset.view, b.x, b.y]; }"""
TO_SCREEN = """([view, x, y]) => {
    const svg = document.querySelector(`#patient-map figure[data-view="${view}"] svg`);
    const p = svg.createSVGPoint(); p.x = x; p.y = y;
    const s = p.matrixTransform(svg.getScreenCTM()); return [s.x, s.y]; }"""
# Every change of a region's mark, in order.
WATCH_MARKS = """() => { window.__flips = [];
    new MutationObserver(rs => rs.forEach(r => window.__flips.push(r.target.dataset.region)))
        .observe(document.querySelector('#patient-map'),
                 {attributes: true, subtree: true, attributeFilter: ['aria-checked']}); }"""


def centre_of(page: Page, region_id: str) -> tuple[float, float]:
    region(page, region_id).scroll_into_view_if_needed()
    box = region(page, region_id).bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def open_leg_view(page: Page) -> None:
    focus_button(page, LEGS).tap()
    expect(focus_button(page, LEGS)).to_have_attribute("aria-pressed", "true")


@pytest.mark.parametrize(
    ("marked", "expected_x"),
    [
        ((), None),  # nothing marked: the patient's right leg, whole (the window is narrower)
        (("right_thigh_front",), 86.5),  # the patient's right only: its middle
        (("left_thigh_front",), 113.5),  # the patient's left only
        (("right_thigh_front", "left_thigh_front"), None),  # both sides: the right leg too
    ],
)
def test_zoom005_leg_view_opens_centred_on_the_legs_or_the_marked_side(
    browser, live_url: str, marked, expected_x
):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        for region_id in marked:
            region(page, region_id).tap()
            expect(region(page, region_id)).to_have_attribute("aria-checked", "true")
            page.wait_for_timeout(350)  # a second tap this soon would be a double tap
        open_leg_view(page)
        middle, scrolled, pans = page.evaluate(SHOWN_MIDDLE, "front")
        assert pans, "the leg view is wider than a phone, so it pans"
        if expected_x is None:
            # One whole leg in sight, the patient's right, rather than the inner halves of two.
            left, right = page.evaluate(SHOWN_RANGE, "front")
            thigh = page.evaluate(BODY_BOX, "right_thigh_front")
            assert left <= thigh[0] and thigh[0] + thigh[2] <= right, (left, right, thigh)
            assert thigh[0] < middle < thigh[0] + thigh[2], "centred on the leg, not between"
            expected_x = middle
        assert abs(middle - expected_x) < 2, (middle, scrolled)
        # Back to the whole body and into the leg view again: centred again.
        focus_button(page, WHOLE_BODY).tap()
        page.locator(f"{MAP} .bodymap__view").first.evaluate("f => { f.scrollLeft = 0; }")
        open_leg_view(page)
        assert abs(page.evaluate(SHOWN_MIDDLE, "front")[0] - expected_x) < 2


def test_zoom006_double_tap_zooms_and_changes_no_mark(browser, live_url: str):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        open_leg_view(page)
        page.evaluate(WATCH_MARKS)
        thigh = region(page, "right_thigh_front")
        thigh.scroll_into_view_if_needed()
        before = width(page, "right_thigh_front")
        x, y = centre_of(page, "right_thigh_front")
        page.touchscreen.tap(x, y)
        page.touchscreen.tap(x, y)
        expect(thigh).to_have_attribute("aria-checked", "false")
        assert width(page, "right_thigh_front") > before * 1.4, "a double tap zooms in"
        page.wait_for_timeout(600)
        expect(thigh).to_have_attribute("aria-checked", "false")
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Nothing marked yet")
        # The first tap shows until the second one takes it back: never more than that.
        assert page.evaluate("window.__flips") in ([], ["right_thigh_front"] * 2)

        # A single tap still marks at once: in the frame after the tap.
        page.evaluate("window.__flips.length = 0")
        x, y = centre_of(page, "right_thigh_front")
        page.touchscreen.tap(x, y)
        flips = page.evaluate("new Promise(r => requestAnimationFrame(() => r(window.__flips)))")
        assert flips == ["right_thigh_front"]
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Right")


def test_zoom011_quick_taps_on_two_areas_both_stay_marked(browser, live_url: str):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        open_leg_view(page)
        page.evaluate(WATCH_MARKS)
        region(page, "right_thigh_outer").scroll_into_view_if_needed()
        first, second = (
            (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            for box in (region(page, key).bounding_box() for key in LEG_REGIONS[:2])
        )
        # The second tap comes while the first is still held back as a possible double tap.
        page.touchscreen.tap(*first)
        page.touchscreen.tap(*second)
        page.wait_for_timeout(800)
        expect(region(page, "right_thigh_outer")).to_have_attribute("aria-checked", "true")
        expect(region(page, "right_thigh_front")).to_have_attribute("aria-checked", "true")
        assert page.evaluate("window.__flips") == list(LEG_REGIONS[:2])
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("2 areas")


def test_zoom012_quick_taps_are_told_to_the_page_once(browser, live_url: str):
    with watched_page(browser, **PHONE) as page:
        # The page's clock is the test's: a busy machine cannot stretch the quarter second
        # between taps past the map's rest time.
        page.clock.install()
        open_map(page, live_url)
        open_leg_view(page)
        region(page, "right_thigh_outer").scroll_into_view_if_needed()
        told = []
        page.on(
            "request",
            lambda r: (
                told.append(r)
                if r.method == "POST" and f"{ids.PATIENT_MAP}.selected" in (r.post_data or "")
                else None
            ),
        )
        # Three taps a quarter of a second apart, each shown at once: the outer thigh, the
        # front of the thigh, the outer thigh again lower down (unmarking it)...
        outer, front = (region(page, key).bounding_box() for key in LEG_REGIONS[:2])
        taps = [
            ("right_thigh_outer", outer, 0.3, "true"),
            ("right_thigh_front", front, 0.3, "true"),
            ("right_thigh_outer", outer, 0.6, "false"),
        ]
        page.clock.pause_at(page.evaluate("Date.now()") + 10)
        for key, box, down, state in taps:
            page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] * down)
            expect(region(page, key)).to_have_attribute("aria-checked", state)
            page.clock.run_for(250)
        assert told == []
        # ...and the page hears of them together once the finger rests.
        page.clock.run_for(1000)
        page.clock.resume()
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("1 area marked")
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Right front of thigh")
        page.wait_for_timeout(500)
        assert len(told) == 1, [r.post_data for r in told]


def tapped_region(page: Page, x: float, y: float) -> list[str]:
    page.evaluate("window.__flips.length = 0")
    page.touchscreen.tap(x, y)
    page.wait_for_timeout(350)  # no double tap with the next one
    return page.evaluate("window.__flips.slice()")


# The region under most of a disc of 9 px around (x, y), sampled densely: the test's own count.
MAJORITY = """([x, y]) => { const counts = {};
    for (let dx = -9; dx <= 9; dx += 1) for (let dy = -9; dy <= 9; dy += 1) {
        if (dx * dx + dy * dy > 81) continue;
        const hit = document.elementsFromPoint(x + dx, y + dy)
            .find(e => e.getAttribute('role') === 'checkbox');
        if (hit) counts[hit.dataset.region] = (counts[hit.dataset.region] || 0) + 1; }
    const first = document.elementFromPoint(x, y).dataset.region;
    return [Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0], first]; }"""


def test_zoom007_a_tap_on_a_border_goes_to_the_region_under_most_of_the_finger(
    browser, live_url: str
):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        open_leg_view(page)
        page.evaluate(WATCH_MARKS)
        region(page, "right_thigh_front").scroll_into_view_if_needed()
        # The border between the outer and the front thigh, halfway down (body x 75).
        border_x, middle_y = page.evaluate(TO_SCREEN, ["front", 75, 230])
        assert tapped_region(page, border_x - 3, middle_y) == ["right_thigh_outer"]
        assert tapped_region(page, border_x + 3, middle_y) == ["right_thigh_front"]
        # Where the outer thigh, the front thigh and the shin meet, a finger just above the
        # shin and just right of the border has the front thigh under its centre but the
        # shin under most of it: the shin is the one meant.
        corner_x, corner_y = page.evaluate(TO_SCREEN, ["front", 75, 280])
        x, y = corner_x + 1, corner_y - 1
        most, first = page.evaluate(MAJORITY, [x, y])
        assert (most, first) == ("right_shin", "right_thigh_front")
        assert tapped_region(page, x, y) == ["right_shin"]


def test_zoom008_pinch_zooms_around_the_fingers(browser, live_url: str):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        x, y = centre_of(page, "right_thigh_front")
        view, bx, by = page.evaluate(TO_BODY, [x, y])
        before = width(page, "right_thigh_front")
        cdp = page.context.new_cdp_session(page)

        def touch(kind: str, spread: float) -> None:
            points = (
                []
                if kind == "touchEnd"
                else [
                    {"x": x - spread, "y": y, "id": 1},
                    {"x": x + spread, "y": y, "id": 2},
                ]
            )
            cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})

        touch("touchStart", 20)
        for spread in (30, 40, 50, 60):
            touch("touchMove", spread)
        touch("touchEnd", 60)
        assert width(page, "right_thigh_front") > before * 2, "the fingers spread threefold"
        sx, sy = page.evaluate(TO_SCREEN, [view, bx, by])
        assert abs(sx - x) < 4 and abs(sy - y) < 4, ((sx, sy), (x, y))


def test_zoom009_ctrl_wheel_zooms_around_the_pointer(browser, live_url: str):
    with watched_page(browser, viewport={"width": 1366, "height": 768}) as page:
        open_map(page, live_url)
        x, y = centre_of(page, "right_shin")
        view, bx, by = page.evaluate(TO_BODY, [x, y])
        before = width(page, "right_shin")
        page.mouse.move(x, y)
        page.keyboard.down("Control")
        page.mouse.wheel(0, -120)
        page.keyboard.up("Control")
        expect(page.locator(f'{MAP} [data-zoom="out"]')).to_be_enabled()
        assert width(page, "right_shin") > before * 1.4
        sx, sy = page.evaluate(TO_SCREEN, [view, bx, by])
        assert abs(sx - x) < 4 and abs(sy - y) < 4, ((sx, sy), (x, y))
        # A plain wheel scrolls the page, it does not zoom.
        zoomed = width(page, "right_shin")
        page.mouse.wheel(0, 120)
        page.wait_for_timeout(200)
        assert abs(width(page, "right_shin") - zoomed) < 1


SIZES = {
    "phone": PHONE,
    "tablet": {"viewport": {"width": 820, "height": 1180}, "has_touch": True, "is_mobile": True},
    "desktop": {"viewport": {"width": 1366, "height": 768}},
}
FRAMES = """() => [...document.querySelectorAll('#patient-map .bodymap__view')]
    .filter(f => f.offsetParent !== null)
    .map(f => ({top: f.getBoundingClientRect().top, pans: f.scrollWidth > f.clientWidth}))"""


@pytest.mark.parametrize("size", SIZES)
def test_zoom010_leg_view_on_phone_tablet_and_desktop(browser, live_url: str, size):
    with watched_page(browser, **SIZES[size]) as page:
        open_map(page, live_url)
        button = focus_button(page, LEGS)
        button.tap() if size != "desktop" else button.click()
        expect(button).to_have_attribute("aria-pressed", "true")
        frames = page.evaluate(FRAMES)
        thighs = [width(page, key) for key in LEG_REGIONS]
        if size == "desktop":
            # A mouse needs no minimum size: both views side by side, each whole.
            assert len(frames) == 2 and frames[0]["top"] == frames[1]["top"]
            assert not any(f["pans"] for f in frames)
        else:
            # A finger does: every thigh at least 44 px, views one above the other where two
            # do not fit side by side, each opening on the legs with the patient's right leg
            # whole in sight (nothing is marked).
            assert min(thighs) >= 44, thighs
            if len(frames) == 2:
                assert frames[1]["top"] > frames[0]["top"]
            left, right = page.evaluate(SHOWN_RANGE, "front")
            thigh = page.evaluate(BODY_BOX, "right_thigh_front")
            assert left <= thigh[0] and thigh[0] + thigh[2] <= right, (left, right, thigh)
