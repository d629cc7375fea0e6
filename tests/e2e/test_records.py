"""Patients and saved sessions in a browser, on a fresh SQLite database each test."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app, store
from dashapp.domain.chart import Mark, PainChart
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
    """A page that closes before the records server stops (a session page may still be
    asking it something as a test ends)."""
    with watched_page(browser) as page:
        yield page


def test_rec001_add_search_archive_and_names_stay_text(page: Page, records):
    url, _ = records
    page.goto(url + "/patients")
    expect(page.locator(f"#{ids.PATIENTS_LIST}")).to_contain_text("No patients match")
    for name in ("Ada Lovelace", "<b>Bold</b> & co"):
        page.locator(f"#{ids.PATIENTS_NAME}").fill(name)
        page.locator(f"#{ids.PATIENTS_CREATE}").click()
        expect(page.locator(f"#{ids.PATIENTS_LIST}")).to_contain_text(name)
    # Markup in a name is shown as text and never becomes an element.
    expect(page.locator(f"#{ids.PATIENTS_LIST} b")).to_have_count(0)
    page.locator(f"#{ids.PATIENTS_SEARCH}").fill("ada")
    expect(page.locator(f"#{ids.PATIENTS_LIST} tbody tr")).to_have_count(1)
    page.locator(f"#{ids.PATIENTS_LIST}").get_by_role("button", name="Archive").click()
    expect(page.locator(f"#{ids.PATIENTS_LIST}")).to_contain_text("No patients match")
    page.locator(f"#{ids.PATIENTS_ARCHIVED}").get_by_role("checkbox").check()
    expect(page.locator(f"#{ids.PATIENTS_LIST}")).to_contain_text("Ada Lovelace")


def test_rec002_empty_name_is_refused(page: Page, records):
    url, _ = records
    page.goto(url + "/patients")
    page.locator(f"#{ids.PATIENTS_CREATE}").click()
    expect(page.locator(f"#{ids.PATIENTS_MESSAGE}")).not_to_be_empty()
    expect(page.locator(f"#{ids.PATIENTS_LIST}")).to_contain_text("No patients match")


def test_rec003_new_session_starts_from_the_previous_map_and_saves(page: Page, records):
    url, services = records
    with services.db.begin() as db:
        patient = store.create_patient(db, "Sam Example")
        first = store.create_visit(db, patient.id)
        chart = PainChart((Mark("right_shin", 6),))
        store.save_visit(db, first.id, first.version, chart=chart, known=services.vocabulary)
        patient_id = patient.id
    page.goto(f"{url}/patients/{patient_id}")
    page.locator(f"#{ids.PATIENT_NEW_SESSION}").click()
    page.wait_for_url("**/sessions/*")
    shin = page.locator(f'#{ids.SESSION_MAP} [role=checkbox][data-region="right_shin"]')
    expect(shin).to_have_attribute("aria-checked", "true")
    page.locator(f'#{ids.SESSION_MAP} [role=checkbox][data-region="left_shin"]').click()
    expect(page.locator(f"#{ids.SESSION_STATUS}")).to_contain_text("Saved at")
    page.reload()
    left = page.locator(f'#{ids.SESSION_MAP} [role=checkbox][data-region="left_shin"]')
    expect(left).to_have_attribute("aria-checked", "true")


def test_rec004_two_tabs_never_overwrite_each_other(browser, records, vocabulary):
    url, services = records
    with services.db.begin() as db:
        visit = store.create_visit(db, store.create_patient(db, "Two Tabs").id)
        visit_id = visit.id
    with watched_page(browser) as first, watched_page(browser) as second:
        for tab in (first, second):
            tab.goto(f"{url}/sessions/{visit_id}")
            expect(tab.locator(f"#{ids.SESSION_MAP} [role=checkbox]").first).to_be_attached()
        first.locator(f'#{ids.SESSION_MAP} [role=checkbox][data-region="left_shin"]').click()
        expect(first.locator(f"#{ids.SESSION_STATUS}")).to_contain_text("Saved at")
        second.locator(f'#{ids.SESSION_MAP} [role=checkbox][data-region="right_chest"]').click()
        status = second.locator(f"#{ids.SESSION_STATUS}")
        expect(status).to_contain_text("Not saved")
        expect(status).to_contain_text("changed elsewhere")
    with services.db() as db:
        saved = store.visit_chart(store.get_visit(db, visit_id), vocabulary)
    assert saved.regions == ["left_shin"]


def test_rec005_notes_with_markup_are_kept_as_text(page: Page, records):
    url, services = records
    with services.db.begin() as db:
        visit_id = store.create_visit(db, store.create_patient(db, "Notes").id).id
    page.goto(f"{url}/sessions/{visit_id}")
    page.locator(f"#{ids.SESSION_NOTES}").fill("<script>window.hacked=1</script> tight glutes")
    expect(page.locator(f"#{ids.SESSION_STATUS}")).to_contain_text("Saved at")
    page.reload()
    expect(page.locator(f"#{ids.SESSION_NOTES}")).to_have_value(
        "<script>window.hacked=1</script> tight glutes"
    )
    assert page.evaluate("window.hacked") is None


def test_rec006_import_checks_everything_first(page: Page, records, tmp_path):
    url, services = records
    with services.db.begin() as db:
        visit = store.create_visit(db, store.create_patient(db, "Exported").id)
        chart = PainChart((Mark("left_shin", 4),))
        store.save_visit(db, visit.id, visit.version, chart=chart, known=services.vocabulary)
        patient_id = visit.patient_id
    exported = page.request.get(f"{url}/patients/{patient_id}/export.json").text()
    good = tmp_path / "good.json"
    good.write_text(exported)
    bad = tmp_path / "bad.json"
    bad.write_text(exported.replace('"intensity": 4', '"intensity": 42'))
    page.goto(url + "/patients")
    upload = page.locator(f"#{ids.PATIENTS_IMPORT} input[type=file]")
    upload.set_input_files(str(bad))
    message = page.locator(f"#{ids.PATIENTS_IMPORT_MESSAGE}")
    expect(message).to_contain_text("Not imported")
    expect(message).to_contain_text("42")
    with services.db() as db:
        assert store.search_patients(db, "").total == 1
    upload.set_input_files(str(good))
    expect(message).to_contain_text("Imported good.json")
    with services.db() as db:
        assert store.search_patients(db, "exported").total == 2


def test_rec007_treatment_log(page: Page, records):
    url, services = records
    with services.db.begin() as db:
        visit_id = store.create_visit(db, store.create_patient(db, "Treated").id).id
    page.goto(f"{url}/sessions/{visit_id}")
    minutes = page.locator(f"#{ids.SESSION_T_MINUTES}")
    minutes.fill("0")
    page.locator(f"#{ids.SESSION_T_ADD}").click()
    expect(page.locator(f"#{ids.SESSION_T_MESSAGE}")).to_contain_text("Not added")
    expect(page.locator(f"#{ids.SESSION_TREATMENTS}")).to_contain_text("Nothing recorded yet")
    minutes.fill("12")
    page.locator(f"#{ids.SESSION_T_MUSCLE}").select_option("piriformis")
    page.locator(f"#{ids.SESSION_T_ADD}").click()
    expect(page.locator(f"#{ids.SESSION_TREATMENTS}")).to_contain_text(
        "Piriformis, right side, 12 min"
    )
    # The map still saves after the treatment changed the session's version.
    page.locator(f'#{ids.SESSION_MAP} [role=checkbox][data-region="left_shin"]').click()
    expect(page.locator(f"#{ids.SESSION_STATUS}")).to_contain_text("Saved at")
    with services.db() as db:
        saved = store.get_visit(db, visit_id)
        assert [t.muscle for t in saved.treatments] == ["piriformis"]
        assert [m.region for m in saved.marks] == ["left_shin"]


def test_rec008_edit_a_patient(page: Page, records):
    url, services = records
    with services.db.begin() as db:
        patient_id = store.create_patient(db, "Old Name").id
    page.goto(f"{url}/patients/{patient_id}")
    page.locator(f"#{ids.PATIENT_EDIT_NAME}").fill("New Name")
    page.locator(f"#{ids.PATIENT_EDIT_NOTES}").fill("Prefers mornings")
    page.locator(f"#{ids.PATIENT_EDIT_SAVE}").click()
    expect(page.locator(f"#{ids.PATIENT_EDIT_MESSAGE}")).to_have_text("Saved.")
    page.locator(f"#{ids.PATIENT_EDIT_NAME}").fill("   ")
    page.locator(f"#{ids.PATIENT_EDIT_SAVE}").click()
    expect(page.locator(f"#{ids.PATIENT_EDIT_MESSAGE}")).to_contain_text("Not saved")
    with services.db() as db:
        patient = store.get_patient(db, patient_id)
        assert (patient.display_name, patient.notes) == ("New Name", "Prefers mornings")
