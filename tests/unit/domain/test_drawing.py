"""Freehand strokes: what is kept, and every refusal naming its problem."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashapp.domain.chart_rules import ChartProblem
from dashapp.domain.drawing import (
    MAX_POINTS,
    MAX_STROKES,
    MAX_WIDTH,
    MIN_WIDTH,
    Stroke,
    check_stroke,
    check_strokes,
    read_strokes,
)


def stroke(**changes) -> dict:
    return {
        "view": "front",
        "tool": "brush",
        "width": 12,
        "points": [[100, 200], [110.04, 215.96]],
        "intensity": 6,
        "qualities": ["shooting", "aching"],
    } | changes


def test_a_brush_stroke_is_kept_in_drawing_units():
    kept = check_stroke(stroke())
    assert kept == Stroke(
        "front", ((100.0, 200.0), (110.0, 216.0)), 12.0, "brush", 6, ("shooting", "aching")
    )
    assert not kept.erases


def test_qualities_come_in_the_vocabulary_order():
    assert check_stroke(stroke(qualities=["aching", "sharp"])).qualities == ("sharp", "aching")


def test_an_eraser_keeps_no_intensity_or_qualities():
    kept = check_stroke(stroke(tool="eraser"))
    assert kept.erases and (kept.intensity, kept.qualities) == (None, ())
    assert set(kept.to_json()) == {"view", "tool", "width", "points"}


def test_defaults_are_a_medium_brush_not_yet_rated():
    kept = check_stroke({"view": "back", "points": [[0, 0]]})
    assert (kept.tool, kept.width, kept.intensity, kept.qualities) == ("brush", 12.0, None, ())


def test_json_round_trip():
    kept = check_stroke(stroke())
    assert check_stroke(kept.to_json()) == kept


@pytest.mark.parametrize(
    "data, words",
    [
        ("front", "must be an object"),
        (stroke(view="side"), "view of the map, not 'side'"),
        (stroke(view=["front"]), "view of the map"),
        (stroke(view={"a": 1}), "view of the map"),
        (stroke(view="<script>alert(1)</script>"), "view of the map"),
        (stroke(tool="pencil"), "brush or eraser, not 'pencil'"),
        (stroke(tool=["brush"]), "brush or eraser"),
        (stroke(width=MIN_WIDTH - 0.5), f"{MIN_WIDTH:g} to {MAX_WIDTH:g} units wide"),
        (stroke(width=MAX_WIDTH + 1), "units wide, not 61"),
        (stroke(width=float("nan")), "units wide, not nan"),
        (stroke(width=True), "units wide, not True"),
        (stroke(width="12"), "units wide, not '12'"),
        (stroke(points=[]), "at least one point"),
        (stroke(points=None), "at least one point"),
        (stroke(points="100,200"), "at least one point"),
        (stroke(points=[[1, 1]] * (MAX_POINTS + 1)), f"at most {MAX_POINTS} points"),
        (stroke(points=[[100, 1001]]), r"\(100, 1001\) lies outside the drawing"),
        (stroke(points=[[-0.1, 5]]), "lies outside the drawing"),
        (stroke(points=[[400.5, 5]]), "lies outside the drawing"),
        (stroke(points=[[float("nan"), 5]]), "two numbers"),
        (stroke(points=[[float("inf"), 5]]), "two numbers"),
        (stroke(points=[[True, 5]]), "two numbers"),
        (stroke(points=[[1, 2, 3]]), "two numbers"),
        (stroke(points=[["<b>1</b>", 2]]), "two numbers"),
        (stroke(points=[{"x": 1, "y": 2}]), "two numbers"),
        (stroke(intensity=42), "intensity: Intensity must be from 0 to 10, not 42"),
        (stroke(intensity=6.5), "whole number"),
        (stroke(intensity=True), "whole number"),
        (stroke(intensity="6"), "whole number"),
        (stroke(qualities=["stabbing"]), "quality: Unknown pain quality: stabbing"),
        (stroke(qualities=["<img src=x onerror=alert(1)>"]), "Unknown pain quality"),
        (stroke(qualities="sharp"), "must be a list"),
    ],
)
def test_every_refusal_names_the_problem(data, words):
    with pytest.raises(ChartProblem, match=words) as refused:
        check_stroke(data)
    assert refused.value.part == "drawing"


def test_the_views_can_be_given():
    assert check_stroke(stroke(view="side"), views=("side",)).view == "side"
    with pytest.raises(ChartProblem, match="view of the map"):
        check_stroke(stroke(), views=("side",))


def test_check_strokes_keeps_the_order_drawn():
    first, second = stroke(intensity=2), stroke(tool="eraser", points=[[5, 5]])
    kept = check_strokes([first, second])
    assert [s.tool for s in kept] == ["brush", "eraser"]
    assert check_strokes(None) == () and check_strokes([]) == ()


def test_check_strokes_names_the_stroke_refused():
    with pytest.raises(ChartProblem, match="not 42") as refused:
        check_strokes([stroke(), stroke(), stroke(intensity=42)])
    assert (refused.value.part, refused.value.index) == ("drawing", 2)


@pytest.mark.parametrize(
    "data, words",
    [
        ({"strokes": []}, "must be a list of strokes"),
        ("[]", "must be a list of strokes"),
        ([stroke()] * (MAX_STROKES + 1), f"at most {MAX_STROKES} strokes"),
    ],
)
def test_check_strokes_refuses_what_is_not_a_drawing(data, words):
    with pytest.raises(ChartProblem, match=words):
        check_strokes(data)


def test_read_strokes_keeps_what_it_can_and_counts_the_rest():
    kept, dropped = read_strokes([stroke(), stroke(view="side"), "junk", stroke(intensity=3)])
    assert [s.intensity for s in kept] == [6, 3] and dropped == 2
    assert read_strokes(None) == ((), 0)
    assert read_strokes({"not": "a list"}) == ((), 1)
    assert read_strokes([stroke()] * (MAX_STROKES + 2))[1] == 2


junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@given(st.dictionaries(st.sampled_from(list(stroke())), junk) | junk)
def test_junk_is_kept_or_refused_never_an_error(data):
    try:
        kept = check_stroke(data)
    except ChartProblem as problem:
        assert problem.part == "drawing" and str(problem)
        return
    assert all(0 <= x <= 400 and 0 <= y <= 1000 for x, y in kept.points)
    assert MIN_WIDTH <= kept.width <= MAX_WIDTH and math.isfinite(kept.width)
    assert check_stroke(kept.to_json()) == kept
