"""The assessment API takes the freehand drawing beside the marks: checked like the pages'
strokes, a clear 400 for a bad one, and passed on to what is worked out."""

from __future__ import annotations

import pytest

from dashapp import create_app
from dashapp.domain.drawing import MAX_POINTS, MAX_STROKES, MAX_WIDTH, MIN_WIDTH
from tests.unit.web.test_api_assessment import ASSESS, L5

STROKES = [
    {"view": "front", "points": [[150.5, 700], [152, 760]], "width": 12, "intensity": 7}
    | {"qualities": ["shooting", "numb"]},
    {"view": "front", "tool": "eraser", "points": [[151, 720]], "width": 6},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    database = tmp_path_factory.mktemp("strokes") / "painmap.db"
    config = {"SECRET_KEY": "test", "DATABASE_URL": f"sqlite:///{database}", "DEMO": False}
    return create_app(config).server.test_client()


def test_a_drawing_is_accepted_and_reaches_the_assessment(client):
    plain = client.post(ASSESS, json=L5)
    drawn = client.post(ASSESS, json=L5 | {"strokes": STROKES})
    assert (plain.status_code, drawn.status_code) == (200, 200)
    assert drawn.get_json()["red_flags"] == plain.get_json()["red_flags"]
    # Not dropped on the way: the fits are measured on the drawing too.
    assert drawn.get_json()["muscles"] != plain.get_json()["muscles"]


@pytest.mark.parametrize(
    ("strokes", "words"),
    [
        ({"view": "front"}, "strokes: The drawing must be a list of strokes."),
        ("front", "strokes: The drawing must be a list of strokes."),
        ([STROKES[0]] * (MAX_STROKES + 1), f"strokes: A drawing holds at most {MAX_STROKES}"),
        ([STROKES[0], "x"], "strokes[1]: A drawn stroke must be an object."),
        ([STROKES[0] | {"view": "side"}], "strokes[0]: A drawn stroke must be on a view"),
        ([STROKES[0] | {"tool": "pen"}], "strokes[0]: A drawn stroke's tool must be brush or"),
        ([STROKES[0] | {"width": 0}], f"must be {MIN_WIDTH:g} to {MAX_WIDTH:g} units wide"),
        ([STROKES[0] | {"width": True}], "units wide, not True"),
        ([STROKES[0] | {"points": []}], "strokes[0]: A drawn stroke needs at least one point."),
        ([STROKES[0] | {"points": [[1, 1]] * (MAX_POINTS + 1)}], f"at most {MAX_POINTS} points"),
        ([STROKES[0] | {"points": [[500, 1]]}], "strokes[0]: The point (500, 1) lies outside"),
        ([STROKES[0] | {"points": [["1", 1]]}], "must be two numbers, x and y"),
        ([STROKES[0] | {"points": [[1e400, 1]]}], "must be two numbers, x and y"),
        ([STROKES[0] | {"intensity": 42}], "strokes[0]: A drawn stroke's intensity: Intensity"),
        ([STROKES[0] | {"qualities": ["<script>"]}], "Unknown pain quality: <script>"),
    ],
)
def test_a_bad_drawing_is_a_400_naming_the_stroke(client, strokes, words):
    response = client.post(ASSESS, json=L5 | {"strokes": strokes})
    assert response.status_code == 400
    assert words in response.get_json()["error"]


def test_nan_in_a_point_is_a_400(client):
    body = '{"strokes": [{"view": "front", "points": [[NaN, 1]]}]}'
    response = client.post(ASSESS, data=body, content_type="application/json")
    assert response.status_code == 400 and response.get_json()["error"]


def test_the_vocabulary_describes_a_stroke_and_what_it_lists_is_accepted(client):
    words = client.get("/api/v1/vocabulary").get_json()["strokes"]
    assert words["view"] == ["front", "back"] and words["tool"] == ["brush", "eraser"]
    assert (words["max"], words["points"]["max"]) == (MAX_STROKES, MAX_POINTS)
    x, y = words["points"]["x"], words["points"]["y"]
    strokes = [
        {
            "view": view,
            "tool": tool,
            "width": width,
            "points": [[x["min"], y["min"]], [x["max"], y["max"]]],
            "intensity": words["intensity"]["max"],
            "qualities": words["qualities"]["list_of"],
        }
        for view in words["view"]
        for tool in words["tool"]
        for width in (words["width"]["min"], words["width"]["max"])
    ]
    assert client.post(ASSESS, json={"strokes": strokes}).status_code == 200
    outside = [strokes[0] | {"points": [[x["max"] + 0.1, y["max"]]]}]
    assert client.post(ASSESS, json={"strokes": outside}).status_code == 400
