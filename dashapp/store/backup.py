"""Backup and restore of the whole database.

A SQLite database is copied with SQLite's online backup API (consistent while the app runs);
any other database is written as JSON: every row of every patient table, with the schema
revision. A restore replaces the patient records only: accounts and the audit trail stay.
Restore takes either kind, checks it completely first (not too big, readable, a PainMap
backup, a schema this PainMap knows (an older one is migrated first, in a scratch copy:
backup_upgrade), every value fitting its column, every row one the app itself would accept:
see backup_check), then replaces all rows in one transaction. A refused
file changes nothing and is explained in one line.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import Date, Engine, Integer, Table, select, text

from dashapp.store.backup_check import check_rows, check_types, one_line, truncated
from dashapp.store.backup_upgrade import insert_rows, refused, upgraded_rows
from dashapp.store.db import alembic_config, head_revision, make_engine, private_file, upgrade
from dashapp.store.errors import RestoreError
from dashapp.store.models import ACCOUNT_TABLES, Base, UTCDateTime
from dashapp.store.vocabulary import Vocabulary

FORMAT = "painmap-backup"
SQLITE_MAGIC = b"SQLite format 3\x00"
# Far above any clinic's database; a bigger file is refused before it is read into memory.
MAX_BYTES = 512 * 2**20
Rows = dict[str, list[dict[str, Any]]]


def tables() -> list[Table]:
    """The patient records' tables, parents before children. Accounts and the audit trail
    are left out: a restore must not bring back old passwords or rewrite the audit trail."""
    return [t for t in Base.metadata.sorted_tables if t.name not in ACCOUNT_TABLES]


def backup(engine: Engine, path: Path | str, *, as_json: bool = False) -> Path:
    """Write a consistent copy of the database to `path` (replaced only once complete):
    a SQLite file for SQLite unless as_json, JSON rows otherwise; readable by its owner only."""
    path = Path(path)
    with _replaced_atomically(path) as part:
        if engine.dialect.name == "sqlite" and not as_json:
            _backup_sqlite(engine, part)
        else:
            part.write_text(json.dumps(_dump(engine), default=_encode), encoding="utf-8")
    return path


@contextmanager
def _replaced_atomically(path: Path) -> Iterator[Path]:
    part = path.with_name(f".{path.name}.part")
    part.unlink(missing_ok=True)
    try:
        private_file(part)  # made 0600 before a byte of health data is written into it
        yield part
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def _backup_sqlite(engine: Engine, part: Path) -> None:
    source = engine.raw_connection()
    try:
        target = sqlite3.connect(part)
        try:
            source.driver_connection.backup(target)
            # One self-contained file, whatever journal mode the live database uses.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()


def _dump(engine: Engine) -> dict[str, Any]:
    # One snapshot for every table (SQLite's transactions are serializable already).
    level = "REPEATABLE READ" if engine.dialect.name == "postgresql" else "SERIALIZABLE"
    with engine.connect().execution_options(isolation_level=level) as connection:
        with connection.begin():
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            rows = {
                table.name: [dict(row._mapping) for row in connection.execute(select(table))]
                for table in tables()
            }
    return {"format": FORMAT, "schema": revision, "tables": rows}


def _encode(value: Any) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"Cannot write {value!r} to a backup")


def restore(
    engine: Engine, path: Path | str, known: Vocabulary, *, max_bytes: int = MAX_BYTES
) -> dict[str, int]:
    """Replace every row with the backup's, each checked against the app's rules and the ids
    in `known`; returns the number of rows restored per table."""
    rows = read_backup(path, max_bytes=max_bytes)
    try:
        check_rows(rows, known)
    except RestoreError as refusal:
        raise RestoreError(f"{path}: {refusal}") from None
    upgrade(engine)
    with refused("The backup's rows do not fit together"), engine.begin() as connection:
        for table in reversed(tables()):
            connection.execute(table.delete())
        insert_rows(connection, tables(), lambda table: rows[table.name])
        if connection.dialect.name == "postgresql":
            for table in tables():
                if "id" in table.c and isinstance(table.c.id.type, Integer):
                    connection.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
                        )
                    )
    return {name: len(table_rows) for name, table_rows in rows.items()}


def read_backup(path: Path | str, *, max_bytes: int = MAX_BYTES) -> Rows:
    """Every row of a backup file, each value fitting its column; RestoreError saying what is
    wrong otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise RestoreError(
                f"{path} is {size:,} bytes, more than the {max_bytes:,} a PainMap backup may be."
            )
        with path.open("rb") as file:
            start = file.read(len(SQLITE_MAGIC))
            if start != SQLITE_MAGIC:
                start += file.read()
    except OSError as fault:
        raise RestoreError(f"Cannot read {path}: {fault.strerror}.") from None
    rows = _read_sqlite(path) if start == SQLITE_MAGIC else _read_json(start, path)
    for table in tables():
        for number, row in enumerate(rows[table.name], start=1):
            try:
                check_types(table, row)
            except (TypeError, ValueError) as fault:
                raise RestoreError(
                    one_line(f"{path}: {table.name} row {number}, {fault}")
                ) from None
    return rows


