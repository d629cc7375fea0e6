"""The session page's autosave in a browser: fast typing over a slow server, a server killed
mid-typing, failing saves, and a real conflict with another tab."""

from __future__ import annotations

import threading
import time

import flask
import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app, store
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page
from tests.reliability.server import Server

NOTES = f"#{ids.SESSION_NOTES}"
STATUS = f"#{ids.SESSION_STATUS}"
FIELD_STATUS = f"#{ids.SESSION_FIELD_STATUS}"
CONFLICT = f"#{ids.SESSION_CONFLICT}"
# What Chromium logs for each request a test makes fail on purpose.
FAILED_REQUESTS = ("Failed to load resource", "ERR_CONNECTION_REFUSED")
LATENCY = 0.2  # seconds added to every POST


def typed_text(length: int) -> str:
    words = "tight band over the left glute, worse sitting; eased by walking. "
    text = (words * (length // len(words) + 1))[: length - 1]
    return text[: length // 2] + "\n" + text[length // 2 :]


def region(page: Page, region_id: str):
    return page.locator(f'#{ids.SESSION_MAP} [role=checkbox][data-region="{region_id}"]')


def new_session(services, name: str) -> int:
    with services.db.begin() as db:
        return store.create_visit(db, store.create_patient(db, name).id).id


def held(services, visit_id: int):
    with services.db() as db:
        visit = store.get_visit(db, visit_id)
        return visit.notes, [m.region for m in visit.marks], [m.intensity for m in visit.marks]


def reload(page: Page) -> None:
    """Reload for real: a reload held back by the unsaved-changes prompt would keep the text."""
    page.evaluate("window.beforeReload = true")
    page.reload()
    assert page.evaluate("window.beforeReload") is None, "the page did not reload"


@pytest.fixture
def slow_server(test_config):
    app = create_app(test_config)

    @app.server.before_request
    def latency():
        if flask.request.method == "POST":
            time.sleep(LATENCY)

    with serve(app) as url:
        yield url, app.server.extensions["painmap"]


@pytest.fixture
def records_app(test_config):
    app = create_app(test_config)
    with serve(app) as url:
        yield url, app.server.extensions["painmap"]


@pytest.fixture
def page(browser, records_app):
    with watched_page(browser, expected=FAILED_REQUESTS) as page:
        yield page


def unload_is_held(page: Page) -> bool:
    """Whether leaving now would ask first (the beforeunload handler cancels the event)."""
    return page.evaluate(
        "() => { const e = new Event('beforeunload', {cancelable: true});"
        " window.dispatchEvent(e); return e.defaultPrevented; }"
    )


def test_save001_fast_typing_over_a_slow_server_keeps_every_key(browser, slow_server):
    url, services = slow_server
    visit_id = new_session(services, "Fast Typist")
    # About three seconds of typing: a dozen saves of 0.2 s each, one after another.
    text = typed_text(240)
    with watched_page(browser) as page:
        page.goto(f"{url}/sessions/{visit_id}")
        expect(region(page, "left_shin")).to_be_attached()
        notes = page.locator(NOTES)
        notes.press_sequentially(text[:120], delay=10)
        # The map and the per-area answers share the one save in flight with the notes.
        region(page, "left_shin").click()
        card = page.locator(f'#{ids.SESSION_EDITOR} fieldset[data-region="left_shin"]')
        card.get_by_role("radio", name="7", exact=True).check()
        notes.press_sequentially(text[120:], delay=10)
        expect(page.locator(STATUS)).to_contain_text("Saved at", timeout=10_000)
        expect(page.locator(FIELD_STATUS)).to_contain_text("Saved at")
        assert not unload_is_held(page), "every change was acknowledged"
        assert held(services, visit_id) == (text, ["left_shin"], [7])
        reload(page)
        expect(page.locator(NOTES)).to_have_value(text)
        expect(region(page, "left_shin")).to_have_attribute("aria-checked", "true")


def test_save002_failing_saves_are_shown_and_retried(page: Page, records_app):
    url, services = records_app
    visit_id = new_session(services, "Failing")
    failures = {"left": 2}

    def fail_twice(route):
        if failures["left"]:
            failures["left"] -= 1
            route.fulfill(status=500, body="boom")
        else:
            route.continue_()

    page.route("**/autosave", fail_twice)
    page.goto(f"{url}/sessions/{visit_id}")
    page.locator(NOTES).fill("first words")
    expect(page.locator(FIELD_STATUS)).to_contain_text("Not saved, retrying")
    assert unload_is_held(page), "leaving the page with unsaved changes asks first"
    expect(page.locator(STATUS)).to_contain_text("Saved at", timeout=10_000)
    assert not unload_is_held(page)
    assert held(services, visit_id)[0] == "first words"


def test_save003_a_second_tab_offers_theirs_mine_or_both(browser, records_app):
    url, services = records_app
    visit_id = new_session(services, "Two Tabs")
    expected = {
        "theirs": "their notes 0",
        "mine": "my notes 1",
        "merge": "their notes 2\n\nmy notes 2",
    }
    buttons = {
        "theirs": ids.SESSION_SEE_THEIRS,
        "mine": ids.SESSION_KEEP_MINE,
        "merge": ids.SESSION_MERGE,
    }
    with watched_page(browser) as theirs, watched_page(browser) as mine:
        mine.goto(f"{url}/sessions/{visit_id}")
        for turn, choice in enumerate(expected):
            theirs.goto(f"{url}/sessions/{visit_id}")
            theirs.locator(NOTES).fill(f"their notes {turn}")
            expect(theirs.locator(STATUS)).to_contain_text("Saved at")
            mine.locator(NOTES).fill(f"my notes {turn}")
            expect(mine.locator(STATUS)).to_contain_text("changed elsewhere")
            expect(mine.locator(CONFLICT)).to_be_visible()
            expect(mine.locator(f"#{ids.SESSION_CONFLICT_THEIRS}")).to_have_text(
                f"their notes {turn}"
            )
            expect(mine.locator(NOTES)).to_have_value(f"my notes {turn}")
            mine.locator(f"#{buttons[choice]}").click()
            expect(mine.locator(NOTES)).to_have_value(expected[choice])
            expect(mine.locator(CONFLICT)).to_be_hidden()
            if choice != "theirs":
                expect(mine.locator(STATUS)).to_contain_text("Saved at")
            assert held(services, visit_id)[0] == expected[choice]


@pytest.mark.slow
def test_save004_server_killed_mid_typing_loses_nothing(browser, tmp_path):
    url = f"sqlite:///{tmp_path / 'painmap.db'}"
    engine = store.init_db(url)
    with store.session_factory(engine).begin() as db:
        visit_id = store.create_visit(db, store.create_patient(db, "Crash").id).id
    log = tmp_path / "server.log"
    server = Server(url, log)
    text = typed_text(300)
    try:
        with watched_page(browser, expected=FAILED_REQUESTS) as page:
            page.goto(f"{server.base}/sessions/{visit_id}")
            notes = page.locator(NOTES)
            killer = threading.Timer(1.5, server.kill)
            killer.start()
            notes.press_sequentially(text, delay=15)
            killer.join()
            expect(page.locator(FIELD_STATUS)).to_contain_text("Not saved, retrying")
            assert unload_is_held(page)
            server = Server(url, log, port=server.port)
            expect(page.locator(STATUS)).to_contain_text("Saved at", timeout=15_000)
            assert not unload_is_held(page)
    finally:
        server.kill()
    with store.session_factory(engine)() as db:
        assert store.get_visit(db, visit_id).notes == text
    engine.dispose()
