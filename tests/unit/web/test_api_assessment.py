"""POST /api/v1/assessment and GET /api/v1/vocabulary, on the shipped body and atlas."""

from __future__ import annotations

import csv

import pytest

from dashapp import create_app
from dashapp.domain import SHIPPED_DATA
from dashapp.domain.sciatica.intake import ANSWER_CHOICES
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS
from tests.strokes import down_the_middle
from tests.unit.web.clinic import clinic_app, clinic_database, sign_in

ASSESS = "/api/v1/assessment"
NO_FLAGS = {question: "no" for question, choices in ANSWER_CHOICES.items() if "unsure" in choices}
ANSWERS = {
    **NO_FLAGS,
    "age": "20_to_50",
    "onset": "gradual",
    "trigger": "none",
    "started": "2_to_6_weeks",
    "worse": "leg",
    "numbness": "yes",
    "pins_and_needles": "yes",
    "cough_sneeze": "leg",
    "night_pain": "no",
    "weakness": [],
}
L5 = {
    "marks": {
        "right_shin_outer": {"intensity": 7, "qualities": ["shooting"]},
        "right_foot_top": 6,
        "right_big_toe": {"intensity": 5, "qualities": ["numb"]},
    },
    "answers": ANSWERS,
    "findings": {
        "right": {"slr_angle": 35, "slr_leg_pain": True, "big_toe_extension": "weak"},
        "left": {"big_toe_extension": "normal"},
        "sensory": "L5",
    },
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    database = tmp_path_factory.mktemp("assess") / "painmap.db"
    config = {"SECRET_KEY": "test", "DATABASE_URL": f"sqlite:///{database}", "DEMO": False}
    return create_app(config).server.test_client()


def rows(path: str) -> list[dict[str, str]]:
    with (SHIPPED_DATA / path).open(encoding="utf-8") as table:
        return list(csv.DictReader(table))


def test_an_l5_picture_gives_its_root_the_leaning_and_the_evidence_with_sources(client):
    response = client.post(ASSESS, json=L5)
    assert response.status_code == 200
    data = response.get_json()
    assert list(data)[0] == "red_flags" and data["red_flags"] == []
    assert data["gate_open"] is True and data["missing_answers"] == []
    assert data["roots"]["classic"][0] | {"fit": 0} == {"root": "L5", "side": "right", "fit": 0}
    assert set(data["roots"]) == {"classic", "evidence"}
    comparison = data["comparison"]
    assert comparison["leaning"] == "nerve_root"
    balance = comparison["balance"]
    assert balance["side"] == "nerve_root" and balance["mixed"] is False
    assert balance["margin"] == comparison["root_points"] - comparison["muscle_points"]
    assert balance["margin"] >= data["mixed_below"]
    items = comparison["toward_root"] + comparison["toward_muscle"]
    assert {"myotome_weakness", "slr_positive", "below_knee"} <= {e["id"] for e in items}
    assert all(e["sources"] for e in items)
    assert data["muscles"] and all(m["sources"] and m["why"] for m in data["muscles"])
    assert "not a diagnosis" in data["note"]


def test_a_red_flag_closes_the_gate_and_withholds_muscles_and_leaning(client):
    body = L5 | {"answers": ANSWERS | {"bladder_bowel_sexual": "yes"}}
    data = client.post(ASSESS, json=body).get_json()
    assert [(f["id"], f["urgency"]) for f in data["red_flags"]] == [("bladder_bowel_sexual", "now")]
    assert data["red_flags"][0]["sources"]
    assert data["gate_open"] is False and data["withheld"]
    assert data["muscles"] == [] and data["comparison"] is None
    assert data["roots"]["classic"]


def test_an_unanswered_warning_question_keeps_the_gate_closed(client):
    answers = {k: v for k, v in ANSWERS.items() if k != "fever_unwell"}
    data = client.post(ASSESS, json=L5 | {"answers": answers}).get_json()
    assert data["red_flags"] == [] and data["gate_open"] is False
    assert data["missing_answers"] == ["fever_unwell"] and "fever_unwell" in data["withheld"]


def test_marks_alone_are_screened_and_answers_asked_for(client):
    data = client.post(ASSESS, json={"marks": {"sacrum": 4}}).get_json()
    assert data["red_flags"] == [] and data["gate_open"] is False
    assert "saddle_numbness" in data["missing_answers"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"marks": {"right_elbow_knee": 3}}, "'right_elbow_knee' is not an area"),
        ({"marks": {"sacrum": 42}}, "marks.sacrum: Intensity must be from 0 to 10, not 42"),
        ({"marks": {"sacrum": 4.5}}, "whole number"),
        ({"marks": {"sacrum": True}}, "whole number"),
        ({"marks": {"sacrum": {"intensity": 3, "qualities": "aching"}}}, "must be a list"),
        ({"marks": {"sacrum": {"qualities": ["itchy"]}}}, "Unknown pain quality: itchy"),
        ({"marks": {"sacrum": {"colour": "red"}}}, "marks.sacrum: unknown field(s) colour"),
        ({"marks": ["sacrum"]}, "marks: must be an object"),
        ({"activities": ["juggling"]}, "activities: Unknown activity: juggling"),
        ({"activities": "driving"}, "activities: What makes it worse (activities) must be"),
        ({"answers": {"onset": "yesterday"}}, "onset: 'yesterday' is not one of"),
        ({"answers": {"mood": "fine"}}, "unknown question 'mood'"),
        ({"answers": {"weakness": "tripping"}}, "weakness: 'tripping' is not a list"),
        ({"answers": {"weakness": ["none", "tripping"]}}, "'none' cannot go with other signs"),
        ({"answers": ["no"]}, "answers: must be an object"),
        ({"answers": {"activities": ["driving"]}}, "unknown question 'activities'"),
        ({"findings": {"right": {"slr_angle": 120}}}, "right.slr_angle: must be a whole number"),
        ({"findings": {"trigger_point": "heart"}}, "trigger_point: 'heart' is not one of"),
        ({"findings": {"left": {"knee_reflex": 1}}}, "knee_reflex: 1 is not one of"),
        ({"findings": "normal"}, "findings: The findings must be an object"),
        ({"shapes": []}, "Unknown field(s): shapes"),
        ([], "must be a JSON object"),
    ],
)
def test_malformed_input_is_a_400_naming_the_problem(client, body, words):
    response = client.post(ASSESS, json=body)
    assert response.status_code == 400
    assert words in response.get_json()["error"]


