"""Every page on a phone, a tablet and a desktop: nothing wider than the screen, every control
big enough for the pointer (44 px for a finger, 24 px for a mouse), no error in the console;
and the navigation, which folds into a menu on a phone.

One server (the shipped body map and the demo patient) for the module, one browser context
per screen size.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app, store
from dashapp.pages import PAGES
from dashapp.store.accounts import add_user
from dashapp.store.db import init_db, session_factory
from dashapp.store.intake_links import create_link
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

# name: (width, height, touch)
SIZES = {"phone": (390, 844, True), "tablet": (820, 1180, True), "desktop": (1366, 900, False)}
FINGER, MOUSE = 44, 24

# The page's width against the screen's, and what sticks out past the screen's right edge.
OVERFLOW = """() => {
  const W = document.documentElement.clientWidth;
  const wide = document.documentElement.scrollWidth;
  const out = [];
  if (wide > W + 1) {
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width && r.right > W + 1 && getComputedStyle(el).position !== 'fixed') {
        const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
        out.push(name + ' right=' + Math.round(r.right));
        if (out.length >= 5) break;
      }
    }
  }
  return {width: W, scrollWidth: wide, sticking: out};
}"""

# Every visible control smaller than `least` px either way. Exempt: the body map's own areas
# (inside its SVG: their size is the map's zoom, checked by the map's tests) and a link inside
# a sentence (WCAG 2.5.8's inline exception: an inline link whose block has other words).
SMALL = """least => {
  const sel = 'button, a[href], input:not([type=hidden]), select, textarea, summary, ' +
    '[role=button], [role=radio], [role=checkbox], [role=tab], [role=switch], [role=option], ' +
    '[role=menuitem], [role=link]';
  const words = block => {
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement.closest('a, button')) text += walker.currentNode.data;
    }
    return /\\p{L}/u.test(text);
  };
  const inSentence = el => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) {
      block = block.parentElement;
    }
    return block !== null && words(block);
  };
  const small = [];
  for (const el of document.querySelectorAll(sel)) {
    const r = el.getBoundingClientRect();
    const st = getComputedStyle(el);
    if (!r.width || !r.height || st.visibility === 'hidden' || st.display === 'none') continue;
    if (el.closest('svg') || inSentence(el)) continue;
    if (r.width < least - 0.5 || r.height < least - 0.5) {
      const name = (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName);
      small.push(name.trim().slice(0, 40) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
    }
  }
  return small;
}"""


@pytest.fixture(scope="module")
def site(browser, tmp_path_factory):
    """The app on the shipped reference data with the demo patient; every page's address."""
    folder = tmp_path_factory.mktemp("screens")
    app = create_app(
        {"SECRET_KEY": "test", "DATABASE_URL": f"sqlite:///{folder / 'painmap.db'}", "DEMO": False}
    )
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        patient = store.seed_demo(db, services.vocabulary)
        visits = store.list_visits(db, patient.id)
        _, token = create_link(db, patient.id)  # the page of a phone with an intake link
        record = {
            "<patient_id>": str(patient.id),
            "<visit_id>": str(visits[0].id),
            "<token>": token,
        }
    paths = []
    for _module, address, _name, _layout in PAGES:
        for template, value in record.items():
            address = address.replace(template, value)
        paths.append(address)
    with serve(app) as url:
        yield url, paths


# The clinic's own pages (plain HTML), and a Dash page with who is signed in in its header.
CLINIC_PAGES = ("/admin/users", "/admin/audit", "/patients")
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def clinic(browser, tmp_path_factory):
    """The app in clinic mode, with one admin account."""
    address = f"sqlite:///{tmp_path_factory.mktemp('clinic') / 'painmap.db'}"
    engine = init_db(address)
    with session_factory(engine).begin() as db:
        add_user(db, "alice", "admin", PASSWORD)
    engine.dispose()
    app = create_app({"SECRET_KEY": "test", "DATABASE_URL": address, "MODE": "clinic"})
    with serve(app) as url:
        yield url


def problems_on(page: Page, path: str, least: int) -> list[str]:
    """What is wrong with the page shown: wider than the screen, or controls too small."""
    found = []
    fit = page.evaluate(OVERFLOW)
    if fit["scrollWidth"] > fit["width"] + 1:
        found.append(
            f"{path}: {fit['scrollWidth']} px wide on a {fit['width']} px screen "
            f"({', '.join(fit['sticking'])})"
        )
    small = page.evaluate(SMALL, least)
    if small:
        found.append(f"{path}: {len(small)} controls under {least} px: {small[:8]}")
    return found


