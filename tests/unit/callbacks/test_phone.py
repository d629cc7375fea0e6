"""The phone page's chart controller (an intake link): the chart as the page describes it, and
the warning signs before anything else, as the walk-in page shows them (one shared rule)."""

from __future__ import annotations

import json

import pytest

from dashapp import create_app
from dashapp.callbacks import public_outputs
from dashapp.callbacks.warnings import warning
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.sciatica.upper import SECTION_BY_KEY
from dashapp.ui import ids
from dashapp.ui.components.consultation import HEADINGS
from tests.strokes import down_the_middle

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


def call(
    app,
    marks: dict[str, tuple[int | None, list[str]]],
    answers=None,
    worse=(),
    draft=None,
    drawing=(),
) -> dict:
    """The controller as the page calls it: `marks` are the mark cards shown (area: (how
    strong, what it feels like)), `drawing` the map's strokes; with a `draft` (a chart), the
    page's draft read back at load. Returns what it answers, by output id (by "id.property"
    for the map's)."""
    [key] = public_outputs(app, ())
    spec = app.callback_map[key]
    values = {
        ids.PHONE_MAP: list(marks),
        ids.PHONE_ACTIVITIES: list(worse),
        ids.PHONE_ANSWERS: answers,
        ids.PHONE_DRAFT: draft,
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
        drawn = dependency["property"] == "drawing"
        value = list(drawing) if drawn else values[dependency["id"]]
        return {"id": dependency["id"], "property": dependency["property"], "value": value}

    outputs = key.strip(".").split("...")
    body = {
        "output": key,
        "outputs": [output(o) for o in outputs],
        "inputs": [item(d) for d in spec["inputs"]],
        "state": [item(d) for d in spec["state"]],
        "changedPropIds": [f"{ids.PHONE_DRAFT}.data" if draft else f"{ids.PHONE_MAP}.selected"],
    }
    answer = app.server.test_client().post(ROUTE, json=body)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    response = answer.get_json()["response"]
    shown = {k: next(iter(v.values())) for k, v in response.items()}
    return shown | {f"{ids.PHONE_MAP}.{p}": v for p, v in response[ids.PHONE_MAP].items()}


def output(key: str):
    """One output as the page sends it; a pattern (the warning sections) as every part."""
    ident, prop = key.rsplit(".", 1)
    if not ident.startswith("{"):
        return {"id": ident, "property": prop}
    kind = json.loads(ident)["type"]
    return [{"id": {"type": kind, "section": k}, "property": prop} for k in SECTION_BY_KEY]


def hidden(shown: dict) -> dict[str, bool]:
    """Which sections of the neck, arm, head and jaw questions the answer hides."""
    kind = ids.phone_upper_section("x")["type"]
    return {
        json.loads(k)["section"]: v
        for k, v in shown.items()
        if k.startswith("{") and json.loads(k)["type"] == kind
    }


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


STROKE = {"view": "front", "points": [[60, 120], [75, 140.25]], "width": 12, "intensity": 5}


def test_a_draft_read_back_shows_its_areas_answers_drawing_and_activities(app):
    kept = PainChart((Mark("right_calf_outer", 7, ("burning",)),), activities=("sitting",))
    draft = kept.with_strokes([STROKE | {"qualities": ["aching"]}]).to_json()
    shown = call(app, {}, answers={"started": "2_to_6_weeks"}, draft=draft)
    assert shown[ids.PHONE_CHART] == draft
    assert shown[f"{ids.PHONE_MAP}.selected"] == ["right_calf_outer"]
    assert shown[f"{ids.PHONE_MAP}.drawing"] == draft["strokes"]
    assert shown[f"{ids.PHONE_MAP}.values"] == {"right_calf_outer": 7}
    assert shown[ids.PHONE_ACTIVITIES] == ["sitting"]
    editor = json.dumps(shown[ids.PHONE_EDITOR])
    assert "right_calf_outer" in editor and '"value": 7' in editor


def test_a_draft_with_what_no_longer_exists_keeps_the_rest(app):
    draft = PainChart((Mark("right_calf_outer", 3),)).to_json()
    draft["marks"].append({"region": "no_longer_an_area", "intensity": 4})
    shown = call(app, {}, draft=draft)
    assert shown[f"{ids.PHONE_MAP}.selected"] == ["right_calf_outer"]


def test_an_edit_leaves_the_maps_areas_as_the_person_has_them(app):
    shown = call(app, {"right_calf_outer": (6, [])})
    assert f"{ids.PHONE_MAP}.selected" not in shown and f"{ids.PHONE_MAP}.drawing" not in shown
    assert ids.PHONE_ACTIVITIES not in shown


@pytest.mark.parametrize("field", ["saddle_numbness", "bladder_bowel_sexual"])
def test_a_yes_to_a_warning_question_alone_says_seek_care_now(app, field):
    shown = json.dumps(call(app, {}, {field: "yes"})[ids.PHONE_WARNING])
    assert HEADINGS["now"] in shown and "red-flags" in shown
    assert call(app, {}, {field: "no"})[ids.PHONE_WARNING] == []  # no false alarm


def test_a_neck_mark_shows_its_warning_sections_and_a_leg_mark_none(app):
    neck = hidden(call(app, {"right_nape": (5, ["aching"])}))
    assert neck == {"neck_arm": False, "chest": False, "arteries": False, "head_jaw": True}
    assert all(hidden(call(app, {"right_calf_outer": (5, ["aching"])})).values())


def test_a_section_with_an_answer_stays_shown_without_its_mark(app):
    shown = hidden(call(app, {"right_calf_outer": (5, [])}, answers={"thunderclap": "no"}))
    assert shown["head_jaw"] is False and shown["neck_arm"] is True


def test_a_neck_mark_asks_its_warning_questions_at_once(app):
    shown = call(app, {"right_nape": (5, ["aching"])})
    words = json.dumps(shown[ids.PHONE_WARNING])
    assert "Important questions first" in words and "hand_clumsiness" in words
    assert "thunderclap" not in words


def test_a_stroke_drawn_down_the_neck_shows_and_asks_what_a_neck_mark_does(app):
    shown = call(app, {}, drawing=[down_the_middle("right_neck_side")])
    tapped = call(app, {"right_neck_side": (5, ["tingling"])})
    assert hidden(shown) == hidden(tapped)
    assert hidden(shown)["neck_arm"] is False
    words = json.dumps(shown[ids.PHONE_WARNING])
    assert "Important questions first" in words and "hand_clumsiness" in words
