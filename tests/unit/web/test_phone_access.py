"""Clinic mode, someone not signed in: a phone with an intake link opens its page, marks the
map, answers and sends; everything else stays closed to them (pages, the page router for any
other address, every other callback, records, sessions, the API)."""

from __future__ import annotations

import json
import string

import flask
import pytest
from dash._pages import _path_to_page
from hypothesis import given, settings
from hypothesis import strategies as st

from dashapp import store
from dashapp.callbacks import public_outputs
from dashapp.pages import OPEN_PAGES
from dashapp.store.demo import DEMO_NAME
from dashapp.store.intake_links import FROM_PATIENT, REFUSAL_LIMIT, TOO_MANY, UNUSABLE
from dashapp.ui import ids
from dashapp.ui.components.intake_link import LOCAL_ONLY
from dashapp.ui.pages.phone import draft_key
from dashapp.web.access import Public, is_public
from tests.unit.callbacks.test_phone import output as one_output
from tests.unit.web.clinic import clinic_app, clinic_database, sign_in
from tests.unit.web.test_access import refused, router_body, server_callbacks

ROUTE = "/_dash-update-component"
LEG = ("right_thigh_outer_lower", "right_calf_outer")


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    app = clinic_app(clinic_database(tmp_path_factory.mktemp("phone")))
    return app, app.server.extensions["painmap"]


def new_link(app) -> str:
    """The path of a new link for the demo patient (patient 1), made by a therapist."""
    therapist = app.server.test_client()
    sign_in(therapist)
    answer = therapist.post("/patients/1/intake-links", json={})
    assert answer.status_code == 200, answer.get_json()
    return "/intake/" + answer.get_json()["url"].rsplit("/intake/", 1)[1]


def page(client, path: str) -> str:
    """What the page router shows at `path`, as text (the JSON of its components)."""
    answer = client.post(ROUTE, json=router_body(path))
    assert answer.status_code == 200, (path, answer.status_code)
    return json.dumps(answer.get_json())


def chart_after(app, client, selected: list[str], worse: list[str]) -> dict:
    """The chart the phone page's controller writes after these areas and activities."""
    [key] = public_outputs(app, ())
    spec = app.callback_map[key]
    values = {
        ids.PHONE_MAP: selected,
        ids.PHONE_ACTIVITIES: worse,
        ids.PHONE_ANSWERS: {"started": "2_to_6_weeks"},
        ids.PHONE_DRAFT: None,
        ids.PHONE_CHART: None,
    }

    def item(dependency):
        if dependency["id"].startswith("{"):
            return []  # no mark card shown yet
        value = [] if dependency["property"] == "drawing" else values[dependency["id"]]
        return {"id": dependency["id"], "property": dependency["property"], "value": value}

    body = {
        "output": key,
        "outputs": [one_output(o) for o in _outputs(key)],
        "inputs": [item(d) for d in spec["inputs"]],
        "state": [item(d) for d in spec["state"]],
        "changedPropIds": [f"{ids.PHONE_MAP}.selected"],
    }
    answer = client.post(ROUTE, json=body)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    return answer.get_json()["response"][ids.PHONE_CHART]["data"]


def _outputs(key: str) -> list[str]:
    return key.strip(".").split("...")


def test_only_the_phone_pages_controller_is_always_open(clinic):
    app, _ = clinic
    [key] = public_outputs(app, ())
    assert key.startswith(f"..{ids.PHONE_CHART}.data")


def test_an_unsigned_phone_opens_its_page_marks_and_sends(clinic):
    app, services = clinic
    path = new_link(app)
    phone = app.server.test_client()  # never signed in
    assert phone.get(path).status_code == 200
    shown = page(phone, path)
    assert "Send to my therapist" in shown and ids.PHONE_MAP in shown
    assert DEMO_NAME not in shown and "/patients" not in shown and "/sessions" not in shown
    layout = phone.get("/_dash-layout", headers={"Referer": f"http://localhost{path}"})
    assert layout.status_code == 200 and "/patients" not in layout.get_data(as_text=True)
    chart = chart_after(app, phone, ["right_thigh_outer_lower", "right_calf_outer"], ["sitting"])
    assert sorted(m["region"] for m in chart["marks"]) == [
        "right_calf_outer",
        "right_thigh_outer_lower",
    ]
    sent = phone.post(path, json={"chart": chart, "answers": {"started": "2_to_6_weeks"}})
    assert sent.status_code == 200, sent.get_json()
    with services.db() as db:
        visit = store.list_visits(db, 1)[-1]
        assert visit.updated_by == FROM_PATIENT
        marked = store.visit_chart(visit, services.vocabulary)
        assert set(marked.regions) == set(LEG)
        assert marked.activities == ("sitting",)
    assert UNUSABLE in page(phone, path)
    assert phone.post(path, json={"chart": chart}).get_json() == {"error": UNUSABLE}


