"""The one access check (clinic mode): every route the app serves, listed from its own url_map,
pages and callbacks, is refused without sign-in unless it is open on purpose."""

from __future__ import annotations

import re

import dash
import pytest

from dashapp.callbacks import public_outputs
from dashapp.web.access import OPEN_ENDPOINTS, PAGES_ROUTER, safe_next
from tests.unit.web.clinic import (
    ADMIN,
    PASSWORD,
    THERAPIST,
    clinic_app,
    clinic_database,
    sign_in,
)

SAMPLE = {"int": "1", "string": "gluteus_minimus_anterior", "path": "patients/1"}


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    return clinic_database(tmp_path_factory.mktemp("clinic"))


@pytest.fixture(scope="module")
def app(database):
    return clinic_app(database)


def routes(app) -> list[tuple[str, str]]:
    """(method, address) of every route but the open ones, with sample values filled in."""
    found = []
    for rule in app.server.url_map.iter_rules():
        if rule.endpoint in OPEN_ENDPOINTS or rule.endpoint == "static":
            continue
        address = re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: SAMPLE[m.group(1) or "string"], rule.rule)
        found += [(method, address) for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return found


def page_addresses() -> list[str]:
    """Every page Dash serves, its record pages on the demo patient and session (but the
    phone's page of an intake link, open to all: test_phone_access.py)."""
    return [
        (page.get("path_template") or page["path"])
        .replace("<patient_id>", "1")
        .replace("<visit_id>", "1")
        for page in dash.page_registry.values()
        if page["module"] not in ("not_found_404", "phone")
    ]


def router_body(pathname: str) -> dict:
    """Dash's pages router asking for the page at `pathname`."""
    return {
        "output": ".._pages_content.children..._pages_store.data..",
        "outputs": [
            {"id": "_pages_content", "property": "children"},
            {"id": "_pages_store", "property": "data"},
        ],
        "inputs": [
            {"id": "_pages_location", "property": "pathname", "value": pathname},
            {"id": "_pages_location", "property": "search", "value": ""},
        ],
        "changedPropIds": ["_pages_location.pathname"],
        "state": [],
    }


def server_callbacks(app) -> list[str]:
    """Every server callback but those always open (the phone's: test_phone_access.py)."""
    always = public_outputs(app, ())
    return [k for k, spec in app.callback_map.items() if "callback" in spec and k not in always]


def refused(response) -> bool:
    if response.status_code == 302:
        return response.headers["Location"].startswith("/signin")
    return response.status_code == 401


def test_the_routes_listed_cover_patients_downloads_autosave_api_and_callbacks(app):
    listed = {address for _, address in routes(app)}
    for expected in (
        "/patients/1/export.json",
        "/sessions/1/map.png",
        "/sessions/1/autosave",
        "/api/v1/muscles",
        "/_dash-update-component",
        "/admin/audit.csv",
        "/patients/1",
    ):
        assert expected in listed
    assert "/patients/1" in page_addresses() and "/sessions/1" in page_addresses()
    assert any(key.startswith(PAGES_ROUTER) for key in app.callback_map)


def test_without_sign_in_every_route_is_refused(app):
    client = app.server.test_client()
    for method, address in routes(app):
        response = client.open(address, method=method, json={})
        assert refused(response), (method, address, response.status_code)


def test_without_sign_in_every_page_and_callback_is_refused(app):
    client = app.server.test_client()
    for address in page_addresses():
        assert refused(client.get(address)), address
        response = client.post("/_dash-update-component", json=router_body(address))
        assert response.status_code == 401, address
    for output in server_callbacks(app):
        response = client.post("/_dash-update-component", json={"output": output, "inputs": []})
        assert response.status_code == 401, output
        assert response.get_json()["error"] == "Please sign in first."


def test_a_page_asked_for_without_sign_in_comes_back_after_it(app):
    client = app.server.test_client()
    response = client.get("/patients/1?tab=maps")
    assert response.headers["Location"] == "/signin?next=/patients/1%3Ftab%3Dmaps"
    response = client.post(
        "/signin", data={"name": THERAPIST, "password": PASSWORD, "next": "/patients/1"}
    )
    assert response.headers["Location"] == "/patients/1"


@pytest.mark.parametrize("then", ["//evil.example/x", "https://evil.example", "/\\evil", ""])
def test_sign_in_never_sends_to_another_site(then):
    assert safe_next(then) == "/"


def test_signed_in_every_route_page_and_callback_is_allowed(app):
    client = app.server.test_client()
    assert sign_in(client).status_code == 302
    for method, address in routes(app):
        if address.startswith("/admin"):
            continue  # admins only: see test_admin.py
        response = client.open(address, method=method, json={})
        assert response.status_code not in (302, 401, 403), (method, address)
    for address in page_addresses():
        assert client.get(address).status_code == 200, address
        page = client.post("/_dash-update-component", json=router_body(address))
        assert page.status_code == 200, address
    record = client.post("/_dash-update-component", json=router_body("/patients/1"))
    assert "Demo patient" in record.get_data(as_text=True)
    for output in server_callbacks(app):
        response = client.post("/_dash-update-component", json={"output": output, "inputs": []})
        assert response.status_code != 401, output


def test_the_header_names_who_is_signed_in_and_offers_sign_out(app):
    client = app.server.test_client()
    assert "Sign out" not in client.get("/_dash-layout").get_data(as_text=True)
    sign_in(client, ADMIN)
    header = str(client.get("/_dash-layout").get_json())
    assert "Signed in as alice" in header and "/signout" in header and "/admin/users" in header
    assert "On this computer only" not in header
    assert client.post("/signout").headers["Location"] == "/signin?out=1"
    assert refused(client.get("/patients"))


def test_public_pages_open_only_what_they_name(database):
    app = clinic_app(database, PUBLIC_PAGES=("atlas", "consult", "api"))
    client = app.server.test_client()
    for address in ("/atlas", "/questions", "/findings", "/compare", "/api/v1/muscles"):
        assert client.get(address).status_code == 200, address
    assert client.post("/_dash-update-component", json=router_body("/atlas")).status_code == 200
    atlas = next(key for key in server_callbacks(app) if "atlas-card" in key)
    records = next(key for key in server_callbacks(app) if "patients-list" in key)
    assert client.post("/_dash-update-component", json={"output": atlas}).status_code != 401
    assert client.post("/_dash-update-component", json={"output": records}).status_code == 401
    for address in ("/", "/roots", "/patients", "/patients/1", "/patients/1/export.json"):
        assert refused(client.get(address)), address
    assert client.post("/_dash-update-component", json=router_body("/patients")).status_code == 401


def test_session_cookie_is_httponly_lax_and_secure_over_https(app):
    client = app.server.test_client()
    plain = sign_in(client).headers["Set-Cookie"]
    assert "HttpOnly" in plain and "SameSite=Lax" in plain and "Secure" not in plain
    secure = sign_in(app.server.test_client(), base_url="https://localhost")
    assert "Secure" in secure.headers["Set-Cookie"]


def test_a_foreign_origin_is_still_refused_when_signed_in(app):
    client = app.server.test_client()
    sign_in(client)
    response = client.post(
        "/sessions/1/autosave", json={}, headers={"Origin": "https://evil.example"}
    )
    assert response.status_code == 403


def test_behind_a_proxy_the_origin_check_uses_the_forwarded_scheme_and_host(database):
    forwarded = {
        "Origin": "https://painmap.example",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "painmap.example",
        "X-Forwarded-For": "203.0.113.7",
    }
    proxied = clinic_app(database, BEHIND_PROXY=True).server.test_client()
    response = sign_in(proxied, headers=forwarded)
    assert response.status_code == 302
    assert "Secure" in response.headers["Set-Cookie"]
    assert proxied.get("/patients", headers=forwarded).status_code == 200
    direct = clinic_app(database).server.test_client()
    assert sign_in(direct, headers=forwarded).status_code == 403


def test_local_mode_is_unchanged(test_config):
    from dashapp import create_app

    client = create_app(test_config).server.test_client()
    client.get("/")
    assert client.get("/patients").status_code == 200
    assert "Set-Cookie" not in client.get("/patients").headers
    assert client.post("/signin").status_code == 405  # no sign-in route: Dash's pages only
    layout = client.get("/_dash-layout").get_data(as_text=True)
    assert "On this computer only" in layout and "Sign out" not in layout
