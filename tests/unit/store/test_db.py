"""The schema comes from the migrations; SQLite runs with foreign keys and WAL."""

from __future__ import annotations

import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, inspect, text
from sqlalchemy.exc import IntegrityError

from dashapp.config import load_config
from dashapp.store.db import (
    current_revision,
    database_url,
    default_url,
    downgrade,
    head_revision,
    init_db,
    make_engine,
    session_factory,
    upgrade,
)
from dashapp.store.models import Base, Patient, Visit, VisitMark, VisitTreatment, utcnow
from dashapp.store.patients import create_patient
from tests.unit.store import conftest

TABLES = {"patients", "visits", "visit_marks", "visit_intakes", "visit_findings"}


def test_migrations_create_the_schema(engine):
    assert current_revision(engine) == head_revision()
    names = set(inspect(engine).get_table_names())
    assert TABLES | {"visit_treatments", "alembic_version"} <= names
    indexes = {i["name"] for i in inspect(engine).get_indexes("visits")}
    assert "ix_visits_patient_date" in indexes


def test_migrations_match_the_models(engine):
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_init_db_twice_changes_nothing(db_url):
    init_db(db_url).dispose()
    engine = init_db(db_url)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def _patient_row(**extra):
    now = utcnow()
    row = {"display_name": "A", "name_key": "a", "notes": "", "archived": False}
    return {**row, "created_at": now, "updated_at": now, **extra}


def test_foreign_keys_are_enforced(engine):
    now = utcnow()
    visit = {"patient_id": 999, "date": now.date(), "version": 1, "notes": "", "activities": []}
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(insert(Visit), {**visit, "created_at": now, "updated_at": now})


@pytest.mark.parametrize(
    "table, row",
    [
        (VisitMark, {"region": "right_shin", "position": 0, "intensity": 42, "qualities": []}),
        (
            VisitTreatment,
            {"position": 0, "technique": "friction", "muscle": "soleus", "side": "right"}
            | {"minutes": 0},
        ),
        (
            VisitTreatment,
            {"position": 0, "technique": "friction", "muscle": "soleus", "side": "middle"}
            | {"minutes": 5},
        ),
    ],
)
def test_check_constraints_guard_the_tables(engine, table, row):
    now = utcnow()
    with engine.begin() as connection:
        patient = connection.execute(insert(Patient).returning(Patient.id), _patient_row())
        visit = connection.execute(
            insert(Visit).returning(Visit.id),
            {"patient_id": patient.scalar_one(), "date": now.date(), "version": 1, "notes": ""}
            | {"activities": [], "created_at": now, "updated_at": now},
        ).scalar_one()
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(insert(table), {"visit_id": visit, **row})


@pytest.fixture
def sqlite_engine(tmp_path):
    engine = init_db(f"sqlite:///{tmp_path / 'painmap.db'}")
    yield engine
    engine.dispose()


def test_sqlite_connections_use_wal_and_foreign_keys(sqlite_engine):
    for _ in range(2):  # every connection of the pool, not only the first
        with sqlite_engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        sqlite_engine.dispose()


def test_default_database_lives_in_the_instance_folder(tmp_path):
    folder = tmp_path / "instance"
    url = database_url(load_config({"INSTANCE_DIR": folder, "DATABASE_URL": None}))
    assert url == default_url(folder) == f"sqlite:///{folder / 'painmap.db'}"
    engine = make_engine(url)
    assert folder.is_dir()
    engine.dispose()


def test_database_url_setting_wins(tmp_path):
    settings = load_config({"DATABASE_URL": "postgresql://u@db/painmap"})
    assert database_url(settings) == "postgresql://u@db/painmap"
    assert make_engine(settings["DATABASE_URL"]).dialect.driver == "psycopg"


def test_migrations_go_down_and_up_again(engine):
    downgrade(engine, "base")
    assert "patients" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert current_revision(engine) == head_revision()


def test_missing_postgresql_fails_with_the_way_to_install_it(monkeypatch):
    monkeypatch.setattr(conftest.glob, "glob", lambda pattern: [])
    with pytest.raises(pytest.fail.Exception, match="make postgres"):
        conftest._binaries()


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_sqlite_database_is_for_its_owner_only(tmp_path):
    folder = tmp_path / "instance"
    engine = init_db(default_url(folder))
    try:
        with session_factory(engine).begin() as session:  # open while -wal and -shm exist
            create_patient(session, "Private")
            files = sorted(p.name for p in folder.iterdir())
            assert files == ["painmap.db", "painmap.db-shm", "painmap.db-wal"]
            assert {name: _mode(folder / name) for name in files} == dict.fromkeys(files, 0o600)
        assert _mode(folder) == 0o700
    finally:
        engine.dispose()
