"""A JSON backup written by an older PainMap, brought up to this schema before it is checked.

Its rows go into a scratch SQLite database made at the backup's own schema revision, the
migrations bring that database up to date (as they do for a SQLite backup), and the rows are
read back in this schema: a column added since (a session's drawing, say) gets the value the
migration gives older rows. Nothing here touches the live database.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, DateTime, MetaData, Table
from sqlalchemy.exc import DBAPIError

from dashapp.store.backup_check import one_line
from dashapp.store.db import make_engine, upgrade
from dashapp.store.errors import RestoreError
from dashapp.store.models import ACCOUNT_TABLES

Rows = dict[str, list[dict[str, Any]]]


def upgraded_rows(data: Any, revision: str, path: Path, read: Callable[[Any], Rows]) -> Rows:
    """The backup's rows (`data`, its "tables") as this schema holds them; `read(connection)`
    reads them from the upgraded scratch database."""
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'older.db'}")
        try:
            with refused(f"{path} cannot be read as a PainMap backup"):
                upgrade(engine, revision)
                then = MetaData()
                then.reflect(engine)
                kept = [t for t in then.sorted_tables if _patient_table(t.name)]
                if not isinstance(data, dict) or set(data) != {t.name for t in kept}:
                    raise RestoreError(f"{path} does not hold the tables of schema {revision}.")
                with engine.begin() as connection:
                    insert_rows(
                        connection, kept, lambda t: _rows(t, data[t.name], f"{path}: {t.name}")
                    )
                upgrade(engine)
                with engine.connect() as connection:
                    return read(connection)
        finally:
            engine.dispose()


def insert_rows(
    connection: Connection, tables: Iterable[Table], rows_of: Callable[[Table], list]
) -> None:
    """Insert each table's rows (`rows_of(table)`, asked table by table), in the given order."""
    for table in tables:
        rows = rows_of(table)
        if rows:
            connection.execute(table.insert(), rows)


@contextmanager
def refused(why: str) -> Iterator[None]:
    """A database error inside becomes a one-line RestoreError: `why`, then the database's own
    words."""
    try:
        yield
    except DBAPIError as fault:
        raise RestoreError(one_line(f"{why}: {fault.orig}")) from None


def _patient_table(name: str) -> bool:
    return name != "alembic_version" and name not in ACCOUNT_TABLES


def _rows(table: Table, given: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(given, list):
        raise RestoreError(f"{where} must be a list of rows.")
    rows = []
    for number, row in enumerate(given, start=1):
        if not isinstance(row, dict) or set(row) != set(table.c.keys()):
            raise RestoreError(
                f"{where} row {number} does not have the columns {', '.join(table.c.keys())}."
            )
        try:
            rows.append({c.name: _value(c.type, row[c.name]) for c in table.c})
        except (TypeError, ValueError):
            raise RestoreError(f"{where} row {number} cannot be read.") from None
    return rows


def _value(kind: Any, value: Any) -> Any:
    """Dates and times from their ISO text; times kept in UTC, as the store keeps them."""
    if isinstance(value, str) and isinstance(kind, DateTime):
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("a stored time must carry its time zone")
        return moment.astimezone(UTC)
    if isinstance(value, str) and isinstance(kind, Date):
        return date.fromisoformat(value)
    return value
