"""Export and import of a patient's course: a round trip, and every refusal naming its path."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime

import pytest

from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.course import PatientCourse, Session, Treatment
from dashapp.domain.sciatica.intake import ADDED_IN, ANSWER_CHOICES
from dashapp.formats.exchange import (
    DRAWING_VERSION,
    MAX_BYTES,
    ImportProblem,
    dumps,
    export_course,
    import_course,
    parse_text,
)

KNOWN = {
    "known_regions": ["sacrum", "right_shin", "left_calf_back"],
    "known_activities": ["sitting", "walking"],
    "known_techniques": ["friction", "effleurage"],
    "known_muscles": ["piriformis", "gluteus_medius"],
}
COURSE = PatientCourse(
    {
        "name": "Zoë O'Neil <test>",
        "reference": "P-17",
        "date_of_birth": date(1980, 4, 2),
        "birth_year": 1980,
        "notes": "Runner; left-handed.",
        "archived": True,
    },
    (
        Session(
            date(2026, 1, 5),
            PainChart((Mark("sacrum", 6, ("aching",)), Mark("right_shin", None)), ("sitting",)),
            intake={"onset": "sudden", "weakness": ["tripping"], "night_pain": None},
            findings={"right": {"slr_angle": 40, "slr_leg_pain": True}, "slump": "positive"},
            treatments=(Treatment("friction", "piriformis", "right", 15),),
            notes="First visit.",
        ),
        Session(date(2026, 1, 5), PainChart((Mark("sacrum", 4),))),
        Session(date(2026, 1, 19), PainChart()),
    ),
)


def good() -> dict:
    return export_course(COURSE, datetime(2026, 2, 1, 9, 30))


def refused(data, match: str) -> None:
    with pytest.raises(ImportProblem, match=match):
        import_course(data, **KNOWN)


def test_round_trip_through_json_text():
    text = dumps(COURSE, datetime(2026, 2, 1, 9, 30))
    back = import_course(text, **KNOWN)
    assert back == COURSE
    assert json.loads(text)["generator"] == "PainMap"
    # No drawing: the oldest version that holds it, so an older PainMap reads it too.
    assert json.loads(text)["schema_version"] == DRAWING_VERSION - 1 == 2


def test_export_import_export_gives_the_same_document():
    first = json.loads(dumps(COURSE))
    again = json.loads(dumps(import_course(json.dumps(first), **KNOWN)))
    assert again == first
    assert set(first["patient"]) == {
        "name", "reference", "date_of_birth", "birth_year", "notes", "archived"
    }  # fmt: skip
    assert first["patient"]["date_of_birth"] == "1980-04-02"
    assert [s["intake_complete"] for s in first["sessions"]] == [False, False, False]


def test_every_field_is_written_even_when_empty():
    data = export_course(PatientCourse({"name": "Ann"}, (Session(date(2026, 1, 5)),)))
    assert data["patient"] == {
        "name": "Ann", "reference": None, "date_of_birth": None, "birth_year": None,
        "notes": "", "archived": False,
    }  # fmt: skip
    assert set(data["sessions"][0]) == {
        "date", "chart", "intake", "intake_complete", "findings", "treatments", "notes"
    }  # fmt: skip


def test_a_version_1_file_is_still_read():
    data = good()
    data["schema_version"] = 1
    del data["patient"]["date_of_birth"], data["patient"]["archived"]
    for item in data["sessions"]:
        del item["intake_complete"]
    patient = import_course(data, **KNOWN).patient
    assert (patient["date_of_birth"], patient["archived"], patient["reference"]) == (
        None,
        False,
        "P-17",
    )


def test_round_trip_from_bytes_with_a_byte_order_mark():
    raw = "\ufeff".encode() + dumps(COURSE).encode("utf-8")
    assert import_course(raw, **KNOWN).sessions[0].chart == COURSE.sessions[0].chart


def test_import_problem_is_a_value_error():
    assert issubclass(ImportProblem, ValueError)


def change(path: list, value) -> dict:
    data = good()
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["schema_version"], KeyError, r"^schema_version: missing"),
        (["schema_version"], "1", r"^schema_version: '1' is not a version number"),
        (["schema_version"], 0, r"^schema_version: 0"),
        (["schema_version"], 5, r"^schema_version: 5 comes from a newer PainMap"),
        (["surprise"], 1, r"^surprise: unknown field"),
        (["exported_at"], "yesterday", r"^exported_at"),
        (["patient", "name"], "", r"^patient.name"),
        (["patient", "name"], KeyError, r"^patient.name"),
        (["patient", "birth_year"], 1492, r"^patient.birth_year: 1492"),
        (["patient", "shoe_size"], 42, r"^patient.shoe_size: unknown field"),
        (["patient", "date_of_birth"], "2/4/1980", r"^patient.date_of_birth: '2/4/1980'"),
        (["patient", "birth_year"], 1981, r"^patient.birth_year: 1981 is not the year of 1980"),
        (["patient", "archived"], "yes", r"^patient.archived: 'yes' is not true or false"),
        (["patient", "reference"], 17, r"^patient.reference: expected text"),
        (["patient", "notes"], "x" * 10_001, r"^patient.notes: 10001 characters"),
        (["sessions"], {}, r"^sessions: expected a list, not an object"),
        (["sessions", 1, "date"], "2026-02-30", r"^sessions\[1\].date: '2026-02-30' is not a real"),
        (["sessions", 1, "date"], "5/1/2026", r"^sessions\[1\].date: '5/1/2026' is not a date"),
        (["sessions", 1, "date"], 20260105, r"^sessions\[1\].date"),
        (["sessions", 2, "date"], "2026-01-01", r"^sessions\[2\].date: 2026-01-01 comes before"),
        (["sessions", 0, "chart", "version"], 2, r"^sessions\[0\].chart.version: 2"),
        (
            ["sessions", 0, "chart", "marks", 0, "intensity"],
            42,
            r"^sessions\[0\].chart.marks\[0\].intensity: 42 is not a whole number from 0 to 10$",
        ),
        (["sessions", 0, "chart", "marks", 0, "intensity"], 2.5, r"marks\[0\].intensity: 2.5"),
        (["sessions", 0, "chart", "marks", 0, "intensity"], True, r"marks\[0\].intensity: True"),
        (["sessions", 0, "chart", "marks", 1, "region"], "tail", r"marks\[1\].region: 'tail'"),
        (["sessions", 0, "chart", "marks", 1, "region"], "sacrum", r"marks\[1\].region: .* twice"),
        (
            ["sessions", 0, "chart", "marks", 0, "qualities"],
            ["aching", "itchy"],
            r"marks\[0\].qualities\[1\]: 'itchy' is not a known quality",
        ),
        (
            ["sessions", 0, "chart", "activities"],
            ["dancing"],
            r"^sessions\[0\].chart.activities\[0\]: 'dancing' is not a known activity",
        ),
        (["sessions", 0, "intake", "onset"], "maybe", r"^sessions\[0\].intake.onset: 'maybe'"),
        (["sessions", 0, "intake", "mood"], "fine", r"^sessions\[0\].intake.mood: unknown field"),
        (["sessions", 0, "intake", "weakness"], ["limp"], r"intake.weakness\[0\]: 'limp'"),
        (
            ["sessions", 0, "intake_complete"],
            True,
            r"^sessions\[0\].intake_complete: true, but the answers are incomplete",
        ),
        (["sessions", 0, "intake_complete"], "no", r"^sessions\[0\].intake_complete: 'no' is"),
        (["sessions", 0, "findings", "slump"], "yes", r"^sessions\[0\].findings: slump: 'yes'"),
        (
            ["sessions", 0, "findings", "trigger_point"],
            "soleus",
            r"^sessions\[0\].findings.trigger_point: 'soleus' is not a known muscle",
        ),
        (
            ["sessions", 0, "treatments", 0, "technique"],
            "cupping",
            r"^sessions\[0\].treatments\[0\].technique: 'cupping' is not a known technique",
        ),
        (
            ["sessions", 0, "treatments", 0, "muscle"],
            "biceps",
            r"^sessions\[0\].treatments\[0\].muscle: 'biceps' is not a known muscle",
        ),
        (["sessions", 0, "treatments", 0, "side"], "up", r"treatments\[0\].side: 'up'"),
        (["sessions", 0, "treatments", 0, "minutes"], 0, r"treatments\[0\].minutes: 0 is not"),
        (["sessions", 0, "treatments", 0, "minutes"], 600, r"treatments\[0\].minutes: 600"),
        (["sessions", 0, "treatments", 0, "minutes"], 7.5, r"treatments\[0\].minutes: 7.5"),
        (["sessions", 0, "notes"], ["a"], r"^sessions\[0\].notes: expected text, not a list"),
        (["sessions", 0, "notes"], "x" * 10_001, r"^sessions\[0\].notes: 10001 characters"),
    ],
)
def test_every_problem_is_refused_with_its_path(path, value, message):
    refused(change(path, value), message)


def test_duplicate_dates_are_allowed_in_file_order():
    back = import_course(good(), **KNOWN)
    assert [s.date for s in back.sessions[:2]] == [date(2026, 1, 5)] * 2
    assert back.sessions[1].chart.marks[0].intensity == 4


def test_not_an_object():
    refused([1, 2], r"^file: expected an object, not a list")


def test_truncated_json_is_refused():
    text = dumps(COURSE)
    refused(text[: len(text) // 2], r"^file: not valid JSON .*ends too early")


def test_invalid_json_is_refused_with_its_place():
    refused('{"schema_version": 1,, }', r"^file: not valid JSON at line 1, column 22")


def test_nan_is_refused():
    refused('{"schema_version": NaN}', r"NaN is not a number JSON allows")


def test_empty_and_non_utf8_files_are_refused():
    refused(b"  ", r"^file: empty")
    refused(b"\xff\xfe{}", r"^file: not UTF-8")


def test_a_file_over_the_limit_is_refused_before_parsing():
    # Not JSON at all: the size check must come first.
    with pytest.raises(ImportProblem, match=r"over the 5 MB limit"):
        parse_text(b"x" * (MAX_BYTES + 1))


def test_deep_nesting_is_refused():
    refused("[" * 100_000 + "]" * 100_000, r"nested too deeply")


def test_import_changes_nothing_it_was_given():
    data = good()
    before = copy.deepcopy(data)
    import_course(data, **KNOWN)
    assert data == before


def test_a_file_complete_by_the_questions_of_its_day_is_read():
    older = {q: choices[0] for q, choices in ANSWER_CHOICES.items() if q not in ADDED_IN[2]}
    data = good()
    data["sessions"][1]["intake"] = {**older, "weakness": []}
    data["sessions"][1]["intake_complete"] = True  # written when these were all the questions
    back = import_course(data, **KNOWN)
    assert back.sessions[1].intake == {**older, "weakness": []}
    data["sessions"][1]["intake"].pop("onset")  # not complete by any day's questions
    refused(data, r"^sessions\[1\].intake_complete: true, but the answers are incomplete")
