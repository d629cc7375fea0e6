"""Export, import, export again: every field of the patient and the sessions comes back."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dashapp.formats.exchange import ImportProblem, dumps, import_course
from dashapp.store import (
    InvalidInput,
    archive_patient,
    create_patient,
    create_visit,
    list_patients,
    patient_course,
    save_visit,
)
from dashapp.store.db import init_db, session_factory
from dashapp.store.demo import FINDINGS, FIRST_MAP, FIRST_TREATMENTS, INTAKE, _chart, _right
from dashapp.store.imports import add_course

PATIENT = {
    "name": "Zoë O'Neil",
    "reference": "P-17",
    "date_of_birth": "1980-04-02",
    "birth_year": 1980,
    "notes": "Runner; left-handed.",
    "archived": True,
}


def _add_patient(Session, vocabulary) -> int:
    with Session.begin() as session:
        patient = create_patient(
            session,
            PATIENT["name"],
            date_of_birth=date(1980, 4, 2),
            birth_year=1980,
            reference="P-17",
            notes=PATIENT["notes"],
        )
        first = create_visit(session, patient.id, date(2026, 1, 5), copy_previous=False)
        save_visit(
            session,
            first.id,
            first.version,
            chart=_chart(FIRST_MAP, ["sitting", "driving"]),
            intake=INTAKE,
            findings=FINDINGS,
            treatments=_right(FIRST_TREATMENTS),
            notes="First visit.",
            known=vocabulary,
        )
        after = create_visit(session, patient.id, date(2026, 1, 5))  # same day, after treatment
        save_visit(
            session,
            after.id,
            after.version,
            intake={"onset": "gradual", "weakness": ["tripping"]},
            findings={"slump": "negative"},
            notes="After treatment.",
            known=vocabulary,
        )
        create_visit(session, patient.id, date(2026, 1, 19), copy_previous=False)
        archive_patient(session, patient.id)
        return patient.id


def _export(Session, vocabulary, patient_id: int) -> dict:
    with Session() as session:
        return json.loads(dumps(patient_course(session, patient_id, vocabulary)))


def _import(Session, vocabulary, document: dict) -> int:
    course = import_course(
        json.dumps(document),
        vocabulary.regions,
        vocabulary.activities,
        vocabulary.techniques,
        vocabulary.muscles,
    )
    with Session.begin() as session:
        return add_course(session, course, vocabulary).id


def test_export_import_export_gives_the_same_document(Session, vocabulary):
    original = _add_patient(Session, vocabulary)
    first = _export(Session, vocabulary, original)
    copy = _import(Session, vocabulary, first)
    assert copy != original
    assert _export(Session, vocabulary, copy) == first
    # And the document holds everything that was saved, not merely the same nothing twice.
    assert first["patient"] == PATIENT
    one, two, three = first["sessions"]
    assert [s["date"] for s in first["sessions"]] == ["2026-01-05", "2026-01-05", "2026-01-19"]
    assert len(one["chart"]["marks"]) == len(FIRST_MAP)
    assert one["chart"]["activities"] == ["sitting", "driving"]
    assert one["intake_complete"] and not two["intake_complete"]
    assert two["intake"] == {"onset": "gradual", "weakness": ["tripping"]}
    assert one["findings"]["trigger_point"] == FINDINGS["trigger_point"]
    assert one["findings"]["right"]["slr_angle"] == 80 and two["findings"]["slump"] == "negative"
    assert [t["minutes"] for t in one["treatments"]] == [10, 15, 5]
    assert (one["notes"], two["notes"], three["notes"]) == ("First visit.", "After treatment.", "")
    assert two["chart"] == one["chart"]  # the second session started from the first's map


def test_an_import_the_store_refuses_writes_nothing(Session, vocabulary):
    document = _export(Session, vocabulary, _add_patient(Session, vocabulary))
    document["patient"]["name"] = "x" * 201  # the file format allows it; the store does not
    with pytest.raises(InvalidInput, match="at most 200"):
        _import(Session, vocabulary, document)
    with Session() as session:
        assert list_patients(session, include_archived=True).total == 1


def test_a_drawing_exported_imports_into_a_fresh_database(Session, vocabulary, tmp_path):
    strokes = [
        {"view": "back", "points": [[250.5, 420.2], [262, 480]], "width": 24, "intensity": 7}
        | {"qualities": ["shooting", "burning"]},
        {"view": "back", "tool": "eraser", "points": [[255, 440]], "width": 6},
        {"view": "front", "points": [[120, 610]], "width": 2.5},
    ]
    with Session.begin() as session:
        patient = create_patient(session, "Drawn")
        visit = create_visit(session, patient.id, date(2026, 1, 5))
        chart = _chart(FIRST_MAP, ["sitting"]).with_strokes(strokes)
        save_visit(session, visit.id, visit.version, chart=chart, known=vocabulary)
    with Session() as session:
        original = patient_course(session, patient.id, vocabulary)
    assert original.sessions[0].chart.strokes == chart.strokes
    document = _export(Session, vocabulary, patient.id)
    fresh = init_db(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        other = session_factory(fresh)
        copy = _import(other, vocabulary, document)
        with other() as session:
            course = patient_course(session, copy, vocabulary)
        assert course == original
        assert _export(other, vocabulary, copy) == document
    finally:
        fresh.dispose()


def test_an_import_with_a_bad_stroke_writes_nothing(Session, vocabulary):
    document = _export(Session, vocabulary, _add_patient(Session, vocabulary))
    document["sessions"][2]["chart"]["strokes"] = [
        {"view": "front", "points": [[5, 5]]},
        {"view": "front", "points": [[5, 5]], "intensity": 42},
    ]
    with pytest.raises(ImportProblem, match=r"^sessions\[2\]\.chart\.strokes\[1\]: .*not 42$"):
        _import(Session, vocabulary, document)
    with Session() as session:
        assert list_patients(session, include_archived=True).total == 1
