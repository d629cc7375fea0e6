"""GET /handover/patients and POST /handover: the walk-in device saved to a patient, in local
mode and (signed in only, with an audit row) in clinic mode."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from dashapp import create_app, store
from dashapp.domain.accounts import AuditFilter
from dashapp.domain.chart import Mark, PainChart
from dashapp.store.models import Patient, Visit
from dashapp.web.handover import SAVED
from tests.conftest import TEST_GEOMETRY
from tests.unit.web.clinic import THERAPIST, clinic_app, clinic_database, sign_in

WALK_IN = PainChart(
    (Mark("right_thigh_outer", 7, ("shooting",)), Mark("left_shin", 2, ())),
    ("sitting",),
).with_strokes(
    [
        {"view": "back", "points": [[250.5, 420.2], [262, 480]], "width": 24}
        | {"intensity": 6, "qualities": ["burning"]},
        {"view": "back", "tool": "eraser", "width": 6, "points": [[255, 440]]},
    ]
)
SENT = {
    "chart": WALK_IN.to_json(),
    "answers": {"onset": "sudden"},
    "findings": {"slump": "negative"},
}


@pytest.fixture
def local(test_config):
    app = create_app(test_config)
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        store.create_patient(db, "Ada Able", birth_year=1970)
        store.create_patient(db, "Adam Ant", reference="R-12")
        store.create_patient(db, "Ben Baker")
    return app.server.test_client(), services


def held(services) -> tuple[int, int]:
    with services.db() as db:
        return (
            db.scalar(select(func.count()).select_from(Patient)),
            db.scalar(select(func.count()).select_from(Visit)),
        )


def test_patients_are_found_by_part_of_their_name(local):
    client, _ = local
    answer = client.post("/handover/patients", json={"name": "ADA"})
    assert answer.status_code == 200 and answer.headers["Cache-Control"] == "no-store"
    assert answer.get_json() == {
        "patients": [
            {"id": 1, "label": "Ada Able (born 1970)"},
            {"id": 2, "label": "Adam Ant (R-12)"},
        ],
        "more": False,
    }
    assert client.post("/handover/patients", json={"name": " "}).get_json()["patients"] == []
    for bad in ({"name": "x" * 201}, {"name": 3}, ["ADA"]):
        refused = client.post("/handover/patients", json=bad)
        assert refused.status_code == 400 and refused.get_json()["error"]


def test_a_save_to_a_new_patient_holds_everything(local):
    client, services = local
    answer = client.post("/handover", json={**SENT, "name": "Cleo (Clay) & co"})
    assert answer.status_code == 200, answer.get_json()
    body = answer.get_json()
    assert body == {"patient": 4, "visit": 1, "name": "Cleo (Clay) & co", "url": "/sessions/1"}
    with services.db() as db:
        visit = store.get_visit(db, body["visit"])
        assert store.visit_chart(visit, services.vocabulary) == WALK_IN
        assert visit.intake.answers == {"onset": "sudden"}
        assert visit.findings.values == {"slump": "negative"}


def test_a_save_to_an_existing_patient_adds_a_session(local):
    client, services = local
    answer = client.post("/handover", json={**SENT, "patient": 2})
    assert answer.status_code == 200
    assert answer.get_json()["name"] == "Adam Ant"
    with services.db() as db:
        assert [v.id for v in store.list_visits(db, 2)] == [answer.get_json()["visit"]]


@pytest.mark.parametrize(
    ("body", "status", "said"),
    [
        ({**SENT, "patient": 99}, 404, "There is no patient 99."),
        ({**SENT, "patient": "2"}, 400, "The patient must be given by their id"),
        ({**SENT, "patient": True}, 400, "The patient must be given by their id"),
        ({**SENT, "name": ""}, 400, "The patient's name must not be empty."),
        ({**SENT, "name": "<img src=x onerror=alert(1)>"}, 400, "must not contain < or >"),
        ({**SENT, "name": ["Ada"]}, 400, "The new patient's name must be text."),
        (SENT, 400, "Choose one patient"),
        ({**SENT, "patient": 1, "name": "Ada"}, 400, "Choose one patient"),
        ({**SENT, "name": "Ann", "chart": "unreadable"}, 400, "The map on this device cannot"),
        (
            {**SENT, "name": "Ann", "chart": {"version": 1, "marks": [{"region": "nowhere"}]}},
            400,
            "The map on this device cannot",
        ),
        ({**SENT, "name": "Ann", "answers": "unreadable"}, 400, "intake answers must be an object"),
        ({"name": "Ann"}, 400, "Nothing to save"),
        (["not", "an", "object"], 400, "The save must be a JSON object."),
    ],
)
def test_bad_input_is_told_and_changes_nothing(local, body, status, said):
    client, services = local
    before = held(services)
    answer = client.post("/handover", json=body)
    assert answer.status_code == status
    assert said in answer.get_json()["error"]
    assert held(services) == before


def test_a_body_that_is_not_json_or_too_large_is_refused(local):
    client, services = local
    assert client.post("/handover", data="name=Ann").status_code == 400
    huge = {**SENT, "name": "Ann", "findings": {"notes": "x" * 3_000_000}}
    assert client.post("/handover", json=huge).status_code == 413
    assert held(services) == (3, 0)


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    return clinic_app(
        clinic_database(tmp_path_factory.mktemp("clinic")), GEOMETRY_DIR=TEST_GEOMETRY, DEMO=False
    )


def test_clinic_mode_needs_a_signed_in_person_and_keeps_an_audit_row(clinic):
    services = clinic.server.extensions["painmap"]
    client = clinic.server.test_client()
    before = held(services)
    assert client.post("/handover/patients", json={"name": "a"}).status_code == 401
    refused = client.post("/handover", json={**SENT, "name": "Walk In"})
    assert refused.status_code == 401 and "sign in" in refused.get_json()["error"].lower()
    assert held(services) == before
    sign_in(client)
    answer = client.post("/handover", json={**SENT, "name": "Walk In"})
    assert answer.status_code == 200
    saved = answer.get_json()
    with services.db() as db:
        rows = store.audit.entries(db, AuditFilter(patient_id=saved["patient"]))
        visit = store.get_visit(db, saved["visit"])
        assert visit.updated_by == THERAPIST
    assert [(r.user_name, r.action, r.visit_id, r.outcome) for r in rows] == [
        (THERAPIST, "change", saved["visit"], SAVED),
        (THERAPIST, "change", None, "added"),
    ]
    assert all("Walk In" not in (r.outcome or "") for r in rows)
