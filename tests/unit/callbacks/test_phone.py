"""The phone page's chart controller (an intake link): the chart as the page describes it, and
the warning signs before anything else, as the walk-in page shows them (one shared rule)."""

from __future__ import annotations

import json

import pytest

from dashapp import create_app
from dashapp.callbacks import public_outputs
from dashapp.callbacks.warnings import warning
from dashapp.domain.chart import Mark, PainChart
from dashapp.ui import ids
from dashapp.ui.components.consultation import HEADINGS

ROUTE = "/_dash-update-component"
QUALITIES = ids.phone_qualities("x")["type"]
INTENSITY = ids.phone_intensity("x")["type"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("phone")
    # The shipped geometry: the saddle areas are not in the small test geometry.
    config = {"SECRET_KEY": "test", "DEMO": False}
    app = create_app(config | {"DATABASE_URL": f"sqlite:///{folder / 'painmap.db'}"})
    app.server.config["PROPAGATE_EXCEPTIONS"] = True
    return app


def call(app, marks: dict[str, tuple[int | None, list[str]]], answers=None, worse=()) -> dict:
    """The controller as the page calls it: `marks` are the mark cards shown (area: (how
    strong, what it feels like)); returns what it answers, by output id."""
    [key] = public_outputs(app, ())
    spec = app.callback_map[key]
    values = {
        ids.PHONE_MAP: list(marks),
        ids.PHONE_ACTIVITIES: list(worse),
        ids.PHONE_ANSWERS: answers,
        ids.PHONE_DRAFT: None,
        ids.PHONE_CHART: PainChart(tuple(Mark(r) for r in marks)).to_json(),
    }

    def item(dependency):
        if dependency["id"].startswith("{"):
            kind = json.loads(dependency["id"])["type"]
            return [
                {
                    "id": {"type": kind, "region": region},
                    "property": "value",
                    "value": given[0] if kind == INTENSITY else given[1],
                }
                for region, given in marks.items()
            ]
        value = [] if dependency["property"] == "drawing" else values[dependency["id"]]
        return {"id": dependency["id"], "property": dependency["property"], "value": value}

    outputs = key.strip(".").split("...")
    body = {
        "output": key,
        "outputs": [dict(zip(("id", "property"), o.split("."), strict=True)) for o in outputs],
        "inputs": [item(d) for d in spec["inputs"]],
        "state": [item(d) for d in spec["state"]],
        "changedPropIds": [f"{ids.PHONE_MAP}.selected"],
    }
    answer = app.server.test_client().post(ROUTE, json=body)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    return {k: next(iter(v.values())) for k, v in answer.get_json()["response"].items()}


def test_the_chart_keeps_areas_answers_and_what_makes_it_worse(app):
    shown = call(app, {"right_calf_outer": (6, ["aching"])}, worse=["sitting"])
    chart = shown[ids.PHONE_CHART]
    assert chart["marks"][0]["region"] == "right_calf_outer"
    assert chart["marks"][0]["intensity"] == 6 and chart["marks"][0]["qualities"] == ["aching"]
    assert chart["activities"] == ["sitting"]
    assert shown[ids.PHONE_MAP] == {"right_calf_outer": 6}
    assert shown[ids.PHONE_WARNING] == []


def test_numbness_in_the_saddle_asks_the_warning_question_there(app):
    shown = json.dumps(call(app, {"pubic": (3, ["numb"])})[ids.PHONE_WARNING])
    assert "One important question first" in shown
    assert json.dumps(ids.PHONE_FORM_NAME) in shown and "saddle_numbness" in shown


def test_a_yes_to_it_says_seek_medical_care_now_as_the_walk_in_page_does(app):
    answers = {"saddle_numbness": "yes", "started": "under_2_weeks"}
    shown = json.dumps(call(app, {"pubic": (3, ["numb"])}, answers)[ids.PHONE_WARNING])
    assert HEADINGS["now"] in shown
    services = app.server.extensions["painmap"]
    walk_in, _ = warning(services, answers, PainChart((Mark("pubic", 3, ("numb",)),)))
    assert walk_in is not None and HEADINGS["now"] in json.dumps(
        walk_in.to_plotly_json(), default=str
    )


def test_an_unknown_area_or_activity_changes_nothing(app):
    shown = call(app, {"no_such_area": (None, [])}, worse=["no_such_activity"])
    assert shown[ids.PHONE_CHART]["marks"] == [] and shown[ids.PHONE_CHART]["activities"] == []
