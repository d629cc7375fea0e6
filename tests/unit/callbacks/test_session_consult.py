"""The session's comparison callback reads which session it is from the page's own store,
and redraws an arm drawing's prediction rule and differentials as the findings change."""

from __future__ import annotations

import json

import pytest

from dashapp import create_app
from dashapp.callbacks.session_consult import visit_of
from dashapp.domain import SHIPPED_DATA
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS
from dashapp.store.demo import INTAKE
from dashapp.ui import ids


@pytest.mark.parametrize(
    ("page", "visit"),
    [({"visit": 12, "url": "/sessions/12/autosave"}, 12), ({}, None), (None, None)],
)
def test_the_session_id_is_read_from_the_autosave_settings(page, visit):
    assert visit_of(page) == visit


@pytest.mark.parametrize("page", [{"visit": "12"}, {"visit": True}, ["visit", 12], "12"])
def test_anything_else_sent_gives_no_id_and_so_no_show_links(page):
    assert visit_of(page) is None


RULE_TESTS = ("spurling", "ultt_a", "distraction", "rotation_under_60")
ARM = ("right_forearm_thumb_side", "right_thumb_front")
SPURLING = ids.answer(ids.SESSION_FINDINGS_FORM, "spurling")
LEG = ("right_buttock_upper_outer", "right_thigh_outer_upper", "right_shin_outer")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    """An app on the shipped body map (the test map has no arm): the callback reads no store."""
    database = tmp_path_factory.mktemp("session-arm") / "painmap.db"
    config = {"GEOMETRY_DIR": SHIPPED_DATA / "geometry", "SECRET_KEY": "test", "DEMO": False}
    app = create_app(config | {"DATABASE_URL": f"sqlite:///{database}"})
    app.server.config["PROPAGATE_EXCEPTIONS"] = True
    return app


def pattern(form: str, values: dict) -> list[dict]:
    return [{"id": ids.answer(form, k), "property": "value", "value": v} for k, v in values.items()]


def redrawn(app, areas: tuple[str, ...], findings: dict) -> str:
    """The session's comparison as the callback sends it after a finding is entered."""
    key = next(k for k in app.callback_map if f"..{ids.SESSION_COMPARE}.children" in k)
    # An arm drawing waits for the arm's history too (arm_gate.py).
    upper = {
        **dict.fromkeys(UPPER_FLAG_QUESTIONS, "no"),
        **{"arm_worse": "arm", "arm_tingling": "no", "hand_on_head": "no"},
    }
    body = {
        "output": key,
        "outputs": [
            {"id": ids.SESSION_FLAGS, "property": "children"},
            {"id": ids.SESSION_COMPARE, "property": "children"},
            {"id": ids.SESSION_ANSWERS, "property": "children"},
            {"id": ids.SESSION_FLAGS_SHOWN, "property": "data"},
            [],
        ],
        "inputs": [
            {"id": ids.SESSION_MAP, "property": "selected", "value": list(areas)},
            [{"id": ids.session_intensity(a), "property": "value", "value": 6} for a in areas],
            [{"id": ids.session_qualities(a), "property": "value", "value": []} for a in areas],
            {"id": ids.SESSION_MAP, "property": "drawing", "value": []},
            {"id": ids.SESSION_ACTIVITIES, "property": "value", "value": []},
            pattern(ids.SESSION_INTAKE_FORM, {**INTAKE, **upper}),
            pattern(ids.SESSION_FINDINGS_FORM, findings),
        ],
        "state": [
            {"id": ids.SESSION_FLAGS_SHOWN, "property": "data", "value": []},
            {"id": ids.SESSION_AUTOSAVE, "property": "data", "value": {"visit": 7}},
        ],
        "changedPropIds": [
            json.dumps(ids.answer(ids.SESSION_FINDINGS_FORM, "spurling"), sort_keys=True).replace(
                " ", ""
            )
            + ".value"
        ],
    }
    answer = app.server.test_client().post("/_dash-update-component", json=body)
    assert answer.status_code == 200, answer.text
    return json.dumps(answer.get_json()["response"][ids.SESSION_COMPARE]["children"])


@pytest.mark.parametrize(
    ("positive", "line"),
    [
        (4, "4 of 4 examined tests positive: LR+ 30.3, post-test probability 90%"),
        (3, "3 of 4 examined tests positive: LR+ 6.1, post-test probability 65%"),
        (2, "2 of 4 examined tests positive: LR+ 0.88, post-test probability 21%"),
        (1, "1 of 4 examined tests positive; the reference gives no post-test probability"),
        (0, "0 of 4 examined tests positive; the reference gives no post-test probability"),
    ],
)
def test_the_rule_line_follows_the_findings_entered_on_an_arm_drawing(shipped, positive, line):
    findings = {t: "positive" if n < positive else "negative" for n, t in enumerate(RULE_TESTS)}
    shown = redrawn(shipped, ARM, findings)
    assert ids.SESSION_ARM in shown and line in shown
    assert "thoracic_outlet" in shown and "carpal_tunnel" in shown


def test_a_leg_drawing_gets_no_rule_line_and_no_differentials(shipped):
    shown = redrawn(shipped, LEG, dict.fromkeys(RULE_TESTS, "positive"))
    assert "Nerve or muscle?" in shown and "Muscle patterns closest to the marks" in shown
    assert ids.SESSION_ARM not in shown and "Wainner" not in shown and "thoracic" not in shown
