"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server.

PostgreSQL is a throwaway cluster made with Debian's own binaries (`make postgres` installs
them), started once per test session, listening only on a Unix socket in a temporary folder,
with a fresh database for each test that starts empty. Tests that start from the migrated
schema share one database, emptied before each next test (far quicker than a copy per test);
one a test left with another schema is made anew. Run as root, the cluster belongs to the
`postgres` system user (the server refuses to run as root). Missing binaries fail the tests:
they are never skipped.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from dashapp.store import seed_demo
from dashapp.store.db import init_db, session_factory

_numbers = itertools.count(1)
MIGRATED = "painmap_migrated"
SHARED = "painmap_shared"
# The schema as (table, column, type) rows: a shared database whose rows differ from the
# template's was changed by its test and is copied again.
SCHEMA = text(
    "SELECT table_name, column_name, data_type FROM information_schema.columns "
    "WHERE table_schema = 'public' ORDER BY table_name, column_name"
)


def _binaries() -> tuple[Path, Path]:
    """initdb and pg_ctl of the newest PostgreSQL Debian installed."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if not found or not (Path(found[-1]).parent / "pg_ctl").exists():
        pytest.fail(
            "PostgreSQL's initdb and pg_ctl are missing (looked in /usr/lib/postgresql/*/bin): "
            "run `make postgres` to install Debian's postgresql package.",
            pytrace=False,
        )
    initdb = Path(found[-1])
    return initdb, initdb.parent / "pg_ctl"


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


class Cluster:
    """A running throwaway PostgreSQL cluster."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.initdb, self.pg_ctl = _binaries()
        self.admin_url = f"postgresql+psycopg://postgres@/postgres?host={folder}"
        self.admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")

    def _run(self, *command: str | Path) -> None:
        done = subprocess.run(
            _as_server_user([str(c) for c in command]), capture_output=True, text=True
        )
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            pytest.fail(f"{command[0]} failed:\n{done.stdout}\n{done.stderr}\n{tail}")

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(
            self.initdb, "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C", "--no-sync",
        )  # fmt: skip
        options = (
            f"-c listen_addresses='' -k {self.folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            self.pg_ctl, "-D", self.data, "-l", self.folder / "server.log", "-o", options,
            "-w", "-t", "30", "start",
        )  # fmt: skip

    def stop(self) -> None:
        self.admin.dispose()
        self._run(self.pg_ctl, "-D", self.data, "-m", "immediate", "-w", "stop")

    def database(self, template: str | None = None) -> Iterator[str]:
        """A fresh database's URL, empty or a copy of `template`; dropped when the generator is
        closed."""
        name = f"painmap_test_{next(_numbers)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        yield self.url(name)
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@/{name}?host={self.folder}"

    def shared(self, template: str) -> Iterator[str]:
        """The one migrated database the tests share, emptied after each use, or copied anew
        from `template` when a test changed its schema or its revision."""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{SHARED}" TEMPLATE "{template}"'))
        schema, revision = self._schema(template)
        while True:
            yield self.url(SHARED)
            self._empty(SHARED, template, schema, revision)

    def _schema(self, name: str) -> tuple[list, list]:
        engine = create_engine(self.url(name))
        try:
            with engine.connect() as connection:
                schema = [tuple(row) for row in connection.execute(SCHEMA)]
                revision = list(connection.execute(text("SELECT * FROM alembic_version")))
        finally:
            engine.dispose()
        return schema, revision

    def _empty(self, name: str, template: str, schema: list, revision: list) -> None:
        with self.admin.connect() as connection:  # whatever the test left connected goes
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
        try:
            unchanged = self._schema(name) == (schema, revision)
        except SQLAlchemyError:  # no alembic_version table, for one
            unchanged = False
        if not unchanged:
            with self.admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
                connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
            return
        tables = sorted({table for table, _, _ in schema} - {"alembic_version"})
        engine = create_engine(self.url(name))
        try:
            with engine.begin() as connection:
                listed = ", ".join(f'"{table}"' for table in tables)
                connection.execute(text(f"TRUNCATE {listed} RESTART IDENTITY CASCADE"))
        finally:
            engine.dispose()

    def migrated_template(self) -> str:
        """A database the migrations brought to the newest revision, to copy (a copy is made
        far faster than the migrations run); nothing may stay connected to it."""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{MIGRATED}"'))
        init_db(self.url(MIGRATED)).dispose()
        return MIGRATED


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    folder = Path(tempfile.mkdtemp(prefix="painmap-pg-"))
    cluster = Cluster(folder)
    try:
        cluster.start()
        yield cluster
        cluster.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def sqlite_migrated(tmp_path_factory) -> Path:
    """A SQLite file the migrations brought to the newest revision, to copy."""
    path = tmp_path_factory.mktemp("migrated") / "painmap.db"
    init_db(f"sqlite:///{path}").dispose()
    assert not path.with_name(f"{path.name}-wal").exists(), "the copy would miss the WAL"
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def db_url(request, tmp_path) -> Iterator[str]:
    """A URL to a database: empty, or, for a test that asks for `engine`, a copy of one that
    the same migrations brought to the newest revision (init_db then finds nothing to do)."""
    migrated = "engine" in request.fixturenames
    if request.param == "sqlite":
        path = tmp_path / "painmap.db"
        if migrated:
            shutil.copy2(request.getfixturevalue("sqlite_migrated"), path)  # mode 0600 too
        yield f"sqlite:///{path}"
    else:
        if migrated:
            shared = request.getfixturevalue("pg_shared")
            yield next(shared)
        else:
            yield from request.getfixturevalue("pg_cluster").database()


@pytest.fixture(scope="session")
def pg_migrated(pg_cluster) -> str:
    return pg_cluster.migrated_template()


@pytest.fixture(scope="session")
def pg_shared(pg_cluster, pg_migrated) -> Iterator[str]:
    """The shared migrated database: each next() hands it out, emptied since the last."""
    shared = pg_cluster.shared(pg_migrated)
    yield shared
    shared.close()


@pytest.fixture
def engine(db_url):
    """The database with the schema migrated to the newest revision."""
    engine = init_db(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def Session(engine):  # noqa: N802 - named like the sessionmaker it is
    return session_factory(engine)


@pytest.fixture
def seeded(Session, engine, vocabulary):
    """The database with the demo patient and its two sessions."""
    with Session.begin() as session:
        seed_demo(session, vocabulary)
    return engine
