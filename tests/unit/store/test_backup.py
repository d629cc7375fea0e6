"""Backup and restore: a round trip gives back every row; a bad file changes nothing."""

from __future__ import annotations

import json
import sqlite3
import stat

import pytest

from dashapp.store import (
    RestoreError,
    backup,
    create_patient,
    get_visit,
    list_patients,
    list_visits,
    restore,
)
from dashapp.store.__main__ import main
from dashapp.store.backup import FORMAT, tables
from dashapp.store.db import head_revision, init_db


def _snapshot(engine) -> dict:
    with engine.connect() as connection:
        return {
            t.name: sorted(map(tuple, connection.execute(t.select()).all()), key=repr)
            for t in tables()
        }


def test_round_trip_gives_back_every_row(seeded, Session, tmp_path, vocabulary):
    before = _snapshot(seeded)
    path = backup(seeded, tmp_path / "painmap.backup")
    with Session.begin() as session:
        create_patient(session, "Added after the backup")
    counts = restore(seeded, path, vocabulary)
    assert counts["patients"] == 1 and counts["visits"] == 2
    assert _snapshot(seeded) == before
    with Session.begin() as session:  # new rows get fresh ids after a restore
        added = create_patient(session, "Next")
        assert added.id == max(p for (p, *_rest) in before["patients"]) + 1
        patient = list_patients(session).items[0]
        assert len(list_visits(session, patient.id)) == 2


def test_sqlite_backups_are_single_database_files(tmp_path):
    engine = init_db(f"sqlite:///{tmp_path / 'live.db'}")
    path = backup(engine, tmp_path / "copy.db")
    engine.dispose()
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()


@pytest.mark.slow  # always touches the PostgreSQL server
def test_a_backup_restores_into_the_other_database(seeded, tmp_path, request, vocabulary):
    path = backup(seeded, tmp_path / "painmap.backup")
    if seeded.dialect.name == "sqlite":
        databases = request.getfixturevalue("pg_cluster").database()
        url = next(databases)
    else:
        databases, url = iter(()), f"sqlite:///{tmp_path / 'other.db'}"
    target = init_db(url)
    try:
        restore(target, path, vocabulary)
        assert _snapshot(target) == _snapshot(seeded)
    finally:
        target.dispose()
        next(databases, None)


def _json_backup(tmp_path, engine) -> dict:
    path = backup(engine, tmp_path / "rows.json", as_json=True)
    return json.loads(path.read_text())


def test_json_backups_restore_too(seeded, tmp_path, vocabulary):
    before = _snapshot(seeded)
    data = _json_backup(tmp_path, seeded)
    assert data["format"] == FORMAT and data["schema"] == head_revision()
    restore(seeded, tmp_path / "rows.json", vocabulary)
    assert _snapshot(seeded) == before


def _broken(tmp_path, seeded) -> dict[str, bytes | str]:
    good = _json_backup(tmp_path, seeded)
    visit = good["tables"]["visit_marks"][0]
    orphan = {**good, "tables": {**good["tables"], "visit_marks": [{**visit, "visit_id": 999}]}}
    garbled = {**good, "tables": {**good["tables"], "visits": [{"id": "x"}]}}
    bad_time = json.loads(json.dumps(good))
    bad_time["tables"]["patients"][0]["created_at"] = "yesterday"
    return {
        "empty": b"",
        "not a backup": b"hello, world\n",
        "damaged sqlite": b"SQLite format 3\x00" + b"\x00" * 50,
        "other json": json.dumps({"format": "other"}),
        "newer schema": json.dumps({**good, "schema": "9999_from_the_future"}),
        "no schema": json.dumps({**good, "schema": None}),
        "missing table": json.dumps({**good, "tables": {"patients": []}}),
        "wrong columns": json.dumps(garbled),
        "bad time": json.dumps(bad_time),
        "orphan rows": json.dumps(orphan),
    }


def test_bad_files_are_refused_and_change_nothing(seeded, tmp_path, vocabulary):
    before = _snapshot(seeded)
    for what, content in _broken(tmp_path, seeded).items():
        path = tmp_path / f"{what}.backup"
        if isinstance(content, str):
            path.write_text(content)
        else:
            path.write_bytes(content)
        with pytest.raises(RestoreError):
            restore(seeded, path, vocabulary)
        assert _snapshot(seeded) == before, what


def test_a_newer_sqlite_backup_is_refused(seeded, tmp_path, vocabulary):
    path = backup(seeded, tmp_path / "painmap.backup")
    if seeded.dialect.name == "sqlite":
        copy = sqlite3.connect(path)
        copy.execute("UPDATE alembic_version SET version_num = '9999'")
        copy.commit()
        copy.close()
    else:
        data = json.loads(path.read_text())
        path.write_text(json.dumps({**data, "schema": "9999"}))
    with pytest.raises(RestoreError, match="newer PainMap"):
        restore(seeded, path, vocabulary)


def test_command_line_backup_and_restore(seeded, db_url, tmp_path, capsys):
    path = tmp_path / "painmap.backup"
    for options in ([], ["--json"]):
        assert main(["--url", db_url, "backup", str(path), *options]) == 0
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, "a backup is for its owner only"
        assert main(["--url", db_url, "restore", str(path)]) == 0
        assert "Restored 1 patient(s), 2 session(s)." in capsys.readouterr().out
    (tmp_path / "bad").write_text("nonsense")
    assert main(["--url", db_url, "restore", str(tmp_path / "bad")]) == 1
    assert "Not restored:" in capsys.readouterr().err


def test_command_line_init_adds_the_demo_once(db_url, capsys, Session):
    assert main(["--url", db_url, "init", "--demo"]) == 0
    assert main(["--url", db_url, "init", "--demo"]) == 0
    out = capsys.readouterr().out
    assert "Added the demo patient." in out and "There are patients already." in out
    with Session() as session:
        patient = list_patients(session).items[0]
        assert get_visit(session, list_visits(session, patient.id)[0].id).treatments
