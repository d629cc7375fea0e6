"""POST /sessions/<id>/autosave with the consultation the session page edits: what makes it
worse, the questions and the examination, saved with the map and notes, refused whole when
any of it is bad, and someone else's change to them is a conflict."""

from __future__ import annotations

import pytest

from dashapp import create_app, store
from dashapp.domain.autosave import fingerprint
from dashapp.domain.chart import PainChart


@pytest.fixture
def served(test_config):
    app = create_app(test_config)
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        visit_id = store.create_visit(db, store.create_patient(db, "Consulted").id).id
    return app.server.test_client(), services, visit_id


def draft(notes: str = "", **parts) -> dict:
    return {"selected": [], "intensities": {}, "qualities": {}, "notes": notes, **parts}


def post(client, visit_id: int, base: str, mine: dict, **extra):
    return client.post(
        f"/sessions/{visit_id}/autosave", json={"base": base, "draft": mine, **extra}
    )


def held(services, visit_id: int) -> dict:
    with services.db() as db:
        visit = store.get_visit(db, visit_id)
        return {
            "version": visit.version,
            "activities": list(store.visit_chart(visit, services.vocabulary).activities),
            "answers": visit.intake.answers if visit.intake else None,
            "findings": visit.findings.values if visit.findings else None,
            "notes": visit.notes,
        }


START = fingerprint(PainChart(), "")
NOTHING = {"version": 1, "activities": [], "answers": None, "findings": None, "notes": ""}


def test_answers_findings_and_activities_are_saved_with_the_notes(served):
    client, services, visit_id = served
    mine = draft(
        "seen",
        activities=["sitting", "driving"],
        answers={"onset": "sudden", "saddle_numbness": "no", "night_pain": None, "weakness": []},
        findings={"right.slr_angle": 40, "slump": "negative", "left.knee_reflex": None},
    )
    answer = post(client, visit_id, START, mine)
    assert answer.status_code == 200
    saved = held(services, visit_id)
    assert saved["activities"] == ["sitting", "driving"]
    assert saved["answers"] == {"onset": "sudden", "saddle_numbness": "no", "weakness": []}
    assert saved["findings"] == {"right.slr_angle": 40, "slump": "negative"}
    chart = PainChart(activities=("sitting", "driving"))
    assert answer.get_json()["base"] == fingerprint(
        chart, "seen", saved["answers"], saved["findings"]
    )
    # The returned base saves again without a conflict, and a changed answer is kept.
    mine["answers"]["onset"] = "gradual"
    again = post(client, visit_id, answer.get_json()["base"], mine)
    assert again.status_code == 200 and "base" in again.get_json()
    assert held(services, visit_id)["answers"]["onset"] == "gradual"


def test_a_draft_without_them_leaves_them_as_they_are(served):
    client, services, visit_id = served
    first = post(
        client, visit_id, START, draft(activities=["sitting"], answers={"onset": "sudden"})
    )
    post(client, visit_id, first.get_json()["base"], draft("only notes"))
    saved = held(services, visit_id)
    assert (saved["activities"], saved["answers"], saved["notes"]) == (
        ["sitting"],
        {"onset": "sudden"},
        "only notes",
    )


def test_someone_elses_answers_are_a_conflict_and_nothing_is_written(served):
    client, services, visit_id = served
    with services.db.begin() as db:
        store.save_visit(db, visit_id, 1, intake={"onset": "gradual"}, known=services.vocabulary)
    answer = post(client, visit_id, START, draft("mine", answers={"onset": "sudden"}))
    conflict = answer.get_json()["conflict"]
    assert conflict["changed_what"] == "intake"
    assert conflict["base"] == fingerprint(PainChart(), "", {"onset": "gradual"}, {})
    assert held(services, visit_id)["answers"] == {"onset": "gradual"}
    # Keeping mine: saved from their base.
    kept = post(client, visit_id, conflict["base"], draft("mine", answers={"onset": "sudden"}))
    assert kept.status_code == 200
    assert held(services, visit_id)["answers"] == {"onset": "sudden"}


def test_someone_elses_findings_are_a_conflict(served):
    client, services, visit_id = served
    with services.db.begin() as db:
        store.save_visit(db, visit_id, 1, findings={"slump": "positive"}, known=services.vocabulary)
    answer = post(client, visit_id, START, draft(findings={"slump": "negative"})).get_json()
    assert answer["conflict"]["changed_what"] == "findings"
    assert held(services, visit_id)["findings"] == {"slump": "positive"}


def test_a_save_whose_answer_was_lost_is_the_tabs_own_with_its_answers(served):
    client, services, visit_id = served
    lost = draft("x", answers={"onset": "sudden"}, findings={"slump": "negative"})
    post(client, visit_id, START, lost)  # written; the tab never heard back
    more = draft("x", answers={"onset": "gradual"}, findings={"slump": "negative"})
    assert "conflict" in post(client, visit_id, START, more).get_json()
    answer = post(client, visit_id, START, more, unconfirmed=[lost])
    assert answer.status_code == 200 and "base" in answer.get_json()
    assert held(services, visit_id)["answers"] == {"onset": "gradual"}
    # An unconfirmed draft whose answers differ from the saved ones is not the tab's own.
    other = draft("x", answers={"onset": "unsure"}, findings={"slump": "negative"})
    assert "conflict" in post(client, visit_id, START, more, unconfirmed=[other]).get_json()


@pytest.mark.parametrize(
    ("parts", "words"),
    [
        ({"answers": {"onset": "<script>alert(1)</script>"}}, "Intake: onset:"),
        ({"answers": {"<b>favourite</b>": "yes"}}, "Intake: unknown question"),
        ({"answers": {"weakness": "tripping"}}, "Intake: weakness:"),
        ({"findings": {"right.slr_angle": 200}}, "Findings:"),
        ({"findings": {"right.slr_angle": -5}}, "Findings:"),
        ({"findings": {"slump": "<img src=x onerror=alert(1)>"}}, "Findings:"),
        ({"findings": {"trigger_point": "<i>no_such_muscle</i>"}}, "Findings:"),
        ({"activities": ["sitting", "<b>juggling</b>"]}, "Unknown activity"),
        ({"activities": "sitting"}, "list of activity ids"),
        ({"answers": ["onset"]}, "The answers must be an object"),
        ({"findings": "slump"}, "The findings must be an object"),
    ],
)
def test_bad_answers_findings_or_activities_are_refused_whole(served, parts, words):
    client, services, visit_id = served
    mine = draft("typed", **parts)
    answer = post(client, visit_id, START, mine)
    assert answer.status_code == 400
    assert words in answer.get_json()["error"]
    # Nothing is written, the notes typed with it neither.
    assert held(services, visit_id) == NOTHING


def test_html_in_the_notes_is_kept_as_text(served):
    client, services, visit_id = served
    typed = "<b>tender</b> at the hip & <script>x</script>"
    assert post(client, visit_id, START, draft(typed)).status_code == 200
    assert held(services, visit_id)["notes"] == typed


def test_an_unknown_session_is_404_and_changes_nothing(served):
    client, services, visit_id = served
    assert post(client, visit_id + 1, START, draft(answers={"onset": "sudden"})).status_code == 404
    zero = client.post("/sessions/0/autosave", json={"base": START, "draft": draft()})
    assert zero.status_code == 404
    assert held(services, visit_id) == NOTHING
