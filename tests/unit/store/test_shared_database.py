"""The PostgreSQL database the store tests share (conftest.py) starts each test as the
migrations left it: no rows, counters from one, and the schema back if a test changed it."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from dashapp.store.db import head_revision, session_factory
from dashapp.store.patients import create_patient

pytestmark = pytest.mark.slow


TABLES = text("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")


def _engine(url):
    return create_engine(url)


def _tables(engine) -> set[str]:
    with engine.connect() as connection:
        return set(connection.execute(TABLES).scalars())


def test_rows_are_gone_and_counting_starts_again(pg_shared):
    engine = _engine(next(pg_shared))
    with session_factory(engine).begin() as session:
        first = create_patient(session, "Ada Example")
        session.flush()
        first_id = first.id
        create_patient(session, "Ben Example")
    # A connection left open by the test is no obstacle.
    lingering = engine.connect()
    lingering.execute(text("SELECT 1"))

    old, engine = engine, _engine(next(pg_shared))
    lingering.invalidate()  # the server ended it; nothing to roll back
    old.dispose()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM patients")).scalar() == 0
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == head_revision()
    with session_factory(engine).begin() as session:
        again = create_patient(session, "Cleo Example")
        session.flush()
        assert again.id == first_id
    engine.dispose()


def test_a_changed_schema_is_made_anew(pg_shared):
    engine = _engine(next(pg_shared))
    tables = _tables(engine)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE patients CASCADE"))
        connection.execute(text("DELETE FROM alembic_version"))
    engine.dispose()

    engine = _engine(next(pg_shared))
    assert _tables(engine) == tables
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == head_revision()
    engine.dispose()
