"""Accounts: Argon2 hashes, rehash on new parameters, disabled accounts, the add-user command."""

from __future__ import annotations

import io

import pytest
from argon2 import PasswordHasher

from dashapp.store import accounts
from dashapp.store.__main__ import main
from dashapp.store.errors import InvalidInput
from dashapp.store.models import User

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def shipped_hasher(monkeypatch, quick_password_hashes):
    """These tests check the hashing itself: with the shipped Argon2 parameters."""
    hasher, nobody = quick_password_hashes
    monkeypatch.setattr(accounts, "HASHER", hasher)
    monkeypatch.setattr(accounts, "_NOBODY", nobody)


def test_passwords_are_kept_as_argon2_hashes(Session):
    with Session.begin() as db:
        alice = accounts.add_user(db, " Alice ", "admin", PASSWORD)
        stored = db.get(User, alice.id).password_hash
    assert alice.name == "alice" and stored.startswith("$argon2id$") and PASSWORD not in stored
    with Session() as db:
        assert accounts.signed_in(db, "ALICE", PASSWORD) == alice
        assert accounts.signed_in(db, "alice", PASSWORD + "!") is None
        assert accounts.signed_in(db, "bob", PASSWORD) is None


def test_a_hash_with_old_parameters_is_replaced_on_sign_in(Session):
    with Session.begin() as db:
        alice = accounts.add_user(db, "alice", "therapist", PASSWORD)
        old = PasswordHasher(time_cost=1, memory_cost=8192).hash(PASSWORD)
        db.get(User, alice.id).password_hash = old
    with Session.begin() as db:
        assert accounts.signed_in(db, "alice", PASSWORD) is not None
    with Session() as db:
        new = db.get(User, alice.id).password_hash
    assert new != old and not accounts.HASHER.check_needs_rehash(new)


def test_a_disabled_account_cannot_sign_in(Session):
    with Session.begin() as db:
        tom = accounts.add_user(db, "tom", "therapist", PASSWORD)
        accounts.set_disabled(db, tom.id, True)
    with Session() as db:
        assert accounts.signed_in(db, "tom", PASSWORD) is None
        assert accounts.get_user(db, tom.id).epoch == tom.epoch + 1


@pytest.mark.parametrize(
    "name, role, password, problem",
    [
        ("alice", "admin", "short", "at least 10"),
        ("al ice", "admin", PASSWORD, "A name is"),
        ("alice", "owner", PASSWORD, "role must be one of"),
    ],
)
def test_bad_accounts_are_refused(Session, name, role, password, problem):
    with pytest.raises(InvalidInput, match=problem), Session.begin() as db:
        accounts.add_user(db, name, role, password)


def test_names_are_unique(Session):
    with Session.begin() as db:
        accounts.add_user(db, "alice", "admin", PASSWORD)
    with pytest.raises(InvalidInput, match="already an account"), Session.begin() as db:
        accounts.add_user(db, "Alice", "therapist", PASSWORD)


def test_add_user_command_reads_the_password_from_standard_input(
    engine, db_url, monkeypatch, capsys
):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--url", db_url, "add-user", "Nina", "--role", "therapist"]) == 0
    assert "Added nina (therapist)." in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["--url", db_url, "add-user", "other", "--role", "admin"]) == 1
    assert "Not added: A password needs at least 10" in capsys.readouterr().err
    with engine.connect() as connection:
        from sqlalchemy.orm import Session as OrmSession

        with OrmSession(connection) as db:
            assert accounts.signed_in(db, "nina", PASSWORD) is not None
            assert accounts.count_users(db) == 1
