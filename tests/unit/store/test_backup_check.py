"""A restore refuses any row the app itself would refuse, and any damaged, foreign, deep or
huge file, in one line naming what is wrong; a refused restore changes nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from dashapp.domain.sciatica.intake import ADDED_IN
from dashapp.store import RestoreError, backup, restore
from dashapp.store.__main__ import main
from dashapp.store.backup import MAX_BYTES
from dashapp.store.models import INTAKE_SCHEMA
from tests.unit.store.test_backup import _json_backup, _snapshot


def _set(table: str, row: int, field: str, value):
    def change(tables: dict) -> None:
        tables[table][row][field] = value

    return change


def _two_visits_one_id(tables: dict) -> None:
    tables["visits"][1]["id"] = tables["visits"][0]["id"]


def _answer(name: str, value):
    def change(tables: dict) -> None:
        tables["visit_intakes"][0]["answers"][name] = value

    return change


def _finding(name: str, value):
    def change(tables: dict) -> None:
        tables["visit_findings"][0]["values"][name] = value

    return change


def _deep(tables: dict) -> None:
    value: list = []
    for _ in range(50):
        value = [value]
    tables["visit_findings"][0]["values"]["slump"] = value


REFUSALS = {
    "unknown region": (
        _set("visit_marks", 0, "region", "tail"),
        r"visit_marks row 1, region: 'tail' is not an area of the body map$",
    ),
    "qualities as a string": (
        _set("visit_marks", 0, "qualities", "aching"),
        r"visit_marks row 1, qualities: The pain qualities must be a list$",
    ),
    "unknown quality": (
        _set("visit_marks", 2, "qualities", ["itchy"]),
        r"visit_marks row 3, qualities: Unknown pain quality: itchy$",
    ),
    "intensity 42": (
        _set("visit_marks", 1, "intensity", 42),
        r"visit_marks row 2, intensity: Intensity must be from 0 to 10, not 42$",
    ),
    "a region twice": (
        _set("visit_marks", 1, "region", "right_buttock_upper_outer"),
        r"visit_marks row 2, region: 'right_buttock_upper_outer' is marked twice$",
    ),
    "a 5,000-character name": (
        _set("patients", 0, "display_name", "x" * 5000),
        r"patients row 1, display_name: 5,000 characters is more than 200$",
    ),
    "an empty name": (
        _set("patients", 0, "display_name", "  "),
        r"patients row 1, display_name: The patient's name must not be empty.$",
    ),
    "a name that does not match its key": (
        _set("patients", 0, "name_key", "someone else"),
        r"patients row 1, name_key: does not match the display_name$",
    ),
    "a birth in the future": (
        _set("patients", 0, "date_of_birth", "2999-01-01"),
        r"patients row 1, date_of_birth: The date of birth 2999-01-01 is not plausible.$",
    ),
    "a year of birth against the date": (
        lambda t: t["patients"][0].update(date_of_birth="1980-04-02", birth_year=1981),
        r"patients row 1, birth_year: The date of birth 1980-04-02 is not in the year of birth",
    ),
    "a long reference": (
        _set("patients", 0, "reference", "r" * 65),
        r"patients row 1, reference: 65 characters is more than 64$",
    ),
    "notes too long": (
        _set("visits", 0, "notes", "x" * 20_001),
        r"visits row 1, notes: The notes must be at most 20,000 characters.$",
    ),
    "text with a NUL": (
        _set("patients", 0, "notes", "a\x00b"),
        r"patients row 1, notes: 'a\\x00b' does not fit a TEXT column$",
    ),
    "unknown activity": (
        _set("visits", 1, "activities", ["dancing"]),
        r"visits row 2, activities: Unknown activity: dancing$",
    ),
    "a stroke off the drawing": (
        _set(
            "visits",
            1,
            "strokes",
            [{"view": "front", "points": [[5, 5]]}] * 2
            + [{"view": "front", "points": [[5, 1005]]}],
        ),
        r"visits row 2, strokes: stroke 3: The point \(5, 1005\) lies outside the drawing$",
    ),
    "a stroke of intensity 42": (
        _set("visits", 0, "strokes", [{"view": "back", "points": [[5, 5]], "intensity": 42}]),
        r"visits row 1, strokes: stroke 1: A drawn stroke's intensity: .* not 42$",
    ),
    "strokes as an object": (
        _set("visits", 0, "strokes", {"view": "back"}),
        r"visits row 1, strokes: The drawing must be a list of strokes$",
    ),
    "strokes missing": (
        _set("visits", 0, "strokes", None),
        r"visits row 1, strokes: missing$",
    ),
    "a session of no patient": (
        _set("visits", 1, "patient_id", 99),
        r"visits row 2, patient_id: there is no patient 99$",
    ),
    "two sessions with one id": (_two_visits_one_id, r"visits row 2, id: \d+ is used by"),
    "a version as text": (
        _set("visits", 0, "version", "1"),
        r"visits row 1, version: '1' does not fit a INTEGER column$",
    ),
    "a version of 0": (_set("visits", 0, "version", 0), r"visits row 1, version: 0 is not 1"),
    "an answer that is not a choice": (
        _answer("onset", "maybe"),
        r"visit_intakes row 1, answers: Intake: onset: 'maybe' is not one of sudden",
    ),
    "an unknown question": (
        _answer("mood", "fine"),
        r"visit_intakes row 1, answers: Intake: unknown question 'mood'.$",
    ),
    "complete that is not": (
        _answer("onset", None),
        r"visit_intakes row 1, complete: True, but the answers are not complete$",
    ),
    "an intake from a newer PainMap": (
        _set("visit_intakes", 0, "schema_version", INTAKE_SCHEMA + 1),
        rf"visit_intakes row 1, schema_version: {INTAKE_SCHEMA + 1} is unknown$",
    ),
    "a finding that is not a choice": (
        _finding("slump", "yes"),
        r"visit_findings row 1, values: Findings: slump: 'yes'",
    ),
    "findings nested deep": (
        _deep,
        r"visit_findings row 1, values: \{'right.* does not fit a JSON column$",
    ),
    "an unknown muscle": (
        _set("visit_treatments", 0, "muscle", "biceps"),
        r"visit_treatments row 1, muscle: 'biceps' is not a known muscle$",
    ),
    "minutes out of range": (
        _set("visit_treatments", 0, "minutes", 0),
        r"visit_treatments row 1, minutes: 0 is not a whole number from 1 to 240$",
    ),
    "a number too big for a column": (
        _set("visit_treatments", 0, "minutes", 10**30),
        r"visit_treatments row 1, minutes: 1000000000000000000000000000000 does not fit",
    ),
    "a treatment of no session": (
        _set("visit_treatments", 0, "visit_id", 99),
        r"visit_treatments row 1, visit_id: there is no session 99$",
    ),
}


@pytest.mark.parametrize("what", REFUSALS)
def test_a_row_the_app_would_refuse_is_refused(what, seeded, tmp_path, vocabulary):
    change, message = REFUSALS[what]
    data = _json_backup(tmp_path, seeded)
    change(data["tables"])
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(data))
    before = _snapshot(seeded)
    with pytest.raises(RestoreError, match=message) as refusal:
        restore(seeded, path, vocabulary)
    assert "\n" not in str(refusal.value) and str(refusal.value).startswith(str(path))
    assert _snapshot(seeded) == before


def test_the_unchanged_backup_restores(seeded, tmp_path, vocabulary):
    # The refusals above are each one change away from this file.
    data = _json_backup(tmp_path, seeded)
    path = tmp_path / "same.json"
    path.write_text(json.dumps(data))
    assert restore(seeded, path, vocabulary)["visit_marks"] == 11


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # a SQLite backup file
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("visit_marks SET region = 'tail'", r"visit_marks row 1, region: 'tail' is not an"),
        ("visit_marks SET qualities = 'aching'", r"visit_marks row 1 cannot be read"),  # not JSON
        ("visit_treatments SET position = 'first'", r"visit_treatments row 1, position: 'first'"),
        ("visits SET date = 'soon'", r"visits row 1 cannot be read"),
        (
            """visits SET strokes = '[{"view": "side", "points": [[1, 1]]}]'""",
            r"visits row 1, strokes: stroke 1: A drawn stroke must be on a view of the map",
        ),
    ],
)
def test_a_bad_row_in_a_sqlite_backup_is_refused(change, message, seeded, tmp_path, vocabulary):
    path = backup(seeded, tmp_path / "backup.db")
    copy = sqlite3.connect(path)
    copy.execute(f"UPDATE {change} WHERE rowid = 1")
    copy.commit()
    copy.close()
    before = _snapshot(seeded)
    with pytest.raises(RestoreError, match=message):
        restore(seeded, path, vocabulary)
    assert _snapshot(seeded) == before


def _write(path, content: bytes | str):
    if isinstance(content, str):
        path.write_text(content)
    else:
        path.write_bytes(content)
    return path


def _foreign_sqlite(path):
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    other.commit()
    other.close()
    return path


FILES = {
    "100,000-deep JSON": ("[" * 100_000 + "]" * 100_000, r"nested too deeply"),
    "a picture": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, r"not a PainMap backup"),
    "a list": ("[1, 2, 3]", r"is not a PainMap backup.$"),
    "a number of 5,000 digits": ("[" + "1" * 5000 + "]", r"neither SQLite nor JSON"),
}


@pytest.mark.parametrize("what", FILES)
def test_files_that_are_no_backup_are_refused(what, seeded, tmp_path, vocabulary):
    content, message = FILES[what]
    before = _snapshot(seeded)
    with pytest.raises(RestoreError, match=message):
        restore(seeded, _write(tmp_path / "file", content), vocabulary)
    assert _snapshot(seeded) == before


@pytest.mark.parametrize("schema", ["head", "heads", "0001@head", "@", "0002\n", 2])
def test_a_schema_that_is_not_a_revision_is_refused(schema, seeded, tmp_path, vocabulary):
    data = _json_backup(tmp_path, seeded)
    path = _write(tmp_path / "odd.json", json.dumps({**data, "schema": schema}))
    with pytest.raises(RestoreError, match=r"newer PainMap|does not say which schema") as refusal:
        restore(seeded, path, vocabulary)
    assert "\n" not in str(refusal.value)


def test_another_programs_sqlite_file_is_refused(seeded, tmp_path, vocabulary):
    before = _snapshot(seeded)
    with pytest.raises(RestoreError, match=r"damaged or not a PainMap backup \(no such table"):
        restore(seeded, _foreign_sqlite(tmp_path / "photos.db"), vocabulary)
    assert _snapshot(seeded) == before


def test_a_huge_file_is_refused_before_it_is_read(seeded, tmp_path, vocabulary):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: takes no room on disk
    with pytest.raises(
        RestoreError, match=r"536,870,913 bytes, more than the 536,870,912 a PainMap"
    ):
        restore(seeded, huge, vocabulary)
    good = backup(seeded, tmp_path / "rows.json", as_json=True)
    with pytest.raises(RestoreError, match=r"bytes, more than the 100 a PainMap backup may be.$"):
        restore(seeded, good, vocabulary, max_bytes=100)


def _sqlite_backup(tmp_path, seeded):
    assert seeded.dialect.name == "sqlite"
    return backup(seeded, tmp_path / "backup.db").read_bytes()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # a SQLite backup file
def test_a_truncated_sqlite_backup_is_refused(seeded, tmp_path, vocabulary):
    good = _sqlite_backup(tmp_path, seeded)
    before = _snapshot(seeded)
    for cut in (100, len(good) // 2, len(good) - 1):
        with pytest.raises(RestoreError, match=r"damaged|cannot be read"):
            restore(seeded, _write(tmp_path / "cut.db", good[:cut]), vocabulary)
        assert _snapshot(seeded) == before, cut


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # a SQLite backup file
def test_bit_flips_never_end_in_a_traceback(seeded, tmp_path, vocabulary):
    """Flip one bit at many places: each restore either works or says in one line why not."""
    good = _sqlite_backup(tmp_path, seeded)
    before = _snapshot(seeded)
    refused = 0
    for place in range(16, len(good), max(1, len(good) // 40)):
        flipped = bytearray(good)
        flipped[place] ^= 1 << (place % 8)
        try:
            restore(seeded, _write(tmp_path / "flipped.db", bytes(flipped)), vocabulary)
        except RestoreError as refusal:
            assert "\n" not in str(refusal), place
            assert _snapshot(seeded) == before, place
            refused += 1
        else:
            restore(seeded, _write(tmp_path / "good.db", good), vocabulary)
    assert refused > 0


def test_the_command_line_says_one_line_and_fails(seeded, db_url, tmp_path, capsys):
    before = _snapshot(seeded)
    deep = _write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    data = _json_backup(tmp_path, seeded)
    data["tables"]["visit_marks"][0]["region"] = "tail"
    unknown = _write(tmp_path / "unknown.json", json.dumps(data))
    for path in (deep, unknown, _foreign_sqlite(tmp_path / "photos.db")):
        assert main(["--url", db_url, "restore", str(path)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("Not restored: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
    assert _snapshot(seeded) == before


def test_a_backup_from_before_the_newer_questions_restores_as_it_was(seeded, tmp_path, vocabulary):
    data = _json_backup(tmp_path, seeded)
    row = next(r for r in data["tables"]["visit_intakes"] if r["complete"])
    for question in ADDED_IN[2]:
        row["answers"].pop(question, None)
    row["schema_version"] = 1  # complete by the questions of its day
    path = tmp_path / "older.json"
    path.write_text(json.dumps(data))
    assert restore(seeded, path, vocabulary)["visit_intakes"] == len(
        data["tables"]["visit_intakes"]
    )
    row["schema_version"] = INTAKE_SCHEMA  # today's questions: the same row is not complete
    path.write_text(json.dumps(data))
    with pytest.raises(RestoreError, match=r"complete: True, but the answers are not complete"):
        restore(seeded, path, vocabulary)