def _read_json(raw: bytes, path: Path) -> Rows:
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:  # not UTF-8, not JSON, or a number of thousands of digits
        raise RestoreError(f"{path} is not a PainMap backup (neither SQLite nor JSON).") from None
    except RecursionError:
        raise RestoreError(f"{path} is nested too deeply to be a PainMap backup.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise RestoreError(f"{path} is not a PainMap backup.")
    revision = _check_revision(data.get("schema"), path)
    if revision != head_revision():
        return upgraded_rows(
            data.get("tables"),
            revision,
            path,
            lambda connection: {t.name: _sqlite_rows(connection, t, path) for t in tables()},
        )
    return _decode(data.get("tables"), path)


def _check_revision(revision: Any, path: Path) -> str:
    if not isinstance(revision, str) or not revision:
        raise RestoreError(f"{path} does not say which schema it was written in.")
    # Only a revision id itself: alembic would also read "head", "base" or "0001@head".
    known = {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }
    if revision not in known:
        raise RestoreError(
            one_line(
                f"{path} was written by a newer PainMap (schema {revision!r}); this one knows "
                f"schemas up to {head_revision()}. Update PainMap first."
            )
        )
    return revision


def _read_sqlite(path: Path) -> Rows:
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "restore.db"
        shutil.copyfile(path, copy)
        if truncated(copy.read_bytes()[:100], copy.stat().st_size):
            raise RestoreError(f"{path} is damaged: it is cut off.")
        try:
            check = sqlite3.connect(copy)
            try:
                health = check.execute("PRAGMA integrity_check").fetchone()[0]
                revisions = check.execute("SELECT version_num FROM alembic_version").fetchall()
            finally:
                check.close()
        except sqlite3.DatabaseError as fault:
            raise RestoreError(
                one_line(f"{path} is damaged or not a PainMap backup ({fault}).")
            ) from None
        if health != "ok":
            raise RestoreError(one_line(f"{path} is damaged: {health}."))
        if len(revisions) != 1:
            raise RestoreError(f"{path} does not say which schema it was written in.")
        _check_revision(revisions[0][0], path)
        engine = make_engine(f"sqlite:///{copy}")
        try:
            with refused(f"{path} cannot be read as a PainMap backup"):
                upgrade(engine)  # an older backup is brought up to this schema, in the copy
                with engine.connect() as connection:
                    return {t.name: _sqlite_rows(connection, t, path) for t in tables()}
        finally:
            engine.dispose()


def _sqlite_rows(connection: Any, table: Table, path: Path) -> list[dict[str, Any]]:
    """The table's rows; a value the column's type cannot read names its row."""
    rows = []
    result = connection.execute(select(table))
    while True:
        try:
            row = result.fetchone()
        except (ValueError, TypeError, OverflowError, RecursionError) as fault:
            where = f"{table.name} row {len(rows) + 1}"
            raise RestoreError(one_line(f"{path}: {where} cannot be read ({fault}).")) from None
        if row is None:
            return rows
        rows.append(dict(row._mapping))


def _decode(data: Any, path: Path) -> Rows:
    if not isinstance(data, dict) or set(data) != {t.name for t in tables()}:
        raise RestoreError(f"{path} does not hold PainMap's tables.")
    rows: Rows = {}
    for table in tables():
        given = data[table.name]
        if not isinstance(given, list):
            raise RestoreError(f"{path}: {table.name} must be a list of rows.")
        rows[table.name] = [
            _decode_row(table, row, f"{path}: {table.name} row {n}")
            for n, row in enumerate(given, start=1)
        ]
    return rows


def _decode_row(table: Table, row: Any, where: str) -> dict[str, Any]:
    if not isinstance(row, dict) or set(row) != set(table.c.keys()):
        raise RestoreError(f"{where} does not have the columns {', '.join(table.c.keys())}.")
    decoded = {}
    for column in table.c:
        value = row[column.name]
        try:
            decoded[column.name] = _decode_value(column.type, value)
        except (TypeError, ValueError):
            raise RestoreError(f"{where}, {column.name}: {value!r} cannot be read.") from None
    return decoded


def _decode_value(kind: Any, value: Any) -> Any:
    """Dates and times come as ISO text; whether every value fits is check_types' question."""
    if isinstance(value, str) and isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(value, str) and isinstance(kind, Date):
        return date.fromisoformat(value)
    return value
