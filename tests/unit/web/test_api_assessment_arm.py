"""POST /api/v1/assessment for a neck, arm or hand drawing: the arm's comparison, its rule and
differentials; its examination fields in the vocabulary; bad ones refused by name."""

from __future__ import annotations

import pytest

from tests.unit.web.test_api_assessment import ANSWERS, ASSESS, L5, UPPER_NO, client  # noqa: F401

ARM_ANSWERS = {**ANSWERS, **UPPER_NO, "worse": "same", "arm_worse": "arm", "hand_on_head": "yes"}
C6_MARKS = {
    "right_upper_arm_outer": 5,
    "right_forearm_thumb_side": {"intensity": 6, "qualities": ["shooting"]},
    "right_thumb_front": {"intensity": 5, "qualities": ["tingling"]},
}
CLUSTER = {t: "positive" for t in ("spurling", "ultt_a", "distraction", "rotation_under_60")}


def assess(client, **body):  # noqa: F811
    response = client.post(ASSESS, json={"marks": C6_MARKS, "answers": ARM_ANSWERS, **body})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_an_arm_drawing_gets_the_arm_comparison_rule_and_differentials(client):  # noqa: F811
    findings = {**CLUSTER, "right": {"wrist_extension": "weak"}, "arm_sensory": "C6"}
    data = assess(client, findings=findings)
    assert data["kind"] == "arm" and data["gate_open"] is True
    comparison = data["comparison"]
    assert comparison["leaning"] == "nerve_root" and "neck" in comparison["leaning_text"]
    root_ids = {e["id"] for e in comparison["toward_root"]}
    assert {"spurling_positive", "wainner_cluster", "arm_myotome_weakness"} <= root_ids
    assert all(e["sources"] for e in comparison["toward_root"])
    arm = data["arm"]
    assert arm["cpr"]["positive"] == 4 and arm["cpr"]["probability"] == 90
    assert "90%" in arm["cpr"]["text"]
    assert {d["id"] for d in arm["differentials"]} == {"thoracic_outlet", "carpal_tunnel"}
    assert arm["best_root"]["id"].startswith(("C", "T"))


def test_a_muscle_picture_leans_referred_muscle(client):  # noqa: F811
    findings = {
        "ultt_a": "negative",
        "spurling": "negative",
        "trigger_point": "infraspinatus",
        "right": {"biceps_reflex": "normal", "elbow_flexion": "normal"},
        "left": {"biceps_reflex": "normal"},
        "arm_sensory": "none",
    }
    answers = {**ARM_ANSWERS, "arm_worse": "same", "hand_on_head": "no"}
    answers.update(numbness="no", pins_and_needles="no")
    data = assess(client, findings=findings, answers=answers)
    assert data["comparison"]["leaning"] == "referred_muscle"
    assert data["arm"]["cpr"]["probability"] is None


def test_a_warning_sign_withholds_the_arm_comparison(client):  # noqa: F811
    data = assess(client, answers={**ARM_ANSWERS, "hand_clumsiness": "yes"})
    assert data["gate_open"] is False and data["comparison"] is None and data["arm"] is None
    assert data["muscles"] == []


def test_a_leg_drawing_keeps_the_leg_comparison(client):  # noqa: F811
    data = client.post(ASSESS, json=L5).get_json()
    assert data["kind"] == "leg" and data["arm"] is None
    assert "below_knee" in {e["id"] for e in data["comparison"]["toward_root"]}


@pytest.mark.parametrize(
    ("findings", "words"),
    [
        ({"spurling": "yes"}, "spurling: 'yes' is not one of"),
        ({"right": {"triceps_reflex": "brisk"}}, "right.triceps_reflex: 'brisk' is not one of"),
        ({"left": {"finger_abduction": 4}}, "left.finger_abduction: 4 is not one of"),
        ({"arm_sensory": "L5"}, "arm_sensory: 'L5' is not one of"),
    ],
)
def test_bad_arm_findings_are_a_400_naming_the_field(client, findings, words):  # noqa: F811
    response = client.post(ASSESS, json={"marks": C6_MARKS, "findings": findings})
    assert response.status_code == 400 and words in response.get_json()["error"]


def test_an_unknown_arm_history_answer_is_a_400(client):  # noqa: F811
    response = client.post(ASSESS, json={"marks": C6_MARKS, "answers": {"arm_worse": "leg"}})
    assert response.status_code == 400 and "arm_worse" in response.get_json()["error"]


def test_the_vocabulary_lists_the_arm_findings_and_questions(client):  # noqa: F811
    words = client.get("/api/v1/vocabulary").get_json()
    findings = words["findings"]
    assert findings["spurling"] == ["positive", "negative", "not_done"]
    assert "C6" in findings["arm_sensory"] and "L5" not in findings["arm_sensory"]
    assert findings["right"]["triceps_reflex"][0] == "normal"
    assert findings["left"]["finger_abduction"] == ["normal", "weak", "not_tested"]
    assert words["answers"]["arm_worse"] == ["arm", "neck", "same"]
