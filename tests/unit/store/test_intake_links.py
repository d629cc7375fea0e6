"""Intake links: kept hashed, single-use, expiring, withdrawable, and silent about records."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from dashapp.domain.chart import Mark, PainChart
from dashapp.store import (
    InvalidInput,
    NotFound,
    archive_patient,
    create_patient,
    get_visit,
    list_visits,
    visit_chart,
)
from dashapp.store.intake_links import (
    FROM_PATIENT,
    UNUSABLE,
    create_link,
    revoke_link,
    send_by_link,
    token_hash,
    usable_link,
)
from dashapp.store.models import IntakeLink, Visit, utcnow

SENT = PainChart((Mark("left_shin", 6, ("burning",)),), ("sitting",)).with_strokes(
    [{"view": "front", "points": [[120, 610], [121, 640]], "width": 12, "intensity": 6}]
)
ANSWERS = {"onset": "sudden"}


@pytest.fixture
def patient_id(Session):
    with Session.begin() as session:
        return create_patient(session, "Pat Phone").id


def made(Session, patient_id, **options) -> tuple[int, str]:  # noqa: N803
    with Session.begin() as session:
        link, token = create_link(session, patient_id, **options)
        return link.id, token


def send(Session, token, **options):  # noqa: N803
    with Session.begin() as session:
        return send_by_link(
            session, token, chart=SENT, intake=ANSWERS, known=options.pop("known"), **options
        ).id


def visits(Session) -> int:  # noqa: N803
    with Session() as session:
        return session.scalar(select(func.count()).select_from(Visit))


def test_only_the_tokens_hash_is_kept(Session, patient_id):
    link_id, token = made(Session, patient_id, author="tom")
    with Session() as session:
        link = session.get(IntakeLink, link_id)
        assert link.token_hash == token_hash(token) and token not in link.token_hash
        assert len(token) >= 40
        assert link.expires_at - link.created_at == timedelta(hours=24)
        assert link.created_by == "tom"


def test_a_sent_intake_arrives_as_a_session_from_the_patient(Session, patient_id, vocabulary):
    link_id, token = made(Session, patient_id)
    visit_id = send(Session, token, known=vocabulary)
    with Session() as session:
        visit = get_visit(session, visit_id)
        assert visit.patient_id == patient_id and visit.updated_by == FROM_PATIENT
        assert visit_chart(visit, vocabulary) == SENT
        assert visit.intake.answers == ANSWERS
        link = session.get(IntakeLink, link_id)
        assert link.visit_id == visit_id and link.used_at is not None


def test_a_link_works_once(Session, patient_id, vocabulary):
    _, token = made(Session, patient_id)
    send(Session, token, known=vocabulary)
    with pytest.raises(NotFound, match=UNUSABLE):
        send(Session, token, known=vocabulary)
    with Session() as session:
        assert len(list_visits(session, patient_id)) == 1


def test_an_expired_or_withdrawn_link_sends_nothing(Session, patient_id, vocabulary):
    _, old = made(Session, patient_id, hours=1, now=utcnow() - timedelta(hours=2))
    withdrawn_id, withdrawn = made(Session, patient_id)
    with Session.begin() as session:
        revoke_link(session, patient_id, withdrawn_id)
    for token in (old, withdrawn):
        with pytest.raises(NotFound, match=UNUSABLE):
            send(Session, token, known=vocabulary)
    assert visits(Session) == 0


@pytest.mark.parametrize("token", ["", "x" * 43, None, 42, "y" * 500])
def test_any_other_token_gets_the_same_answer(Session, patient_id, token):
    made(Session, patient_id)
    with Session() as session, pytest.raises(NotFound) as refused:
        usable_link(session, token)
    assert str(refused.value) == UNUSABLE


def test_bad_input_leaves_the_link_usable(Session, patient_id, vocabulary):
    _, token = made(Session, patient_id)
    for chart, intake in (
        (PainChart((Mark("nowhere", 3),)), ANSWERS),
        (SENT, {"onset": "yesterday"}),
        (PainChart(), {}),
    ):
        with pytest.raises(InvalidInput), Session.begin() as session:
            send_by_link(session, token, chart=chart, intake=intake, known=vocabulary)
    with Session() as session:
        assert usable_link(session, token).used_at is None
    assert visits(Session) == 0


def test_links_are_refused_for_archived_patients_and_odd_lifetimes(Session, patient_id):
    for hours in (0, 24 * 7 + 1, True, "24"):
        with pytest.raises(InvalidInput), Session.begin() as session:
            create_link(session, patient_id, hours=hours)
    with Session.begin() as session:
        archive_patient(session, patient_id)
    with pytest.raises(InvalidInput, match="archived"), Session.begin() as session:
        create_link(session, patient_id)
    with pytest.raises(NotFound), Session.begin() as session:
        create_link(session, 999)


def test_a_link_is_withdrawn_only_by_its_own_patient(Session, patient_id):
    link_id, _ = made(Session, patient_id)
    with Session.begin() as session:
        other = create_patient(session, "Someone Else").id
    with pytest.raises(NotFound), Session.begin() as session:
        revoke_link(session, other, link_id)
    with Session() as session:
        assert session.get(IntakeLink, link_id).revoked_at is None
