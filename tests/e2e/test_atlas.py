"""The therapist's muscle atlas in a browser, on the shipped atlas and body."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

MAP = f"#{ids.ATLAS_MAP}"
CARD = f"#{ids.ATLAS_CARD}"
# The card names the muscle in lay words, then its Latin name: "(gluteus minimus, ...)".
LATIN = "h2 .atlas-card__latin"


def latin(name: str) -> str:
    return f"({name[0].lower()}{name[1:]})"


@pytest.fixture(scope="module")
def atlas_url():
    with serve(create_app()) as url:
        yield url


@pytest.fixture
def atlas_page(browser):
    with watched_page(browser, viewport={"width": 1400, "height": 1000}) as page:
        yield page


def open_atlas(page: Page, url: str, query: str = "") -> None:
    page.goto(f"{url}/atlas{query}")
    expect(page.locator(f"{MAP} [role=checkbox]").first).to_be_attached()


def test_atl001_link_opens_gluteus_minimus_with_its_zones(atlas_page: Page, atlas_url: str):
    open_atlas(atlas_page, atlas_url, "?muscle=gluteus_minimus_anterior&side=right")
    expect(atlas_page.locator(CARD).locator(LATIN)).to_have_text(
        latin("Gluteus minimus, anterior part")
    )
    expect(atlas_page.locator(CARD)).to_contain_text("Can mimic an L5 nerve-root problem")
    expect(atlas_page.locator(CARD)).to_contain_text("Right side")
    essential = atlas_page.locator(f'{MAP} path[data-highlight="essential"]')
    spillover = atlas_page.locator(f'{MAP} path[data-highlight="spillover"]')
    expect(essential.first).to_be_attached()
    expect(spillover.first).to_be_attached()
    assert "stipple" in spillover.first.evaluate("e => e.style.fill")
    expect(atlas_page.locator(f"{MAP} [data-marker]").first).to_be_attached()
    chosen = atlas_page.locator(f'{MAP} [data-region="right_gluteus_minimus_anterior"]')
    expect(chosen).to_have_attribute("aria-checked", "true")


def test_atl002_keyboard_only_muscle_list(atlas_page: Page, atlas_url: str):
    open_atlas(atlas_page, atlas_url)
    atlas_page.locator(".brand").focus()
    for _ in range(10):
        atlas_page.keyboard.press("Tab")
        if atlas_page.evaluate("document.activeElement.id") == ids.ATLAS_PICKER:
            break
    else:
        pytest.fail("Tab never reached the muscle list")
    atlas_page.keyboard.type("pirif")
    expect(atlas_page.locator(CARD).locator(LATIN)).to_have_text(latin("Piriformis"))
    atlas_page.keyboard.press("ArrowDown")
    expect(atlas_page.locator(CARD).locator(LATIN)).not_to_have_text(latin("Piriformis"))


def test_atl003_clicking_a_muscle_on_the_map_opens_it(atlas_page: Page, atlas_url: str):
    open_atlas(atlas_page, atlas_url)
    outline = atlas_page.locator(f'{MAP} [role=checkbox][data-region="left_vastus_lateralis"]')
    outline.focus()
    atlas_page.keyboard.press("Enter")
    expect(atlas_page.locator(CARD).locator(LATIN)).to_have_text(latin("Vastus lateralis"))
    expect(atlas_page.locator(CARD)).to_contain_text("Left side")
    expect(outline).to_have_attribute("aria-checked", "true")


def test_atl004_previous_next_side_and_presentation(atlas_page: Page, atlas_url: str):
    open_atlas(atlas_page, atlas_url, "?muscle=gluteus_minimus_anterior&side=right")
    atlas_page.locator(f"#{ids.ATLAS_NEXT}").click()
    expect(atlas_page.locator(CARD).locator(LATIN)).to_have_text(
        latin("Gluteus minimus, posterior part")
    )
    atlas_page.locator(f"#{ids.ATLAS_PREV}").click()
    expect(atlas_page.locator(CARD).locator(LATIN)).to_have_text(
        latin("Gluteus minimus, anterior part")
    )
    atlas_page.locator(f"#{ids.ATLAS_SIDE}").get_by_role("radio", name="Left").check()
    expect(atlas_page.locator(CARD)).to_contain_text("Left side")
    present = atlas_page.locator(f"#{ids.ATLAS_PRESENT}")
    expect(present).to_have_attribute(
        "href", "/atlas?muscle=gluteus_minimus_anterior&side=left&present=1"
    )
    present.click()
    expect(atlas_page.locator(".page--present")).to_be_visible()
    expect(atlas_page.locator(CARD).locator(LATIN)).to_have_text(
        latin("Gluteus minimus, anterior part")
    )
    expect(atlas_page.locator(".atlas-card__section").first).to_be_hidden()


def test_atl006_the_address_follows_next_and_the_side(atlas_page: Page, atlas_url: str):
    open_atlas(atlas_page, atlas_url, "?muscle=gluteus_minimus_anterior&side=right&present=1")
    atlas_page.locator(f"#{ids.ATLAS_NEXT}").click()
    posterior = "/atlas?muscle=gluteus_minimus_posterior&side=right&present=1"
    atlas_page.wait_for_url(f"{atlas_url}{posterior}")
    atlas_page.locator(f"#{ids.ATLAS_SIDE}").get_by_role("radio", name="Left").check()
    atlas_page.wait_for_url(f"{atlas_url}{posterior.replace('right', 'left')}")
    # A reload, or the address sent to someone else, opens the same muscle, side and mode.
    atlas_page.reload()
    expect(atlas_page.locator(".page--present")).to_be_visible()
    expect(atlas_page.locator(CARD).locator(LATIN)).to_have_text(
        latin("Gluteus minimus, posterior part")
    )
    expect(atlas_page.locator(CARD)).to_contain_text("Left side")


def test_atl005_unknown_muscle_in_the_address(atlas_page: Page, atlas_url: str):
    open_atlas(atlas_page, atlas_url, "?muscle=gluteus_maximum")
    expect(atlas_page.locator(".notice").first).to_contain_text("no muscle called")
    expect(atlas_page.locator(CARD).locator(LATIN)).to_have_text(
        latin("Gluteus minimus, anterior part")
    )
