"""The nerve-root page in a browser, on the shipped maps: two roots in two styles on the
textbook and the evidence-based map side by side, the leg in sight, the address kept."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

CLASSIC = f"#{ids.roots_map('classic')}"
EVIDENCE = f"#{ids.roots_map('evidence')}"
SCREENS = {
    "tablet": {"viewport": {"width": 820, "height": 1180}, "has_touch": True},
    "desktop": {"viewport": {"width": 1366, "height": 768}},
}


@pytest.fixture(scope="module")
def roots_url():
    with serve(create_app()) as url:
        yield url


def _ink(page: Page, selector: str) -> str:
    return page.locator(selector).first.evaluate("e => getComputedStyle(e).stroke")


def test_rts001_see_where_the_maps_disagree_about_l4(browser, roots_url):
    with watched_page(browser) as page:
        page.goto(roots_url + "/roots?roots=L4")
        card = page.locator(f"#{ids.ROOTS_CARD}")
        expect(card.locator("h2")).to_have_text("Root L4")
        expect(card).to_contain_text("Ankle dorsiflexion")
        expect(card).to_contain_text("Patellar")
        expect(card).to_contain_text("below the knee")  # the evidence-based map's area
        for map_id in (CLASSIC, EVIDENCE):
            expect(
                page.locator(f'{map_id} path[data-highlight="dermatome"]').first
            ).to_be_attached()
            expect(page.locator(f'{map_id} path[data-highlight="essential"]')).to_have_count(0)
        expect(page.locator(f"{CLASSIC} .bodymap__marker--dot").first).to_be_attached()
        page.locator(f"#{ids.ROOTS_DISAGREE}").get_by_role("checkbox").check()
        thigh = 'path[data-highlight="focus"][data-for="right_thigh_outer_lower"]'
        expect(page.locator(f"{EVIDENCE} {thigh}")).to_have_count(1)
        expect(page.locator(f"{CLASSIC} {thigh}")).to_have_count(1)


def test_rts002_key_point_and_movement_for_s1(browser, roots_url):
    with watched_page(browser) as page:
        page.goto(roots_url + "/roots?roots=L4")
        page.locator(f"#{ids.ROOTS_SECOND}").select_option("S1")
        s1 = page.locator(f"#{ids.ROOTS_CARD} .roots__card").nth(1)
        expect(s1.locator("h2")).to_have_text("Root S1")
        expect(s1).to_contain_text("Pointing the foot down")
        expect(s1).to_contain_text("Achilles")


@pytest.mark.parametrize("screen", SCREENS)
def test_rts003_two_roots_in_two_styles_both_maps_leg_in_sight(browser, roots_url, screen):
    with watched_page(browser, **SCREENS[screen]) as page:
        page.goto(roots_url + "/roots?roots=L5,S1")
        for map_id in (CLASSIC, EVIDENCE):
            first = page.locator(f'{map_id} path[data-highlight="dermatome"]')
            second = page.locator(f'{map_id} path[data-highlight="essential"]')
            expect(first.first).to_be_attached()
            expect(second.first).to_be_attached()
            assert _ink(page, f'{map_id} path[data-highlight="dermatome"]') != _ink(
                page, f'{map_id} path[data-highlight="essential"]'
            )
            hatch = page.locator(f'{map_id} pattern[id$="-hatch"] .bodymap__hatch-line')
            back = page.locator(f'{map_id} pattern[id$="-hatch-back"] .bodymap__hatch-line')
            assert _ink(page, f'{map_id} pattern[id$="-hatch"] .bodymap__hatch-line') != _ink(
                page, f'{map_id} pattern[id$="-hatch-back"] .bodymap__hatch-line'
            )
            expect(hatch.first).to_be_attached()
            expect(back.first).to_be_attached()
        key = page.locator(f"#{ids.ROOTS_KEY}")
        expect(key).to_contain_text("L5: dark blue lines falling to the right")
        expect(key).to_contain_text("S1: teal lines rising to the right")
        # Both maps, from the low back to the foot, on the first screen.
        height = SCREENS[screen]["viewport"]["height"]
        for map_id in (CLASSIC, EVIDENCE):
            box = page.locator(f"{map_id} .bodymap__svg").first.bounding_box()
            assert box["height"] > 300 and box["y"] + box["height"] <= height, (screen, box)
        boxes = [page.locator(f"{m}").bounding_box() for m in (CLASSIC, EVIDENCE)]
        assert boxes[0]["x"] + boxes[0]["width"] <= boxes[1]["x"], "side by side"


@pytest.mark.parametrize("screen", SCREENS)
def test_rts004_the_address_follows_the_choice_and_a_reload_keeps_it(browser, roots_url, screen):
    with watched_page(browser, **SCREENS[screen]) as page:
        page.goto(roots_url + "/roots?roots=L5,S1")
        page.locator(f"#{ids.ROOTS_SECOND}").select_option("L3")
        expect(page).to_have_url(roots_url + "/roots?roots=L5,L3")
        page.locator(f"#{ids.ROOTS_PICKER}").select_option("S2")
        expect(page).to_have_url(roots_url + "/roots?roots=S2,L3")
        page.reload()
        expect(page.locator(f"#{ids.ROOTS_PICKER}")).to_have_value("S2")
        expect(page.locator(f"#{ids.ROOTS_SECOND}")).to_have_value("L3")
        drawn = page.locator(f'{CLASSIC} path[data-highlight="essential"] title')
        expect(drawn.first).to_have_text(re.compile(r"^L3, "))
        first = page.locator(f'{CLASSIC} path[data-highlight="dermatome"] title')
        expect(first.first).to_have_text(re.compile(r"^S2, "))
        page.locator(f"#{ids.ROOTS_SECOND}").select_option("none")
        expect(page).to_have_url(roots_url + "/roots?roots=S2")
        expect(page.locator(f'{CLASSIC} path[data-highlight="essential"]')).to_have_count(0)


def test_rts005_a_bad_address_changes_nothing_and_says_why(browser, roots_url):
    with watched_page(browser) as page:
        page.goto(roots_url + "/roots?roots=X9,%3Cb%3E")
        problem = page.locator(f"#{ids.ROOTS_PROBLEM}")
        expect(problem).to_be_visible()
        expect(problem).to_contain_text("Showing L5 and S1 instead.")
        expect(page.locator(f"#{ids.ROOTS_PICKER}")).to_have_value("L5")
        expect(page.locator(f'{CLASSIC} path[data-highlight="essential"]').first).to_be_attached()
        assert "<b>" not in page.locator("main").inner_text()
        # Choosing again clears the message and writes a good address.
        page.locator(f"#{ids.ROOTS_SECOND}").select_option("S2")
        expect(problem).to_be_hidden()
        expect(page).to_have_url(roots_url + "/roots?roots=L5,S2")


def test_rts006_c6_on_the_arm_and_where_the_maps_disagree_about_it(browser, roots_url):
    with watched_page(browser) as page:
        page.goto(roots_url + "/roots?roots=L5")
        page.locator(f"#{ids.ROOTS_PICKER}").select_option("C6")
        expect(page).to_have_url(roots_url + "/roots?roots=C6")
        card = page.locator(f"#{ids.ROOTS_CARD}")
        expect(card.locator("h2")).to_have_text("Root C6")
        expect(card).to_contain_text("wrist extensors")
        expect(card).to_contain_text("thumb")
        drawn = page.locator(f'{CLASSIC} path[data-highlight="dermatome"] title')
        expect(drawn.first).to_have_text(re.compile(r"^C6, "))
        # C6 lies on the arm: its drawing sits beside the forearm, not on the legs
        forearm = page.locator(f'{CLASSIC} path[data-region="right_forearm_palm_side"]').first
        c6 = page.locator(f'{CLASSIC} path[data-highlight="dermatome"]').first
        arm, skin = forearm.bounding_box(), c6.bounding_box()
        assert skin["y"] < arm["y"] + arm["height"] and arm["y"] < skin["y"] + skin["height"]
        page.locator(f"#{ids.ROOTS_DISAGREE}").get_by_role("checkbox").check()
        focus = 'path[data-highlight="focus"][data-for="right_forearm_palm_side"]'
        expect(page.locator(f"{EVIDENCE} {focus}")).to_have_count(1)
        expect(page.locator(f"{CLASSIC} {focus}")).to_have_count(1)
