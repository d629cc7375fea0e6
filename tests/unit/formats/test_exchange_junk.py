"""Generated files: any document the import cannot read is refused with ImportProblem, never
another exception. Every field of a full export gets junk in turn, then random edits."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.course import PatientCourse, Session, Treatment
from dashapp.domain.sciatica.findings import SIDE_FIELDS
from dashapp.domain.sciatica.intake import ANSWER_CHOICES
from dashapp.formats.exchange import ImportProblem, export_course, import_course, parse_text
from tests.strategies import FUZZ, junk, mutated, paths
from tests.unit.formats.test_exchange import COURSE, KNOWN

SIDE = {"slr_angle": 40, "slr_leg_pain": True, **dict.fromkeys(SIDE_FIELDS[2:], "normal")}
# Every part of the format filled in, so replacing any one of them is tried.
FULL = Session(
    date(2026, 1, 6),
    PainChart((Mark("sacrum", 6, ("aching",)),), ("sitting",)),
    intake={**{k: v[0] for k, v in ANSWER_CHOICES.items()}, "weakness": ["tripping"]},
    findings={
        "left": SIDE,
        "right": SIDE,
        "crossed_slr": "positive",
        "slump": "positive",
        "femoral_stretch": "negative",
        "sensory": "L5",
        "trigger_point": "piriformis",
        "fair": "positive",
        "freiberg": "negative",
        "pace": "not_done",
    },
    treatments=(Treatment("friction", "piriformis", "right", 15),),
    notes="Full.",
)
DOCUMENT = export_course(
    PatientCourse(COURSE.patient, (*COURSE.sessions[:1], FULL)), datetime(2026, 2, 1)
)
WORDS = [w for known in KNOWN.values() for w in known]
PATHS = list(paths(DOCUMENT))


def read_or_refuse(data) -> PatientCourse | None:
    """The course, or None when refused with ImportProblem; anything else fails the test."""
    try:
        return import_course(data, **KNOWN)
    except ImportProblem:
        return None


def test_the_full_document_imports():
    assert read_or_refuse(DOCUMENT) is not None
    assert len(PATHS) > 100


@pytest.mark.parametrize("path", PATHS, ids=lambda p: ".".join(map(str, p)))
@settings(FUZZ, max_examples=8)
@given(value=junk(WORDS))
def test_junk_in_any_one_field_is_refused_cleanly(path, value):
    data = json.loads(json.dumps(DOCUMENT))
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    read_or_refuse(data)


@settings(FUZZ, max_examples=300)
@given(data=st.one_of(mutated(DOCUMENT, WORDS), junk(WORDS)))
def test_edited_documents_and_junk_are_refused_cleanly(data):
    read_or_refuse(data)


@settings(FUZZ, max_examples=150)
@given(raw=st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)))
def test_any_bytes_are_read_or_refused_cleanly(raw):
    try:
        parse_text(raw)
    except ImportProblem:
        pass


def test_a_trigger_point_that_is_not_text_is_refused():
    data = json.loads(json.dumps(DOCUMENT))
    data["sessions"][1]["findings"]["trigger_point"] = []
    with pytest.raises(ImportProblem, match=r"sessions\[1\].findings.trigger_point: \[\]"):
        import_course(data, **KNOWN)


def test_a_number_too_long_to_read_is_refused():
    with pytest.raises(ImportProblem, match="file: cannot be read"):
        parse_text("1" * 5000)
