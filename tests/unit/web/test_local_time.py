"""Times in the reader's own time zone, told by their browser in a cookie: two sessions on one
day apart by their local times in the small maps, the record and the course report; the audit
trail in local time; the exports in UTC."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from dashapp import create_app, store
from dashapp.domain.chart import Mark, PainChart
from dashapp.pages import record_page, session_page
from dashapp.services import ZONE_COOKIE, local_zone
from tests.unit.web.clinic import ADMIN, clinic_app, clinic_database, sign_in

DAY = date(2026, 3, 9)
BEFORE, AFTER = datetime(2026, 3, 9, 8, 5, tzinfo=UTC), datetime(2026, 3, 9, 9, 20, tzinfo=UTC)
PARIS = {"Cookie": f"{ZONE_COOKIE}=Europe/Paris"}
S = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """A patient (id 1) seen twice on one day, before (8 out of 10) and after treatment (5)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'painmap.db'}"
    app = create_app({"SECRET_KEY": "test", "DATABASE_URL": url, "DEMO": False})
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        patient = store.create_patient(db, "Same Day")
        for started, intensity in ((BEFORE, 8), (AFTER, 5)):
            visit = store.create_visit(db, patient.id, DAY, copy_previous=False)
            visit.created_at = started
            db.flush()
            store.save_visit(
                db,
                visit.id,
                visit.version,
                chart=PainChart((Mark("sacrum", intensity),)),
                known=services.vocabulary,
            )
    return app


def in_paris(app):
    client = app.server.test_client()
    client.set_cookie(ZONE_COOKIE, "Europe/Paris")
    return client


def map_titles(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return [
        g.find(f"{S}text").text for g in root.findall(f"{S}g") if g.find(f"{S}title") is not None
    ]


def test_the_zone_is_the_browsers_and_anything_else_is_utc(app):
    for headers, expected in ((PARIS, "Europe/Paris"), ({}, "UTC")):
        with app.server.test_request_context("/", headers=headers):
            assert getattr(local_zone(), "key", "UTC") == expected
    with app.server.test_request_context("/", headers={"Cookie": f"{ZONE_COOKIE}=../../x"}):
        assert local_zone() is UTC
    assert local_zone() is UTC  # outside a request


def test_small_maps_of_one_day_are_apart_by_local_time(app):
    paris = in_paris(app).get("/patients/1/maps.svg").get_data(as_text=True)
    assert map_titles(paris) == ["2026-03-09 09:05", "2026-03-09 10:20"]
    utc = app.server.test_client().get("/patients/1/maps.svg").get_data(as_text=True)
    assert map_titles(utc) == ["2026-03-09 08:05", "2026-03-09 09:20"]


def texts(component) -> list[str]:
    """Every string in a Dash component tree."""
    if isinstance(component, str):
        return [component]
    children = getattr(component, "children", None)
    children = children if isinstance(children, list | tuple) else [children]
    return [t for c in children if c is not None for t in texts(c)]


def graphs(component) -> list:
    if getattr(component, "figure", None) is not None:
        return [component.figure]
    children = getattr(component, "children", None)
    children = children if isinstance(children, list | tuple) else [children]
    return [g for c in children if c is not None and not isinstance(c, str) for g in graphs(c)]


def test_the_record_lists_and_charts_both_sessions_in_local_time(app):
    with app.server.test_request_context("/patients/1", headers=PARIS):
        page = record_page(patient_id="1")
    words = texts(page)
    assert {"2026-03-09 09:05", "2026-03-09 10:20"} <= set(words)
    assert "Times are in your time zone (Europe/Paris)." in words
    for figure in graphs(page):
        assert tuple(figure.data[0].x) == ("2026-03-09 09:05", "2026-03-09 10:20")


def test_the_session_page_and_its_report_say_when_in_local_time(app):
    with app.server.test_request_context("/sessions/2", headers=PARIS):
        page = session_page(visit_id="2")
    assert "Same Day: session of 2026-03-09 10:20 CET" in texts(page)
    pdf = in_paris(app).get("/sessions/2/report.pdf").data
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Session of 9 March 2026, 10:20 CET" in text


def test_the_course_report_names_each_session_by_its_local_time(app):
    pdf = in_paris(app).get("/patients/1/report.pdf").data
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Session of 9 March 2026, 09:05 CET" in text
    assert "Session of 9 March 2026, 10:20 CET" in text
    assert "08:05" not in text


def test_the_exports_do_not_depend_on_the_readers_zone(app):
    for address in ("/patients/1/export.json", "/patients/1/marks.csv"):
        paris = in_paris(app).get(address).get_data()
        assert paris == app.server.test_client().get(address).get_data()


def test_the_audit_trail_is_shown_and_filtered_in_local_time(tmp_path):
    admin = clinic_app(clinic_database(tmp_path)).server.test_client()
    sign_in(admin, ADMIN)
    admin.get("/patients/1/marks.csv")
    admin.set_cookie(ZONE_COOKIE, "Pacific/Kiritimati")  # UTC+14: the local day runs ahead
    page = admin.get("/admin/audit").get_data(as_text=True)
    assert "Time (Pacific/Kiritimati)" in page and "+14</td>" in page
    csv_text = admin.get("/admin/audit.csv").get_data(as_text=True)
    assert "+00:00" in csv_text  # the download stays UTC


def test_the_admin_pages_ask_the_browser_its_zone_and_the_sign_in_page_does_not(tmp_path):
    app = clinic_app(clinic_database(tmp_path))
    client = app.server.test_client()
    assert "timezone.js" not in client.get("/signin").get_data(as_text=True)
    sign_in(client, ADMIN)
    assert '<script src="/assets/timezone.js"></script>' in client.get("/admin/audit").get_data(
        as_text=True
    )
