"""POST /sessions/<id>/autosave: saves from what the tab last saw, refuses to overwrite others."""

from __future__ import annotations

import pytest

from dashapp import create_app, store
from dashapp.domain.autosave import fingerprint
from dashapp.domain.chart import Mark, PainChart


@pytest.fixture
def served(test_config):
    app = create_app(test_config)
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        visit = store.create_visit(db, store.create_patient(db, "Saved").id)
        visit_id = visit.id
    return app.server.test_client(), services, visit_id


def draft(notes: str, marks: dict | None = None) -> dict:
    marks = marks or {}
    return {
        "selected": list(marks),
        "intensities": dict(marks),
        "qualities": {region: [] for region in marks},
        "notes": notes,
    }


def held(services, visit_id: int) -> tuple[int, PainChart, str]:
    with services.db() as db:
        visit = store.get_visit(db, visit_id)
        return visit.version, store.visit_chart(visit, services.vocabulary), visit.notes


def post(client, visit_id: int, base: str, mine: dict, **extra):
    return client.post(
        f"/sessions/{visit_id}/autosave", json={"base": base, "draft": mine, **extra}
    )


def test_saves_one_after_another_from_the_returned_base(served):
    client, services, visit_id = served
    base = fingerprint(PainChart(), "")
    for notes in ("t", "ti", "tig", "tight"):
        answer = post(client, visit_id, base, draft(notes, {"left_shin": 3}))
        assert answer.status_code == 200
        assert answer.headers["Cache-Control"] == "no-store"
        base = answer.get_json()["base"]
    version, chart, notes = held(services, visit_id)
    assert (version, notes) == (5, "tight")
    assert chart.marks == (Mark("left_shin", 3),)
    assert base == fingerprint(chart, notes)


def test_someone_elses_change_is_a_conflict_and_nothing_is_written(served):
    client, services, visit_id = served
    base = fingerprint(PainChart(), "")
    with services.db.begin() as db:
        store.save_visit(db, visit_id, 1, notes="theirs", known=services.vocabulary)
    answer = post(client, visit_id, base, draft("mine"))
    conflict = answer.get_json()["conflict"]
    assert answer.status_code == 200
    assert conflict["notes"] == "theirs"
    assert conflict["base"] == fingerprint(PainChart(), "theirs")
    assert held(services, visit_id)[2] == "theirs"
    # Keeping mine: saved from their base, theirs is overwritten on purpose.
    assert post(client, visit_id, conflict["base"], draft("mine")).get_json()["version"] == 3
    assert held(services, visit_id)[2] == "mine"


def test_a_treatment_added_meanwhile_is_no_conflict(served):
    client, services, visit_id = served
    base = post(client, visit_id, fingerprint(PainChart(), ""), draft("a")).get_json()["base"]
    with services.db.begin() as db:
        row = {"technique": "ischemic_compression", "muscle": "piriformis", "side": "right"}
        treatments = [{**row, "minutes": 5}]
        store.save_visit(db, visit_id, 2, treatments=treatments, known=services.vocabulary)
    answer = post(client, visit_id, base, draft("ab")).get_json()
    assert answer["version"] == 4
    assert held(services, visit_id)[2] == "ab"


def test_a_save_whose_answer_was_lost_is_the_tabs_own(served):
    client, services, visit_id = served
    base = fingerprint(PainChart(), "")
    # Written, but the tab never heard back: it still holds the old base.
    post(client, visit_id, base, draft("lost", {"left_shin": 2}))
    again = post(client, visit_id, base, draft("lost and more", {"left_shin": 2}))
    assert "conflict" in again.get_json()
    answer = post(
        client,
        visit_id,
        base,
        draft("lost and more", {"left_shin": 2}),
        unconfirmed=[draft("lost", {"left_shin": 2})],
    )
    assert answer.get_json()["version"] == 3
    assert held(services, visit_id)[2] == "lost and more"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"draft": draft("x")}, "base"),
        ({"base": "b", "draft": {"selected": "left_shin"}}, "list of ids"),
        ({"base": "b", "draft": {"notes": 3}}, "text"),
        ({"base": "b", "draft": draft("x"), "unconfirmed": [[]]}, "object"),
    ],
)
def test_malformed_saves_are_refused(served, body, words):
    client, services, visit_id = served
    answer = client.post(f"/sessions/{visit_id}/autosave", json=body)
    assert answer.status_code == 400
    assert words in answer.get_json()["error"]
    assert held(services, visit_id)[0] == 1


def test_notes_too_long_are_refused_and_unknown_sessions_are_404(served):
    client, services, visit_id = served
    base = fingerprint(PainChart(), "")
    answer = post(client, visit_id, base, draft("x" * 20_001))
    assert answer.status_code == 400
    assert "20,000" in answer.get_json()["error"]
    assert post(client, visit_id + 1, base, draft("x")).status_code == 404
