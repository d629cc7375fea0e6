"""PDF reports of charts with a freehand drawing: the drawing is in the map and in words."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from dashapp.domain.body import geometry
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.course import Session
from dashapp.domain.drawing import Stroke
from dashapp.domain.palette import INTENSITY
from dashapp.domain.wpi import load_wpi_map
from dashapp.formats.report import course_pdf, session_pdf

pytestmark = pytest.mark.slow  # WeasyPrint renders each PDF

VIEWS = geometry.load_views()
REGIONS = geometry.load_surface_regions()
WPI = load_wpi_map(r.id for r in REGIONS)
THIGH = ((120.0, 540.0), (128.0, 640.0), (138.0, 760.0), (143.0, 860.0))
STROKE = Stroke("front", THIGH, 12.0, "brush", 6, ("burning",))


def fills(pdf: bytes) -> list[tuple[int, int, int]]:
    """Every fill colour (r g b rg) set in the PDF's drawing, as 0-255 values, as often as
    it is set (the legend sets every intensity colour once)."""
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for number in range(1, len(reader.xref_objStm) + 500):
        try:
            data = reader.get_object(number).get_data()
        except Exception:  # not a stream, or no such object
            continue
        for triple in re.findall(rb"([0-9.]+) ([0-9.]+) ([0-9.]+) rg", data):
            found.append(tuple(round(float(v) * 255) for v in triple))
    return found


def text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def colour(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def test_a_session_report_draws_the_drawing_and_names_it():
    drawn = Session(date(2026, 1, 5), PainChart((Mark("sacrum", 2),), strokes=(STROKE,)))
    plain = Session(date(2026, 1, 5), PainChart((Mark("sacrum", 2),)))
    pdf = session_pdf("A", drawn, VIEWS, REGIONS, wpi_map=WPI)
    without = fills(session_pdf("A", plain, VIEWS, REGIONS, wpi_map=WPI))
    assert fills(pdf).count(colour(INTENSITY[6])) == without.count(colour(INTENSITY[6])) + 1
    words = text(pdf)
    assert "Drawn: right outer thigh (lower)" in words and "6/10, burning" in words
    # the lower back (the sacrum), the right upper and lower leg (the stroke)
    assert "3 of the 19 Widespread Pain Index areas" in words
    assert "1 area marked and a drawing" in words


def test_a_course_report_draws_the_drawing_in_the_small_maps():
    sessions = [
        Session(date(2026, 1, 5), PainChart((Mark("sacrum", 2),))),
        Session(date(2026, 1, 19), PainChart(strokes=(STROKE,))),
    ]
    pdf = course_pdf("A", sessions, VIEWS, REGIONS, WPI)
    without = fills(course_pdf("A", sessions[:1] * 2, VIEWS, REGIONS, WPI))
    assert fills(pdf).count(colour(INTENSITY[6])) == without.count(colour(INTENSITY[6])) + 1
    assert "Drawn: right outer thigh (lower)" in text(pdf)
