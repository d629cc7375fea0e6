"""The page loads Dash's scripts without the polyfill and the DataTable loader, and still has
React, the regenerator runtime and the time-zone script (whose worker is served, not loaded)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashapp import create_app
from dashapp.web.scripts import without_unused

DASHAPP = Path(__file__).resolve().parents[3] / "dashapp"
TABLE = '<script src="/_dash-component-suites/dash/dash_table/bundle.v7_4_1m1.js"></script>'
POLYFILL = '<script src="/_dash-component-suites/dash/deps/polyfill@7.v1.12.1.min.js"></script>'
REACT = '<script src="/_dash-component-suites/dash/deps/react@18.v4_4_1m1.3.1.min.js"></script>'
DCC = '<script src="/_dash-component-suites/dash/dcc/dash_core_components.v4_4_1m1.js"></script>'


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'painmap.db'}"
    return create_app({"SECRET_KEY": "test", "DATABASE_URL": url}).server.test_client()


@pytest.fixture(scope="module")
def page(client) -> str:
    return client.get("/").get_data(as_text=True)


def test_page_has_no_polyfill_nor_table_but_react_and_the_runtime(page):
    assert "polyfill@" not in page
    assert "/dash_table/" not in page
    assert "/deps/react@" in page and "/deps/react-dom@" in page
    assert "/dcc/dash_core_components" in page
    assert "/assets/vendor/regenerator-runtime.js" in page


def test_the_zone_worker_is_served_but_not_loaded_by_the_page(page, client):
    assert "/assets/timezone.js" in page
    assert "workers/" not in page
    answer = client.get("/assets/workers/zone.js")
    assert answer.status_code == 200 and b"postMessage" in answer.data


def test_only_the_polyfill_and_table_tags_are_dropped():
    tags = "\n".join([POLYFILL, REACT, TABLE, DCC])
    assert without_unused(tags) == f"{REACT}\n{DCC}"
    assert without_unused(f"{REACT}\n{DCC}") == f"{REACT}\n{DCC}"


def test_no_page_uses_a_data_table():
    """The DataTable's script is not sent: a page that used one would show nothing there."""
    users = [
        str(path.relative_to(DASHAPP))
        for path in DASHAPP.rglob("*.py")
        if "dash_table" in path.read_text(encoding="utf-8") and path.name != "scripts.py"
    ]
    assert users == [], f"these use dash_table, whose script is not sent: {users}"
