"""The checks every request passes: Host (local mode), Origin of state-changing requests, size."""

from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit

import pytest

from dashapp.ui import ids
from dashapp.web.guards import MAX_BODY_BYTES, MAX_CALLBACK_BYTES
from tests.e2e.browser import serve

CALLBACK = "/_dash-update-component"
LOOKUP = "/api/v1/lookup"


def callback_body(**extra) -> dict:
    """A real callback: the clear button opens its confirmation."""
    return {
        "output": f"{ids.PATIENT_CLEAR_DIALOG}.hidden",
        "outputs": {"id": ids.PATIENT_CLEAR_DIALOG, "property": "hidden"},
        "inputs": [
            {"id": ids.PATIENT_CLEAR, "property": "n_clicks", "value": 1},
            {"id": ids.PATIENT_CLEAR_CANCEL, "property": "n_clicks", "value": None},
        ],
        "changedPropIds": [f"{ids.PATIENT_CLEAR}.n_clicks"],
        "state": [],
        **extra,
    }


LOOKUP_BODY = {"marks": {"right_head": 5}}


@pytest.fixture
def client(app):
    client = app.server.test_client()
    client.get("/")  # Dash finishes its setup on the first request
    return client


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:8050",
        "localhost.evil.example",
        "127.0.0.1.nip.io:8050",
        "192.168.1.20:8050",
        "localhost@evil.example",
    ],
)
def test_local_mode_refuses_other_host_names(client, host):
    for response in (
        client.get("/", headers={"Host": host}),
        client.get("/api/v1/muscles", headers={"Host": host}),
        client.post(CALLBACK, json=callback_body(), headers={"Host": host}),
    ):
        assert response.status_code == 421
        assert response.mimetype == "text/plain"
        assert "this computer only" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "host", ["localhost", "localhost:8050", "127.0.0.1", "127.0.0.1:8050", "[::1]", "[::1]:8050"]
)
def test_local_mode_answers_to_this_computer_names(client, host):
    assert client.get("/", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://localhost:8050"},  # another port is another origin
        {"Origin": "https://localhost"},
        {"Referer": "http://evil.example/page"},
    ],
)
def test_a_foreign_origin_is_refused_on_callbacks_and_the_api(client, headers):
    for response in (
        client.post(CALLBACK, json=callback_body(), headers=headers),
        client.post(LOOKUP, json=LOOKUP_BODY, headers=headers),
    ):
        assert response.status_code == 403
        assert response.mimetype == "text/plain"


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://localhost"},
        {"Referer": "http://localhost/patients/1"},
        {"Origin": "http://localhost", "Referer": "http://localhost/"},
        {},  # not a browser: neither Origin nor Referer
    ],
)
def test_same_origin_and_non_browser_requests_pass(client, headers):
    response = client.post(CALLBACK, json=callback_body(), headers=headers)
    assert response.status_code == 200
    assert response.get_json()["response"][ids.PATIENT_CLEAR_DIALOG]["hidden"] is False
    assert client.post(LOOKUP, json=LOOKUP_BODY, headers=headers).status_code == 200


def test_reading_is_not_refused_for_a_foreign_origin(client):
    assert (
        client.get("/api/v1/muscles", headers={"Origin": "http://evil.example"}).status_code == 200
    )


def test_bodies_over_the_limit_are_refused(client):
    big = b"x" * (MAX_BODY_BYTES + 1)
    response = client.post(LOOKUP, data=big, content_type="application/json")
    assert response.status_code == 413


def _post_chunked(url: str, path: str, body: bytes) -> int:
    """POST `body` in 64 KB chunks, without Content-Length; the response's status."""
    where = urlsplit(url)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
    chunks = (body[i : i + 65536] for i in range(0, len(body), 65536))
    try:
        connection.request(
            "POST",
            path,
            body=chunks,
            headers={"Content-Type": "application/json"},
            encode_chunked=True,
        )
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server answered before reading it all
    try:
        return connection.getresponse().status
    finally:
        connection.close()


def test_the_limits_hold_for_chunked_bodies(app):
    padded = json.dumps(callback_body(padding="x" * (3 * 1024 * 1024))).encode()
    assert MAX_BODY_BYTES < len(padded) < MAX_CALLBACK_BYTES
    too_big = json.dumps(callback_body(padding="x" * MAX_CALLBACK_BYTES)).encode()
    with serve(app) as url:
        assert _post_chunked(url, LOOKUP, json.dumps(LOOKUP_BODY).encode()) == 200
        assert _post_chunked(url, LOOKUP, b" " * (MAX_BODY_BYTES + 1)) == 413
        # Callbacks carry the import upload (base64 in JSON), so theirs is larger.
        assert _post_chunked(url, CALLBACK, padded) == 200
        assert _post_chunked(url, CALLBACK, too_big) == 413