def test_a_deeply_nested_body_is_a_400(client):
    body = '{"marks": ' + "[" * 5000 + "]" * 5000 + "}"
    response = client.post(ASSESS, data=body, content_type="application/json")
    assert response.status_code == 400
    assert "nested too deeply" in response.get_json()["error"]


def test_the_vocabulary_lists_the_reference_data(client):
    data = client.get("/api/v1/vocabulary").get_json()
    assert [r["id"] for r in data["regions"]] == [
        r["id"] for r in rows("geometry/surface_regions.csv")
    ]
    assert [a["id"] for a in data["activities"]] == [a["id"] for a in rows("atlas/activities.csv")]
    muscles = [m["id"] for m in rows("atlas/muscles.csv")]
    assert data["findings"]["trigger_point"] == [*muscles, None]
    flags = {row["id"] for row in rows("sciatica/red_flags.csv")}
    derived = {"both_legs_weakness", "minor_trauma", "age"}  # read from several answers
    assert flags - derived <= set(data["answers"])
    assert data["answers"]["age"] == ["under_20", "20_to_50", "over_50"]
    assert data["answers"]["onset"] == list(ANSWER_CHOICES["onset"])
    assert "aching" in {q["id"] for q in data["qualities"]}
    assert {"slump", "fair", "sensory"} <= set(data["findings"])
    assert data["findings"]["right"]["ankle_reflex"] == [
        "normal",
        "reduced",
        "absent",
        "not_tested",
    ]


def test_every_listed_word_is_accepted(client):
    words = client.get("/api/v1/vocabulary").get_json()
    body = {
        "marks": {
            r["id"]: {"intensity": 3, "qualities": [q["id"] for q in words["qualities"]]}
            for r in words["regions"]
        },
        "activities": [a["id"] for a in words["activities"]],
        "answers": {q: c[-1] for q, c in words["answers"].items() if isinstance(c, list)},
    }
    assert client.post(ASSESS, json=body).status_code == 200


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    return clinic_database(tmp_path_factory.mktemp("clinic"))


