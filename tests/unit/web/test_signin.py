"""Signing in and out: throttling held in the database, the idle timeout, ended sessions."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from dashapp.domain.accounts import ADDRESS_FAILURE_LIMIT, FAILURE_LIMIT, LOCK_TIME
from dashapp.store import accounts
from dashapp.store.db import make_engine, session_factory
from dashapp.store.models import utcnow
from dashapp.web import access
from dashapp.web.signin import NO_MATCH
from tests.unit.web.clinic import ADMIN, PASSWORD, THERAPIST, clinic_app, clinic_database, sign_in


@pytest.fixture
def database(tmp_path):
    return clinic_database(tmp_path)


def test_a_wrong_password_is_refused_calmly(database):
    client = clinic_app(database).server.test_client()
    response = sign_in(client, password="not the password")
    assert response.status_code == 401
    assert NO_MATCH in response.get_data(as_text=True)
    assert sign_in(client, "nobody").status_code == 401


def test_throttling_holds_across_two_app_instances_on_one_database(database):
    first = clinic_app(database).server.test_client()
    second = clinic_app(database).server.test_client()
    for attempt in range(5):
        client = first if attempt % 2 else second
        assert sign_in(client, password="wrong password").status_code == 401
    response = sign_in(second)  # the right password, but too late
    assert response.status_code == 429
    text = response.get_data(as_text=True)
    assert "signing in is paused" in text and "try again in 15 minutes" in text
    assert sign_in(first).status_code == 429
    assert "Location" not in sign_in(first).headers


def test_throttling_by_address_covers_every_name(database):
    client = clinic_app(database).server.test_client()
    for number in range(ADDRESS_FAILURE_LIMIT):
        sign_in(client, f"guess{number}", "wrong password")
    assert sign_in(client, ADMIN).status_code == 429
    other = {"REMOTE_ADDR": "192.0.2.9"}
    assert sign_in(client, ADMIN, environ_base=other).status_code == 302


def test_one_persons_typos_do_not_lock_colleagues_on_the_same_address(database):
    client = clinic_app(database).server.test_client()
    for _ in range(FAILURE_LIMIT):
        sign_in(client, password="wrong password")
    assert sign_in(client).status_code == 429, "that name is locked"
    assert sign_in(client, ADMIN).status_code == 302, "a colleague behind the same router is not"


def test_the_lock_ends_after_15_minutes(database):
    engine = make_engine(database)
    with session_factory(engine).begin() as db:
        start = utcnow() - timedelta(minutes=40)
        for minute in range(5):
            accounts.record_failure(
                db, THERAPIST, "127.0.0.1", at=start + timedelta(minutes=minute)
            )
        fifth = start + timedelta(minutes=4)
        assert accounts.locked_until(db, THERAPIST, "10.0.0.1", now=fifth) == fifth + LOCK_TIME
        later = fifth + LOCK_TIME + timedelta(seconds=1)
        assert accounts.locked_until(db, THERAPIST, "10.0.0.1", now=later) is None
    engine.dispose()
    assert sign_in(clinic_app(database).server.test_client()).status_code == 302


def test_a_good_sign_in_forgets_the_names_earlier_failures(database):
    client = clinic_app(database).server.test_client()
    for _ in range(4):
        sign_in(client, password="wrong password")
    assert sign_in(client).status_code == 302
    for _ in range(4):
        sign_in(client, password="wrong password", environ_base={"REMOTE_ADDR": "192.0.2.1"})
    assert sign_in(client, environ_base={"REMOTE_ADDR": "192.0.2.2"}).status_code == 302


def test_an_idle_session_ends_after_the_idle_timeout(database, monkeypatch):
    app = clinic_app(database, IDLE_MINUTES=30)
    client = app.server.test_client()
    sign_in(client)
    now = time.time()
    monkeypatch.setattr(access.time, "time", lambda: now + 29 * 60)
    assert client.get("/patients").status_code == 200  # activity: the clock restarts
    monkeypatch.setattr(access.time, "time", lambda: now + 58 * 60)
    assert client.get("/patients").status_code == 200
    monkeypatch.setattr(access.time, "time", lambda: now + 89 * 60)
    response = client.get("/patients")
    assert response.headers["Location"] == "/signin?next=/patients&idle=1"
    assert client.get("/patients").status_code == 302, "the session is gone, not only refused"
    page = client.get("/signin?idle=1").get_data(as_text=True)
    assert "signed out after 30 minutes without activity" in page


def test_an_idle_callback_is_answered_401(database, monkeypatch):
    client = clinic_app(database, IDLE_MINUTES=5).server.test_client()
    sign_in(client)
    later = time.time() + 6 * 60
    monkeypatch.setattr(access.time, "time", lambda: later)
    response = client.post("/_dash-update-component", json={"output": "patients-list.children"})
    assert response.status_code == 401
    assert response.get_json()["signin"] == "/signin?idle=1"


def test_disabling_or_resetting_an_account_ends_its_sessions(database):
    app = clinic_app(database)
    client = app.server.test_client()
    sign_in(client)
    assert client.get("/patients").status_code == 200
    engine = make_engine(database)
    with session_factory(engine)() as db:
        (tom,) = [a for a in accounts.list_users(db) if a.name == THERAPIST]
    with session_factory(engine).begin() as db:
        accounts.set_password(db, tom.id, "another good password")
    assert client.get("/patients").status_code == 302
    assert sign_in(client, password="another good password").status_code == 302
    with session_factory(engine).begin() as db:
        accounts.set_disabled(db, tom.id, True)
    engine.dispose()
    assert client.get("/patients").status_code == 302
    assert sign_in(client, password="another good password").status_code == 401


def test_sign_in_page_needs_no_script(database):
    client = clinic_app(database).server.test_client()
    page = client.get("/signin").get_data(as_text=True)
    assert "<script" not in page and 'method="post"' in page
    assert "script-src 'self'" in client.get("/signin").headers["Content-Security-Policy"]


def test_sign_out_ends_the_session(database):
    client = clinic_app(database).server.test_client()
    sign_in(client, ADMIN, PASSWORD)
    assert client.post("/signout").headers["Location"] == "/signin?out=1"
    assert client.get("/patients").status_code == 302
