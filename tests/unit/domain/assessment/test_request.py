"""Reading an assessment request: the pages' checks, refusing with the field named."""

from __future__ import annotations

import pytest

from dashapp.domain.assessment import MAX_MARKS, parse_request
from dashapp.domain.chart import Mark

REGIONS = {"sacrum", "right_shin_outer", "pubic"}
ACTIVITIES = ("driving", "sitting")
MUSCLES = ("piriformis", "soleus")


def parse(payload):
    return parse_request(payload, REGIONS, ACTIVITIES, MUSCLES)


def test_marks_activities_answers_and_findings_are_read():
    request = parse(
        {
            "marks": {"sacrum": 4, "right_shin_outer": {"qualities": ["numb", "aching"]}},
            "activities": ["sitting", "sitting", "driving"],
            "answers": {"onset": "sudden", "weakness": ["tripping"]},
            "findings": {"right": {"slr_angle": 40, "slr_leg_pain": True}, "slump": "positive"},
        }
    )
    assert request.chart.marks == (
        Mark("sacrum", 4),
        Mark("right_shin_outer", None, ("numb", "aching")),
    )
    assert request.chart.activities == ("sitting", "driving")
    assert request.answers == {"onset": "sudden", "weakness": ["tripping"]}
    assert request.exam.right.slr_angle == 40 and request.exam.slump == "positive"


def test_an_empty_request_is_an_empty_chart_with_no_examination():
    request = parse({})
    assert request.chart.marks == () and request.answers == {} and request.exam is None


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        ({"marks": {"elbow": 1}}, "marks.elbow: 'elbow' is not an area"),
        ({"marks": {"sacrum": -1}}, "marks.sacrum: Intensity must be from 0 to 10"),
        ({"marks": {"sacrum": {"qualities": "numb"}}}, "marks.sacrum: The pain qualities must"),
        ({"activities": ["sitting", 3]}, "activities: Unknown activity: 3"),
        ({"answers": {"both_legs": "maybe"}}, "answers: both_legs: 'maybe' is not one of"),
        ({"findings": {"pace": "yes"}}, "findings: pace: 'yes' is not one of"),
        ({"findings": {"trigger_point": "heart"}}, "findings: trigger_point:"),
        ({"findings": {"right": {"slr_leg_pain": True}}}, "give the angle"),
        ({"marks": {}, "notes": "x"}, "Unknown field(s): notes"),
        ("marks", "must be a JSON object"),
    ],
)
def test_a_bad_request_names_its_problem(payload, words):
    with pytest.raises(ValueError) as refused:
        parse(payload)
    assert words in str(refused.value)


def test_too_many_marks_are_refused_before_they_are_read():
    with pytest.raises(ValueError, match=f"at most {MAX_MARKS}"):
        parse({"marks": {f"area_{n}": 1 for n in range(MAX_MARKS + 1)}})
