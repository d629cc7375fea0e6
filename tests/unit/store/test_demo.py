"""The demo patient: added once, to an empty database only."""

from __future__ import annotations

from datetime import date

from dashapp.store import create_patient, list_patients, list_visits, seed_demo
from dashapp.store.demo import DEMO_NAME


def test_demo_patient_has_two_improving_sessions(Session, vocabulary):
    with Session.begin() as session:
        patient = seed_demo(session, vocabulary, today=date(2025, 6, 1))
    with Session() as session:
        first, second = list_visits(session, patient.id)
    assert patient.display_name == DEMO_NAME
    assert (first.date, second.date) == (date(2025, 5, 18), date(2025, 6, 1))
    worst = [max(m.intensity for m in v.marks) for v in (first, second)]
    assert worst[1] < worst[0]
    assert all(m.region.startswith("right_") for m in first.marks)
    assert first.intake.complete and first.findings.values["trigger_point"]
    assert first.treatments and second.treatments
    assert first.stretches == ["gluteus_minimus_anterior"] and second.stretches == []


def test_demo_seed_is_idempotent(Session, vocabulary):
    with Session.begin() as session:
        assert seed_demo(session, vocabulary) is not None
    with Session.begin() as session:
        assert seed_demo(session, vocabulary) is None
    with Session() as session:
        assert list_patients(session).total == 1


def test_no_demo_once_there_are_patients(Session, vocabulary):
    with Session.begin() as session:
        create_patient(session, "Ann")
        assert seed_demo(session, vocabulary) is None
