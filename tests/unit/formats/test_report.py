"""PDF reports: real PDFs, with the patient's name as text and the not-a-diagnosis note."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from dashapp.domain.body import geometry
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.course import Session, Treatment
from dashapp.domain.wpi import load_wpi_map
from dashapp.formats.report import course_pdf, session_pdf

pytestmark = pytest.mark.slow  # WeasyPrint renders each PDF

VIEWS = geometry.load_views()
REGIONS = geometry.load_surface_regions()
WPI = load_wpi_map(r.id for r in REGIONS)
NAME = "Zoë <O'Neil> & Co"
LABELS = {"friction": "Friction", "piriformis": "Piriformis", "sitting": "Sitting"}
SESSIONS = [
    Session(
        date(2026, 1, 5),
        PainChart((Mark("right_buttock_upper_outer", 8), Mark("right_calf_back")), ("sitting",)),
        treatments=(Treatment("friction", "piriformis", "right", 15),),
        notes="Tight <b>",
        stretches=("piriformis",),
    ),
    Session(date(2026, 1, 19), PainChart((Mark("right_buttock_upper_outer", 5),))),
]


def text_of(pdf: bytes) -> tuple[int, str]:
    assert pdf[:5] == b"%PDF-"
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_session_report():
    pages, text = text_of(
        session_pdf(NAME, SESSIONS[0], VIEWS, REGIONS, wpi_map=WPI, labels=LABELS)
    )
    text = flat(text)
    assert pages >= 1
    assert NAME in text
    assert "5 January 2026" in text
    assert "Right buttock, upper outer, 8/10" in text
    assert "Friction Piriformis right 15" in text
    assert "Tight <b>" in text
    assert "not a diagnosis" in text


def test_course_report_has_the_progress_table_and_every_session():
    pages, text = text_of(course_pdf(NAME, SESSIONS, VIEWS, REGIONS, WPI, labels=LABELS))
    text = flat(text)
    assert pages >= 1
    assert NAME in text
    assert "2 sessions, 5 January 2026 to 19 January 2026" in text
    assert "2026-01-19 1 " in text  # the second row of the progress table
    assert "Session of 19 January 2026" in text
    assert "Stretches handed out: Piriformis" in text
    assert text.count("Stretches handed out") == 1  # the second session handed out none
    assert "not a diagnosis" in text


def test_course_report_before_the_first_session_says_there_is_none():
    pages, text = text_of(course_pdf(NAME, [], VIEWS, REGIONS, WPI))
    assert pages == 1
    assert NAME in flat(text)
    assert "No sessions have been recorded" in flat(text)
    assert "not a diagnosis" in flat(text)
