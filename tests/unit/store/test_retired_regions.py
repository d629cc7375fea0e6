"""Marks saved on a region the map has since cut (migration 0007): a database or a backup
from before the cut loads with the mark on each part, same intensity and qualities, in the
marking order, covering the same area."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert

from dashapp.domain.body.geometry import load_surface_regions
from dashapp.domain.body.retired import load_retired
from dashapp.store import create_patient, create_visit, get_visit, visit_session
from dashapp.store.backup import restore
from dashapp.store.db import downgrade, session_factory, upgrade
from dashapp.store.models import VisitMark
from tests.unit.store.older import json_backup_as_of, written_json

MIGRATION = Path(__file__).parents[3] / "migrations" / "versions" / "0007_split_upper_regions.py"
AREAS = {r.id: r.area for r in load_surface_regions()}
OLD = [  # (region, intensity, qualities) as a chart from before the cut stored them
    ("right_palm", 6, ["burning"]),
    ("sacrum", 2, []),
    ("left_neck_back", None, ["aching"]),
]
OLD_AREA = 2116.0 + 1516.0  # right_palm and left_neck_back as the map drew them
PARTS = ["right_thumb_front", "right_hand_palm", "sacrum", "left_neck_side_back", "left_nape"]


def _old_visit(engine) -> int:
    """A visit whose marks name retired regions, written straight into the table."""
    with session_factory(engine).begin() as session:
        visit = create_visit(session, create_patient(session, "Old").id, date(2025, 5, 1)).id
    with engine.begin() as connection:
        connection.execute(
            insert(VisitMark.__table__),
            [
                {"visit_id": visit, "region": r, "position": n, "intensity": i, "qualities": q}
                for n, (r, i, q) in enumerate(OLD)
            ],
        )
    return visit


def _check(engine, visit_id, vocabulary) -> None:
    with session_factory(engine)() as session:
        marks = visit_session(get_visit(session, visit_id), vocabulary).chart.marks
    assert [m.region for m in marks] == PARTS
    assert [(m.intensity, m.qualities) for m in marks] == [
        (6, ("burning",)), (6, ("burning",)), (2, ()), (None, ("aching",)), (None, ("aching",))
    ]  # fmt: skip
    painted = sum(AREAS[m.region] for m in marks if m.region != "sacrum")
    assert painted == pytest.approx(OLD_AREA, rel=0.002)


def test_a_chart_saved_before_the_cut_loads_on_the_parts_after_the_migration(engine, vocabulary):
    downgrade(engine, "0006")
    visit = _old_visit(engine)
    upgrade(engine)
    _check(engine, visit, vocabulary)


def test_a_json_backup_from_before_the_cut_restores_on_the_parts(engine, tmp_path, vocabulary):
    visit = _old_visit(engine)
    data = json_backup_as_of(engine, tmp_path, "0006")  # its columns are those of 0006
    restore(engine, written_json(tmp_path / "older.json", data), vocabulary)
    _check(engine, visit, vocabulary)


def test_the_migration_splits_regions_as_the_shipped_table_does():
    spec = importlib.util.spec_from_file_location("migration_0007", MIGRATION)
    frozen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(frozen)
    shipped = load_retired(regions=AREAS)
    assert {old: shipped[old] for old in frozen.RETIRED} == frozen.RETIRED
