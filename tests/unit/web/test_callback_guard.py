"""The callback route's boundary: a body the page could not have sent is a 400 naming why."""

from __future__ import annotations

import pytest

from dashapp.web.callback_guard import ROUTE

ROUTER = ".._pages_content.children..._pages_store.data.."


def route(pathname, search="") -> dict:
    """The page router's post, as the renderer sends it on opening `pathname`."""
    return {
        "output": ROUTER,
        "outputs": [
            {"id": "_pages_content", "property": "children"},
            {"id": "_pages_store", "property": "data"},
        ],
        "inputs": [
            {"id": "_pages_location", "property": "pathname", "value": pathname},
            {"id": "_pages_location", "property": "search", "value": search},
        ],
        "changedPropIds": ["_pages_location.pathname"],
        "state": [],
    }


def changed(**parts) -> dict:
    return {**route("/atlas"), **parts}


@pytest.fixture
def client(app):
    client = app.server.test_client()
    client.get("/")
    return client


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ([1, 2], "JSON object"),
        (changed(output="no-such.children"), "'output'"),
        (changed(output="patient-answers.data"), "'output'"),  # a clientside callback
        (changed(output=["x"]), "'output'"),
        (changed(inputs={"a": 1}), "'inputs'"),
        (changed(inputs=[]), "'inputs'"),
        (changed(inputs=[None, None]), "'inputs'"),
        (changed(state=[{"id": "x"}]), "'state'"),
        (changed(changedPropIds=[["x"]]), "changedPropIds"),
        (changed(outputs=[]), "'outputs'"),
        (route(None), "address"),
        (route(["/atlas"]), "address"),
        (route(""), "address"),
        (route("atlas"), "address"),
        (route("/atlas", ["?x=1"]), "address"),
    ],
)
def test_a_body_the_page_could_not_send_is_a_400(client, body, words):
    response = client.post(ROUTE, json=body)
    assert response.status_code == 400
    assert words in response.get_json()["error"]


@pytest.mark.parametrize("depth", [1_000, 10_000])
def test_a_deeply_nested_body_is_a_400(client, depth):
    body = "[" * depth + "]" * depth
    response = client.post(ROUTE, data=body, content_type="application/json")
    assert response.status_code == 400


@pytest.mark.parametrize(
    "address",
    [
        ("/roots", "?root=L4&root=L5&map=a&map=b"),
        ("/atlas", "?muscle=piriformis&muscle=psoas&side=left&side=up"),
        ("/patients/1", "?patient_id=a&patient_id=b"),
        ("/sessions/1", "?visit_id=a&visit_id=b"),
        ("/", None),
    ],
)
def test_a_query_parameter_given_twice_still_shows_a_page(client, address):
    response = client.post(ROUTE, json=route(*address))
    assert response.status_code == 200
    assert response.get_json()["response"]["_pages_content"]["children"]
