"""Security headers on pages, downloads, the API and callbacks; no-store on everything dynamic."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from dashapp import create_app
from tests.unit.web.test_guards import CALLBACK, callback_body

PAGES = ["/", "/atlas", "/patients", "/patients/1", "/sessions/1"]
DOWNLOADS = ["/patients/1/marks.csv", "/patients/1/export.json", "/sessions/1/map.png"]
API = ["/api/v1/muscles", "/api/v1/muscles/gluteus_minimus_anterior"]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'painmap.db'}"
    app = create_app({"SECRET_KEY": "test", "DATABASE_URL": url, "DEMO": True})
    client = app.server.test_client()
    client.get("/")  # Dash adds its pages' inline script on the first request
    return client


def directives(response) -> dict[str, list[str]]:
    policy = response.headers["Content-Security-Policy"]
    return {name: rest for name, *rest in (part.split() for part in policy.split(";"))}


def assert_secure(response, *, cached: bool = False):
    assert response.status_code == 200, response.request.path
    policy = directives(response)
    assert (
        "'unsafe-inline'" not in policy["script-src"]
        and "'unsafe-eval'" not in policy["script-src"]
    )
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert ("no-store" in response.headers.get("Cache-Control", "")) is not cached


@pytest.mark.parametrize("path", PAGES + DOWNLOADS + API)
def test_pages_downloads_and_api_are_secured_and_never_stored(client, path):
    assert_secure(client.get(path))


def test_posts_and_callbacks_are_secured_and_never_stored(client):
    assert_secure(client.post("/api/v1/lookup", json={"regions": ["right_shin_outer"]}))
    assert_secure(client.post(CALLBACK, json=callback_body()))


def test_refusals_carry_the_headers_too(client):
    response = client.get("/patients/1", headers={"Host": "evil.example"})
    assert response.status_code == 421
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"


def test_static_files_may_be_cached(client):
    html = client.get("/").get_data(as_text=True)
    bundle = re.search(r'src="(/_dash-component-suites/[^"]+)"', html).group(1)
    for path in ("/assets/painmap.css", bundle):
        assert_secure(client.get(path), cached=True)


def test_every_inline_script_of_the_page_is_allowed_by_its_hash(client):
    response = client.get("/")
    allowed = directives(response)["script-src"]
    html = re.sub(r"<!--.*?-->", "", response.get_data(as_text=True), flags=re.S)
    inline = [
        body
        for attributes, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
        if "src=" not in attributes and "application/json" not in attributes
    ]
    assert len(inline) >= 2, "Dash's renderer start and the inline clientside callbacks"
    for body in inline:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in allowed, body[:80]
