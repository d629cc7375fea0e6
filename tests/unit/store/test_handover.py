"""A walk-in's device saved to a patient: everything arrives in one new session, or nothing
is written at all."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from dashapp.domain.chart import Mark, PainChart
from dashapp.store import (
    InvalidInput,
    NotFound,
    archive_patient,
    create_patient,
    create_visit,
    get_visit,
    list_visits,
    save_visit,
    save_walk_in,
    visit_chart,
)
from dashapp.store.handover import NOTHING_TO_SAVE, ONE_PATIENT
from dashapp.store.models import Patient, Visit

WALK_IN = PainChart(
    (
        Mark("right_thigh_outer_upper", 7, ("shooting", "burning")),
        Mark("left_shin", 3, ()),
        Mark("right_calf_back", None, ("aching",)),
    ),
    ("sitting", "walking"),
).with_strokes(
    [
        {"view": "back", "points": [[250.5, 420.25], [262, 480]], "width": 24}
        | {"intensity": 7, "qualities": ["shooting"]},
        {"view": "back", "tool": "eraser", "width": 6, "points": [[255, 440]]},
        {"view": "front", "points": [[120, 610]], "width": 2.5, "intensity": None},
    ]
)
ANSWERS = {"onset": "sudden", "weakness": ["none"]}
FINDINGS = {"slump": "negative", "right.slr_angle": 40}


def counts(Session) -> tuple[int, int]:  # noqa: N803 - the sessionmaker fixture
    with Session() as session:
        return (
            session.scalar(select(func.count()).select_from(Patient)),
            session.scalar(select(func.count()).select_from(Visit)),
        )


def test_everything_arrives_in_a_new_patients_session(Session, vocabulary):
    with Session.begin() as session:
        visit = save_walk_in(
            session,
            chart=WALK_IN,
            intake=ANSWERS,
            findings=FINDINGS,
            known=vocabulary,
            name="  Ada Able ",
            author="tom",
        )
        visit_id = visit.id
    with Session() as session:
        saved = get_visit(session, visit_id)
        assert saved.patient.display_name == "Ada Able"
        assert visit_chart(saved, vocabulary) == WALK_IN  # marks, order, activities, strokes
        assert visit_chart(saved, vocabulary).to_json() == WALK_IN.to_json()
        assert saved.intake.answers == ANSWERS
        assert saved.findings.values == FINDINGS
        assert saved.updated_by == "tom"
        assert saved.date == date.today()


def test_an_existing_patient_gets_a_new_session_holding_only_the_walk_in(Session, vocabulary):
    with Session.begin() as session:
        patient = create_patient(session, "Ben Baker")
        earlier = create_visit(session, patient.id, date(2025, 1, 2))
        other = PainChart((Mark("left_shoulder_front", 5, ()),))
        save_visit(
            session,
            earlier.id,
            1,
            chart=other,
            intake={"onset": "gradual"},
            known=vocabulary,
        )
        patient_id = patient.id
    with Session.begin() as session:
        visit_id = save_walk_in(
            session, chart=WALK_IN, intake=None, findings=None, known=vocabulary,
            patient_id=patient_id,
        ).id  # fmt: skip
    with Session() as session:
        visits = list_visits(session, patient_id)
        assert [v.id for v in visits][-1] == visit_id and len(visits) == 2
        saved = get_visit(session, visit_id)
        assert visit_chart(saved, vocabulary) == WALK_IN, "nothing copied from the earlier one"
        assert saved.intake is None and saved.findings is None


def test_answers_alone_are_worth_saving(Session, vocabulary):
    with Session.begin() as session:
        visit_id = save_walk_in(
            session, chart=PainChart(), intake=ANSWERS, findings=None, known=vocabulary, name="Cy"
        ).id
    with Session() as session:
        saved = get_visit(session, visit_id)
        assert saved.marks == [] and saved.strokes == []
        assert saved.intake.answers == ANSWERS


@pytest.mark.parametrize(
    ("who", "error", "message"),
    [
        ({"patient_id": 999}, NotFound, "There is no patient 999."),
        ({"patient_id": True}, NotFound, "There is no patient True."),
        ({"name": ""}, InvalidInput, "The patient's name must not be empty."),
        ({"name": "   "}, InvalidInput, "The patient's name must not be empty."),
        ({"name": "<b>Ada</b>"}, InvalidInput, "The patient's name must not contain < or >."),
        ({"name": "<script>alert(1)</script>"}, InvalidInput, "must not contain < or >"),
        ({"name": "x" * 201}, InvalidInput, "at most 200 characters"),
        ({}, InvalidInput, ONE_PATIENT),
        ({"patient_id": 1, "name": "Ada"}, InvalidInput, ONE_PATIENT),
    ],
)
def test_bad_patients_are_refused_and_nothing_is_written(Session, vocabulary, who, error, message):
    with Session.begin() as session:
        create_patient(session, "Someone")  # patient 1
    before = counts(Session)
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        with Session.begin() as session:
            save_walk_in(
                session, chart=WALK_IN, intake=ANSWERS, findings=FINDINGS, known=vocabulary, **who
            )
    assert counts(Session) == before


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({"chart": PainChart((Mark("no_such_area", 3),))}, "Mark 1: 'no_such_area' is not an area"),
        ({"chart": PainChart((Mark("left_shin", 11),))}, "Mark 1 \\(left_shin\\)"),
        ({"intake": {"onset": "yesterday"}}, "Intake: onset"),
        ({"intake": ["onset"]}, "The intake answers must be an object."),
        ({"findings": {"slump": "maybe"}}, "Findings:"),
        ({"chart": PainChart(), "intake": None, "findings": None}, NOTHING_TO_SAVE),
        ({"chart": PainChart(), "intake": {}, "findings": {"slump": ""}}, NOTHING_TO_SAVE),
    ],
)
def test_bad_parts_are_refused_before_a_new_patient_is_added(Session, vocabulary, parts, message):
    given = {"chart": WALK_IN, "intake": ANSWERS, "findings": FINDINGS} | parts
    with pytest.raises(InvalidInput, match=message):
        with Session.begin() as session:
            save_walk_in(session, known=vocabulary, name="Never Added", **given)
    assert counts(Session) == (0, 0)


def test_an_archived_patient_is_refused(Session, vocabulary):
    with Session.begin() as session:
        patient_id = create_patient(session, "Old Friend").id
        archive_patient(session, patient_id)
    with pytest.raises(InvalidInput, match="archived"):
        with Session.begin() as session:
            save_walk_in(
                session, chart=WALK_IN, intake=None, findings=None, known=vocabulary,
                patient_id=patient_id,
            )  # fmt: skip
    assert counts(Session) == (1, 0)
