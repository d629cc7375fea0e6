"""A course's freehand drawings in the export: a lossless round trip, every bad stroke refused
naming its session and stroke, and files from before drawings still read."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashapp.domain.course import PatientCourse
from dashapp.formats.exchange import DRAWING_VERSION, dumps, export_course, import_course
from dashapp.formats.exchange_read import ImportProblem
from tests.unit.formats.test_exchange import COURSE, KNOWN, refused

STROKES = [
    {"view": "back", "tool": "brush", "width": 24, "points": [[250.5, 420.2], [262, 480]]}
    | {"intensity": 7, "qualities": ["burning", "shooting"]},
    {"view": "back", "tool": "eraser", "width": 6.0, "points": [[255, 440]]},
    {"view": "front", "tool": "brush", "width": 2.0, "points": [[0, 0], [400, 1000], [0, 0]]}
    | {"intensity": None, "qualities": []},
]
SESSIONS = list(COURSE.sessions)
SESSIONS[1] = replace(SESSIONS[1], chart=SESSIONS[1].chart.with_strokes(STROKES))
DRAWN = PatientCourse(COURSE.patient, tuple(SESSIONS))


def drawn() -> dict:
    return export_course(DRAWN, datetime(2026, 2, 1, 9, 30))


def test_a_drawing_goes_out_and_comes_back_whole():
    text = dumps(DRAWN)
    back = import_course(text, **KNOWN)
    assert back == DRAWN
    assert back.sessions[1].chart.strokes == DRAWN.sessions[1].chart.strokes
    assert json.loads(dumps(back)) == json.loads(text)


def test_a_file_with_a_drawing_says_version_3_and_one_without_says_2():
    data = drawn()
    assert data["schema_version"] == DRAWING_VERSION == 3
    assert "strokes" not in data["sessions"][0]["chart"]
    assert [s["tool"] for s in data["sessions"][1]["chart"]["strokes"]] == [
        "brush",
        "eraser",
        "brush",
    ]
    assert export_course(COURSE)["schema_version"] == 2


@pytest.mark.parametrize("version", [1, 2])
def test_files_from_before_drawings_still_read(version):
    data = export_course(COURSE)
    data["schema_version"] = version
    assert import_course(data, **KNOWN) == COURSE


def test_an_empty_or_null_drawing_reads_as_none():
    for empty in ([], None):
        data = export_course(COURSE)
        data["sessions"][0]["chart"]["strokes"] = empty
        assert import_course(data, **KNOWN).sessions[0].chart.strokes == ()


def stroke_changed(n: int, **changes) -> dict:
    data = drawn()
    data["sessions"][1]["chart"]["strokes"][n].update(changes)
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            stroke_changed(2, intensity=42),
            r"^sessions\[1\]\.chart\.strokes\[2\]: A drawn stroke's intensity: .*not 42$",
        ),
        (
            stroke_changed(0, view="side"),
            r"^sessions\[1\]\.chart\.strokes\[0\]: .* view of the map, not 'side'$",
        ),
        (stroke_changed(1, tool="pen"), r"strokes\[1\]: .* brush or eraser, not 'pen'$"),
        (stroke_changed(0, width=0), r"strokes\[0\]: A brush must be 2 to 60 units wide, not 0$"),
        (stroke_changed(0, points=[[1, 1001]]), r"strokes\[0\]: The point \(1, 1001\) lies"),
        (stroke_changed(0, points=[]), r"strokes\[0\]: A drawn stroke needs at least one point$"),
        (stroke_changed(0, points=[[True, 1]]), r"strokes\[0\]: Each point .* two numbers"),
        (stroke_changed(0, qualities=["<b>itchy</b>"]), r"strokes\[0\]: .*quality: <b>itchy</b>"),
        (stroke_changed(0, colour="red"), r"^sessions\[1\]\.chart\.strokes\[0\]\.colour: unknown"),
    ],
)
def test_a_bad_stroke_is_refused_naming_session_and_stroke(data, message):
    refused(data, message)


def test_a_drawing_that_is_not_a_list_of_strokes_is_refused():
    data = drawn()
    data["sessions"][1]["chart"]["strokes"] = {"view": "back"}
    refused(data, r"^sessions\[1\]\.chart\.strokes: expected a list, not an object$")
    data["sessions"][1]["chart"]["strokes"] = ["stroke"]
    refused(data, r"^sessions\[1\]\.chart\.strokes\[0\]: expected an object, not text$")
    data["sessions"][1]["chart"]["strokes"] = [STROKES[0]] * 501
    refused(data, r"^sessions\[1\]\.chart\.strokes: 501 entries is more than 500$")


def test_nan_in_a_point_is_refused_as_the_file_is_read():
    text = dumps(DRAWN).replace("420.2", "NaN", 1)
    refused(text, r"NaN is not a number JSON allows")


def test_import_changes_nothing_it_was_given():
    data = stroke_changed(2, intensity=42)
    before = copy.deepcopy(data)
    with pytest.raises(ImportProblem):
        import_course(data, **KNOWN)
    assert data == before


coordinate = st.floats(0, 400, allow_nan=False)
stroke = st.fixed_dictionaries(
    {
        "view": st.sampled_from(["front", "back"]),
        "tool": st.sampled_from(["brush", "eraser"]),
        "width": st.floats(2, 60) | st.integers(2, 60),
        "points": st.lists(st.tuples(coordinate, st.floats(0, 1000)), min_size=1, max_size=5),
        "intensity": st.none() | st.integers(0, 10),
        "qualities": st.lists(st.sampled_from(["sharp", "burning", "numb"]), unique=True),
    }
)


@settings(max_examples=50)
@given(st.lists(stroke, max_size=6))
def test_any_drawing_survives_export_and_import(strokes):
    sessions = (replace(COURSE.sessions[0], chart=COURSE.sessions[0].chart.with_strokes(strokes)),)
    course = PatientCourse(COURSE.patient, sessions)
    assert import_course(dumps(course), **KNOWN) == course
