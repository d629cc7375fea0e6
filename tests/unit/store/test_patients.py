"""Patients: create, update, archive, search with pages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dashapp.store import (
    InvalidInput,
    NotFound,
    archive_patient,
    create_patient,
    get_patient,
    get_visit,
    list_patients,
    search_patients,
    update_patient,
)
from dashapp.store.models import Patient


def _count(Session) -> int:
    with Session() as session:
        return session.query(Patient).count()


def test_a_patient_is_stored_as_given(Session):
    name = "  <b>Zoë</b> O'Brien & co  "
    with Session.begin() as session:
        made = create_patient(session, name, date_of_birth=date(1980, 2, 29), notes="Runner")
    with Session() as session:
        patient = get_patient(session, made.id)
        assert patient.display_name == name.strip()
        assert patient.date_of_birth == date(1980, 2, 29)
        assert patient.notes == "Runner"
        assert not patient.archived
        assert patient.created_at.tzinfo is not None


def test_update_changes_only_what_is_given(Session):
    with Session.begin() as session:
        made = create_patient(session, "Ann", date_of_birth=date(1990, 1, 1), notes="x")
    with Session.begin() as session:
        update_patient(session, made.id, display_name="Anne")
    with Session.begin() as session:
        update_patient(session, made.id, date_of_birth=None)
    with Session() as session:
        patient = get_patient(session, made.id)
        assert (patient.display_name, patient.date_of_birth, patient.notes) == ("Anne", None, "x")
        assert search_patients(session, "ANNE").total == 1


@pytest.mark.parametrize(
    "change",
    [
        {"display_name": "   "},
        {"display_name": "x" * 201},
        {"date_of_birth": date.today() + timedelta(days=1)},
        {"date_of_birth": "1990-01-01"},
        {"notes": 42},
        {"birth_year": 1850},
        {"birth_year": date.today().year + 1},
        {"birth_year": "1980"},
        {"birth_year": 1991},  # Ann's date of birth is in 1990
        {"reference": "x" * 65},
        {"reference": 17},
    ],
)
def test_bad_patient_details_are_refused(Session, change):
    with Session.begin() as session:
        made = create_patient(session, "Ann", date_of_birth=date(1990, 5, 1))
    with pytest.raises(InvalidInput), Session.begin() as session:
        update_patient(session, made.id, **change)
    with Session() as session:
        patient = get_patient(session, made.id)
        assert (patient.display_name, patient.birth_year, patient.reference) == ("Ann", None, None)


def test_reference_and_year_of_birth_are_kept(Session):
    with Session.begin() as session:
        made = create_patient(session, "Ann", birth_year=1990, reference=" P-17 ")
    with Session.begin() as session:
        update_patient(session, made.id, date_of_birth=date(1990, 5, 1))
    with Session() as session:
        patient = get_patient(session, made.id)
        assert (patient.reference, patient.birth_year) == ("P-17", 1990)
        assert patient.date_of_birth == date(1990, 5, 1)
    with pytest.raises(InvalidInput, match="not in the year of birth 1990"):
        with Session.begin() as session:
            create_patient(session, "Bo", date_of_birth=date(1991, 1, 1), birth_year=1990)


def test_a_nameless_patient_is_not_created(Session):
    with pytest.raises(InvalidInput, match="name"), Session.begin() as session:
        create_patient(session, "")
    assert _count(Session) == 0


def test_unknown_patient(Session):
    with pytest.raises(NotFound), Session() as session:
        get_patient(session, 12345)


def test_search_is_a_case_insensitive_substring_and_hides_archived(Session):
    with Session.begin() as session:
        ids = {
            n: create_patient(session, n).id
            for n in ("Émile Zola", "emily brontë", "Tom", "100% Sure_Thing")
        }
        archive_patient(session, ids["Tom"])
    with Session() as session:
        names = [p.display_name for p in search_patients(session, "ÉMI").items]
        assert names == ["Émile Zola"]
        assert [p.display_name for p in search_patients(session, "LE Z").items] == ["Émile Zola"]
        assert search_patients(session, "MIL").total == 2  # émile, emily
        assert search_patients(session, "tom").total == 0
        assert search_patients(session, "tom", include_archived=True).total == 1
        assert search_patients(session, "%").items[0].display_name == "100% Sure_Thing"
        assert search_patients(session, "_").total == 1
        assert list_patients(session).total == 3


def test_archive_and_bring_back(Session):
    with Session.begin() as session:
        made = create_patient(session, "Ann")
        archive_patient(session, made.id)
    with Session.begin() as session:
        assert list_patients(session).total == 0
        archive_patient(session, made.id, archived=False)
    with Session() as session:
        assert list_patients(session).total == 1


def test_search_pages(Session):
    with Session.begin() as session:
        for n in range(25):
            create_patient(session, f"Patient {n:02d}")
    with Session() as session:
        first = search_patients(session, "patient", per_page=10)
        last = search_patients(session, "patient", page=3, per_page=10)
        assert (first.total, first.pages, len(first.items)) == (25, 3, 10)
        assert first.items[0].display_name == "Patient 00"
        assert [p.display_name for p in last.items] == [f"Patient {n}" for n in range(20, 25)]
        with pytest.raises(InvalidInput):
            search_patients(session, page=0)
        with pytest.raises(InvalidInput):
            search_patients(session, per_page=1000)


@pytest.mark.parametrize("patient_id", [0, -1, 2**63, 10**30, True, "1", None, [1], 1.0])
def test_an_id_that_cannot_name_a_record_is_not_found(Session, patient_id):
    with Session() as session:
        with pytest.raises(NotFound):
            get_patient(session, patient_id)
        with pytest.raises(NotFound):
            get_visit(session, patient_id)


@pytest.mark.parametrize("text", ["x" * 201, ["Sam"], 42, None])
def test_search_text_must_be_short_text(Session, text):
    with Session() as session, pytest.raises(InvalidInput):
        search_patients(session, text)
