"""The session report download carries the findings and the stretches handed out (slow:
WeasyPrint renders the PDF)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from dashapp import create_app, store

pytestmark = pytest.mark.slow


def test_the_demo_sessions_report_has_the_leaning_patterns_treatment_and_stretches(tmp_path):
    app = create_app(
        {"SECRET_KEY": "test", "DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}", "DEMO": True}
    )
    services = app.server.extensions["painmap"]
    client = app.server.test_client()
    client.get("/")  # the demo patient is seeded on first use
    with services.db.begin() as db:
        visit = store.get_visit(db, 1)
        store.save_visit(
            db, 1, visit.version, stretches=["gluteus_minimus_anterior"], known=services.vocabulary
        )
    response = client.get("/sessions/1/report.pdf")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    pages = PdfReader(io.BytesIO(response.data)).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    for part in (
        "Nerve or muscle?",
        "Closest muscle patterns",
        "What was found",
        "Ischaemic compression",
        "Stretches to do at home",
        "Small buttock muscle, front part (gluteus minimus, anterior part)",
    ):
        assert part in text
