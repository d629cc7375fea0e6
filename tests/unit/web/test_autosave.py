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


STROKES = [
    {"view": "back", "points": [[250, 420], [262, 480]], "width": 24, "intensity": 7}
    | {"qualities": ["burning"]},
    {"view": "back", "tool": "eraser", "points": [[255, 440]], "width": 6},
]


def test_a_drawing_is_saved_kept_and_cleared(served):
    client, services, visit_id = served
    mine = draft("drawn", {"left_shin": 3}) | {"strokes": STROKES}
    answer = post(client, visit_id, fingerprint(PainChart(), ""), mine).get_json()
    version, chart, _ = held(services, visit_id)
    assert [s.to_json() for s in chart.strokes] == [
        PainChart().with_strokes(STROKES).strokes[n].to_json() for n in range(2)
    ]
    assert answer["base"] == fingerprint(chart, "drawn")
    # A draft without a drawing (the notes typed) leaves the drawing as it is.
    again = post(client, visit_id, answer["base"], draft("drawn more", {"left_shin": 3}))
    assert held(services, visit_id)[1].strokes == chart.strokes
    cleared = draft("", {"left_shin": 3}) | {"strokes": []}
    assert post(client, visit_id, again.get_json()["base"], cleared).status_code == 200
    assert held(services, visit_id)[1].strokes == ()
    with services.db() as db:
        assert store.get_visit(db, visit_id).last_change == "map, notes"


def test_someone_elses_drawing_is_a_conflict(served):
    client, services, visit_id = served
    base = fingerprint(PainChart(), "")
    with services.db.begin() as db:
        theirs = PainChart().with_strokes(STROKES)
        store.save_visit(db, visit_id, 1, chart=theirs, known=services.vocabulary)
    answer = post(client, visit_id, base, draft("mine") | {"strokes": []}).get_json()
    assert answer["conflict"]["changed_what"] == "map"
    assert held(services, visit_id)[1].strokes == theirs.strokes


@pytest.mark.parametrize(
    ("strokes", "words"),
    [
        ({"view": "back"}, "The drawing: The drawing must be a list of strokes."),
        ([STROKES[0], STROKES[0] | {"intensity": 42}], "Drawn stroke 2: A drawn stroke's"),
        ([STROKES[0] | {"points": [[0, 1001]]}], "Drawn stroke 1: The point (0, 1001) lies"),
        ([STROKES[0] | {"view": ["back"]}], "Drawn stroke 1: A drawn stroke must be on a view"),
    ],
)
def test_a_bad_drawing_is_a_400_and_nothing_is_written(served, strokes, words):
    client, services, visit_id = served
    mine = draft("drawn") | {"strokes": strokes}
    answer = post(client, visit_id, fingerprint(PainChart(), ""), mine)
    assert answer.status_code == 400 and words in answer.get_json()["error"]
    assert held(services, visit_id) == (1, PainChart(), "")
