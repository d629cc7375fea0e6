"""Reading a lookup request: every malformed request is refused with the problem named."""

from __future__ import annotations

import pytest

from dashapp.web.lookup_query import parse_query

KNOWN = ["right_ankle", "left_ankle", "right_thigh_outer"]
ACTIVITIES = ["driving", "sitting"]


def test_parse_query_accepts_regions_or_marks():
    query = parse_query({"regions": ["right_ankle"], "activities": ["driving"]}, KNOWN, ACTIVITIES)
    assert query.marks == {"right_ankle": None}
    assert query.activities == ("driving",)
    query = parse_query({"marks": {"right_ankle": 7}}, KNOWN, ACTIVITIES)
    assert query.marks == {"right_ankle": 7}


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ([], "JSON object"),
        ({}, "either 'regions'"),
        ({"regions": ["right_ankle"], "marks": {}}, "either 'regions'"),
        ({"regions": "right_ankle"}, "list of region ids"),
        ({"regions": ["tail"]}, "Unknown region id(s): tail"),
        ({"marks": {"right_ankle": 42}}, "0 to 10, not 42"),
        ({"marks": {"right_ankle": "7"}}, "0 to 10"),
        ({"regions": ["right_ankle"], "activities": ["flying"]}, "Unknown activity id(s): flying"),
        ({"regions": ["right_ankle"], "activities": "driving"}, "list of activity ids"),
        ({"regions": ["right_ankle"], "colour": "red"}, "Unknown field(s): colour"),
        ({"regions": ["right_ankle"] * 401}, "Too many areas"),
    ],
)
def test_parse_query_names_the_problem(payload, message):
    with pytest.raises(ValueError) as error:
        parse_query(payload, KNOWN, ACTIVITIES)
    assert message in str(error.value)
