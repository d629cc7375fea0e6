"""Admin pages: admins only; accounts added, disabled and reset; the audit trail filtered and
downloaded; audit rows for views, changes, exports, imports and sign-ins."""

from __future__ import annotations

import base64
import csv
import io

import pytest

from dashapp.ui import ids
from tests.unit.web.clinic import ADMIN, PASSWORD, clinic_app, clinic_database, sign_in

ADMIN_ROUTES = [
    ("GET", "/admin/users"),
    ("POST", "/admin/users"),
    ("POST", "/admin/users/1/disabled"),
    ("POST", "/admin/users/1/password"),
    ("GET", "/admin/audit"),
    ("GET", "/admin/audit.csv"),
]


@pytest.fixture
def app(tmp_path):
    return clinic_app(clinic_database(tmp_path))


@pytest.fixture
def admin(app):
    client = app.server.test_client()
    sign_in(client, ADMIN)
    return client


def audit_rows(admin, **query) -> list[dict]:
    text = admin.get("/admin/audit.csv", query_string=query).get_data(as_text=True)
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("method, address", ADMIN_ROUTES)
def test_admin_pages_refuse_a_therapist(app, method, address):
    client = app.server.test_client()
    sign_in(client)
    response = client.open(address, method=method, data={"name": "x", "password": "y" * 12})
    assert response.status_code == 403
    assert client.get("/patients").status_code == 200


def test_an_admin_adds_disables_and_resets_accounts(app, admin):
    page = admin.post(
        "/admin/users", data={"name": "Nina", "role": "therapist", "password": "a long password"}
    )
    assert "Added nina (therapist)." in page.get_data(as_text=True)
    nina = app.server.test_client()
    assert sign_in(nina, "nina", "a long password").status_code == 302
    short = admin.post("/admin/users", data={"name": "x", "role": "admin", "password": "short"})
    assert short.status_code == 400 and "at least 10 characters" in short.get_data(as_text=True)
    admin.post("/admin/users/3/password", data={"password": "another password"})
    assert nina.get("/patients").status_code == 302, "a reset ends the open session"
    assert sign_in(nina, "nina", "another password").status_code == 302
    admin.post("/admin/users/3/disabled", data={"disabled": "1"})
    assert sign_in(nina, "nina", "another password").status_code == 401
    own = admin.post("/admin/users/1/disabled", data={"disabled": "1"})
    assert "cannot disable your own account" in own.get_data(as_text=True)
    actions = [row["outcome"] for row in audit_rows(admin, action="account")]
    assert actions == ["disabled nina", "reset the password of nina", "added nina (therapist)"]


def callback(client, output: str, outputs, inputs: list, state: list | None = None):
    body = {"output": output, "outputs": outputs, "inputs": inputs, "state": state or []}
    return client.post("/_dash-update-component", json=body)


def test_audit_rows_for_view_change_export_import_and_sign_in(app, admin):
    therapist = app.server.test_client()
    sign_in(therapist, password="wrong password")
    sign_in(therapist)
    router = {"id": "_pages_location", "property": "pathname", "value": "/patients/1"}
    search = {"id": "_pages_location", "property": "search", "value": ""}
    pages = [
        {"id": "_pages_content", "property": "children"},
        {"id": "_pages_store", "property": "data"},
    ]
    page = callback(
        therapist, ".._pages_content.children..._pages_store.data..", pages, [router, search]
    )
    assert page.status_code == 200
    draft = {"selected": [], "intensities": {}, "qualities": {}, "notes": "seen"}
    stale = therapist.post("/sessions/2/autosave", json={"base": "x", "draft": draft})
    base = stale.get_json()["conflict"]["base"]  # a conflict writes nothing
    saved = therapist.post("/sessions/2/autosave", json={"base": base, "draft": draft})
    assert "version" in saved.get_json()
    assert therapist.get("/patients/1/export.json").status_code == 200
    exported = therapist.get("/patients/1/export.json").get_data()
    upload = "data:application/json;base64," + base64.b64encode(exported).decode()
    imported = callback(
        therapist,
        "patients-import-message.children",
        {"id": ids.PATIENTS_IMPORT_MESSAGE, "property": "children"},
        [{"id": ids.PATIENTS_IMPORT, "property": "contents", "value": upload}],
        [{"id": ids.PATIENTS_IMPORT, "property": "filename", "value": "p.json"}],
    )
    assert "Imported p.json" in imported.get_data(as_text=True)

    rows = audit_rows(admin, user="tom")
    seen = {(r["action"], r["patient_id"], r["session_id"], r["outcome"]) for r in rows}
    assert ("view", "1", "", "") in seen
    assert ("export", "1", "", "export_json") in seen
    assert ("import", "2", "", "imported") in seen
    assert ("sign-in", "", "", "refused") in seen and ("sign-in", "", "", "ok") in seen
    changes = [r for r in rows if r["action"] == "change"]
    assert [(r["patient_id"], r["session_id"], r["outcome"]) for r in changes] == [
        ("1", "2", "map")
    ]
    assert all(r["address"] == "127.0.0.1" and r["user_id"] in ("", "2") for r in rows)
    assert "Demo" not in admin.get("/admin/audit.csv").get_data(as_text=True), "ids, no names"


def test_the_audit_page_filters_by_patient_action_and_date(admin):
    admin.get("/patients/1/export.json")
    page = admin.get("/admin/audit", query_string={"patient": "1", "action": "export"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "export_json" in text and "<td>sign-in</td>" not in text
    assert [r["action"] for r in audit_rows(admin, patient="1")] == ["export"]
    assert audit_rows(admin, since="2000-01-01", until="2000-01-02") == []
    bad = admin.get("/admin/audit", query_string={"since": "yesterday"})
    assert "Dates are written" in bad.get_data(as_text=True)
    download = admin.get("/admin/audit.csv")
    assert download.headers["Content-Disposition"] == 'attachment; filename="painmap-audit.csv"'
    assert download.headers["Cache-Control"] == "no-store"


def test_a_wrong_admin_password_gets_no_admin_page(app):
    client = app.server.test_client()
    assert sign_in(client, ADMIN, PASSWORD + "x").status_code == 401
    assert client.get("/admin/users").status_code == 302
