"""A walk-in without a record: one step on the Patients page adds them and makes their intake
link (QR code, address, Revoke); a name that cannot be kept adds nothing and makes no link."""

from __future__ import annotations

import json

import pytest

from dashapp import create_app, store
from dashapp.store.models import IntakeLink
from dashapp.ui import ids
from tests.conftest import TEST_GEOMETRY

ROUTE = "/_dash-update-component"


@pytest.fixture
def app(tmp_path):
    config = {"GEOMETRY_DIR": TEST_GEOMETRY, "SECRET_KEY": "test", "DEMO": False}
    app = create_app(config | {"DATABASE_URL": f"sqlite:///{tmp_path / 'painmap.db'}"})
    app.server.config["PROPAGATE_EXCEPTIONS"] = True
    return app


def add_with_link(app, name):
    key = next(k for k in app.callback_map if k.startswith(f"..{ids.PATIENTS_LINK_SHOWN}."))
    body = {
        "output": key,
        "outputs": [
            {"id": ids.PATIENTS_LINK_SHOWN, "property": "children"},
            {"id": ids.PATIENTS_NAME, "property": "value"},
        ],
        "inputs": [{"id": ids.PATIENTS_LINK_MAKE, "property": "n_clicks", "value": 1}],
        "state": [{"id": ids.PATIENTS_NAME, "property": "value", "value": name}],
        "changedPropIds": [f"{ids.PATIENTS_LINK_MAKE}.n_clicks"],
    }
    answer = app.server.test_client().post(ROUTE, json=body)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    return answer.get_json()["response"]


def test_one_step_adds_the_walk_in_and_makes_a_link_that_opens_their_page(app):
    response = add_with_link(app, "  Wanda Walkin ")
    shown = json.dumps(response[ids.PATIENTS_LINK_SHOWN]["children"])
    assert response[ids.PATIENTS_NAME]["value"] == ""
    services = app.server.extensions["painmap"]
    with services.db() as db:
        [patient] = store.search_patients(db, "Wanda").items
        [link] = db.query(IntakeLink).all()
        assert link.patient_id == patient.id and link.used_at is None
    assert "data:image/svg+xml;base64," in shown and ids.PATIENT_LINK_REVOKE in shown
    path = "/intake/" + shown.split("/intake/", 1)[1].split('"', 1)[0]
    assert app.server.test_client().get(path).status_code == 200
    assert f"/patients/{patient.id}" in shown and "Wanda Walkin" in shown


@pytest.mark.parametrize("name", ["", "   ", None, "x" * 5000])
def test_a_name_that_cannot_be_kept_adds_nothing_and_makes_no_link(app, name):
    response = add_with_link(app, name)
    assert "Not added" in json.dumps(response[ids.PATIENTS_LINK_SHOWN]["children"])
    services = app.server.extensions["painmap"]
    with services.db() as db:
        assert store.search_patients(db, "").total == 0
        assert db.query(IntakeLink).count() == 0
