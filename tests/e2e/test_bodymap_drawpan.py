"""Moving the body map while drawing: the Move tool, two fingers, and a pen with a finger."""

from __future__ import annotations

import json

from playwright.sync_api import Page, expect

from dashapp.ui import ids
from tests.e2e.conftest import watched_page
from tests.e2e.test_bodymap_draw import (
    MAP,
    PHONE,
    STROKES,
    THIGH,
    button,
    kept_strokes,
    line_on,
    live_url,  # noqa: F401 (the shipped body, as the drawing tests use it)
    open_in_draw_mode,
    touch,
)

# Where the map is scrolled to: the page and the front view (the one the legs are drawn in).
SCROLLED = f"""() => [window.scrollY,
    document.querySelector('{MAP} .bodymap__view[data-view="front"]').scrollLeft]"""
# The front drawing's body point under a client point, and back.
TO_BODY = f"""([x, y]) => {{ const svg = document.querySelector('{MAP} [data-view="front"] svg');
    const p = svg.createSVGPoint(); p.x = x; p.y = y;
    const b = p.matrixTransform(svg.getScreenCTM().inverse()); return [b.x, b.y]; }}"""
TO_SCREEN = f"""([x, y]) => {{ const svg = document.querySelector('{MAP} [data-view="front"] svg');
    const p = svg.createSVGPoint(); p.x = x; p.y = y;
    const s = p.matrixTransform(svg.getScreenCTM()); return [s.x, s.y]; }}"""
# The front view's scroll size, and what lets it scroll, for a failure's message.
SCROLLABLE = f"""() => {{
    const v = document.querySelector('{MAP} .bodymap__view[data-view="front"]');
    const style = getComputedStyle(v);
    return [v.scrollWidth, v.clientWidth, style.touchAction, style.overflowX]; }}"""
FRAMES = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
NOTHING_KEPT = f"localStorage.getItem({json.dumps(ids.PATIENT_STORE)})"


def move_tool(page: Page):
    return button(page, '[data-tool="move"]')


def test_drawpan001_the_move_tool_lets_one_finger_move_the_map_and_draw_nothing(browser, live_url):  # noqa: F811
    with watched_page(browser, **PHONE) as page:
        open_in_draw_mode(page, live_url)
        tool = move_tool(page)
        expect(tool).to_have_attribute("aria-pressed", "false")
        box = tool.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
        tool.tap()
        expect(tool).to_have_attribute("aria-pressed", "true")
        # The map's new touch-action reaches the browser's scrolling with the next frames.
        page.evaluate(FRAMES)
        send = touch(page)
        # One finger drags to the left across the thigh, then up (the browser pans along one
        # axis at a time): the map follows it.
        for dx, dy, axis in ((-8, 0, 1), (0, -12, 0)):
            y = line_on(page, THIGH)[-1][1]
            x = page.viewport_size["width"] / 2
            before = page.evaluate(SCROLLED)
            send("touchStart", [(x, y)])
            for step in range(1, 11):
                page.evaluate(FRAMES)  # a finger's moves come a frame or so apart
                send("touchMove", [(x + dx * step, y + dy * step)])
            send("touchEnd", [])
            page.wait_for_timeout(400)
            after = page.evaluate(SCROLLED)
            assert after[axis] > before[axis] + 40, (before, after, page.evaluate(SCROLLABLE))
        expect(page.locator(STROKES)).to_have_count(0)
        assert page.evaluate(NOTHING_KEPT) is None
        # Choosing a brush draws again, with one finger.
        button(page, '[data-size="small"]').tap()
        expect(tool).to_have_attribute("aria-pressed", "false")
        points = line_on(page, THIGH)
        send("touchStart", [points[0]])
        for point in points[1:]:
            send("touchMove", [point])
        send("touchEnd", [])
        kept_strokes(page, 1)


def test_drawpan002_the_move_tool_is_reached_and_pressed_with_the_keyboard(page: Page, live_url):  # noqa: F811
    open_in_draw_mode(page, live_url)
    eraser = button(page, '[data-tool="eraser"]')
    eraser.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.tool") == "move"
    page.keyboard.press("Enter")
    expect(move_tool(page)).to_have_attribute("aria-pressed", "true")
    # The eraser and the Move tool are one choice: choosing one lets go of the other.
    eraser.click()
    expect(move_tool(page)).to_have_attribute("aria-pressed", "false")
    expect(eraser).to_have_attribute("aria-pressed", "true")
    move_tool(page).click()
    expect(eraser).to_have_attribute("aria-pressed", "false")
    page.keyboard.press(" ")
    expect(move_tool(page)).to_have_attribute("aria-pressed", "false")


