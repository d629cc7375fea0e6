"""The page loads Dash's scripts without the polyfill, and still has the regenerator runtime."""

from __future__ import annotations

import pytest

from dashapp import create_app
from dashapp.web.scripts import without_polyfill


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'painmap.db'}"
    app = create_app({"SECRET_KEY": "test", "DATABASE_URL": url})
    return app.server.test_client().get("/").get_data(as_text=True)


def test_page_has_no_polyfill_but_react_and_the_runtime(page):
    assert "polyfill@" not in page
    assert "/deps/react@" in page and "/deps/react-dom@" in page
    assert "/assets/vendor/regenerator-runtime.js" in page


def test_only_the_polyfill_tag_is_dropped():
    tags = (
        '<script src="/_dash-component-suites/dash/deps/polyfill@7.v1.12.1.min.js"></script>\n'
        '<script src="/_dash-component-suites/dash/deps/react@18.v4_4_1m1.3.1.min.js"></script>'
    )
    assert without_polyfill(tags) == tags.split("\n")[1]
    assert without_polyfill(tags.split("\n")[1]) == tags.split("\n")[1]
