"""The nerve-root page in a browser, on the shipped maps."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from dashapp import create_app
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

MAP = f"#{ids.ROOTS_MAP}"


@pytest.fixture(scope="module")
def roots_url():
    with serve(create_app()) as url:
        yield url


def test_rts001_switch_maps_and_see_where_they_disagree_about_l4(browser, roots_url):
    with watched_page(browser) as page:
        page.goto(roots_url + "/roots?root=L4&map=classic")
        card = page.locator(f"#{ids.ROOTS_CARD}")
        expect(card.locator("h2")).to_have_text("Root L4")
        expect(card).to_contain_text("Ankle dorsiflexion")
        expect(card).to_contain_text("Patellar")
        dermatome = page.locator(f'{MAP} path[data-highlight="dermatome"]')
        expect(dermatome.first).to_be_attached()
        classic_count = dermatome.count()
        expect(page.locator(f"{MAP} .bodymap__marker--dot").first).to_be_attached()

        page.locator(f"#{ids.ROOTS_MAP_SWITCH}").get_by_role(
            "radio", name="Evidence-based map (Lee et al. 2008 style)"
        ).check()
        expect(card).to_contain_text("below the knee")
        page.locator(f"#{ids.ROOTS_DISAGREE}").get_by_role("checkbox").check()
        disagree = page.locator(f'{MAP} path[data-highlight="focus"]')
        expect(disagree.first).to_be_attached()
        thigh = page.locator(
            f'{MAP} path[data-highlight="focus"][data-for="right_thigh_outer_lower"]'
        )
        expect(thigh).to_have_count(1)
        assert classic_count >= 2


def test_rts002_key_point_and_movement_for_s1(browser, roots_url):
    with watched_page(browser) as page:
        page.goto(roots_url + "/roots")
        page.locator(f"#{ids.ROOTS_PICKER}").get_by_role("radio", name="S1", exact=True).check()
        card = page.locator(f"#{ids.ROOTS_CARD}")
        expect(card.locator("h2")).to_have_text("Root S1")
        expect(card).to_contain_text("Pointing the foot down")
        expect(card).to_contain_text("Achilles")
