"""Generated assessment requests: any body gets 200, or 400 (413 for size) with an error that
names the problem, never an exception; the API writes nothing, whatever it is sent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashapp import create_app
from dashapp.domain.sciatica.intake import ANSWER_CHOICES
from tests.rows import written
from tests.strategies import FUZZ, junk, mutated

ASSESS = "/api/v1/assessment"
REGIONS = ["sacrum", "right_shin_outer", "left_calf_back", "pubic", "right_buttock_upper_outer"]
WORDS = [*REGIONS, "driving", "aching", "numb", "yes", "no", "unsure", "L5", "piriformis"]
WORDS += ["strokes", "front", "back", "brush", "eraser", "points", "width", "view"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    database = tmp_path_factory.mktemp("assess") / "painmap.db"
    app = create_app({"SECRET_KEY": "t", "DATABASE_URL": f"sqlite:///{database}", "DEMO": False})
    app.server.config["PROPAGATE_EXCEPTIONS"] = True
    return app


def answered(response) -> None:
    if response.status_code == 200:
        data = response.get_json()
        assert isinstance(data["red_flags"], list) and isinstance(data["gate_open"], bool)
    else:
        assert response.status_code in (400, 413)
        assert response.get_json()["error"].strip()


marks = st.dictionaries(
    st.sampled_from(REGIONS),
    st.none()
    | st.integers(0, 10)
    | st.fixed_dictionaries(
        {"intensity": st.none() | st.integers(0, 10)},
        optional={"qualities": st.lists(st.sampled_from(["aching", "numb", "shooting"]))},
    ),
    max_size=4,
)
answers = st.dictionaries(
    st.sampled_from(list(ANSWER_CHOICES)),
    st.sampled_from(["yes", "no", "unsure", "sudden", "leg", "none", "under_2_weeks"]),
)
side = st.fixed_dictionaries(
    {},
    optional={
        "slr_angle": st.integers(0, 90),
        "knee_reflex": st.sampled_from(["normal", "reduced", "absent"]),
        "big_toe_extension": st.sampled_from(["normal", "weak"]),
    },
)
findings = st.none() | st.fixed_dictionaries(
    {"left": side, "right": side},
    optional={"trigger_point": st.sampled_from(["piriformis", "soleus"]), "sensory": st.just("L5")},
)
stroke = st.fixed_dictionaries(
    {
        "view": st.sampled_from(["front", "back"]),
        "points": st.lists(
            st.tuples(st.floats(0, 400), st.floats(0, 1000)).map(list), min_size=1, max_size=8
        ),
    },
    optional={
        "tool": st.sampled_from(["brush", "eraser"]),
        "width": st.floats(2, 60) | st.integers(2, 60),
        "intensity": st.none() | st.integers(0, 10),
        "qualities": st.lists(st.sampled_from(["aching", "numb", "burning"]), unique=True),
    },
)
good = st.builds(
    lambda m, a, f, s: (
        {"marks": m, "answers": a} | ({"findings": f} if f else {}) | ({"strokes": s} if s else {})
    ),
    marks,
    answers,
    findings,
    st.lists(stroke, max_size=4),
)


@settings(FUZZ, max_examples=200)
@given(data=st.data())
def test_any_assessment_body_is_answered_cleanly(app, data):
    client, services = app.server.test_client(), app.server.extensions["painmap"]
    body = data.draw(st.one_of(good, good.flatmap(lambda b: mutated(b, WORDS)), junk(WORDS)))
    before = written(services)
    answered(client.post(ASSESS, json=body))
    assert written(services) == before
