"""Freehand drawing on the patient's body map: mouse and finger, undo, eraser, reload, pinch."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app
from dashapp.domain import palette
from dashapp.ui import ids
from dashapp.ui.components.bodymap import LEGS
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

MAP = f"#{ids.PATIENT_MAP}"
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
THIGH = "right_thigh_outer_upper"
STROKES = f"{MAP} .bodymap__stroke"


@pytest.fixture
def live_url(test_config):
    """The shipped body (the leg view frames its legs), on a database of the test's own."""
    config = {key: value for key, value in test_config.items() if key != "GEOMETRY_DIR"}
    with serve(create_app(config)) as url:
        yield url


@pytest.fixture
def page(browser, live_url):
    with watched_page(browser) as page:
        yield page


def region(page: Page, region_id: str):
    return page.locator(f'{MAP} [data-region="{region_id}"][role="checkbox"]')


def button(page: Page, selector: str):
    return page.locator(f"{MAP} .bodymap__drawbar {selector}")


def open_in_draw_mode(page: Page, url: str) -> None:
    """The patient page in the leg view, drawing."""
    page.goto(url + "/")
    expect(region(page, THIGH)).to_be_attached()
    page.locator(f'{MAP} [data-focus-view="{LEGS}"]').click()
    button(page, '[data-mode="draw"]').click()
    expect(button(page, '[data-mode="draw"]')).to_have_attribute("aria-pressed", "true")
    expect(page.locator(f"#{ids.PATIENT_DRAW_PANEL}")).to_be_visible()
    region(page, THIGH).scroll_into_view_if_needed()


def line_on(page: Page, region_id: str, steps: int = 12) -> list[tuple[float, float]]:
    """Client points down the middle of a region, within what the screen shows (scrolled to)."""
    region(page, region_id).scroll_into_view_if_needed()
    box = region(page, region_id).bounding_box()
    height = page.viewport_size["height"]
    top, bottom = max(box["y"], 0) + 10, min(box["y"] + box["height"], height) - 10
    x = box["x"] + box["width"] / 2
    return [(x, top + (bottom - top) * (0.3 + 0.4 * i / steps)) for i in range(steps + 1)]


def draw_with_mouse(page: Page, points) -> None:
    page.mouse.move(*points[0])
    page.mouse.down()
    for point in points[1:]:
        page.mouse.move(*point)
    page.mouse.up()


def touch(page: Page):
    """Send touch points through the DevTools protocol: [(x, y), ...] per event, by finger."""
    cdp = page.context.new_cdp_session(page)

    def send(kind: str, fingers) -> None:
        points = [{"x": x, "y": y, "id": n} for n, (x, y) in enumerate(fingers)]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})

    return send


def kept_strokes(page: Page, count: int) -> list[dict]:
    """The strokes in the chart the page stored, once there are `count` of them."""
    key = json.dumps(ids.PATIENT_STORE)
    page.wait_for_function(
        f"() => {{ const c = JSON.parse(localStorage.getItem({key}) || 'null');"
        f" return (c && c.strokes || []).length === {count}; }}"
    )
    return page.evaluate(f"JSON.parse(localStorage.getItem({key})).strokes")


def body_box(page: Page, region_id: str) -> dict:
    return region(page, region_id).evaluate(
        "el => { const b = el.getBBox(); return {x: b.x, y: b.y, w: b.width, h: b.height}; }"
    )


def assert_on_region(stroke: dict, box: dict) -> None:
    """Every point lies in the region's box, in drawing units (not screen px)."""
    for x, y in stroke["points"]:
        assert box["x"] - 1 <= x <= box["x"] + box["w"] + 1, (x, box)
        assert box["y"] - 1 <= y <= box["y"] + box["h"] + 1, (y, box)
        assert round(x, 1) == x and round(y, 1) == y


def test_draw001_a_mouse_stroke_lands_on_the_outer_thigh_in_body_units(page: Page, live_url):
    open_in_draw_mode(page, live_url)
    panel = page.locator(f"#{ids.PATIENT_DRAW_PANEL}")
    panel.get_by_role("radio", name="7", exact=True).check()
    panel.get_by_role("checkbox", name="Burning").check()
    button(page, '[data-size="large"]').click()
    draw_with_mouse(page, line_on(page, THIGH))
    [stroke] = kept_strokes(page, 1)
    assert stroke["view"] == "front" and stroke["tool"] == "brush" and stroke["width"] == 24
    assert stroke["intensity"] == 7 and stroke["qualities"] == ["burning"]
    assert len(stroke["points"]) >= 5
    assert_on_region(stroke, body_box(page, THIGH))
    drawn = page.locator(STROKES)
    expect(drawn).to_have_count(1)
    colour = drawn.evaluate("el => getComputedStyle(el).stroke")
    expected = palette.INTENSITY[7].lstrip("#")
    assert colour == "rgb({}, {}, {})".format(*(int(expected[i : i + 2], 16) for i in (0, 2, 4)))
    expect(region(page, THIGH)).to_have_attribute("aria-checked", "false")


