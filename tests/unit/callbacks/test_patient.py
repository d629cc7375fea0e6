"""The patient page's chart controller carries the freehand drawing through: the chart it
writes to the browser's store keeps the strokes when an answer changes, undo brings them
back, a stroke that cannot be read is left out with a notice, and no request carries the undo
stack (the browser keeps it: assets/painmap.js `undo`)."""

from __future__ import annotations

import json

import pytest

from dashapp import create_app
from dashapp.domain.chart import Mark, PainChart
from dashapp.ui import ids
from tests.conftest import TEST_GEOMETRY

ROUTE = "/_dash-update-component"
STROKES = [
    {"view": "front", "points": [[60, 120], [75, 140.25]], "width": 12, "intensity": 6}
    | {"qualities": ["burning"]},
    {"view": "front", "tool": "eraser", "points": [[66, 130]], "width": 6},
]
CHART = PainChart((Mark("right_chest", 4),)).with_strokes(STROKES)
INTENSITY = {"region": "right_chest", "type": ids.patient_intensity("x")["type"]}
QUALITIES = {"region": "right_chest", "type": ids.patient_qualities("x")["type"]}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("patient")
    config = {"GEOMETRY_DIR": TEST_GEOMETRY, "SECRET_KEY": "test", "DEMO": False}
    app = create_app(config | {"DATABASE_URL": f"sqlite:///{folder / 'painmap.db'}"})
    app.server.config["PROPAGATE_EXCEPTIONS"] = True
    return app


def call(app, trigger: str, stored, *, intensity=4, undone=None) -> dict:
    """The chart controller as the page calls it, with `trigger` the input that changed."""
    key = next(k for k in app.callback_map if k.startswith(f"..{ids.PATIENT_STORE}.data"))
    callback = app.callback_map[key]
    values = {
        ids.PATIENT_STORE: stored,
        ids.PATIENT_MAP: ["right_chest"],
        ids.PATIENT_ACTIVITIES: [],
        ids.PATIENT_UNDONE: undone,
        ids.PATIENT_EDITED: None,
        ids.PATIENT_CLEAR_CONFIRM: None,
        ids.PATIENT_ANSWERS: None,
        ids.DEVICE_CONFIRM: None,
        ids.PATIENT_CANDIDATE: None,
        ids.PATIENT_CANDIDATES: None,
        ids.PATIENT_WARNINGS: None,
    }
    pattern = {INTENSITY["type"]: (INTENSITY, intensity), QUALITIES["type"]: (QUALITIES, [])}

    def dependency(item):
        if item["id"].startswith("{"):
            given, value = pattern[json.loads(item["id"])["type"]]
            return [{"id": given, "property": item["property"], "value": value}]
        return {"id": item["id"], "property": item["property"], "value": values[item["id"]]}

    changed = (
        json.dumps(INTENSITY, sort_keys=True, separators=(",", ":")) + ".value"
        if trigger == "intensity"
        else f"{trigger}.data"
    )
    outputs = [{"id": o.component_id, "property": o.component_property} for o in callback["output"]]
    body = {
        "output": key,
        "outputs": outputs,
        "inputs": [dependency(i) for i in callback["inputs"]],
        "state": [dependency(s) for s in callback["state"]],
        "changedPropIds": [changed],
    }
    answer = app.server.test_client().post(ROUTE, json=body)
    assert answer.status_code == 200, answer.text
    return answer.get_json()["response"]


def test_an_answer_changed_keeps_the_drawing(app):
    response = call(app, "intensity", CHART.to_json(), intensity=8)
    saved = response[ids.PATIENT_STORE]["data"]
    assert saved["strokes"] == CHART.to_json()["strokes"]
    assert saved["marks"][0]["intensity"] == 8


def test_no_request_carries_or_returns_the_undo_stack(app):
    key = next(k for k in app.callback_map if k.startswith(f"..{ids.PATIENT_STORE}.data"))
    callback = app.callback_map[key]
    sent = [d["id"] for d in (*callback["inputs"], *callback["state"])]
    assert ids.PATIENT_HISTORY not in sent and ids.PATIENT_HISTORY not in key
    response = call(app, "intensity", CHART.to_json(), intensity=8)
    assert ids.PATIENT_HISTORY not in response
    # The edit is marked, a new mark each time, for the browser's stack to keep the chart.
    again = call(app, "intensity", CHART.to_json(), intensity=9)
    assert response[ids.PATIENT_EDITED]["data"] != again[ids.PATIENT_EDITED]["data"]


