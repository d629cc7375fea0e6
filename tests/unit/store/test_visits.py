"""Visits: start from the previous map, save with optimistic concurrency, refuse bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event

from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.clock import time_text, zone
from dashapp.store import (
    ConflictError,
    InvalidInput,
    NotFound,
    archive_patient,
    create_patient,
    create_visit,
    get_visit,
    list_visits,
    patient_course,
    save_visit,
    visit_chart,
)
from dashapp.store.models import INTAKE_SCHEMA

CHART = PainChart(
    (
        Mark("right_thigh_outer_upper", 7, ("shooting", "aching")),
        Mark("right_calf_outer", None),
    ),
    ("sitting", "driving"),
)
TREATMENTS = [
    {"technique": "ischemic_compression", "muscle": "gluteus_minimus_anterior"}
    | {"side": "right", "minutes": 10},
]


@pytest.fixture
def visit(Session, vocabulary):
    """A saved first session: (patient id, visit id)."""
    with Session.begin() as session:
        patient = create_patient(session, "Ann")
        first = create_visit(session, patient.id, date(2025, 3, 1))
        save_visit(
            session,
            first.id,
            1,
            chart=CHART,
            treatments=TREATMENTS,
            notes="First",
            known=vocabulary,
        )
        return patient.id, first.id


def test_a_saved_visit_comes_back_whole(Session, visit, vocabulary):
    _, visit_id = visit
    with Session() as session:
        loaded = get_visit(session, visit_id)
    assert loaded.version == 2
    chart = visit_chart(loaded, vocabulary)
    assert chart.marks[0].qualities == ("shooting", "aching")  # the vocabulary's order
    assert chart == CHART
    assert [(t.technique, t.minutes) for t in loaded.treatments] == [("ischemic_compression", 10)]
    assert loaded.notes == "First"
    assert loaded.intake is None and loaded.findings is None


def test_a_new_visit_starts_from_a_copy_of_the_previous_map(Session, visit, vocabulary):
    patient_id, first_id = visit
    with Session.begin() as session:
        second = create_visit(session, patient_id, date(2025, 3, 15))
        blank = create_visit(session, patient_id, date(2025, 3, 29), copy_previous=False)
    with Session() as session:
        copied = get_visit(session, second.id)
        assert visit_chart(copied, vocabulary) == CHART
        assert copied.version == 1 and copied.treatments == [] and copied.notes == ""
        assert visit_chart(get_visit(session, blank.id), vocabulary).marks == ()
        assert [v.id for v in list_visits(session, patient_id)] == [first_id, second.id, blank.id]


def test_editing_the_copy_leaves_the_previous_visit_alone(Session, visit, vocabulary):
    patient_id, first_id = visit
    with Session.begin() as session:
        second = create_visit(session, patient_id, date(2025, 3, 15))
        save_visit(session, second.id, 1, chart=PainChart(), known=vocabulary)
    with Session() as session:
        assert visit_chart(get_visit(session, first_id), vocabulary) == CHART


def test_the_timeline_is_in_date_order(Session):
    with Session.begin() as session:
        patient = create_patient(session, "Ann")
        later = create_visit(session, patient.id, date(2025, 5, 1))
        earlier = create_visit(session, patient.id, date(2025, 4, 1))
    with Session() as session:
        assert [v.id for v in list_visits(session, patient.id)] == [earlier.id, later.id]


def test_archived_patients_get_no_new_visits(Session):
    with Session.begin() as session:
        patient = create_patient(session, "Ann")
        archive_patient(session, patient.id)
    with pytest.raises(InvalidInput, match="archived"), Session.begin() as session:
        create_visit(session, patient.id)


def test_saving_with_the_loaded_version_bumps_it(Session, visit, vocabulary):
    _, visit_id = visit
    with Session.begin() as session:
        saved = save_visit(session, visit_id, 2, notes="Better", author="Sam", known=vocabulary)
        assert saved.version == 3
    with Session() as session:
        loaded = get_visit(session, visit_id)
        assert (loaded.version, loaded.notes, loaded.updated_by) == (3, "Better", "Sam")
        assert loaded.last_change == "notes"
        assert visit_chart(loaded, vocabulary) == CHART  # parts not given are left as they were


def test_saving_the_same_map_with_new_notes_leaves_the_mark_rows_alone(
    Session, engine, visit, vocabulary
):
    _, visit_id = visit
    statements = []

    def seen(_connection, _cursor, statement, *_):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        with Session.begin() as session:
            saved = save_visit(session, visit_id, 2, chart=CHART, notes="Typed", known=vocabulary)
            assert (saved.version, saved.last_change) == (3, "notes")
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    writes = [s for s in statements if s.lstrip().upper().startswith(("INSERT", "DELETE"))]
    assert writes == []  # the marks are neither deleted nor added again
    with Session() as session:
        loaded = get_visit(session, visit_id)
        assert (visit_chart(loaded, vocabulary), loaded.notes) == (CHART, "Typed")


def test_a_stale_save_raises_a_conflict_and_writes_nothing(Session, visit, vocabulary):
    _, visit_id = visit
    with Session() as mine:
        loaded = get_visit(mine, visit_id)
    with Session.begin() as theirs:
        save_visit(theirs, visit_id, loaded.version, notes="Theirs", author="Sam", known=vocabulary)
    with pytest.raises(ConflictError) as conflict, Session.begin() as session:
        save_visit(session, visit_id, loaded.version, notes="Mine", chart=CHART, known=vocabulary)
    message = str(conflict.value)
    assert "changed elsewhere at" in message and "by Sam" in message and "(notes)" in message
    assert conflict.value.current_version == loaded.version + 1
    with Session() as session:
        again = get_visit(session, visit_id)
        assert (again.version, again.notes) == (loaded.version + 1, "Theirs")


def test_intake_and_findings_keep_partial_answers(Session, visit, vocabulary):
    _, visit_id = visit
    with Session.begin() as session:
        saved = save_visit(
            session,
            visit_id,
            2,
            intake={"onset": "gradual", "saddle_numbness": "no", "night_pain": ""},
            findings={"right.slr_angle": 70, "right.slr_leg_pain": "no", "slump": ""},
            known=vocabulary,
        )
    assert saved.intake.answers == {"onset": "gradual", "saddle_numbness": "no"}
    assert not saved.intake.complete and saved.intake.schema_version == INTAKE_SCHEMA
    assert saved.findings.values == {"right.slr_angle": 70, "right.slr_leg_pain": "no"}


def test_complete_intake_is_marked_complete(Session, visit, vocabulary):
    from dashapp.store.demo import INTAKE

    _, visit_id = visit
    with Session.begin() as session:
        assert save_visit(session, visit_id, 2, intake=INTAKE, known=vocabulary).intake.complete


BAD = [
    ({"chart": replace(CHART, marks=(Mark("tail", 3),))}, "Mark 1: 'tail' is not an area"),
    ({"chart": replace(CHART, marks=(Mark("right_shin", 42),))}, r"Mark 1 \(right_shin\).*0 to 10"),
    ({"chart": replace(CHART, marks=(Mark("right_shin", None, ("itchy",)),))}, "itchy"),
    ({"chart": replace(CHART, marks=CHART.marks * 2)}, "Mark 3: .* twice"),
    ({"chart": CHART.to_json()}, "must be a PainChart"),
    ({"chart": replace(CHART, activities=("juggling",))}, "Unknown activity: juggling"),
    ({"treatments": [{**TREATMENTS[0], "technique": "reiki"}]}, "technique"),
    ({"treatments": [{**TREATMENTS[0], "muscle": "heart"}]}, "muscle"),
    ({"treatments": [{**TREATMENTS[0], "minutes": 0}]}, "1 to 240"),
    ({"treatments": [{**TREATMENTS[0], "minutes": 241}]}, "1 to 240"),
    ({"treatments": [{**TREATMENTS[0], "side": "up"}]}, "side"),
    ({"intake": {"onset": "yesterday"}}, "onset"),
    ({"intake": {"favourite_colour": "blue"}}, "unknown question"),
    ({"findings": {"right.slr_angle": 120}}, "slr_angle"),
    ({"findings": {"middle.slr_angle": 20}}, "side"),
    ({"notes": 42}, "text"),
]


@pytest.mark.parametrize("bad, message", BAD)
def test_bad_input_is_refused_and_writes_nothing(Session, visit, bad, message, vocabulary):
    _, visit_id = visit
    with pytest.raises(InvalidInput, match=message), Session.begin() as session:
        # a good part next to the bad one is not saved either
        save_visit(session, visit_id, 2, **{"notes": "Changed", **bad}, known=vocabulary)
    with Session() as session:
        loaded = get_visit(session, visit_id)
        assert (loaded.version, loaded.notes, visit_chart(loaded, vocabulary)) == (
            2,
            "First",
            CHART,
        )
        assert len(loaded.treatments) == 1


def test_the_trigger_point_is_one_of_the_vocabulary_muscles(Session, visit, vocabulary):
    fewer = replace(vocabulary, muscles=vocabulary.muscles - {"piriformis"})
    findings = {"trigger_point": "piriformis"}
    refused = "trigger_point: 'piriformis' is not one of"
    with pytest.raises(InvalidInput, match=refused), Session.begin() as session:
        save_visit(session, visit[1], 2, findings=findings, known=fewer)
    with Session.begin() as session:
        saved = save_visit(session, visit[1], 2, findings=findings, known=vocabulary)
        assert saved.findings.values == findings


def test_invalid_input_is_a_value_error(Session, visit, vocabulary):
    with pytest.raises(ValueError), Session.begin() as session:
        save_visit(
            session, visit[1], 2, treatments=[{**TREATMENTS[0], "minutes": 0}], known=vocabulary
        )


def test_unknown_visit(Session):
    with pytest.raises(NotFound), Session() as session:
        get_visit(session, 999)


def test_the_course_comes_back_as_domain_sessions(Session, visit, vocabulary):
    patient_id, _ = visit
    with Session() as session:
        course = patient_course(session, patient_id, vocabulary)
    assert course.patient == {
        "name": "Ann", "reference": None, "date_of_birth": None, "birth_year": None,
        "notes": "", "archived": False,
    }  # fmt: skip
    (first,) = course.sessions
    assert (first.date, first.chart, first.notes) == (date(2025, 3, 1), CHART, "First")
    assert [t.minutes for t in first.treatments] == [10]


def test_a_conflict_says_when_in_the_readers_zone(Session, visit, vocabulary):
    _, visit_id = visit
    with Session() as mine:
        loaded = get_visit(mine, visit_id)
    with Session.begin() as theirs:
        save_visit(theirs, visit_id, loaded.version, notes="Theirs", known=vocabulary)
    with pytest.raises(ConflictError) as conflict, Session.begin() as session:
        save_visit(session, visit_id, loaded.version, notes="Mine", known=vocabulary)
    paris = zone("Europe/Paris")
    expected = time_text(conflict.value.changed_at, paris)
    assert f"changed elsewhere at {expected} (notes)." in conflict.value.said(paris)
    assert expected.endswith(("CET", "CEST"))
    assert str(conflict.value).startswith("This session was changed elsewhere at ")
    assert " UTC (notes)." in str(conflict.value)
