"""The stretches handed out in the JSON export: written once a session has some, read back
checked, and files without them still read."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from dashapp.domain.course import PatientCourse
from dashapp.formats.exchange import STRETCHES_VERSION, dumps, export_course, import_course
from tests.unit.formats.test_exchange import COURSE, KNOWN, refused

SESSIONS = list(COURSE.sessions)
SESSIONS[0] = replace(SESSIONS[0], stretches=("gluteus_medius", "piriformis"))
HANDED = PatientCourse(COURSE.patient, tuple(SESSIONS))


def test_the_stretches_go_out_and_come_back_in_order():
    text = dumps(HANDED)
    data = json.loads(text)
    assert data["schema_version"] == STRETCHES_VERSION == 4
    assert [s["stretches"] for s in data["sessions"]] == [["gluteus_medius", "piriformis"], [], []]
    back = import_course(text, **KNOWN)
    assert back == HANDED and json.loads(dumps(back)) == data


def test_a_course_without_stretches_writes_none_and_says_an_older_version():
    data = export_course(COURSE)
    assert data["schema_version"] < STRETCHES_VERSION
    assert all("stretches" not in s for s in data["sessions"])
    assert all(s.stretches == () for s in import_course(data, **KNOWN).sessions)


@pytest.mark.parametrize(
    ("value", "match"),
    [
        (
            ["soleus"],
            r"^sessions\[0\]\.stretches: Stretch 1: 'soleus' is not a muscle of the atlas$",
        ),
        (["piriformis", "piriformis"], r"^sessions\[0\]\.stretches: Stretch 2: .* twice$"),
        ("piriformis", r"^sessions\[0\]\.stretches: .* must be a list"),
    ],
)
def test_a_bad_stretch_is_refused_with_its_path(value, match):
    data = export_course(HANDED)
    data["sessions"][0]["stretches"] = value
    refused(data, match)
