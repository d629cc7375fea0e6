"""data/roots/sources.csv: every source key the nerve-root layer uses is spelled out."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from dashapp.domain.body.dermatomes import (
    DERMATOMES_FILE,
    ROOTS_FILE,
    SENSORY_POINTS_FILE,
    load_dermatomes,
    load_roots,
    load_sensory_points,
)
from dashapp.domain.body.root_sources import (
    ROOT_SOURCES_FILE,
    RootsError,
    check_cited,
    load_root_sources,
    source_keys,
)

SCIATICA_SOURCES = ROOT_SOURCES_FILE.parents[1] / "sciatica" / "sources.csv"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_source_keys_split_and_trim():
    assert source_keys("GPN; BROM;;LEE08") == ("GPN", "BROM", "LEE08")
    assert source_keys("") == ()


@pytest.mark.parametrize("data", [ROOTS_FILE, DERMATOMES_FILE, SENSORY_POINTS_FILE])
def test_every_key_the_shipped_files_use_is_cited(data):
    citations = load_root_sources()
    used = {k for row in _rows(data) for k in source_keys(row["source"])}
    assert used, data
    assert used <= set(citations), sorted(used - set(citations))


def test_the_shipped_roots_dermatomes_and_key_points_pass_the_check():
    citations = load_root_sources()
    check_cited(ROOTS_FILE, load_roots(), citations)
    check_cited(DERMATOMES_FILE, load_dermatomes(), citations)
    check_cited(SENSORY_POINTS_FILE, load_sensory_points(), citations)


def test_a_key_shared_with_the_sciatica_sources_has_the_same_wording():
    ours = load_root_sources()
    theirs = {r["key"]: r["citation"] for r in _rows(SCIATICA_SOURCES)}
    shared = ours.keys() & theirs.keys()
    assert shared
    assert {k: ours[k] for k in shared} == {k: theirs[k] for k in shared}


def test_a_roots_row_whose_key_has_no_citation_is_refused(tmp_path):
    shutil.copy(ROOT_SOURCES_FILE, tmp_path / "sources.csv")
    rows = [
        r | {"source": r["source"] + ";NOPE99"} if r["root"] == "S1" else r
        for r in _rows(ROOTS_FILE)
    ]
    path = _write(tmp_path / "roots.csv", rows)
    with pytest.raises(
        RootsError,
        match=re.escape("roots.csv: row 6 ('S1'): source key 'NOPE99' has no citation"),
    ):
        load_roots(path)


def test_a_roots_key_dropped_from_the_sources_is_refused(tmp_path):
    sources = [r for r in _rows(ROOT_SOURCES_FILE) if r["key"] != "ELEARN"]
    _write(tmp_path / "sources.csv", sources)
    shutil.copy(ROOTS_FILE, tmp_path / "roots.csv")
    with pytest.raises(RootsError, match=r"row 3 \('L3'\): source key 'ELEARN' has no citation"):
        load_roots(tmp_path / "roots.csv")


def test_a_dermatome_row_whose_key_has_no_citation_is_named():
    citations = {k: v for k, v in load_root_sources().items() if k != "GRANT62"}
    rows = _rows(DERMATOMES_FILE)
    n, first = next((n, r) for n, r in enumerate(rows, 1) if "GRANT62" in r["source"].split(";"))
    with pytest.raises(RootsError, match=re.escape(f"dermatomes.csv: row {n} ('{first['id']}')")):
        check_cited(DERMATOMES_FILE, load_dermatomes(), citations)


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            lambda rows: rows + [rows[0]],
            f"row {len(_rows(ROOT_SOURCES_FILE)) + 1}: duplicate key 'GPN'",
        ),
        (
            lambda rows: [rows[0] | {"citation": ""}, *rows[1:]],
            "row 1: key 'GPN' has an empty citation",
        ),
        (lambda rows: [rows[0] | {"key": ""}, *rows[1:]], "row 1: empty key"),
    ],
)
def test_a_broken_sources_file_is_named(tmp_path, edit, problem):
    path = _write(tmp_path / "sources.csv", edit(_rows(ROOT_SOURCES_FILE)))
    with pytest.raises(RootsError, match=re.escape(f"sources.csv: {problem}")):
        load_root_sources(path)


def test_a_missing_sources_file_is_named(tmp_path):
    shutil.copy(ROOTS_FILE, tmp_path / "roots.csv")
    with pytest.raises(RootsError, match=r"sources\.csv: file not found"):
        load_roots(tmp_path / "roots.csv")
