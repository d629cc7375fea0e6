"""Drawing instead of tapping on a phone: a finger stroke down the side of the neck puts the
neck, arm, heart and artery warning questions in front of the person, as a tap there does."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from dashapp.domain.sciatica.upper import SECTION_BY_KEY
from dashapp.ui.components.bodymap import NECK_ARM
from tests.e2e.conftest import watched_page
from tests.e2e.test_bodymap_draw import button, kept_strokes, live_url, touch  # noqa: F401
from tests.e2e.test_bodymap_upper import TO_SCREEN, choose, inside
from tests.e2e.test_bodymap_zoom import PHONE, open_map

NECK = "right_neck_side"
ASKED = ".ask-now"


def stroke_down(page: Page, region_id: str) -> None:
    """One finger drawn down the middle of a region, from a little above its deepest point to a
    little below it."""
    x, y = inside(region_id)
    points = [page.evaluate(TO_SCREEN, [region_id, x, y + dy])[:2] for dy in range(-6, 7, 2)]
    send = touch(page)
    send("touchStart", [points[0]])
    for point in points[1:]:
        send("touchMove", [point])
    send("touchEnd", [])


def test_warn001_a_finger_stroke_down_the_neck_asks_the_neck_questions(browser, live_url):  # noqa: F811
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        choose(page, NECK_ARM)
        button(page, '[data-mode="draw"]').tap()
        expect(button(page, '[data-mode="draw"]')).to_have_attribute("aria-pressed", "true")
        stroke_down(page, NECK)
        [stroke] = kept_strokes(page, 1)
        assert stroke["tool"] == "brush"
        asked = page.locator(ASKED)
        expect(asked).to_be_visible()
        for key in ("neck_arm", "chest", "arteries"):
            expect(asked).to_contain_text(SECTION_BY_KEY[key].title)
        expect(asked.get_by_role("group")).to_have_count(14)
