"""Shared fixtures: apps under test come from the factory, on the small test geometry."""

from __future__ import annotations

import shutil
from pathlib import Path

import hypothesis
import pytest
from argon2 import PasswordHasher

from dashapp import create_app
from dashapp.store import accounts
from dashapp.store.db import init_db
from tests.reference import shipped_vocabulary

# Hypothesis is imported here, first: its pytest plugin would otherwise import it in the final
# report when no test did, and from that deep a stack Python 3.11.7 can fail to compile it
# ("AST constructor recursion depth mismatch", CPython gh-106905).
#
# No time limit per generated case: the suite runs on every core, and a case that takes 275 ms
# on a busy machine is not a failure. Slowness is measured by the benchmarks under bench/.
hypothesis.settings.register_profile("painmap", deadline=None)
hypothesis.settings.load_profile("painmap")

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TEST_GEOMETRY = FIXTURES / "geometry"


@pytest.fixture(scope="session", autouse=True)
def quick_password_hashes():
    """Argon2 at its lowest cost while the tests run; yields the shipped hasher and its
    no-account hash, for the tests of the hashing itself (tests/unit/store/test_accounts.py).

    The shipped parameters cost about a quarter of a second per hash or check, by design; the
    suite signs in some hundreds of times, and elsewhere it tests what sign-in decides, not how
    hard a hash is to break."""
    shipped = accounts.HASHER, accounts._NOBODY
    quick = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    accounts.HASHER, accounts._NOBODY = quick, quick.hash("no account has this name")
    yield shipped
    accounts.HASHER, accounts._NOBODY = shipped


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory) -> Path:
    """A SQLite database the migrations brought to the newest revision. Each test's database
    starts as a copy of it, which is far quicker than running the migrations again; a fresh
    database's own migration is tested in tests/unit/test_factory.py and tests/unit/store."""
    path = tmp_path_factory.mktemp("migrated") / "painmap.db"
    init_db(f"sqlite:///{path}").dispose()
    assert not path.with_name(f"{path.name}-wal").exists(), "the copies would miss the WAL"
    return path


@pytest.fixture
def test_config(tmp_path, migrated_database) -> dict:
    database = tmp_path / "painmap.db"
    shutil.copy2(migrated_database, database)  # its mode (0600) too
    return {
        "GEOMETRY_DIR": TEST_GEOMETRY,
        "SECRET_KEY": "test",
        "DATABASE_URL": f"sqlite:///{database}",
        "DEMO": False,
    }


@pytest.fixture
def app(test_config):
    return create_app(test_config)


@pytest.fixture(scope="session")
def vocabulary():
    """The shipped body map's and atlas's ids, for calling the store directly."""
    return shipped_vocabulary()
