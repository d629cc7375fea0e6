"""An export written before a region was cut imports with the mark on each of its parts."""

from __future__ import annotations

import json

import pytest

from dashapp.domain.chart import Mark
from dashapp.formats.exchange import dumps, import_course
from dashapp.formats.exchange_read import ImportProblem
from tests.unit.formats.test_exchange import COURSE, KNOWN

PARTS = ("right_elbow_outer", "right_elbow_crease", "right_elbow_inner")
NOW = {**KNOWN, "known_regions": [*KNOWN["known_regions"], *PARTS]}


def _old_export() -> dict:
    data = json.loads(dumps(COURSE))
    data["sessions"][0]["chart"]["marks"][1] = {
        "region": "right_elbow_front",
        "intensity": 7,
        "qualities": ["burning", "aching"],
    }
    return data


def test_an_old_export_imports_its_mark_on_every_part_of_the_cut_region():
    chart = import_course(_old_export(), **NOW).sessions[0].chart
    assert chart.marks == (
        COURSE.sessions[0].chart.marks[0],
        *(Mark(part, 7, ("burning", "aching")) for part in PARTS),
    )


def test_a_retired_region_next_to_one_of_its_parts_is_refused_as_marked_twice():
    data = _old_export()
    data["sessions"][0]["chart"]["marks"].append({"region": "right_elbow_crease"})
    with pytest.raises(
        ImportProblem, match=r"marks\[2\]\.region: 'right_elbow_crease' is marked twice"
    ):
        import_course(data, **NOW)


def test_a_retired_region_is_refused_where_its_parts_are_not_known():
    with pytest.raises(ImportProblem, match=r"'right_elbow_front' is not a region of the body map"):
        import_course(_old_export(), **KNOWN)
