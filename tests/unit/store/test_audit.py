"""The audit trail is append-only: nothing in PainMap changes or removes its rows."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from sqlalchemy import func, select

from dashapp.domain.accounts import Actor, AuditFilter
from dashapp.store import audit, backup, restore
from dashapp.store.models import AuditEvent

PACKAGE = Path(__file__).resolve().parents[3] / "dashapp"


def test_rows_are_added_and_read_newest_first(Session):
    with Session.begin() as db:
        audit.record(db, "view", Actor(1, "alice", "10.0.0.2"), patient_id=7)
        audit.record(db, "export", Actor(1, "alice", "10.0.0.2"), patient_id=7, visit_id=3)
    with Session() as db:
        rows = audit.entries(db, AuditFilter(patient_id=7))
        assert [r.action for r in rows] == ["export", "view"]
        assert (rows[0].visit_id, rows[0].address, rows[0].user_name) == (3, "10.0.0.2", "alice")
        assert audit.entries(db, AuditFilter(user_name="bob")) == []


def test_the_audit_repository_has_no_way_to_change_or_remove_a_row():
    functions = [name for name, _ in inspect.getmembers(audit, inspect.isfunction)]
    assert set(functions) <= {"record", "entries", "select", "utcnow"}
    source = inspect.getsource(audit)
    for word in ("update(", "delete(", ".delete", "merge(", "DELETE", "UPDATE"):
        assert word not in source


def test_no_module_updates_or_deletes_audit_rows():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("update", "delete"):
                named = {getattr(a, "id", "") for a in node.args}
                assert "AuditEvent" not in named, path
        text = path.read_text()
        assert "DELETE FROM audit" not in text.upper().replace("\n", " "), path


def test_a_restore_keeps_the_audit_trail(seeded, Session, tmp_path, vocabulary):
    saved = backup(seeded, tmp_path / "before.json", as_json=True)
    with Session.begin() as db:
        audit.record(db, "view", Actor(1, "alice", "10.0.0.2"), patient_id=1)
    restore(seeded, saved, vocabulary)
    with Session() as db:
        assert db.scalar(select(func.count()).select_from(AuditEvent)) == 1
