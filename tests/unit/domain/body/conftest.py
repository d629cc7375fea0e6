"""The shipped body: views, regions and dermatomes, loaded once for the body tests, and a helper
that writes an edited copy of a shipped file for the tests of broken files."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from dashapp.domain.body.dermatome_fit import dermatome_overlaps
from dashapp.domain.body.dermatomes import load_dermatomes
from dashapp.domain.body.geometry import load_surface_regions, load_views

Rows = list[dict[str, str]]


# The shipped geometry is read-only reference data, so one load serves every test.
@pytest.fixture(scope="session")
def views():
    return load_views()


@pytest.fixture(scope="session")
def regions(views):
    return load_surface_regions(views=views)


@pytest.fixture(scope="session")
def dermatomes(views):
    return load_dermatomes(views=views)


@pytest.fixture(scope="session")
def overlaps(dermatomes, regions):
    """Dermatome id -> the regions it covers and by how much."""
    return dermatome_overlaps(dermatomes, regions)


def edited_copy(tmp_path: Path, source: Path, edit: Callable[[Rows], Rows]) -> Path:
    """A copy of the CSV file `source` in `tmp_path`, under the same name, with its rows edited."""
    with source.open(newline="", encoding="utf-8") as fh:
        rows = edit(list(csv.DictReader(fh)))
    path = tmp_path / source.name
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path