def visit(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    expect(page.locator(f"#{ids.SHELL_MAIN} ._dash-loading")).to_have_count(0)
    expect(page.locator(f"#{ids.SHELL_MAIN} h1").first).to_be_visible()


@pytest.mark.parametrize("size", SIZES)
def test_scr001_every_page_fits_the_screen_with_targets_big_enough(browser, site, size):
    url, paths = site
    width, height, touch = SIZES[size]
    least = FINGER if touch else MOUSE
    options = {"viewport": {"width": width, "height": height}, "has_touch": touch}
    problems = []
    with watched_page(browser, is_mobile=touch, **options) as page:
        for path in paths:
            visit(page, url + path)
            problems += problems_on(page, path, least)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", SIZES)
def test_scr002_the_clinics_pages_fit_the_screen_with_targets_big_enough(browser, clinic, size):
    width, height, touch = SIZES[size]
    least = FINGER if touch else MOUSE
    options = {"viewport": {"width": width, "height": height}, "has_touch": touch}
    with watched_page(browser, is_mobile=touch, **options) as page:
        page.goto(clinic + "/signin")
        problems = problems_on(page, "/signin", least)
        page.locator("#signin-name").fill("alice")
        page.locator("#signin-password").fill(PASSWORD)
        page.locator("#signin-submit").click()
        page.wait_for_url(clinic + "/")
        for path in CLINIC_PAGES:
            visit(page, clinic + path)
            problems += problems_on(page, path, least)
    assert not problems, "\n".join(problems)


PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}


def test_scr003_the_phones_navigation_is_a_menu_the_keyboard_opens_and_closes(browser, site):
    url, _ = site
    with watched_page(browser, **PHONE) as page:
        visit(page, url + "/")
        menu = page.locator(f"#{ids.SHELL_MENU}")
        nav = page.locator(f"#{ids.SHELL_NAV}")
        expect(menu).to_have_attribute("aria-expanded", "false")
        expect(menu).to_have_attribute("aria-controls", ids.SHELL_NAV)
        expect(nav).to_be_hidden()
        menu.focus()
        page.keyboard.press("Enter")
        expect(menu).to_have_attribute("aria-expanded", "true")
        patients = page.get_by_role("group", name="For patients")
        therapists = page.get_by_role("group", name="For therapists")
        expect(patients.get_by_role("link", name="Where does it hurt?")).to_be_visible()
        expect(therapists.get_by_role("link", name="Patients")).to_be_visible()
        page.keyboard.press("Escape")
        expect(menu).to_have_attribute("aria-expanded", "false")
        expect(nav).to_be_hidden()
        expect(menu).to_be_focused()
        page.keyboard.press("Space")
        expect(menu).to_have_attribute("aria-expanded", "true")
        therapists.get_by_role("link", name="Muscle atlas").click()
        page.wait_for_url("**/atlas")
        # The new page opens with the menu folded again.
        expect(menu).to_have_attribute("aria-expanded", "false")
        expect(nav).to_be_hidden()


@pytest.mark.parametrize("size", ["tablet", "desktop"])
def test_scr004_wider_screens_show_both_sections_without_a_menu(browser, site, size):
    url, _ = site
    width, height, touch = SIZES[size]
    options = {"viewport": {"width": width, "height": height}, "has_touch": touch}
    with watched_page(browser, is_mobile=touch, **options) as page:
        visit(page, url + "/")
        expect(page.locator(f"#{ids.SHELL_MENU}")).to_be_hidden()
        for section, link in (("For patients", "A few questions"), ("For therapists", "Findings")):
            group = page.get_by_role("group", name=section)
            expect(group.get_by_role("link", name=link)).to_be_visible()


def test_scr005_the_navigation_marks_the_page_on_screen(browser, site):
    url, paths = site
    session = next(path for path in paths if path.startswith("/sessions/"))
    with watched_page(browser) as page:
        visit(page, url + "/atlas")
        nav = page.locator(f"#{ids.SHELL_NAV}")
        current = nav.locator('a[aria-current="page"]')
        expect(current).to_have_count(1)
        expect(current).to_have_text("Muscle atlas")
        nav.get_by_role("link", name="Nerve roots").click()
        page.wait_for_url("**/roots")
        expect(current).to_have_text("Nerve roots")
        expect(current).to_have_count(1)
        # A session belongs to the therapist's patients.
        visit(page, url + session)
        expect(current).to_have_text("Patients")
        visit(page, url + "/")
        expect(current).to_have_text("Where does it hurt?")
