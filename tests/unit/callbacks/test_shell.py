"""The phone's menu button is kept up to date in the browser, by a function the page has."""

from __future__ import annotations

from dashapp.config import ROOT
from dashapp.ui import ids


def test_the_menu_buttons_state_follows_its_clicks_and_the_navigations(app):
    spec = app.callback_map[f"{ids.SHELL_MENU}.aria-expanded"]
    assert [i["id"] for i in spec["inputs"]] == [ids.SHELL_MENU, ids.SHELL_NAV]
    assert [s["id"] for s in spec["state"]] == [ids.SHELL_MENU]
    assert "menu: function" in (ROOT / "assets" / "painmap.js").read_text()