def test_drawpan003_a_mouse_drags_the_map_with_the_move_tool(browser, live_url):  # noqa: F811
    with watched_page(browser, viewport={"width": 390, "height": 700}) as page:
        open_in_draw_mode(page, live_url)
        # Zoomed in, so the leg view is wider than the window and there is somewhere to move.
        page.locator(f'{MAP} [data-zoom="in"]').click()
        page.locator(f'{MAP} [data-zoom="in"]').click()
        move_tool(page).click()
        x, y = line_on(page, THIGH)[-1]
        before = page.evaluate(SCROLLED)
        body = page.evaluate(TO_BODY, [x, y])
        page.mouse.move(x, y)
        page.mouse.down()
        for step in range(1, 11):
            page.mouse.move(x - 5 * step, y - 8 * step)
        page.mouse.up()
        after = page.evaluate(SCROLLED)
        assert after != before, "the map moved"
        # The body point grabbed is under the pointer where it was let go.
        sx, sy = page.evaluate(TO_SCREEN, body)
        assert abs(sx - (x - 50)) < 3 and abs(sy - (y - 80)) < 3, ((sx, sy), (x - 50, y - 80))
        expect(page.locator(STROKES)).to_have_count(0)
        assert page.evaluate(NOTHING_KEPT) is None


def test_drawpan004_two_fingers_move_the_map_while_drawing(browser, live_url):  # noqa: F811
    with watched_page(browser, **PHONE) as page:
        open_in_draw_mode(page, live_url)
        points = line_on(page, THIGH)
        (x, y), other = points[-1], (points[-1][0] + 40, points[-1][1])
        middle = ((x + other[0]) / 2, y)
        body = page.evaluate(TO_BODY, list(middle))
        send = touch(page)
        send("touchStart", [(x, y), other])
        for step in range(1, 9):
            send("touchMove", [(x - 5 * step, y - 10 * step), (other[0] - 5 * step, y - 10 * step)])
        send("touchEnd", [])
        page.wait_for_timeout(300)
        # The body point the fingers started on moved with them (40 px left, 80 px up).
        sx, sy = page.evaluate(TO_SCREEN, body)
        assert abs(sx - (middle[0] - 40)) < 4 and abs(sy - (y - 80)) < 4, ((sx, sy), middle)
        expect(page.locator(STROKES)).to_have_count(0)
        assert page.evaluate(NOTHING_KEPT) is None


def test_drawpan005_with_a_pen_drawing_a_finger_moves_the_map(browser, live_url):  # noqa: F811
    with watched_page(browser, **PHONE) as page:
        open_in_draw_mode(page, live_url)
        cdp = page.context.new_cdp_session(page)

        def pen(kind: str, x: float, y: float) -> None:
            held = 0 if kind == "mouseReleased" else 1
            event = {"type": kind, "x": x, "y": y, "pointerType": "pen", "button": "left"}
            cdp.send("Input.dispatchMouseEvent", {**event, "buttons": held, "clickCount": 1})

        points = line_on(page, THIGH)
        pen("mousePressed", *points[0])
        for point in points[1:]:
            pen("mouseMoved", *point)
        pen("mouseReleased", *points[-1])
        [stroke] = kept_strokes(page, 1)
        assert stroke["tool"] == "brush"
        # A finger (or the palm) on the map now moves it and draws nothing.
        x, y = points[-1]
        body = page.evaluate(TO_BODY, [x, y])
        send = touch(page)
        send("touchStart", [(x, y)])
        for step in range(1, 9):
            send("touchMove", [(x - 4 * step, y - 8 * step)])
        send("touchEnd", [])
        page.wait_for_timeout(400)
        sx, sy = page.evaluate(TO_SCREEN, body)
        assert abs(sx - (x - 32)) < 4 and abs(sy - (y - 64)) < 4, ((sx, sy), (x - 32, y - 64))
        expect(page.locator(STROKES)).to_have_count(1)
        assert len(kept_strokes(page, 1)) == 1