def test_neither_a_load_nor_an_undo_is_marked_as_an_edit(app):
    assert ids.PATIENT_EDITED not in call(app, ids.PATIENT_STORE, CHART.to_json())
    bare = PainChart((Mark("right_chest", 8),)).to_json()
    undone = call(app, ids.PATIENT_UNDONE, bare, undone={"chart": CHART.to_json(), "n": 1})
    assert ids.PATIENT_EDITED not in undone


def test_undo_brings_the_drawing_back(app):
    bare = PainChart((Mark("right_chest", 8),)).to_json()
    response = call(app, ids.PATIENT_UNDONE, bare, undone={"chart": CHART.to_json(), "n": 1})
    assert response[ids.PATIENT_STORE]["data"] == CHART.to_json()


def test_undo_with_nothing_to_go_back_to_changes_nothing(app):
    bare = PainChart((Mark("right_chest", 8),)).to_json()
    response = call(app, ids.PATIENT_UNDONE, bare, undone={"n": 1})
    assert ids.PATIENT_STORE not in response and ids.PATIENT_MAP not in response


def test_a_stroke_that_cannot_be_read_is_left_out_with_a_notice(app):
    stored = CHART.to_json()
    stored["strokes"] = [*stored["strokes"], {"view": "front", "points": [[1, 5000]]}]
    response = call(app, ids.PATIENT_STORE, stored)
    assert response[ids.PATIENT_STORE]["data"] == CHART.to_json()
    assert "1 drawn stroke could not be read" in json.dumps(response[ids.PATIENT_NOTICE])


def _show_muscles(app, shown) -> tuple[int, dict]:
    key = f"{ids.PATIENT_MAP}.regions"
    body = {
        "output": key,
        "outputs": {"id": ids.PATIENT_MAP, "property": "regions"},
        "inputs": [{"id": ids.PATIENT_LAYERS, "property": "value", "value": shown}],
        "state": [],
        "changedPropIds": [f"{ids.PATIENT_LAYERS}.value"],
    }
    answer = app.server.test_client().post(ROUTE, json=body)
    return answer.status_code, (answer.get_json() if answer.status_code == 200 else {})


def test_the_page_carries_no_muscle_outline_until_they_are_shown(app):
    from dashapp.pages import patient_page

    with app.server.test_request_context("/"):
        layout = patient_page()
    body_map = next(c for c in layout._traverse() if getattr(c, "id", None) == ids.PATIENT_MAP)
    assert body_map.regions and {r["layer"] for r in body_map.regions} == {"surface"}
    status, answer = _show_muscles(app, ["muscle"])
    regions = answer["response"][ids.PATIENT_MAP]["regions"]
    layers = {r["layer"] for r in regions}
    assert status == 200 and layers == {"surface", "muscle"}
    assert [r["id"] for r in regions if r["layer"] == "surface"] == [
        r["id"] for r in body_map.regions
    ]
    status, answer = _show_muscles(app, [])  # hidden again: nothing sent
    assert status in (200, 204) and ids.PATIENT_MAP not in answer.get("response", {})


def test_a_warning_question_the_map_asks_stands_first_not_among_the_muscles(app):
    # Chest pain asks the heart question at once: at the top of the column (under the map on a
    # phone), not after the rating cards and the "worse" chips where the muscles are listed.
    response = call(app, ids.PATIENT_STORE, CHART.to_json())
    warnings = json.dumps(response[ids.PATIENT_WARNINGS]["children"])
    candidates = json.dumps(response[ids.PATIENT_CANDIDATES]["children"])
    assert "ask-now" in warnings and "Chest pain" in warnings
    assert "ask-now" not in candidates and "candidates__why" not in candidates
    assert "Please see the warning above first" in candidates


def test_without_a_warning_the_column_has_none_and_the_muscles_show(app):
    thigh = PainChart((Mark("right_thigh_outer", 6),)).to_json()
    response = call(app, ids.PATIENT_STORE, thigh)
    assert response[ids.PATIENT_WARNINGS]["children"] == []
    assert "warning above" not in json.dumps(response[ids.PATIENT_CANDIDATES]["children"])
