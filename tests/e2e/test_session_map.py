"""The session page's map on a tablet: the closer views and "Find an area", so that a
therapist's finger marks the area meant (the side of the neck, a finger), and the marks are
saved as they are made."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app, store
from dashapp.ui import ids
from dashapp.ui.components.bodymap import HAND, NECK_ARM
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page
from tests.e2e.test_bodymap_upper import inside
from tests.e2e.test_session_consult import saved

TABLET = {"viewport": {"width": 768, "height": 1024}, "has_touch": True, "is_mobile": True}
MAP = f"#{ids.SESSION_MAP}"
# A body point on the screen, brought into view first: the region's own drawing maps it.
TO_SCREEN = f"""([id, x, y]) => {{ const p = document.querySelector(
        `{MAP} [data-region="${{id}}"][role="checkbox"]`);
    p.scrollIntoView({{block: 'center', inline: 'center'}});
    const m = p.getScreenCTM(); return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]; }}"""
# True once every drawing's window has kept its scroll place for a few frames.
SETTLED = """(sel) => { const now = [...document.querySelectorAll(sel)]
        .map(f => f.scrollLeft + ',' + f.scrollTop).join(';') + ';' + scrollY;
    const same = now === window.__lastPlace; window.__lastPlace = now;
    window.__still = same ? (window.__still || 0) + 1 : 0; return window.__still >= 3; }"""


@pytest.fixture
def shipped(test_config):
    """The shipped body (its closer views), on a database of the test's own."""
    config = {key: value for key, value in test_config.items() if key != "GEOMETRY_DIR"}
    return create_app(config)


@pytest.fixture
def visit_id(shipped):
    services = shipped.server.extensions["painmap"]
    with services.db.begin() as db:
        return store.create_visit(db, store.create_patient(db, "Armed").id).id


@pytest.fixture
def page(browser, shipped):
    with serve(shipped) as url, watched_page(browser, **TABLET) as page:
        page.base_url = url
        yield page


def region(page: Page, region_id: str):
    return page.locator(f'{MAP} [data-region="{region_id}"][role="checkbox"]')


def choose(page: Page, view_id: str) -> None:
    button = page.locator(f'{MAP} [data-focus-view="{view_id}"]')
    button.tap()
    expect(button).to_have_attribute("aria-pressed", "true")
    # The view scrolls to its opening place (smoothly, on a touch screen): tap once it rests.
    page.wait_for_function(SETTLED, arg=f"{MAP} .bodymap__view", polling=100)


def tap_region(page: Page, region_id: str) -> None:
    x, y = page.evaluate(TO_SCREEN, [region_id, *inside(region_id)])
    page.touchscreen.tap(x, y)


def marked(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        f'{MAP} [role="checkbox"][aria-checked="true"]', "els => els.map(e => e.dataset.region)"
    )


def kept(app, visit_id: int) -> list[str]:
    """The areas the session holds in the database."""
    with app.server.extensions["painmap"].db() as db:
        return [mark.region for mark in store.get_visit(db, visit_id).marks]


def test_sesmap001_closer_views_mark_the_neck_and_a_finger_and_keep_them(
    page: Page, visit_id: int, shipped
):
    page.goto(f"{page.base_url}/sessions/{visit_id}")
    choose(page, NECK_ARM)
    tap_region(page, "right_neck_side")
    expect(region(page, "right_neck_side")).to_have_attribute("aria-checked", "true")
    tap_region(page, "right_forearm_thumb_side")
    expect(region(page, "right_forearm_thumb_side")).to_have_attribute("aria-checked", "true")
    choose(page, HAND)
    tap_region(page, "right_index_finger_front")
    expect(region(page, "right_index_finger_front")).to_have_attribute("aria-checked", "true")
    assert sorted(marked(page)) == [
        "right_forearm_thumb_side",
        "right_index_finger_front",
        "right_neck_side",
    ]
    saved(page)
    # The save may still be on its way on a loaded machine: wait for it, up to ten seconds.
    for _ in range(50):
        if sorted(kept(shipped, visit_id)) == sorted(marked(page)):
            break
        page.wait_for_timeout(200)
    assert sorted(kept(shipped, visit_id)) == sorted(marked(page))
    page.reload()
    expect(region(page, "right_index_finger_front")).to_have_attribute("aria-checked", "true")


def test_sesmap002_find_an_area_moves_the_map_to_it_without_marking(page: Page, visit_id: int):
    page.goto(f"{page.base_url}/sessions/{visit_id}")
    box = page.get_by_role("combobox", name="Find an area")
    box.fill("left side of neck")
    box.press("Enter")
    found = page.evaluate("() => document.activeElement.dataset.region")
    assert found == "left_neck_side"
    expect(region(page, "left_neck_side")).to_have_attribute("aria-checked", "false")
    page.keyboard.press("Space")
    expect(region(page, "left_neck_side")).to_have_attribute("aria-checked", "true")
    saved(page)
