"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server.

PostgreSQL is a throwaway cluster made with Debian's own binaries (`make postgres` installs
them), started once per test session, listening only on a Unix socket in a temporary folder,
with a fresh database per test. Run as root, the cluster belongs to the `postgres` system user
(the server refuses to run as root). Missing binaries fail the tests: they are never skipped.
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

from dashapp.store import seed_demo
from dashapp.store.db import init_db, session_factory

_numbers = itertools.count(1)
MIGRATED = "painmap_migrated"


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
        yield f"postgresql+psycopg://postgres@/{name}?host={self.folder}"
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))

    def migrated_template(self) -> str:
        """A database the migrations brought to the newest revision, to copy (a copy is made
        far faster than the migrations run); nothing may stay connected to it."""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{MIGRATED}"'))
        init_db(f"postgresql+psycopg://postgres@/{MIGRATED}?host={self.folder}").dispose()
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
        cluster = request.getfixturevalue("pg_cluster")
        template = request.getfixturevalue("pg_migrated") if migrated else None
        yield from cluster.database(template)


@pytest.fixture(scope="session")
def pg_migrated(pg_cluster) -> str:
    return pg_cluster.migrated_template()


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
