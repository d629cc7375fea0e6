"""Handing out stretches on a saved session, through the callback as the page posts it: saved
at once onto the session as it is now, refused with a message and nothing written."""

from __future__ import annotations

import json
import threading

import pytest

from dashapp import create_app, store
from dashapp.store.mapping import stretches_of
from dashapp.ui import ids
from tests.conftest import TEST_GEOMETRY

ROUTE = "/_dash-update-component"
REMOVE = ids.session_stretch_remove("x")["type"]


@pytest.fixture
def served(tmp_path):
    config = {"GEOMETRY_DIR": TEST_GEOMETRY, "SECRET_KEY": "test", "DEMO": False}
    app = create_app(config | {"DATABASE_URL": f"sqlite:///{tmp_path / 'painmap.db'}"})
    app.server.config["PROPAGATE_EXCEPTIONS"] = True
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        visit = store.create_visit(db, store.create_patient(db, "Sam").id)
        return app, services, visit.id


def call(app, visit_id, *, add=None, muscle="piriformis", removes=()) -> dict:
    """The callback as the page posts it: `add` clicks, or a click on the Remove button of
    the first muscle in `removes` (the buttons shown)."""
    key = next(k for k in app.callback_map if k.startswith(f"..{ids.SESSION_STRETCHES}."))
    buttons = [{"id": ids.session_stretch_remove(m), "property": "n_clicks"} for m in removes]
    clicked = [b | {"value": 1 if n == 0 and add is None else None} for n, b in enumerate(buttons)]
    trigger = (
        f"{ids.SESSION_S_ADD}.n_clicks"
        if add is not None
        else json.dumps(buttons[0]["id"], sort_keys=True, separators=(",", ":")) + ".n_clicks"
    )
    body = {
        "output": key,
        "outputs": [
            {"id": ids.SESSION_STRETCHES, "property": "children"},
            {"id": ids.SESSION_S_MESSAGE, "property": "children"},
        ],
        "inputs": [{"id": ids.SESSION_S_ADD, "property": "n_clicks", "value": add}, clicked],
        "state": [
            {"id": ids.SESSION_S_MUSCLE, "property": "value", "value": muscle},
            {"id": ids.SESSION_AUTOSAVE, "property": "data", "value": {"visit": visit_id}},
        ],
        "changedPropIds": [trigger],
    }
    answer = app.server.test_client().post(ROUTE, json=body)
    assert answer.status_code in (200, 204), answer.text
    return answer.get_json()["response"] if answer.status_code == 200 else {}


def held(services, visit_id) -> tuple[tuple[str, ...], int]:
    with services.db() as db:
        visit = store.get_visit(db, visit_id)
        return stretches_of(visit, services.vocabulary), visit.version


def shown(response) -> str:
    return json.dumps(response[ids.SESSION_STRETCHES]["children"])


def test_a_stretch_handed_out_is_saved_and_shown_with_its_instructions(served):
    app, services, visit_id = served
    response = call(app, visit_id, add=1, muscle="piriformis")
    assert held(services, visit_id) == (("piriformis",), 2)
    assert response[ids.SESSION_S_MESSAGE]["children"] == "Handed out."
    assert "Hold for about 30 seconds" in shown(response) and "Pear-shaped" in shown(response)
    call(app, visit_id, add=2, muscle="soleus")
    assert held(services, visit_id)[0] == ("piriformis", "soleus")


def test_the_same_stretch_twice_is_said_and_not_saved_again(served):
    app, services, visit_id = served
    call(app, visit_id, add=1, muscle="soleus")
    response = call(app, visit_id, add=2, muscle="soleus")
    assert response[ids.SESSION_S_MESSAGE]["children"] == "Already handed out."
    assert held(services, visit_id) == (("soleus",), 2)


def test_remove_takes_only_that_stretch_off(served):
    app, services, visit_id = served
    call(app, visit_id, add=1, muscle="soleus")
    call(app, visit_id, add=2, muscle="piriformis")
    response = call(app, visit_id, removes=("soleus", "piriformis"))
    assert held(services, visit_id)[0] == ("piriformis",)
    assert response[ids.SESSION_S_MESSAGE]["children"] == "Removed."


@pytest.mark.parametrize("muscle", ["tail", None, 7, ["soleus"]])
def test_an_unknown_muscle_is_refused_with_a_message_and_nothing_written(served, muscle):
    app, services, visit_id = served
    call(app, visit_id, add=1, muscle="soleus")
    response = call(app, visit_id, add=2, muscle=muscle)
    message = json.dumps(response[ids.SESSION_S_MESSAGE]["children"])
    assert "Not saved: Stretch 2:" in message and "is not a muscle of the atlas" in message
    assert ids.SESSION_STRETCHES not in response  # the list shown stays as it was
    assert held(services, visit_id) == (("soleus",), 2)


def test_a_session_that_is_gone_is_said(served):
    app, services, visit_id = served
    response = call(app, visit_id + 1, add=1)
    assert "Not saved: There is no session" in json.dumps(response)


def test_two_quick_adds_at_once_are_both_handed_out(served, monkeypatch):
    """Both requests read the session before either saves: the later one is made again on
    top of the first, not refused as a change made elsewhere."""
    app, services, visit_id = served
    both_read = threading.Barrier(2)
    reads = []
    read = store.get_visit

    def read_together(db, visit):
        found = read(db, visit)
        reads.append(visit)
        if len(reads) <= 2:
            both_read.wait(timeout=10)
        return found

    monkeypatch.setattr(store, "get_visit", read_together)
    said = {}

    def add(muscle):
        said[muscle] = call(app, visit_id, add=1, muscle=muscle)[ids.SESSION_S_MESSAGE]

    taps = [threading.Thread(target=add, args=(m,)) for m in ("piriformis", "soleus")]
    for tap in taps:
        tap.start()
    for tap in taps:
        tap.join(timeout=20)
    assert len(reads) == 3  # the later save read the session again
    assert sorted(held(services, visit_id)[0]) == ["piriformis", "soleus"]
    assert {m: s["children"] for m, s in said.items()} == dict.fromkeys(said, "Handed out.")
