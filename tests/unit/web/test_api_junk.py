"""Generated lookups: any body or query gets 200, or 400 (413 for size) with an error that
names the problem, never an exception; the API writes nothing, whatever it is sent."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug.test import EnvironBuilder, run_wsgi_app

from dashapp import create_app
from dashapp.web.api import MAX_BODY_BYTES
from tests.conftest import TEST_GEOMETRY
from tests.rows import written
from tests.strategies import FUZZ, junk, mutated

LOOKUP = "/api/v1/lookup"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("api")
    app = create_app(
        {
            "GEOMETRY_DIR": TEST_GEOMETRY,
            "SECRET_KEY": "test",
            "DATABASE_URL": f"sqlite:///{folder / 'painmap.db'}",
            "DEMO": False,
        }
    )
    app.server.config["PROPAGATE_EXCEPTIONS"] = True
    return app


@pytest.fixture(scope="module")
def known(app) -> list[str]:
    services = app.server.extensions["painmap"]
    return [*(r.id for r in services.regions[:15]), *sorted(services.activity_ids)[:5]]


def answered(response) -> None:
    """A lookup's answer: candidates, or an error naming the problem."""
    if response.status_code == 200:
        assert "candidates" in response.get_json()
    else:
        assert response.status_code in (400, 413)
        assert response.get_json()["error"].strip()


def queries(words: list[str]):
    regions = st.lists(st.sampled_from(words), max_size=6)
    good = st.one_of(
        st.builds(lambda r, a: {"regions": r, "activities": a}, regions, regions),
        st.builds(
            lambda r, n: {"marks": dict.fromkeys(r, n)}, regions, st.none() | st.integers(0, 10)
        ),
    )
    return st.one_of(good.flatmap(lambda q: mutated(q, words)), good, junk(words))


@settings(FUZZ, max_examples=250)
@given(data=st.data())
def test_any_json_body_is_answered_cleanly(app, known, data):
    client, services = app.server.test_client(), app.server.extensions["painmap"]
    before = written(services)
    answered(client.post(LOOKUP, json=data.draw(queries(known))))
    assert written(services) == before


@settings(FUZZ, max_examples=150)
@given(
    raw=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)),
    content_type=st.sampled_from(
        ["application/json", "text/plain", "application/x-www-form-urlencoded"]
    ),
)
def test_any_bytes_are_answered_cleanly(app, raw, content_type):
    answered(app.server.test_client().post(LOOKUP, data=raw, content_type=content_type))


@settings(FUZZ, max_examples=150)
@given(
    params=st.lists(
        st.tuples(
            st.sampled_from(["regions", "activities", "marks", "x"]) | st.text(max_size=5),
            st.text(max_size=40),
        ),
        max_size=4,
    )
)
def test_any_query_string_is_answered_cleanly(app, params):
    answered(app.server.test_client().get(LOOKUP, query_string=params))


@pytest.mark.parametrize("depth", [100, 1_000, 10_000, 100_000])
def test_a_deeply_nested_body_is_a_400_naming_it(app, depth):
    body = "[" * depth + "]" * depth
    response = app.server.test_client().post(LOOKUP, data=body, content_type="application/json")
    if len(body) > MAX_BODY_BYTES:
        assert response.status_code == 413
    else:
        assert response.status_code == 400
        error = response.get_json()["error"]
        assert "nested too deeply" in error or "JSON object" in error


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        ("{}", "text/plain", "application/json"),
        (b"\xff\xfe\x00", "application/json", "UTF-8"),
        ("1" * 5000, "application/json", "cannot be read"),
        ('{"marks": {"sacrum": NaN}}', "application/json", "not nan"),
    ],
)
def test_an_unreadable_body_is_a_400_naming_why(app, body, content_type, words):
    response = app.server.test_client().post(LOOKUP, data=body, content_type=content_type)
    assert response.status_code == 400
    assert words in response.get_json()["error"]


def test_a_large_body_without_a_length_is_a_413(app):
    body = b'{"regions": [' + b'"sacrum",' * 10_000 + b'"sacrum"]}'
    environ = EnvironBuilder(
        path=LOOKUP, method="POST", data=body, content_type="application/json"
    ).get_environ()
    # Sent in chunks: no Content-Length says how long it is.
    del environ["CONTENT_LENGTH"]
    environ.update({"HTTP_TRANSFER_ENCODING": "chunked", "wsgi.input_terminated": True})
    answer, status, _ = run_wsgi_app(app.server, environ, buffered=True)
    assert status.startswith("413")
    assert "64 KB" in json.loads(b"".join(answer))["error"]
