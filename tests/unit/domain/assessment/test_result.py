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
