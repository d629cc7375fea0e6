"""The undo stack of the patient page: its depth reaches the browser, which keeps the stack."""

from __future__ import annotations

from dashapp import create_app
from dashapp.ui.history import HISTORY_LIMIT


def test_the_page_keeps_at_most_the_limit(tmp_path):
    app = create_app({"SECRET_KEY": "test", "DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}"})
    app.server.test_client().get("/")  # Dash adds the clientside callbacks on the first request
    undo = [s for s in app._inline_scripts if "painmap.undoFollow(" in s]
    assert len(undo) == 1 and f"history, {HISTORY_LIMIT}, " in undo[0]
    assert 0 < HISTORY_LIMIT <= 30
