"""Turning what the rules return into plain JSON data, and the gate around the muscles."""

from __future__ import annotations

import json
from dataclasses import dataclass

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.assessment import assess, parse_request, plain
from dashapp.domain.reference import load_reference


@dataclass(frozen=True)
class Inner:
    sides: frozenset[str]
    items: tuple[int, ...]


@dataclass(frozen=True)
class Outer:
    inner: Inner
    by_id: dict


def test_plain_turns_dataclasses_tuples_and_sets_into_json_data():
    value = Outer(Inner(frozenset({"right", "left"}), (1, 2)), {"a": (Inner(frozenset(), ()),)})
    assert plain(value) == {
        "inner": {"sides": ["left", "right"], "items": [1, 2]},
        "by_id": {"a": [{"sides": [], "items": []}]},
    }
    json.dumps(plain(value))


def test_a_flag_raised_by_the_map_closes_the_gate():
    reference = load_reference(SHIPPED_DATA)
    request = parse_request(
        {"marks": {"right_calf_back": 5, "left_calf_back": 5}},
        {r.id for r in reference.regions},
        [a.id for a in reference.atlas.activities],
        reference.sciatica.muscle_names,
    )
    result = assess(request, reference)
    assert [f["id"] for f in result["red_flags"]] == ["both_legs"]
    assert result["gate_open"] is False and result["muscles"] == []
    assert {fit["side"] for fit in result["roots"]["classic"]} <= {"left", "right"}
    json.dumps(result)


def test_a_drawing_is_assessed_on_its_shapes():
    from dashapp.domain.assessment.request import AssessmentRequest
    from dashapp.domain.atlas.painted_lookup import rank_painted
    from dashapp.domain.body.dermatome_fit import painted_root_fit
    from dashapp.domain.body.painted import painted
    from dashapp.domain.chart import PainChart
    from dashapp.domain.drawing import Stroke
    from dashapp.domain.sciatica.data import RED_FLAG_QUESTIONS

    reference = load_reference(SHIPPED_DATA)
    line = ((120.0, 540.0), (128.0, 640.0), (138.0, 760.0), (143.0, 860.0))
    chart = PainChart(strokes=(Stroke("front", line, 12.0, "brush", 6),))
    answers = {**dict.fromkeys(RED_FLAG_QUESTIONS, "no"), "age": "20_to_50"}
    result = assess(AssessmentRequest(chart, answers, None, None), reference)
    shape = painted(chart, reference.regions)
    expected = rank_painted(reference.patterns, shape, limit=10)
    assert result["gate_open"] is True
    assert [m["muscle"] for m in result["muscles"]] == [c.muscle for c in expected]
    for name in ("classic", "evidence"):
        fits = painted_root_fit(shape, reference.dermatomes, name)[:3]
        assert [(f["root"], f["side"], f["fit"]) for f in result["roots"][name]] == fits
