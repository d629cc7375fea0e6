"""Pages load their data and hand it to ui/; a missing record is a 404 'not found' page."""

from __future__ import annotations

import pytest

from dashapp import store

MISSING = ("99999", "abc", "1" * 30, "²", "0")


def rendered(client, path: str) -> str:
    """What Dash's page router puts on screen for `path` (as the browser would ask)."""
    client.get(path)
    response = client.post(
        "/_dash-update-component",
        json={
            "output": ".._pages_content.children..._pages_store.data..",
            "outputs": [
                {"id": "_pages_content", "property": "children"},
                {"id": "_pages_store", "property": "data"},
            ],
            "inputs": [
                {"id": "_pages_location", "property": "pathname", "value": path},
                {"id": "_pages_location", "property": "search", "value": ""},
            ],
            "changedPropIds": ["_pages_location.pathname"],
            "state": [],
        },
    )
    assert response.status_code == 200
    return str(response.get_json()["response"]["_pages_content"]["children"])


@pytest.mark.parametrize("record_id", MISSING)
@pytest.mark.parametrize(("kind", "words"), [("patients", "Patient"), ("sessions", "Session")])
def test_missing_record_is_a_404_not_found_page(app, kind, words, record_id):
    client = app.server.test_client()
    response = client.get(f"/{kind}/{record_id}")
    assert response.status_code == 404
    assert "_dash-renderer" in response.get_data(as_text=True), "the app still loads"
    assert f"{words} not found" in rendered(client, f"/{kind}/{record_id}")


def test_existing_records_are_served(app):
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        patient = store.create_patient(db, "Sam Example")
        visit = store.create_visit(db, patient.id)
        patient_id, visit_id = patient.id, visit.id
    client = app.server.test_client()
    assert client.get(f"/patients/{patient_id}").status_code == 200
    assert client.get(f"/sessions/{visit_id}").status_code == 200
    assert "Sam Example" in rendered(client, f"/patients/{patient_id}")
    assert "Sam Example: session of" in rendered(client, f"/sessions/{visit_id}")
    assert client.get(f"/patients/{patient_id}/marks.csv").status_code == 200


@pytest.mark.parametrize(
    ("query", "kept"),
    [("?patient_id=99", ""), ("?visit_id=7&x=1", "?x=1"), ("?patient_id=1&patient_id=2", "")],
)
def test_a_query_never_overrides_the_record_in_the_address(app, query, kept):
    client = app.server.test_client()
    response = client.get(f"/patients/5{query}")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/patients/5{kept}"
