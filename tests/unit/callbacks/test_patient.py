"""The patient page's chart controller carries the freehand drawing through: the chart it
writes to the browser's store keeps the strokes when an answer changes, undo brings them
back, and a stroke that cannot be read is left out with a notice."""

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


def call(app, trigger: str, stored, *, intensity=4, history=None) -> dict:
    """The chart controller as the page calls it, with `trigger` the input that changed."""
    key = next(k for k in app.callback_map if k.startswith(f"..{ids.PATIENT_STORE}.data"))
    callback = app.callback_map[key]
    values = {
        ids.PATIENT_STORE: stored,
        ids.PATIENT_MAP: ["right_chest"],
        ids.PATIENT_ACTIVITIES: [],
        ids.PATIENT_UNDO: 1 if trigger == ids.PATIENT_UNDO else None,
        ids.PATIENT_CLEAR_CONFIRM: None,
        ids.PATIENT_ANSWERS: None,
        ids.DEVICE_CONFIRM: None,
        ids.PATIENT_HISTORY: history or [],
        ids.PATIENT_CANDIDATE: None,
        ids.PATIENT_CANDIDATES: None,
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
        else f"{trigger}.{'n_clicks' if trigger == ids.PATIENT_UNDO else 'data'}"
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
    # What undo goes back to holds the drawing too.
    assert response[ids.PATIENT_HISTORY]["data"][-1] == CHART.to_json()


def test_undo_brings_the_drawing_back(app):
    bare = PainChart((Mark("right_chest", 8),)).to_json()
    response = call(app, ids.PATIENT_UNDO, bare, history=[CHART.to_json()])
    assert response[ids.PATIENT_STORE]["data"] == CHART.to_json()


def test_a_stroke_that_cannot_be_read_is_left_out_with_a_notice(app):
    stored = CHART.to_json()
    stored["strokes"] = [*stored["strokes"], {"view": "front", "points": [[1, 5000]]}]
    response = call(app, ids.PATIENT_STORE, stored)
    assert response[ids.PATIENT_STORE]["data"] == CHART.to_json()
    assert "1 drawn stroke could not be read" in json.dumps(response[ids.PATIENT_NOTICE])
