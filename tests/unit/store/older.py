"""Databases and backups as an older PainMap wrote them, for the tests that load them."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import column, insert, table
from sqlalchemy.sql.expression import TableClause

from dashapp.store.backup import backup
from dashapp.store.db import downgrade, make_engine
from dashapp.store.models import Patient, Visit


def json_backup_as_of(engine, tmp_path: Path, schema: str, *later: str) -> dict:
    """A JSON backup of `engine` as PainMap wrote it at revision `schema`: no visits column
    that came `later`."""
    data = json.loads(backup(engine, tmp_path / "rows.json", as_json=True).read_text())
    for row in data["tables"]["visits"]:
        for name in later:
            del row[name]
    return data | {"schema": schema}


def written_json(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data))
    return path


def sqlite_backup_as_of(engine, path: Path, schema: str) -> Path:
    """A SQLite backup file of `engine` taken back to revision `schema`, as PainMap wrote it
    then."""
    backup(engine, path)
    old = make_engine(f"sqlite:///{path}")
    try:
        downgrade(old, schema)
    finally:
        old.dispose()
    return path


def old_patient(connection, now: datetime) -> int:
    """A patient written straight into the table (its columns are those of every schema)."""
    return connection.execute(
        insert(Patient.__table__).returning(Patient.id),
        {"display_name": "Old", "name_key": "old", "notes": "", "archived": False}
        | {"created_at": now, "updated_at": now},
    ).scalar_one()


def old_visits(*later: str) -> TableClause:
    """The visits table as an older schema had it: every column but those that came `later`."""
    return table(
        "visits", *(column(c.name, c.type) for c in Visit.__table__.c if c.name not in later)
    )