def test_in_clinic_mode_it_needs_sign_in_like_the_lookup(database):
    client = clinic_app(database).server.test_client()
    assert client.post(ASSESS, json=L5).status_code == 401
    assert client.get("/api/v1/vocabulary").status_code == 401
    sign_in(client)
    assert client.post(ASSESS, json=L5).status_code == 200
    assert client.get("/api/v1/vocabulary").status_code == 200


def test_in_clinic_mode_public_api_opens_it(database):
    client = clinic_app(database, PUBLIC_PAGES=("api",)).server.test_client()
    assert client.post(ASSESS, json=L5).status_code == 200
    assert client.post("/api/v1/lookup", json={"regions": ["sacrum"]}).status_code == 200


NECK = {"right_nape": 5, "right_shoulder_top_outer": {"intensity": 4, "qualities": ["aching"]}}
UPPER_NO = {q: "no" for q in UPPER_FLAG_QUESTIONS}
# Every question asked of everyone answered; the neck, arm, head and jaw ones not yet.
LOWER = {k: v for k, v in ANSWERS.items() if k not in UPPER_NO}


def test_a_neck_drawing_asks_its_warning_questions_first_and_holds_the_muscles(client):
    data = client.post(ASSESS, json={"marks": NECK, "answers": LOWER}).get_json()
    assert data["red_flags"] == [] and data["gate_open"] is False and data["muscles"] == []
    assert "hand_clumsiness" in data["ask_now"] and "dizziness" in data["ask_now"]
    assert "thunderclap" not in data["ask_now"]
    assert not set(data["missing_answers"]) & set(UPPER_FLAG_QUESTIONS)
    assert "the map asks first" in data["withheld"]


def test_a_yes_to_a_myelopathy_question_stands_with_its_urgency_and_sources(client):
    answers = {**LOWER, **UPPER_NO, "myelopathy_worsening": "yes"}
    data = client.post(ASSESS, json={"marks": NECK, "answers": answers}).get_json()
    (flag,) = data["red_flags"]
    assert flag["id"] == "myelopathy_worsening" and flag["urgency"] == "today"
    assert flag["category"] == "myelopathy" and "MCCARTNEY17" in flag["sources"]
    assert data["gate_open"] is False and data["comparison"] is None and data["muscles"] == []


def test_a_neck_drawing_with_every_warning_answered_no_opens_the_gate(client):
    answers = {**LOWER, **UPPER_NO}
    data = client.post(ASSESS, json={"marks": NECK, "answers": answers}).get_json()
    assert data["red_flags"] == [] and data["ask_now"] == [] and data["gate_open"] is True


def test_a_leg_drawing_asks_none_of_the_neck_arm_head_and_jaw_questions(client):
    data = client.post(ASSESS, json={"marks": L5["marks"], "answers": LOWER}).get_json()
    assert not set(data["ask_now"]) & set(UPPER_FLAG_QUESTIONS)


def test_an_unknown_answer_to_a_new_question_is_refused_by_name(client):
    answers = {**ANSWERS, "thunderclap": "sometimes"}
    response = client.post(ASSESS, json={"marks": NECK, "answers": answers})
    assert response.status_code == 400 and "thunderclap" in response.get_json()["error"]


def test_the_vocabulary_lists_the_new_questions_with_their_answers(client):
    answers = client.get("/api/v1/vocabulary").get_json()["answers"]
    assert all(answers[q] == ["yes", "no", "unsure"] for q in UPPER_FLAG_QUESTIONS)


def test_a_stroke_over_the_neck_or_down_the_arm_asks_what_tapping_there_asks(client):
    for region in ("right_neck_side", "right_forearm_thumb_side"):
        tapped = client.post(ASSESS, json={"marks": {region: 5}}).get_json()["ask_now"]
        body = {"marks": {}, "strokes": [down_the_middle(region)]}
        response = client.post(ASSESS, json=body)
        assert response.status_code == 200
        assert tapped and response.get_json()["ask_now"] == tapped
