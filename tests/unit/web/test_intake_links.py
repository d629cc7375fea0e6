"""Intake links over HTTP: a signed-in therapist makes and withdraws them (with a QR code); a
patient's phone sends one intake without signing in; refusals say nothing and are limited."""

from __future__ import annotations

import pytest

from dashapp import store
from dashapp.domain.chart import Mark, PainChart
from dashapp.store.intake_links import FROM_PATIENT, UNUSABLE
from dashapp.web.intake_links import REFUSAL_LIMIT
from tests.conftest import TEST_GEOMETRY
from tests.unit.web.clinic import clinic_app, clinic_database, sign_in

SENT = {
    "chart": PainChart((Mark("left_shin", 5, ("aching",)),), ("sitting",)).to_json(),
    "answers": {"onset": "gradual"},
}


@pytest.fixture
def clinic(tmp_path):
    app = clinic_app(clinic_database(tmp_path), GEOMETRY_DIR=TEST_GEOMETRY, DEMO=False)
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        patient_id = store.create_patient(db, "Pia Phone").id
    return app, services, patient_id


def made(app, patient_id, **body) -> dict:
    therapist = app.server.test_client()
    sign_in(therapist)
    answer = therapist.post(f"/patients/{patient_id}/intake-links", json=body)
    assert answer.status_code == 200, answer.get_json()
    return answer.get_json()


def path(link: dict) -> str:
    return "/intake/" + link["url"].rsplit("/intake/", 1)[1]


def test_a_therapist_makes_a_link_with_a_qr_code_and_the_phone_sends_once(clinic):
    app, services, patient_id = clinic
    link = made(app, patient_id)
    assert link["qr_svg"].startswith("<svg") and "<path" in link["qr_svg"]
    phone = app.server.test_client()  # never signed in
    answer = phone.post(path(link), json=SENT)
    assert answer.status_code == 200 and answer.get_json() == {"sent": True}
    with services.db() as db:
        [visit] = store.list_visits(db, patient_id)
        assert visit.updated_by == FROM_PATIENT
        assert store.visit_chart(visit, services.vocabulary).regions == ["left_shin"]
        assert visit.intake.answers == {"onset": "gradual"}
    again = phone.post(path(link), json=SENT)
    assert again.status_code == 404 and again.get_json() == {"error": UNUSABLE}


def test_without_sign_in_no_link_is_made_or_withdrawn(clinic):
    app, services, patient_id = clinic
    stranger = app.server.test_client()
    assert stranger.post(f"/patients/{patient_id}/intake-links", json={}).status_code == 401
    link = made(app, patient_id)
    revoke = f"/patients/{patient_id}/intake-links/{link['id']}/revoke"
    assert stranger.post(revoke).status_code == 401
    therapist = app.server.test_client()
    sign_in(therapist)
    assert therapist.post(revoke).status_code == 200
    assert stranger.post(path(link), json=SENT).get_json() == {"error": UNUSABLE}


def test_bad_input_is_told_and_keeps_the_link(clinic):
    app, services, patient_id = clinic
    link = made(app, patient_id, hours=2)
    phone = app.server.test_client()
    bad = phone.post(path(link), json={**SENT, "answers": {"onset": "whenever"}})
    assert bad.status_code == 400 and "onset" in bad.get_json()["error"]
    assert phone.post(path(link), json={**SENT, "chart": "junk"}).status_code == 400
    assert phone.post(path(link), json=SENT).status_code == 200
    therapist = app.server.test_client()
    sign_in(therapist)
    for hours in (0, 1000, "x"):
        refused = therapist.post(f"/patients/{patient_id}/intake-links", json={"hours": hours})
        assert refused.status_code == 400
    assert therapist.post("/patients/999/intake-links", json={}).status_code == 404


def test_guessing_is_paused_after_too_many_refusals(clinic):
    app, _, patient_id = clinic
    link = made(app, patient_id)
    phone = app.server.test_client()
    for n in range(REFUSAL_LIMIT):
        assert phone.post(f"/intake/guess-{n:040d}", json=SENT).status_code == 404
    assert phone.post(path(link), json=SENT).status_code == 429
    other = app.server.test_client()
    answer = other.post(path(link), json=SENT, environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert answer.status_code == 200, "another address is not paused"
