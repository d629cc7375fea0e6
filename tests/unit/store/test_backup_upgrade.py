"""The pieces restore and the upgrade of an older backup share: inserting rows, and turning a
database's refusal into one line."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, select

from dashapp.store.backup_upgrade import insert_rows, refused
from dashapp.store.errors import RestoreError


def test_rows_go_in_table_by_table_in_the_given_order_and_an_empty_table_is_left_alone():
    meta = MetaData()
    first = Table("first", meta, Column("id", Integer, primary_key=True))
    second = Table("second", meta, Column("id", Integer, primary_key=True))
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    asked = []

    def rows_of(table):
        asked.append(table.name)
        return [{"id": 1}, {"id": 2}] if table is first else []

    with engine.begin() as connection:
        insert_rows(connection, [first, second], rows_of)
        assert connection.execute(select(first.c.id)).scalars().all() == [1, 2]
        assert connection.execute(select(second.c.id)).scalars().all() == []
    assert asked == ["first", "second"]


def test_a_database_refusal_becomes_one_line_naming_why():
    meta = MetaData()
    table = Table("only", meta, Column("id", Integer, primary_key=True))
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    with pytest.raises(RestoreError, match=r"^The rows clash: UNIQUE constraint failed") as raised:
        with refused("The rows clash"), engine.begin() as connection:
            insert_rows(connection, [table], lambda _: [{"id": 1}, {"id": 1}])
    assert "\n" not in str(raised.value)
    with engine.connect() as connection:  # the transaction was rolled back
        assert connection.execute(select(table.c.id)).scalars().all() == []


def test_other_errors_pass_through_unchanged():
    with pytest.raises(KeyError), refused("never said"):
        raise KeyError("not the database's")
