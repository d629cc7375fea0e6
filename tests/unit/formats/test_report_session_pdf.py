"""The session report as a real PDF (slow: WeasyPrint renders it): every part is there as
text, on A4 pages, red flags on the first page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from dashapp.formats.report import session_pdf
from tests.unit.formats.test_report_session import FULL, LABELS, REFERENCE, SADDLE

pytestmark = pytest.mark.slow

A4 = (595, 842)  # points


def pages_of(session) -> list[str]:
    pdf = session_pdf(
        "Alex Example",
        session,
        REFERENCE.views,
        REFERENCE.regions,
        wpi_map=REFERENCE.wpi_map,
        labels=LABELS,
        reference=REFERENCE,
    )
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        size = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        assert size == A4
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_the_pdf_holds_every_part_in_order():
    text = " ".join(pages_of(FULL))
    parts = [
        "Where it hurts",
        "Nerve or muscle?",
        "Educational, not a diagnosis.",
        "Closest muscle patterns",
        "on your right side",
        "What was found",
        "(KONST12; high confidence)",
        "Ischaemic compression",
        "Stretches to do at home",
        "Source: NMT-PRACTICE (low confidence)",
        "Sources",
    ]
    at = [text.index(part) for part in parts]
    assert at == sorted(at)


def test_red_flags_are_on_the_first_page_before_the_map():
    first = pages_of(SADDLE)[0]
    assert first.index("Please seek medical care now") < first.index("Front")
