"""data/sciatica loads, and a broken file is refused with its name, row and problem."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from dashapp.domain.sciatica.data import (
    EVIDENCE_IDS,
    RED_FLAG_IDS,
    SCIATICA_DIR,
    load_sciatica_data,
)
from dashapp.domain.tables import AtlasError


def test_the_shipped_data_loads_with_every_rule_covered():
    data = load_sciatica_data()
    assert set(data.evidence) == set(EVIDENCE_IDS)
    assert set(data.red_flags) == set(RED_FLAG_IDS)
    for item in (*data.evidence.values(), *data.red_flags.values()):
        assert item.sources and all(key in data.sources for key in item.sources)
    assert "driving" in data.muscle_activities["gluteus_minimus_anterior"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "sciatica"
    shutil.copytree(SCIATICA_DIR, copy)
    return copy


def edit(path: Path, row_id: str, column: str, value: str) -> None:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    fields = list(rows[0])
    for row in rows:
        if row[fields[0]] == row_id:
            row[column] = value
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("file", "row_id", "column", "value", "message"),
    [
        (
            "evidence.csv",
            "slump",
            "direction",
            "sideways",
            r"row 9 \(id 'slump'\), column "
            r"'direction': 'sideways' is not one of nerve_root, referred_muscle",
        ),
        ("evidence.csv", "slump", "source", "", "'source': no source given"),
        ("evidence.csv", "slump", "source", "NOPE99", "unknown source key 'NOPE99'"),
        ("evidence.csv", "slump", "weight", "heavy", "'weight': 'heavy' is not a number"),
        ("evidence.csv", "slump", "weight", "9", "weight 9 is outside 0-3"),
        ("evidence.csv", "slump", "confidence", "sure", "'confidence': 'sure' is not one of"),
        ("evidence.csv", "slump", "patient_text", "In your {muscle}.", "unknown blank"),
        ("evidence.csv", "slump", "therapist_text", "", "'therapist_text': is empty"),
        ("evidence.csv", "slump", "id", "slumped", "missing evidence item"),
        ("evidence.csv", "slump", "id", "cluster", "duplicate evidence id"),
        ("evidence.csv", "cluster", "direction", "referred_muscle", "must have direction"),
        ("red_flags.csv", "weight_loss", "urgency", "soon", "'urgency': 'soon' is not one of now"),
        ("red_flags.csv", "weight_loss", "source", "", "no source given"),
        (
            "red_flags.csv",
            "weight_loss",
            "id",
            "weight_gain",
            r"missing red flag\(s\): weight_loss",
        ),
        ("sources.csv", "KONST12", "key", "ADEL15", "already in the atlas sources"),
    ],
)
def test_broken_files_are_refused_naming_file_row_and_problem(
    folder, file, row_id, column, value, message
):
    edit(folder / file, row_id, column, value)
    with pytest.raises(AtlasError, match=message) as caught:
        load_sciatica_data(folder)
    assert file in str(caught.value)


def test_a_row_no_rule_uses_is_refused(folder):
    with (folder / "red_flags.csv").open("a", encoding="utf-8") as fh:
        fh.write("hiccups,other,Do you have hiccups?,Please rest.,Hiccups.,days,AHCPR,low\n")
    with pytest.raises(AtlasError, match="unknown red flag\\(s\\) no rule uses: hiccups"):
        load_sciatica_data(folder)


def test_a_missing_column_is_refused(folder):
    path = folder / "red_flags.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",urgency,", ",speed,", 1))
    with pytest.raises(AtlasError, match="red_flags.csv: header: missing column"):
        load_sciatica_data(folder)


def test_a_missing_file_is_refused(folder):
    (folder / "evidence.csv").unlink()
    with pytest.raises(AtlasError, match="evidence.csv: file not found"):
        load_sciatica_data(folder)
