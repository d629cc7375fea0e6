"""The self-care stretches handed out in a session: kept in order, checked, carried by the
JSON export and by backups, and older databases and backups (none handed out) still load."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import insert, select, update

from dashapp.formats.exchange import dumps, import_course
from dashapp.store import (
    InvalidInput,
    RestoreError,
    create_patient,
    create_visit,
    get_visit,
    patient_course,
    save_visit,
    visit_session,
)
from dashapp.store.backup import backup, restore
from dashapp.store.db import downgrade, init_db, session_factory, upgrade
from dashapp.store.imports import add_course
from dashapp.store.models import Visit, utcnow
from tests.unit.store.older import (
    json_backup_as_of,
    old_patient,
    old_visits,
    sqlite_backup_as_of,
    written_json,
)

HANDED = ["gluteus_minimus_anterior", "piriformis"]


@pytest.fixture
def visit(Session, vocabulary):
    """A saved session with two stretches handed out: (patient id, visit id, version)."""
    with Session.begin() as session:
        patient = create_patient(session, "Ann")
        first = create_visit(session, patient.id, date(2025, 3, 1))
        saved = save_visit(session, first.id, 1, stretches=HANDED, known=vocabulary)
        return patient.id, first.id, saved.version


def test_the_stretches_come_back_in_the_order_given(Session, visit, vocabulary):
    _, visit_id, version = visit
    with Session() as session:
        loaded = get_visit(session, visit_id)
        assert visit_session(loaded, vocabulary).stretches == tuple(HANDED)
        assert loaded.version == version == 2 and loaded.last_change == "stretches"


def test_other_saves_leave_the_stretches_and_a_new_session_starts_without(
    Session, visit, vocabulary
):
    patient_id, visit_id, version = visit
    with Session.begin() as session:
        save_visit(session, visit_id, version, notes="Went well.", known=vocabulary)
        later = create_visit(session, patient_id, date(2025, 3, 8))
    with Session() as session:
        assert visit_session(get_visit(session, visit_id), vocabulary).stretches == tuple(HANDED)
        assert visit_session(get_visit(session, later.id), vocabulary).stretches == ()


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("piriformis", r"must be a list, not 'piriformis'"),
        (["piriformis", "tail"], r"^Stretch 2: 'tail' is not a muscle of the atlas\.$"),
        (["piriformis", "piriformis"], r"^Stretch 2: 'piriformis' is handed out twice\.$"),
        ([7], r"^Stretch 1: 7 is not a muscle"),
        ([None], r"^Stretch 1: None is not a muscle"),
    ],
)
def test_bad_stretches_are_refused_and_change_nothing(Session, visit, vocabulary, given, message):
    _, visit_id, version = visit
    with pytest.raises(InvalidInput, match=message), Session.begin() as session:
        save_visit(session, visit_id, version, stretches=given, notes="lost", known=vocabulary)
    with Session() as session:
        loaded = get_visit(session, visit_id)
        assert loaded.version == version and loaded.notes == ""
        assert visit_session(loaded, vocabulary).stretches == tuple(HANDED)


def test_a_stored_muscle_no_longer_in_the_atlas_is_left_out(Session, visit, vocabulary):
    _, visit_id, _ = visit
    with Session.begin() as session:
        session.execute(
            update(Visit).where(Visit.id == visit_id).values(stretches=["piriformis", "gone", 3])
        )
    with Session() as session:
        assert visit_session(get_visit(session, visit_id), vocabulary).stretches == ("piriformis",)


def test_the_json_export_carries_the_stretches_to_a_new_patient(Session, visit, vocabulary):
    patient_id, _, _ = visit
    with Session() as session:
        text = dumps(patient_course(session, patient_id, vocabulary))
    assert json.loads(text)["sessions"][0]["stretches"] == HANDED
    known = (vocabulary.regions, vocabulary.activities, vocabulary.techniques, vocabulary.muscles)
    with Session.begin() as session:
        copy = add_course(session, import_course(text, *known), vocabulary)
    with Session() as session:
        assert patient_course(session, copy.id, vocabulary).sessions[0].stretches == tuple(HANDED)


@pytest.mark.parametrize("as_json", [False, True])
def test_a_backup_keeps_the_stretches(engine, visit, tmp_path, vocabulary, as_json):
    path = backup(engine, tmp_path / "painmap.backup", as_json=as_json)
    fresh = init_db(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        restore(fresh, path, vocabulary)
        with session_factory(fresh)() as session:
            restored = visit_session(get_visit(session, visit[1]), vocabulary)
        assert restored.stretches == tuple(HANDED)
    finally:
        fresh.dispose()


def test_a_backup_with_an_unknown_stretch_is_refused(engine, visit, tmp_path, vocabulary):
    data = json.loads(backup(engine, tmp_path / "rows.json", as_json=True).read_text())
    data["tables"]["visits"][0]["stretches"] = ["piriformis", "tail"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(RestoreError, match=r"visits row 1, stretches: Stretch 2: 'tail' is not"):
        restore(engine, path, vocabulary)
    with session_factory(engine)() as session:  # nothing changed
        assert visit_session(get_visit(session, visit[1]), vocabulary).stretches == tuple(HANDED)


def test_a_json_backup_from_before_stretches_restores(engine, visit, tmp_path, vocabulary):
    data = json_backup_as_of(engine, tmp_path, "0005", "stretches")
    restore(engine, written_json(tmp_path / "older.json", data), vocabulary)
    with session_factory(engine)() as session:
        restored = get_visit(session, visit[1])
        assert restored.stretches == [] and visit_session(restored, vocabulary).stretches == ()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # a SQLite backup file
def test_a_sqlite_backup_from_before_stretches_restores(engine, visit, tmp_path, vocabulary):
    path = sqlite_backup_as_of(engine, tmp_path / "old.db", "0005")
    restore(engine, path, vocabulary)
    with session_factory(engine)() as session:
        assert visit_session(get_visit(session, visit[1]), vocabulary).stretches == ()


def test_a_database_from_before_stretches_loads_and_upgrades(engine, Session, vocabulary):
    downgrade(engine, "0005")
    now = utcnow()
    with engine.begin() as connection:
        patient = old_patient(connection, now)
        row = {"patient_id": patient, "date": date(2024, 1, 2), "version": 1, "notes": "kept"}
        row |= {"activities": [], "strokes": [], "created_at": now, "updated_at": now}
        connection.execute(insert(old_visits("stretches")).values(row))  # as schema 0005 had it
    upgrade(engine)
    with Session.begin() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.stretches == [] and visit.notes == "kept"
        save_visit(session, visit.id, 1, stretches=["soleus"], known=vocabulary)
    with Session() as session:
        assert visit_session(get_visit(session, visit.id), vocabulary).stretches == ("soleus",)
