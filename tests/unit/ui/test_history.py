"""The undo stack of the patient page."""

from __future__ import annotations

from dashapp.ui.history import HISTORY_LIMIT, remember, take_last


def test_remember_pushes_on_top_and_keeps_the_newest():
    assert remember(None, "a") == ["a"]
    assert remember(["a"], "b") == ["a", "b"]
    full = [str(i) for i in range(HISTORY_LIMIT)]
    assert remember(full, "new") == [*full[1:], "new"]
    assert remember(["a", "b"], "c", limit=2) == ["b", "c"]


def test_take_last_pops_the_newest_without_changing_the_given_stack():
    stack = ["a", "b"]
    assert take_last(stack) == ("b", ["a"])
    assert stack == ["a", "b"]
    assert take_last([]) == (None, [])
    assert take_last(None) == (None, [])
