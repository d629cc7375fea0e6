"""Shared fixtures: apps under test come from the factory, on the small test geometry."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashapp import create_app
from tests.reference import shipped_vocabulary

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TEST_GEOMETRY = FIXTURES / "geometry"


@pytest.fixture
def test_config(tmp_path) -> dict:
    return {
        "GEOMETRY_DIR": TEST_GEOMETRY,
        "SECRET_KEY": "test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'painmap.db'}",
        "DEMO": False,
    }


@pytest.fixture
def app(test_config):
    return create_app(test_config)


@pytest.fixture(scope="session")
def vocabulary():
    """The shipped body map's and atlas's ids, for calling the store directly."""
    return shipped_vocabulary()
