"""Engines, sessions and the schema: SQLite by default, PostgreSQL when DATABASE_URL says so.

The schema is only ever made by the Alembic migrations in `migrations/` (`init_db` runs them up
to the newest), never by create_all, so a fresh database and an upgraded one are the same.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from dashapp.store.demo import seed_demo

__all__ = [
    "MIGRATIONS_DIR",
    "current_revision",
    "database_url",
    "default_url",
    "downgrade",
    "head_revision",
    "init_db",
    "make_engine",
    "private_file",
    "seed_demo",
    "session_factory",
    "upgrade",
]

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
DATABASE_FILE = "painmap.db"
SQLITE_BUSY_MS = 5000


def default_url(instance_dir: Path | str) -> str:
    """The embedded database: painmap.db in the instance folder."""
    return f"sqlite:///{Path(instance_dir).resolve() / DATABASE_FILE}"


def database_url(settings: Mapping[str, Any]) -> str:
    """DATABASE_URL from the settings, or the embedded SQLite file in INSTANCE_DIR."""
    return settings.get("DATABASE_URL") or default_url(settings["INSTANCE_DIR"])


def _normalise(url: str) -> str:
    parsed = make_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, **options: Any) -> Engine:
    """An engine for the URL; for SQLite, a new file and folder are made readable by their
    owner only, and every connection gets foreign keys on, WAL journalling and a busy timeout."""
    url = _normalise(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **options)
    if parsed.database and parsed.database != ":memory:":
        private_file(Path(parsed.database))
    engine = create_engine(url, **options)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def private_file(path: Path) -> None:
    """Make `path` (empty) and its folder, if missing, for their owner only (0600, 0700).

    SQLite gives its -wal and -shm files the database file's mode, so they follow.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on the engine; loaded objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config() -> Config:
    """Alembic's configuration for the migrations folder, without an ini file."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this PainMap knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "migrations/versions holds no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None before the first migration."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations on the engine's database up to `revision`."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Undo migrations down to `revision` ("base" empties the schema); for development."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def init_db(url: str) -> Engine:
    """The engine for `url`, its schema brought up to date by the migrations."""
    engine = make_engine(url)
    upgrade(engine)
    return engine
