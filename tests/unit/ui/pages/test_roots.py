"""The nerve-root page as the router serves it: the address chooses the roots; a bad one
changes nothing and says why, without repeating what was typed."""

from __future__ import annotations

import pytest

from dashapp.ui import ids


def served(app, search: str) -> dict:
    """The page's layout for /roots with `search`, as the browser's router asks for it."""
    response = app.server.test_client().post(
        "/_dash-update-component",
        json={
            "output": ".._pages_content.children..._pages_store.data..",
            "outputs": [
                {"id": "_pages_content", "property": "children"},
                {"id": "_pages_store", "property": "data"},
            ],
            "inputs": [
                {"id": "_pages_location", "property": "pathname", "value": "/roots"},
                {"id": "_pages_location", "property": "search", "value": search},
            ],
            "changedPropIds": ["_pages_location.pathname"],
            "state": [],
        },
    )
    assert response.status_code == 200
    return response.get_json()["response"]["_pages_content"]["children"]


def _find(tree, component_id):
    if isinstance(tree, dict):
        if tree.get("props", {}).get("id") == component_id:
            return tree["props"]
        tree = tree.get("props", {}).get("children")
    if isinstance(tree, list):
        for child in tree:
            found = _find(child, component_id)
            if found is not None:
                return found
    elif isinstance(tree, dict):
        return _find(tree, component_id)
    return None


@pytest.mark.parametrize(
    ("search", "first", "second"),
    [
        ("?roots=L4,S1", "L4", "S1"),
        ("?roots=L3", "L3", "none"),
        ("?root=L2&map=evidence", "L2", "none"),
    ],
)
def test_the_address_chooses_the_roots(app, search, first, second):
    page = served(app, search)
    assert _find(page, ids.ROOTS_PICKER)["value"] == first
    assert _find(page, ids.ROOTS_SECOND)["value"] == second
    assert _find(page, ids.ROOTS_PROBLEM)["hidden"] is True


@pytest.mark.parametrize("search", ["?roots=X9,%3Cb%3E", "?roots=L5,S1,L4", "?roots=L5;S1"])
def test_a_bad_address_shows_the_default_pair_and_says_why(app, search):
    page = served(app, search)
    assert _find(page, ids.ROOTS_PICKER)["value"] == "L5"
    assert _find(page, ids.ROOTS_SECOND)["value"] == "S1"
    problem = _find(page, ids.ROOTS_PROBLEM)
    assert problem["hidden"] is False
    assert "Showing L5 and S1 instead." in problem["children"]
    assert "<b>" not in str(page) and "X9" not in str(page)


def test_both_maps_are_drawn_with_both_roots(app):
    page = served(app, "?roots=L5,S1")
    for map_name in ("classic", "evidence"):
        drawn = _find(page, ids.roots_map(map_name))
        assert drawn is not None
        assert {h["kind"] for h in drawn["highlights"]} == {"dermatome", "essential"}


@pytest.mark.parametrize(
    ("search", "frame"),
    [("?roots=C6,C7", "neck_arms"), ("?roots=L5,S1", "legs"), ("?roots=C6,L5", "whole")],
)
def test_the_maps_are_framed_on_the_roots(app, search, frame):
    page = served(app, search)
    for map_name in ("classic", "evidence"):
        drawn = _find(page, ids.roots_map(map_name))
        assert drawn["focusView"] == frame
        assert [v["id"] for v in drawn["focusViews"]] == ([] if frame == "whole" else [frame])


def test_a_cervical_root_is_drawn_on_the_arm(app):
    page = served(app, "?roots=C6")
    drawn = _find(page, ids.roots_map("classic"))
    assert {h["label"] for h in drawn["highlights"]} == {"C6, right", "C6, left"}
    assert _find(page, ids.ROOTS_PICKER)["value"] == "C6"
