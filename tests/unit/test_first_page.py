"""A first load brings its page with the frame (pages.first_page), as Dash's page router would
show it, so the browser needs no second round trip; an address no page has is left to the
router's missing page."""

from __future__ import annotations

import json

import pytest


def frame(app, address: str, **headers) -> dict:
    client = app.server.test_client()
    client.get("/")  # Dash registers its page router on the first request
    sent = client.get("/_dash-layout", headers={"Referer": f"http://127.0.0.1{address}", **headers})
    assert sent.status_code == 200
    return sent.get_json()


def container(layout: dict) -> list:
    """The page container's children: location, content, store, dummy."""
    text = json.dumps(layout)
    assert "_pages_content" in text
    found = []

    def walk(node):
        if isinstance(node, dict):
            props = node.get("props", {})
            if props.get("id") == "_pages_location":
                found.append(("location", props))
            if props.get("id") == "_pages_content":
                found.append(("content", props))
            if props.get("id") == "_pages_store":
                found.append(("store", props))
            for value in props.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(layout)
    return found


@pytest.mark.parametrize(
    ("address", "title", "words"),
    [
        ("/", "PainMap: where does it hurt?", "Where does it hurt?"),
        ("/atlas?muscle=piriformis&side=left", "PainMap: muscle atlas", "piriformis"),
        ("/roots?roots=L5,S1", "PainMap: nerve roots", "S1"),
    ],
)
def test_the_page_comes_with_its_address_and_title(app, address, title, words):
    parts = dict(container(frame(app, address)))
    path, _, query = address.partition("?")
    assert parts["location"]["pathname"] == path
    assert parts["location"].get("search", "") == (f"?{query}" if query else "")
    assert parts["store"]["data"] == {"title": title}
    assert words in json.dumps(parts["content"].get("children"))


def test_without_an_address_or_for_no_page_the_router_decides(app):
    for headers in ({"Referer": ""}, {"Referer": "http://127.0.0.1/no/such/page"}):
        client = app.server.test_client()
        client.get("/")
        layout = client.get("/_dash-layout", headers=headers).get_json()
        parts = dict(container(layout))
        assert parts["content"].get("children") is None
        assert "pathname" not in parts["location"]
