"""Stretches handed out on a saved session, in a browser, on a fresh SQLite database."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app, store
from dashapp.store.mapping import stretches_of
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page


@pytest.fixture
def records(test_config):
    app = create_app(test_config)
    with serve(app) as url:
        yield url, app.server.extensions["painmap"]


@pytest.fixture
def page(browser, records):
    with watched_page(browser) as page:
        yield page


def test_str001_hand_out_remove_and_the_notes_still_save(page: Page, records):
    url, services = records
    with services.db.begin() as db:
        visit_id = store.create_visit(db, store.create_patient(db, "Stretched").id).id
    page.goto(f"{url}/sessions/{visit_id}")
    listed = page.locator(f"#{ids.SESSION_STRETCHES}")
    expect(listed).to_contain_text("None handed out yet")
    for muscle in ("piriformis", "soleus", "piriformis"):
        page.locator(f"#{ids.SESSION_S_MUSCLE}").select_option(muscle)
        page.locator(f"#{ids.SESSION_S_ADD}").click()
    expect(page.locator(f"#{ids.SESSION_S_MESSAGE}")).to_have_text("Already handed out.")
    expect(listed.locator("li")).to_have_count(2)
    expect(listed).to_contain_text("Hold for about 30 seconds")
    listed.get_by_role("button", name="Remove the stretch for Piriformis").click()
    expect(page.locator(f"#{ids.SESSION_S_MESSAGE}")).to_have_text("Removed.")
    expect(listed.locator("li")).to_have_count(1)
    # The notes still save after the stretches changed the session's version.
    page.locator(f"#{ids.SESSION_NOTES}").fill("Shown the calf stretch.")
    expect(page.locator(f"#{ids.SESSION_STATUS}")).to_contain_text("Saved at")
    with services.db() as db:
        saved = store.get_visit(db, visit_id)
        assert stretches_of(saved, services.vocabulary) == ("soleus",)
        assert saved.notes == "Shown the calf stretch."
