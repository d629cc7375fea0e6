"""Generated callback posts: every server callback of the app, found in its own callback map,
gets values of the wrong type, None, huge text, unknown ids and nested junk. Each answer is
clean (200, 204 from PreventUpdate, or 400 for a body the page could not send), never an
exception, and a refused post writes nothing."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashapp import create_app, store
from tests.conftest import TEST_GEOMETRY
from tests.rows import written
from tests.strategies import FUZZ, callback_post, junk, mutated
from tests.unit.formats.test_exchange_junk import DOCUMENT

ROUTE = "/_dash-update-component"
CLEAN = {200, 204, 400}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("posts")
    app = create_app(
        {
            "GEOMETRY_DIR": TEST_GEOMETRY,
            "SECRET_KEY": "test",
            "DATABASE_URL": f"sqlite:///{folder / 'painmap.db'}",
            "DEMO": False,
        }
    )
    # An exception inside a callback fails the test where it happens, not as a bare 500.
    app.server.config["PROPAGATE_EXCEPTIONS"] = True
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        patient = store.create_patient(db, "Sam Example")
        store.create_visit(db, patient.id)
    app.server.test_client().get("/")  # Dash adds its page router on the first request
    return app


def server_callbacks(app) -> list[str]:
    return sorted(key for key, callback in app.callback_map.items() if "callback" in callback)


def words(services) -> list[str]:
    """Ids the app knows, so generated values sometimes get past the first check."""
    return [
        *(r.id for r in services.regions[:20]),
        *list(services.atlas.muscle_ids)[:10],
        *(f"{m}|right" for m in list(services.atlas.muscle_ids)[:3]),
        "/",
        "/patients/1",
        "/sessions/1",
        "/roots",
        "?root=L4&root=L5",
        "?patient_id=a&patient_id=b",
        "?muscle=piriformis&side=left",
    ]


def post(client, body: dict):
    return client.post(ROUTE, json=body)


def test_every_server_callback_is_found(app):
    found = server_callbacks(app)
    assert len(found) >= 15
    assert any(key.startswith(".._pages_content") for key in found), "Dash's page router"


def answers_cleanly(app, key: str, examples: int) -> None:
    """Post `examples` generated calls of one callback; each answers cleanly."""
    services, client = app.server.extensions["painmap"], app.server.test_client()

    @settings(FUZZ, max_examples=examples)
    @given(body=callback_post(key, app.callback_map[key], words(services)))
    def check(body):
        before = written(services)
        response = post(client, body)
        assert response.status_code in CLEAN, (key, response.status_code)
        if response.status_code != 200:
            assert written(services) == before, "a refused post wrote nothing"

    check()


# The thorough run is cut in parts (every SHARDS-th callback each), so parallel workers share it.
SHARDS = 4


@pytest.mark.parametrize(
    ("examples", "shard"),
    [
        pytest.param(6, None, id="quick"),
        *(
            pytest.param(60, shard, id=f"thorough-{shard + 1}-of-{SHARDS}", marks=pytest.mark.slow)
            for shard in range(SHARDS)
        ),
    ],
)
def test_no_callback_raises_on_malformed_input(app, examples, shard):
    keys = server_callbacks(app)
    for key in keys if shard is None else keys[shard::SHARDS]:
        answers_cleanly(app, key, examples)


IMPORT = "patients-import-message.children"


def import_post(raw: bytes) -> dict:
    """The import callback's post for an uploaded file holding `raw`."""
    contents = "data:application/json;base64," + base64.b64encode(raw).decode()
    return {
        "output": IMPORT,
        "outputs": {"id": "patients-import-message", "property": "children"},
        "inputs": [{"id": "patients-import", "property": "contents", "value": contents}],
        "state": [{"id": "patients-import", "property": "filename", "value": "course.json"}],
        "changedPropIds": ["patients-import.contents"],
    }


@settings(FUZZ, max_examples=120)
@given(
    data=st.one_of(
        mutated(DOCUMENT, ["sacrum", "piriformis", "friction", "sitting"]),
        junk(["sessions", "patient", "schema_version"]),
    )
)
def test_a_refused_import_writes_nothing(app, data):
    services, client = app.server.extensions["painmap"], app.server.test_client()
    before = written(services)
    response = post(client, import_post(json.dumps(data).encode()))
    assert response.status_code == 200
    if "Not imported" in response.get_data(as_text=True):
        assert written(services) == before
    else:
        assert written(services)["patients"] == before["patients"] + 1
