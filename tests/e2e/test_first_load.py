"""A first load needs one round trip for its page, not two: the page comes with the frame
(pages.first_page), and Dash's page router is asked only when the reader moves on."""

from __future__ import annotations

import json

from playwright.sync_api import expect

from dashapp import store
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

ROUTER = "_pages_content"


def test_fl001_a_page_arrives_with_its_frame_and_links_still_lead_on(browser, app):
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        patient = store.create_patient(db, "Ann Example")
        visit = store.create_visit(db, patient.id)
    with serve(app) as url, watched_page(browser) as page:
        asked: list[str] = []
        page.on(
            "request",
            lambda r: (
                asked.append(json.loads(r.post_data or "{}").get("output", ""))
                if "_dash-update-component" in r.url
                else None
            ),
        )
        for address, heading in (
            ("/", "Where does it hurt?"),
            (f"/patients/{patient.id}", "Ann Example"),
            (f"/sessions/{visit.id}", "Ann Example: session of"),
            ("/atlas?muscle=piriformis&side=left", "Muscle atlas"),
        ):
            page.goto(url + address)
            expect(page.locator("h1")).to_contain_text(heading)
            page.wait_for_load_state("networkidle")
            assert not [o for o in asked if ROUTER in o], address
        # Moving on within the app is the router's work, as before.
        page.locator("nav a", has_text="Patients").first.click()
        expect(page.locator("h1")).to_have_text("Patients")
        assert [o for o in asked if ROUTER in o]
        assert page.url.endswith("/patients")
