"""Times in the browser's own time zone: the browser says its zone once (assets/timezone.js),
and the record page, built on the server, shows two sessions of one day at their local times."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from playwright.sync_api import expect

from dashapp import create_app, store
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

DAY = date(2026, 3, 9)


@pytest.fixture
def same_day(test_config):
    """A patient (id 1) seen at 08:05 and 09:20 UTC on one day."""
    app = create_app(test_config)
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        patient = store.create_patient(db, "Same Day")
        for hour, minute in ((8, 5), (9, 20)):
            visit = store.create_visit(db, patient.id, DAY, copy_previous=False)
            visit.created_at = datetime(2026, 3, 9, hour, minute, tzinfo=UTC)
    with serve(app) as url:
        yield url


@pytest.mark.parametrize(
    "zone, times", [("Europe/Paris", ("09:05", "10:20")), ("America/New_York", ("04:05", "05:20"))]
)
def test_time001_the_record_reads_in_the_browsers_time_zone(browser, same_day, zone, times):
    with watched_page(browser, timezone_id=zone) as page:
        page.goto(f"{same_day}/patients/1")
        sessions = page.locator("ol.timeline li a")
        expect(sessions).to_have_text([f"2026-03-09 {t}" for t in times])
        expect(page.get_by_text(f"Times are in your time zone ({zone}).")).to_be_visible()
        assert page.context.cookies()[0]["value"] == zone


def test_time002_a_worker_that_never_answers_still_leaves_the_zone_before_the_page_is_built(
    browser, same_day
):
    """The zone is asked for in a worker; Dash settles it before its first request anyway."""
    zone = "Asia/Tokyo"
    with watched_page(browser, timezone_id=zone) as page:
        asked: list[str] = []

        def silent(route):
            asked.append(route.request.url)
            route.fulfill(body="self.close();", content_type="text/javascript")

        page.context.route("**/assets/workers/zone.js", silent)
        page.goto(f"{same_day}/patients/1")
        expect(page.locator("ol.timeline li a")).to_have_text(
            ["2026-03-09 17:05", "2026-03-09 18:20"]
        )
        assert asked, "the page did not start the worker"
        assert page.context.cookies()[0]["value"] == zone
