"""The questions page keeps the answers it does not show (warning questions the map asked)."""

from __future__ import annotations

from dashapp.callbacks.consult import _elsewhere


def test_answers_given_on_the_map_are_kept_when_the_questions_page_changes():
    stored = {"hand_clumsiness": "yes", "onset": "sudden", "thunderclap": "no"}
    assert _elsewhere(stored, ["onset", "trigger"]) == {
        "hand_clumsiness": "yes",
        "thunderclap": "no",
    }


def test_unreadable_or_missing_stored_answers_keep_nothing():
    assert _elsewhere({"hand_clumsiness": "maybe", "nonsense": "yes"}, ["onset"]) == {}
    assert _elsewhere(None, ["onset"]) == {}
