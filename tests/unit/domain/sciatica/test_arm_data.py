"""The arm's evidence and differential files are validated on load, naming the file."""

from __future__ import annotations

import re
import shutil

import pytest

from dashapp.domain.sciatica import load_sciatica_data
from dashapp.domain.sciatica.arm_data import load_arm_data
from dashapp.domain.sciatica.data import SCIATICA_DIR
from dashapp.domain.tables import AtlasError

SOURCES = load_sciatica_data().sources


@pytest.fixture
def folder(tmp_path):
    for name in ("arm_evidence.csv", "arm_differentials.csv"):
        shutil.copy(SCIATICA_DIR / name, tmp_path / name)
    return tmp_path


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_shipped_files_load(folder):
    assert load_arm_data(SOURCES, folder).evidence["spurling_positive"].weight == 1.0


def test_a_missing_item_is_refused_naming_the_file(folder):
    path = folder / "arm_evidence.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("rotation_under_60,")))
    with pytest.raises(AtlasError, match=r"arm_evidence\.csv.*rotation_under_60"):
        load_arm_data(SOURCES, folder)


def test_an_unknown_source_is_refused(folder):
    edit(folder / "arm_differentials.csv", ",CHANG21;PLEWA98", ",NO-SUCH-KEY;PLEWA98")
    with pytest.raises(AtlasError, match="arm_differentials.csv"):
        load_arm_data(SOURCES, folder)


def test_an_item_in_the_wrong_column_is_refused(folder):
    edit(
        folder / "arm_evidence.csv", "ultt_a_negative,referred_muscle", "ultt_a_negative,nerve_root"
    )
    with pytest.raises(AtlasError, match="ultt_a_negative"):
        load_arm_data(SOURCES, folder)


def test_every_source_a_clinical_line_names_is_among_its_sources():
    # The sources listed for the therapist (and in the PDF) come from the source column.
    shipped = load_arm_data(SOURCES)
    rows = [*shipped.evidence.items(), *shipped.differentials.items()]
    for item, row in rows:
        named = {k for k in re.findall(r"[A-Z][A-Z0-9-]*[A-Z0-9]", row.therapist_text)}
        assert named & set(SOURCES) <= set(row.sources), item