def test_every_unusable_link_shows_the_one_same_message(clinic):
    app, services = clinic
    revoked = new_link(app)
    therapist = app.server.test_client()
    sign_in(therapist)
    with services.db() as db:
        link_id = max(link.id for link in db.query(store.models.IntakeLink))
    assert therapist.post(f"/patients/1/intake-links/{link_id}/revoke").status_code == 200
    phone = app.server.test_client()
    paths = (revoked, "/intake/" + "x" * 43, "/intake/short")
    shown = [page(phone, p) for p in paths]
    # Each forgets its own draft in the browser (a digest of its own token); apart from that
    # key, the one same page.
    keys = [draft_key(p.rsplit("/", 1)[1]) for p in paths]
    assert all(key in text for key, text in zip(keys, shown, strict=True))
    assert not any(p.rsplit("/", 1)[1] in text for p, text in zip(paths, shown, strict=True))
    same = {text.replace(key, "KEY") for key, text in zip(keys, shown, strict=True)}
    assert len(same) == 1 and UNUSABLE in same.pop()


@pytest.mark.parametrize(
    "address",
    ["/", "/patients", "/patients/1", "/sessions/1", "/questions", "/intake/", "/intake/a/b"],
)
def test_an_unsigned_visitor_gets_no_other_page_through_the_router(clinic, address):
    app, _ = clinic
    new_link(app)
    stranger = app.server.test_client()
    assert stranger.post(ROUTE, json=router_body(address)).status_code == 401
    assert refused(stranger.get(address))


def test_an_unsigned_visitor_still_signs_in_for_everything_else(clinic):
    app, _ = clinic
    path = new_link(app)
    phone = app.server.test_client()
    assert phone.get(path).status_code == 200  # holding a working link opens nothing else
    for address in ("/patients", "/patients/1", "/sessions/1", "/patients/1/export.json"):
        assert refused(phone.get(address)), address
    assert phone.get("/api/v1/muscles").status_code == 401
    assert phone.post("/patients/1/intake-links", json={}).status_code == 401
    for output in server_callbacks(app):
        answer = phone.post(ROUTE, json={"output": output, "inputs": []})
        assert answer.status_code == 401, output


def test_too_many_refused_links_from_one_address_pause_it_even_for_a_good_link(clinic):
    app, _ = clinic
    good = new_link(app)
    guesser = app.server.test_client()
    guesser.environ_base["REMOTE_ADDR"] = "10.9.8.7"
    for n in range(REFUSAL_LIMIT):
        assert UNUSABLE in page(guesser, f"/intake/{'g' * 40}{n}")
    shown = page(guesser, good)
    assert TOO_MANY in shown
    assert draft_key(good.rsplit("/", 1)[1]) not in shown  # a pause forgets no draft
    assert guesser.post(good, json={"chart": None}).status_code == 429
    assert guesser.get(good).status_code == 429
    other = app.server.test_client()  # another address is not paused
    assert "Send to my therapist" in page(other, good)


def test_the_page_of_a_link_that_does_not_work_answers_404_and_still_shows(clinic):
    app, _ = clinic
    good = new_link(app)
    phone = app.server.test_client()
    phone.environ_base["REMOTE_ADDR"] = "10.9.8.1"
    opened = phone.get(good)
    assert opened.status_code == 200
    for path in ("/intake/" + "x" * 43, "/intake/short"):
        answer = phone.get(path)
        assert answer.status_code == 404, path
        # the page itself: the browser asks the router, which says the one calm message
        shown = answer.get_data(as_text=True)
        assert "react-entry-point" in shown and "PainMap: your intake" in shown
        assert UNUSABLE in page(phone, path)
    assert phone.post(good, json={"chart": None, "answers": {"started": "under_2_weeks"}})
    sent = phone.post(good, json={"chart": None}).status_code
    assert sent == 404 and phone.get(good).status_code == 404


