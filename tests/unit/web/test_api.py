"""The read-only JSON API, on the shipped atlas and body."""

from __future__ import annotations

import json

import pytest

from dashapp import create_app
from dashapp.domain.atlas.load import load_atlas


@pytest.fixture(scope="module")
def client():
    return create_app({"SECRET_KEY": "test"}).server.test_client()


def test_lists_every_atlas_muscle(client):
    muscles = client.get("/api/v1/muscles").get_json()["muscles"]
    assert [m["id"] for m in muscles] == list(load_atlas().muscle_ids)
    assert len(muscles) >= 45
    assert {"gluteus_minimus_anterior", "infraspinatus", "pectoralis_major_sternal"} <= {
        m["id"] for m in muscles
    }
    minimus = next(m for m in muscles if m["id"] == "gluteus_minimus_anterior")
    assert minimus["below_knee"] == "yes"
    assert "L5" in minimus["can_mimic"]
    supinator = next(m for m in muscles if m["id"] == "supinator")
    assert supinator["below_elbow"] == "yes" and supinator["below_knee"] == "no"
    assert "lateral epicondylalgia" in supinator["can_mimic"]


def test_one_muscle_with_its_zones_and_markers(client):
    data = client.get("/api/v1/muscles/gluteus_minimus_anterior").get_json()
    kinds = {(z["side"], z["kind"]) for z in data["zones"]}
    assert {("right", "essential"), ("left", "essential"), ("right", "spillover")} <= kinds
    assert data["markers"] and data["trigger_points"]
    assert "driving" in data["activities"]
    assert data["referral"]["sources"]


def test_unknown_muscle_is_404(client):
    response = client.get("/api/v1/muscles/gluteus_maximum")
    assert response.status_code == 404
    assert "gluteus_maximum" in response.get_json()["error"]


CLASSIC = ["right_thigh_outer_upper", "right_thigh_outer_lower", "right_shin_outer"]


def test_classic_pseudo_sciatica_lookup_by_get(client):
    response = client.get(
        "/api/v1/lookup?regions="
        + ",".join(CLASSIC + ["right_ankle_outer"])
        + "&activities=driving"
    )
    assert response.status_code == 200
    top = response.get_json()["candidates"][:3]
    assert ("gluteus_minimus_anterior", "right") in {(c["muscle"], c["side"]) for c in top}
    minimus = next(c for c in top if c["muscle"] == "gluteus_minimus_anterior")
    assert "driving" in minimus["why"]
    assert "not a diagnosis" in response.get_json()["note"]


def test_lookup_by_post_with_intensities(client):
    marks = {region: 6 for region in CLASSIC}
    response = client.post("/api/v1/lookup", json={"marks": marks, "activities": ["driving"]})
    assert response.status_code == 200
    assert response.get_json()["candidates"][0]["side"] == "right"


@pytest.mark.parametrize(
    ("request_kwargs", "message"),
    [
        ({"query_string": "regions=tail"}, "Unknown region id(s): tail"),
        ({"query_string": "regions=right_shin_outer&activities=flying"}, "flying"),
        ({"query_string": "colour=red"}, "Unknown field(s): colour"),
        ({"method": "POST", "data": "{not json", "content_type": "application/json"}, "valid JSON"),
        ({"method": "POST", "json": {"marks": {"right_shin_outer": 42}}}, "not 42"),
        ({"method": "POST", "json": ["right_shin_outer"]}, "JSON object"),
    ],
)
def test_malformed_lookups_get_400_naming_the_problem(client, request_kwargs, message):
    method = request_kwargs.pop("method", "GET")
    response = client.open("/api/v1/lookup", method=method, **request_kwargs)
    assert response.status_code == 400
    assert message in response.get_json()["error"]


def test_huge_lookup_body_is_refused(client):
    body = json.dumps({"regions": ["right_shin_outer"] * 20000})
    response = client.post("/api/v1/lookup", data=body, content_type="application/json")
    assert response.status_code == 413


def test_empty_lookup_gives_no_candidates(client):
    response = client.post("/api/v1/lookup", json={"regions": []})
    assert response.status_code == 200
    assert response.get_json()["candidates"] == []
