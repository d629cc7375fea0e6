"""Downloads of saved records, from a fresh database with the demo patient."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from pypdf import PdfReader

from dashapp import create_app
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
