"""The session's comparison callback reads which session it is from the page's own store."""

from __future__ import annotations

import pytest

from dashapp.callbacks.session_consult import visit_of


@pytest.mark.parametrize(
    ("page", "visit"),
    [({"visit": 12, "url": "/sessions/12/autosave"}, 12), ({}, None), (None, None)],
)
def test_the_session_id_is_read_from_the_autosave_settings(page, visit):
    assert visit_of(page) == visit


@pytest.mark.parametrize("page", [{"visit": "12"}, {"visit": True}, ["visit", 12], "12"])
def test_anything_else_sent_gives_no_id_and_so_no_show_links(page):
    assert visit_of(page) is None