def test_a_refused_page_counts_as_a_refused_try(clinic):
    app, _ = clinic
    good = new_link(app)
    guesser = app.server.test_client()
    guesser.environ_base["REMOTE_ADDR"] = "10.9.8.2"
    for n in range(REFUSAL_LIMIT):
        assert guesser.get(f"/intake/{'h' * 40}{n}").status_code == 404
    assert guesser.get(good).status_code == 429
    assert TOO_MANY in page(guesser, good)


SEGMENTS = st.sampled_from(["intake", "patients", "sessions", "1", "..", ".", "", "%2F", "*"])


@settings(max_examples=200, deadline=None)
@given(
    segments=st.lists(
        SEGMENTS | st.text(alphabet=string.ascii_letters + string.digits + "_-/.%*?[", max_size=50),
        max_size=4,
    )
)
def test_the_router_opens_no_other_page_to_an_unsigned_visitor(clinic, segments):
    app, _ = clinic
    path = "/" + "/".join(segments)
    with app.server.test_request_context(ROUTE, method="POST", json=router_body(path)):
        opened = is_public(flask.request, Public(patterns=OPEN_PAGES))
    if opened:
        shown, _ = _path_to_page(app.strip_relative_path(path))
        assert shown.get("module") == "phone", path


def test_behind_a_proxy_the_record_card_gives_the_address_a_phone_reaches(tmp_path):
    forwarded = {
        "Origin": "https://painmap.example",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "painmap.example",
        "X-Forwarded-For": "203.0.113.7",
    }
    app = clinic_app(clinic_database(tmp_path), BEHIND_PROXY=True)
    therapist = app.server.test_client()
    sign_in(therapist, headers=forwarded)
    key = next(k for k in app.callback_map if k.startswith(f"..{ids.PATIENT_LINK_SHOWN}."))
    body = {
        "output": key,
        "outputs": [
            {"id": ids.PATIENT_LINK_SHOWN, "property": "children"},
            {"id": ids.PATIENT_LINK_MESSAGE, "property": "children"},
        ],
        "inputs": [{"id": ids.PATIENT_LINK_MAKE, "property": "n_clicks", "value": 1}],
        "state": [{"id": ids.PATIENT_RECORD, "property": "data", "value": 1}],
        "changedPropIds": [f"{ids.PATIENT_LINK_MAKE}.n_clicks"],
    }
    answer = therapist.post(ROUTE, json=body, headers=forwarded)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    shown = json.dumps(answer.get_json())
    assert "https://painmap.example/intake/" in shown and LOCAL_ONLY not in shown
    path = "/intake/" + shown.split("https://painmap.example/intake/", 1)[1].split('"', 1)[0]
    phone = app.server.test_client()
    assert phone.get(path, headers=forwarded).status_code == 200
    assert "Send to my therapist" in page(phone, path)


EVERY_ANSWER = {
    "age": "over_50",
    "saddle_numbness": "yes",
    "bladder_bowel_sexual": "no",
    "started": "under_2_weeks",
    "weakness": ["tripping", "giving_way"],
    "night_pain": "no",
}


def test_the_questions_answers_arrive_as_the_sessions_intake(clinic):
    app, services = clinic
    path = new_link(app)
    phone = app.server.test_client()
    phone.environ_base["REMOTE_ADDR"] = "10.9.7.1"
    sent = phone.post(path, json={"chart": None, "answers": EVERY_ANSWER})
    assert sent.status_code == 200, sent.get_json()
    with services.db() as db:
        visit = store.list_visits(db, 1)[-1]
        assert visit.updated_by == FROM_PATIENT and visit.intake.answers == EVERY_ANSWER


@pytest.mark.parametrize(
    ("answers", "said"),
    [
        ({"saddle_numbness": "maybe"}, "saddle_numbness: 'maybe' is not one of yes"),
        ({"weakness": "tripping"}, "weakness: 'tripping' is not a list"),
        ({"no_such_question": "yes"}, "unknown question 'no_such_question'"),
        (["saddle_numbness"], "must be an object"),
    ],
)
def test_a_bad_answer_gets_a_clear_400_and_writes_nothing(clinic, answers, said):
    app, services = clinic
    path = new_link(app)
    phone = app.server.test_client()
    phone.environ_base["REMOTE_ADDR"] = "10.9.7.2"
    with services.db() as db:
        before = len(store.list_visits(db, 1))
    refused = phone.post(path, json={"chart": None, "answers": answers})
    assert refused.status_code == 400 and said in refused.get_json()["error"]
    with services.db() as db:
        assert len(store.list_visits(db, 1)) == before
    assert phone.post(path, json={"chart": None, "answers": {"age": "over_50"}}).status_code == 200