def test_draw002_a_finger_stroke_on_a_phone(browser, live_url):
    with watched_page(browser, **PHONE) as page:
        open_in_draw_mode(page, live_url)
        for control in page.locator(f"{MAP} .bodymap__tool").all():
            box = control.bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44, control.inner_text()
        points = line_on(page, THIGH)
        send = touch(page)
        send("touchStart", [points[0]])
        for point in points[1:]:
            send("touchMove", [point])
        send("touchEnd", [])
        [stroke] = kept_strokes(page, 1)
        assert stroke["width"] == 12 and stroke["intensity"] is None
        assert len(stroke["points"]) >= 5
        assert_on_region(stroke, body_box(page, THIGH))


def test_draw003_undo_and_redo_by_button_and_keyboard(page: Page, live_url):
    open_in_draw_mode(page, live_url)
    points = line_on(page, THIGH)
    draw_with_mouse(page, points[:6])
    draw_with_mouse(page, points[6:])
    kept_strokes(page, 2)
    button(page, '[data-draw="undo"]').click()
    expect(page.locator(STROKES)).to_have_count(1)
    kept_strokes(page, 1)
    button(page, '[data-draw="redo"]').click()
    expect(page.locator(STROKES)).to_have_count(2)
    page.keyboard.press("Control+z")
    expect(page.locator(STROKES)).to_have_count(1)
    page.keyboard.press("Control+Shift+z")
    expect(page.locator(STROKES)).to_have_count(2)
    kept_strokes(page, 2)
    expect(button(page, '[data-draw="redo"]')).to_be_disabled()


def test_draw004_the_eraser_masks_what_was_drawn_before_it(page: Page, live_url):
    open_in_draw_mode(page, live_url)
    points = line_on(page, THIGH)
    draw_with_mouse(page, points)
    eraser = button(page, '[data-tool="eraser"]')
    eraser.click()
    expect(eraser).to_have_attribute("aria-pressed", "true")
    draw_with_mouse(page, line_on(page, THIGH))
    brush, rubber = kept_strokes(page, 2)
    assert rubber["tool"] == "eraser" and "intensity" not in rubber
    masked = page.locator(f'{MAP} [data-view="front"] g[mask] .bodymap__stroke')
    expect(masked).to_have_count(1)
    expect(page.locator(f'{MAP} [data-view="front"] mask .bodymap__eraser')).to_have_count(1)
    # A brush stroke after the eraser is not erased.
    eraser.click()
    draw_with_mouse(page, line_on(page, THIGH)[:4])
    kept_strokes(page, 3)
    expect(page.locator(STROKES)).to_have_count(2)
    expect(masked).to_have_count(1)


def test_draw005_a_reload_keeps_the_drawing(page: Page, live_url):
    open_in_draw_mode(page, live_url)
    draw_with_mouse(page, line_on(page, THIGH))
    [stroke] = kept_strokes(page, 1)
    before = page.locator(STROKES).get_attribute("d")
    page.reload()
    expect(page.locator(STROKES)).to_have_count(1)
    assert page.locator(STROKES).get_attribute("d") == before
    assert kept_strokes(page, 1) == [stroke]


def test_draw006_taps_on_regions_draw_and_do_not_mark(browser, live_url):
    with watched_page(browser, **PHONE) as page:
        open_in_draw_mode(page, live_url)
        page.touchscreen.tap(*line_on(page, THIGH)[6])
        kept_strokes(page, 1)
        expect(region(page, THIGH)).to_have_attribute("aria-checked", "false")
        expect(page.locator(f"#{ids.PATIENT_COUNT}")).to_contain_text("A drawing, ")
        button(page, '[data-mode="mark"]').tap()
        expect(page.locator(f"#{ids.PATIENT_DRAW_PANEL}")).to_be_hidden()
        region(page, THIGH).tap()
        expect(region(page, THIGH)).to_have_attribute("aria-checked", "true")


def test_draw007_a_second_finger_cancels_the_stroke(browser, live_url):
    with watched_page(browser, **PHONE) as page:
        open_in_draw_mode(page, live_url)
        points = line_on(page, THIGH)
        send = touch(page)
        send("touchStart", [points[0]])
        for point in points[1:5]:
            send("touchMove", [point])
        live = page.locator(f'{MAP} [data-view="front"] .bodymap__live')
        expect(live).not_to_have_attribute("d", "")
        second = (points[4][0] + 60, points[4][1] + 40)
        send("touchStart", [points[4], second])
        expect(live).to_have_attribute("d", "")
        for point in points[5:]:
            send("touchMove", [point, second])
        send("touchEnd", [])
        page.wait_for_timeout(300)
        expect(page.locator(STROKES)).to_have_count(0)
        assert page.evaluate(f"localStorage.getItem({json.dumps(ids.PATIENT_STORE)})") is None
