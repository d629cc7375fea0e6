"""Clinic mode in a browser: sign in, open a patient, sign out; a page whose session ended
goes to the sign-in page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app, store
from dashapp.store.accounts import add_user
from dashapp.store.db import init_db, session_factory
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

PASSWORD = "correct horse battery"


@pytest.fixture
def clinic(test_config):
    engine = init_db(test_config["DATABASE_URL"])
    with session_factory(engine).begin() as db:
        add_user(db, "tom", "therapist", PASSWORD)
        patient_id = store.create_patient(db, "Sam Example").id
    engine.dispose()
    app = create_app(test_config | {"MODE": "clinic"})
    with serve(app) as url:
        yield url, patient_id


@pytest.fixture
def clinic_page(browser, clinic):
    # Closed before the server stops (it depends on it). The browser logs each request the
    # server refuses (401 before sign-in, on purpose).
    with watched_page(browser, expected=("status of 401",)) as page:
        yield page


def sign_in(page: Page, password: str = PASSWORD) -> None:
    page.locator("#signin-name").fill("tom")
    page.locator("#signin-password").fill(password)
    page.locator("#signin-submit").click()


def test_sgn001_sign_in_opens_the_patient_asked_for(clinic_page: Page, clinic):
    url, patient_id = clinic
    page = clinic_page
    page.goto(f"{url}/patients/{patient_id}")
    page.wait_for_url(re.compile(rf"/signin\?next=/patients/{patient_id}$"))
    sign_in(page, "not the password")
    expect(page.locator("#signin-problem")).to_contain_text("do not match")
    sign_in(page)
    page.wait_for_url(f"**/patients/{patient_id}")
    expect(page.locator(f"#{ids.SHELL_MAIN}")).to_contain_text("Sam Example")
    expect(page.locator(f"#{ids.SHELL_ACCOUNT}")).to_contain_text("Signed in as tom")
    expect(page.locator(f"#{ids.SHELL_MODE}")).to_have_count(0)
    page.locator(f"#{ids.SHELL_SIGNOUT}").click()
    page.wait_for_url(re.compile(r"/signin\?out=1$"))
    expect(page.locator("main")).to_contain_text("You are signed out.")
    page.goto(f"{url}/patients")
    page.wait_for_url(re.compile(r"/signin\?next=/patients$"))


def test_sgn002_a_page_whose_session_ended_goes_to_sign_in(clinic_page: Page, clinic):
    url, _ = clinic
    page = clinic_page
    page.goto(f"{url}/signin")
    sign_in(page)
    page.wait_for_url(url + "/")
    expect(page.locator(f"#{ids.PATIENT_MAP}")).to_be_visible()
    page.wait_for_load_state("networkidle")  # the page's first callbacks are done
    page.context.request.post(f"{url}/signout", headers={"Origin": url})  # another tab
    page.locator(f"#{ids.SHELL_NAV}").get_by_role("link", name="Patients").click()
    page.wait_for_url(re.compile(r"/signin\?next=%2Fpatients$"))
    expect(page.locator("#signin-name")).to_be_visible()
