"""A session's freehand drawing: kept in order, a change of the map, checked, and older
databases (no drawing) still load."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import insert, select, update

from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.drawing import Stroke
from dashapp.store import (
    ConflictError,
    InvalidInput,
    RestoreError,
    create_patient,
    create_visit,
    get_visit,
    patient_course,
    save_visit,
    visit_chart,
)
from dashapp.store.backup import backup, restore, tables
from dashapp.store.db import downgrade, init_db, session_factory, upgrade
from dashapp.store.models import Visit, VisitMark, utcnow
from tests.unit.store.older import (
    json_backup_as_of,
    old_patient,
    old_visits,
    sqlite_backup_as_of,
    written_json,
)

DRAWING = PainChart(
    (Mark("right_thigh_outer_upper", 7, ("shooting",)),),
    ("sitting",),
).with_strokes(
    [
        {"view": "back", "points": [[250.5, 420.25], [262, 480], [250.5, 420.25]]}
        | {"width": 24, "intensity": 7, "qualities": ["shooting", "burning"]},
        {"view": "back", "tool": "eraser", "width": 6, "points": [[255, 440]]},
        {"view": "front", "points": [[120, 610]], "width": 2.5, "intensity": None},
    ]
)


@pytest.fixture
def visit(Session, vocabulary):
    """A saved session with a drawing: (patient id, visit id, version)."""
    with Session.begin() as session:
        patient = create_patient(session, "Ann")
        first = create_visit(session, patient.id, date(2025, 3, 1))
        saved = save_visit(session, first.id, 1, chart=DRAWING, known=vocabulary)
        return patient.id, first.id, saved.version


def test_the_strokes_come_back_in_the_order_drawn(Session, visit, vocabulary):
    _, visit_id, _ = visit
    with Session() as session:
        chart = visit_chart(get_visit(session, visit_id), vocabulary)
    assert chart == DRAWING
    assert [s.tool for s in chart.strokes] == ["brush", "eraser", "brush"]
    assert chart.strokes[0].points[0] == (250.5, 420.2)  # kept to a tenth of a unit
    assert chart.to_json() == DRAWING.to_json()


def test_a_changed_drawing_is_a_change_of_the_map(Session, visit, vocabulary):
    _, visit_id, version = visit
    fewer = replace(DRAWING, strokes=DRAWING.strokes[:1])
    with Session.begin() as session:
        saved = save_visit(session, visit_id, version, chart=fewer, known=vocabulary)
        assert saved.last_change == "map"
    with Session.begin() as session:
        again = save_visit(session, visit_id, version + 1, chart=fewer, known=vocabulary)
        assert again.last_change == "nothing"
    with Session() as session:
        assert visit_chart(get_visit(session, visit_id), vocabulary).strokes == fewer.strokes


def test_a_drawing_saved_over_a_newer_version_is_a_conflict(Session, visit, vocabulary):
    _, visit_id, version = visit
    with Session.begin() as session:
        save_visit(session, visit_id, version, chart=PainChart(), known=vocabulary)
    with pytest.raises(ConflictError) as conflict, Session.begin() as session:
        save_visit(session, visit_id, version, chart=DRAWING, known=vocabulary)
    assert conflict.value.changed_what == "map"
    with Session() as session:
        assert visit_chart(get_visit(session, visit_id), vocabulary).strokes == ()


def test_a_new_session_starts_with_the_previous_drawing(Session, visit, vocabulary):
    patient_id, _, _ = visit
    with Session.begin() as session:
        second = create_visit(session, patient_id, date(2025, 3, 15))
        blank = create_visit(session, patient_id, date(2025, 3, 29), copy_previous=False)
    with Session() as session:
        assert visit_chart(get_visit(session, second.id), vocabulary).strokes == DRAWING.strokes
        assert visit_chart(get_visit(session, blank.id), vocabulary).strokes == ()
        course = patient_course(session, patient_id, vocabulary)
    assert course.sessions[0].chart.strokes == DRAWING.strokes


@pytest.mark.parametrize(
    "stroke, words",
    [
        (Stroke("front", ((120.0, 610.0),), 12.0, "brush", 42), r"^Stroke 2: .*not 42\.$"),
        (Stroke("side", ((120.0, 610.0),)), r"^Stroke 2: .*view of the map, not 'side'\.$"),
        (Stroke("front", ((120.0, 1610.0),)), r"^Stroke 2: The point \(120, 1610\) lies"),
        (
            Stroke("front", ((float("nan"), 1.0),)),
            r"^Stroke 2: Each point .* two numbers, x and y\.$",
        ),
        (Stroke("front", ((1.0, 1.0),), 0.5), r"^Stroke 2: A brush must be 2 to 60 units"),
        (Stroke("front", ((1.0, 1.0),), qualities=("stabbing",)), "Unknown pain quality"),
    ],
)
def test_a_bad_stroke_is_refused_naming_it_and_nothing_is_written(
    Session, visit, vocabulary, stroke, words
):
    _, visit_id, version = visit
    bad = replace(DRAWING, strokes=(DRAWING.strokes[0], stroke))
    with pytest.raises(InvalidInput, match=words), Session.begin() as session:
        save_visit(session, visit_id, version, chart=bad, known=vocabulary)
    with Session() as session:
        loaded = get_visit(session, visit_id)
        assert loaded.version == version
        assert visit_chart(loaded, vocabulary) == DRAWING


def test_an_unreadable_stored_stroke_is_left_out(Session, visit, vocabulary):
    _, visit_id, _ = visit
    kept = DRAWING.strokes[0].to_json()
    with Session.begin() as session:
        session.execute(
            update(Visit).where(Visit.id == visit_id).values(strokes=[kept, {"view": "?"}, 7])
        )
    with Session() as session:
        chart = visit_chart(get_visit(session, visit_id), vocabulary)
    assert chart.strokes == DRAWING.strokes[:1] and chart.marks == DRAWING.marks


def test_a_database_from_before_drawings_loads_and_upgrades(engine, Session, vocabulary):
    downgrade(engine, "0003")
    now = utcnow()
    with engine.begin() as connection:
        patient = old_patient(connection, now)
        row = {"patient_id": patient, "date": date(2024, 1, 2), "version": 1, "notes": ""}
        row |= {"activities": ["sitting"], "created_at": now, "updated_at": now}
        # The visits table as schema 0003 had it: every column but the drawing (and the
        # stretches handed out, added later still).
        old = old_visits("strokes", "stretches")
        assert set(row) == set(old.c.keys()) - {"id", "updated_by", "last_change"}
        connection.execute(insert(old).values(row))
        visit_id = connection.execute(select(old.c.id)).scalar_one()
        mark = {"visit_id": visit_id, "region": "sacrum", "position": 0, "intensity": 4}
        connection.execute(insert(VisitMark.__table__).values(mark | {"qualities": []}))
    upgrade(engine)
    with Session.begin() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.strokes == []
        loaded = visit_chart(get_visit(session, visit.id), vocabulary)
        assert loaded == PainChart((Mark("sacrum", 4),), ("sitting",))  # the marks stay
        save_visit(session, visit.id, 1, chart=DRAWING, known=vocabulary)
    with Session() as session:
        assert visit_chart(get_visit(session, visit.id), vocabulary) == DRAWING


def _snapshot(engine) -> dict:
    with engine.connect() as connection:
        return {
            t.name: sorted(map(tuple, connection.execute(t.select()).all()), key=repr)
            for t in tables()
        }


@pytest.mark.parametrize("as_json", [False, True])
def test_a_backup_keeps_the_drawing(engine, visit, tmp_path, vocabulary, as_json):
    before = _snapshot(engine)
    path = backup(engine, tmp_path / "painmap.backup", as_json=as_json)
    fresh = init_db(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        restore(fresh, path, vocabulary)
        assert _snapshot(fresh) == before
        with session_factory(fresh)() as session:
            assert visit_chart(get_visit(session, visit[1]), vocabulary) == DRAWING
    finally:
        fresh.dispose()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # a SQLite backup file
def test_a_sqlite_backup_from_before_drawings_restores(engine, visit, tmp_path, vocabulary):
    path = sqlite_backup_as_of(engine, tmp_path / "old.db", "0003")
    restore(engine, path, vocabulary)
    with session_factory(engine)() as session:
        chart = visit_chart(get_visit(session, visit[1]), vocabulary)
    assert chart.strokes == () and chart.marks == DRAWING.marks


def _older_json_backup(engine, tmp_path) -> dict:
    """A JSON backup as a PainMap before drawings wrote it (the stretches came later still)."""
    return json_backup_as_of(engine, tmp_path, "0003", "strokes", "stretches")


def test_a_json_backup_from_before_drawings_restores(engine, visit, tmp_path, vocabulary):
    data = _older_json_backup(engine, tmp_path)
    before = _snapshot(engine)
    path = written_json(tmp_path / "older.json", data)
    restore(engine, path, vocabulary)
    after = _snapshot(engine)
    assert after["visit_marks"] == before["visit_marks"] and after["patients"] == before["patients"]
    with session_factory(engine)() as session:
        restored = get_visit(session, visit[1])
        assert restored.strokes == [] and restored.created_at.tzinfo is not None
        assert visit_chart(restored, vocabulary) == replace(DRAWING, strokes=())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tables"]["visits"][0].update(strokes=[]), r"visits row 1 does not have"),
        (lambda d: d["tables"].pop("visit_marks"), r"does not hold the tables of schema 0003"),
        (lambda d: d["tables"]["visits"][0].update(date="soon"), r"visits row 1 cannot be read"),
        (lambda d: d["tables"]["visits"][0].update(patient_id=99), r"cannot be read as a Pain"),
        (
            lambda d: d["tables"]["visit_marks"][0].update(intensity=42),
            r"cannot be read as a PainMap backup",  # the schema's own check constraint
        ),
    ],
)
def test_a_bad_older_json_backup_is_refused_and_changes_nothing(
    engine, visit, tmp_path, vocabulary, change, message
):
    data = _older_json_backup(engine, tmp_path)
    change(data)
    path = written_json(tmp_path / "older.json", data)
    before = _snapshot(engine)
    with pytest.raises(RestoreError, match=message):
        restore(engine, path, vocabulary)
    assert _snapshot(engine) == before
