"""The atlas page over a session's marks (/atlas?visit=ID): shown to whoever may see the
session, with a message (never an error) for an unknown id or someone not signed in."""

from __future__ import annotations

import pytest

from dashapp import create_app
from tests.unit.web.clinic import clinic_app, clinic_database, sign_in

UNDER = "Under the pattern: the marks and drawing of the session of"


def rendered(client, search: str) -> str:
    """What Dash's page router puts on screen for /atlas with this query."""
    client.get(f"/atlas{search}")
    response = client.post(
        "/_dash-update-component",
        json={
            "output": ".._pages_content.children..._pages_store.data..",
            "outputs": [
                {"id": "_pages_content", "property": "children"},
                {"id": "_pages_store", "property": "data"},
            ],
            "inputs": [
                {"id": "_pages_location", "property": "pathname", "value": "/atlas"},
                {"id": "_pages_location", "property": "search", "value": search},
            ],
            "changedPropIds": ["_pages_location.pathname"],
            "state": [],
        },
    )
    assert response.status_code == 200
    return str(response.get_json()["response"]["_pages_content"]["children"])


@pytest.fixture(scope="module")
def local_app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("atlas-visit")
    return create_app(
        {"SECRET_KEY": "test", "DATABASE_URL": f"sqlite:///{folder / 'db'}", "DEMO": True}
    )


def test_a_session_s_marks_lie_under_the_pattern_and_the_address_keeps_it(local_app):
    page = rendered(local_app.server.test_client(), "?visit=1&present=1")
    assert UNDER not in page  # presentation keeps its words few; the key names the marks
    assert "marked area" in page and "'visit': '1'" in page
    assert "atlas--visit" in page and "'passiveLayers': ['surface']" in page
    assert "?muscle=gluteus_minimus_anterior&side=right&visit=1" in page  # Leave keeps it
    assert UNDER in rendered(local_app.server.test_client(), "?visit=1")


@pytest.mark.parametrize(
    ("visit", "words"),
    [("99999", "There is no session 99999."), ("abc", "“abc” is not a session number.")],
)
def test_an_unknown_session_is_a_message_and_the_atlas_still_shows(local_app, visit, words):
    page = rendered(local_app.server.test_client(), f"?visit={visit}")
    assert words in page
    assert UNDER not in page and "Small buttock muscle" in page


def test_in_clinic_mode_only_someone_signed_in_sees_a_session(tmp_path):
    app = clinic_app(clinic_database(tmp_path), PUBLIC_PAGES=("atlas",))
    stranger = app.server.test_client()
    page = rendered(stranger, "?visit=1")
    assert "Sign in to see a session's marks under the pattern." in page
    assert UNDER not in page and "'visit'" not in page
    therapist = app.server.test_client()
    sign_in(therapist)
    assert UNDER in rendered(therapist, "?visit=1")
