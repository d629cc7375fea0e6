"""Downloads of saved records, from a fresh database with the demo patient."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from pypdf import PdfReader

from dashapp import create_app, store
from dashapp.formats.exchange import import_course


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'painmap.db'}"
    return create_app(
        {"SECRET_KEY": "test", "DATABASE_URL": url, "DEMO": True}
    ).server.test_client()


def test_marks_csv_has_one_row_per_mark(client):
    response = client.get("/patients/1/marks.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    frame = pd.read_csv(io.StringIO(response.get_data(as_text=True)))
    assert {"date", "region", "label", "intensity"} <= set(frame.columns)
    assert len(frame) > 0


def test_json_export_imports_back(client):
    data = json.loads(client.get("/patients/1/export.json").get_data(as_text=True))
    assert data["generator"] == "PainMap" and data["sessions"]
    assert data["patient"]["notes"].startswith("Made up to show PainMap")  # not the name alone
    api = client.get("/api/v1/muscles").get_json()["muscles"]
    course = import_course(
        data,
        known_regions=[
            r for s in data["sessions"] for r in (m["region"] for m in s["chart"]["marks"])
        ],
        known_activities=[a for s in data["sessions"] for a in s["chart"].get("activities", [])],
        known_techniques=[t["technique"] for s in data["sessions"] for t in s["treatments"]],
        known_muscles=[m["id"] for m in api],
    )
    assert len(course.sessions) == len(data["sessions"])


@pytest.mark.slow
def test_reports_are_pdfs_with_the_patient_name(client):
    for address in ("/patients/1/report.pdf", "/sessions/1/report.pdf"):
        response = client.get(address)
        assert response.status_code == 200
        assert response.data.startswith(b"%PDF")
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages)
        assert "Demo patient" in text


def test_map_png(client):
    response = client.get("/sessions/1/map.png")
    assert response.status_code == 200
    assert response.data.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "address", ["/patients/999/marks.csv", "/patients/999/report.pdf", "/sessions/999/map.png"]
)
def test_unknown_record_is_404(client, address):
    assert client.get(address).status_code == 404


def test_small_maps_are_served_as_svg(client):
    response = client.get("/patients/1/maps.svg")
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    assert response.get_data(as_text=True).lstrip().startswith("<svg")


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    """A client, a patient with no sessions, and a patient whose one session has no marks."""
    url = f"sqlite:///{tmp_path_factory.mktemp('empty') / 'painmap.db'}"
    app = create_app({"SECRET_KEY": "test", "DATABASE_URL": url, "DEMO": False})
    with app.server.extensions["painmap"].db.begin() as db:
        nobody = store.create_patient(db, "No Sessions")
        blank = store.create_patient(db, "Blank Session")
        visit = store.create_visit(db, blank.id)
        ids = {"none": nobody.id, "blank": blank.id, "visit": visit.id}
    return app.server.test_client(), ids


EMPTY_DOWNLOADS = [
    ("/patients/{none}/marks.csv", "text/csv"),
    ("/patients/{none}/maps.svg", "image/svg+xml"),
    ("/patients/{none}/export.json", "application/json"),
    ("/patients/{blank}/marks.csv", "text/csv"),
    ("/patients/{blank}/maps.svg", "image/svg+xml"),
    ("/patients/{blank}/export.json", "application/json"),
    ("/sessions/{visit}/map.png", "image/png"),
    pytest.param("/patients/{none}/report.pdf", "application/pdf", marks=pytest.mark.slow),
    pytest.param("/patients/{blank}/report.pdf", "application/pdf", marks=pytest.mark.slow),
    pytest.param("/sessions/{visit}/report.pdf", "application/pdf", marks=pytest.mark.slow),
]


@pytest.mark.parametrize(("address", "mimetype"), EMPTY_DOWNLOADS)
def test_every_download_works_for_an_empty_record(empty, address, mimetype):
    client, ids = empty
    response = client.get(address.format(**ids))
    assert response.status_code == 200
    assert response.mimetype == mimetype and response.data


@pytest.mark.slow
def test_course_report_of_a_patient_without_sessions_says_so(empty):
    client, ids = empty
    response = client.get(f"/patients/{ids['none']}/report.pdf")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages)
    assert "No Sessions" in text and "No sessions have been recorded" in text


def test_export_of_a_patient_without_sessions_imports_back(empty):
    client, ids = empty
    data = json.loads(client.get(f"/patients/{ids['none']}/export.json").get_data(as_text=True))
    assert data["sessions"] == []
    assert import_course(data, [], [], [], []).patient["name"] == "No Sessions"


ROUTES = [
    "/patients/{}/marks.csv",
    "/patients/{}/maps.svg",
    "/patients/{}/export.json",
    "/patients/{}/report.pdf",
    "/sessions/{}/report.pdf",
    "/sessions/{}/map.png",
]


@pytest.mark.parametrize("record_id", ["999999", "0", "1" * 30, str(2**63), str(2**64)])
@pytest.mark.parametrize("route", ROUTES)
def test_unknown_ids_are_a_clean_404(empty, route, record_id):
    client, _ = empty
    assert client.get(route.format(record_id)).status_code == 404
