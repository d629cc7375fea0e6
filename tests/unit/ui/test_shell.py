"""The navigation: two labelled sections that list every page once, and the phone's menu."""

from __future__ import annotations

from dash import dcc, html

from dashapp.config import ROOT
from dashapp.pages import PAGES
from dashapp.ui import ids, shell
from tests.unit.ui.test_layout import find, walk


def groups(nav: html.Nav) -> dict[str, list[tuple[str, str]]]:
    """Each labelled group of the navigation: its label's text and its links (name, address)."""
    found = {}
    for group in (c for c in walk(nav) if getattr(c, "role", None) == "group"):
        label = find(group, getattr(group, "aria-labelledby"))
        links = [(link.children, link.href) for link in walk(group) if isinstance(link, dcc.Link)]
        found[label.children] = links
    return found


def test_the_navigation_has_a_section_for_patients_and_one_for_therapists():
    nav = shell.navigation()
    assert getattr(nav, "aria-label") == "Main"
    sections = groups(nav)
    assert list(sections) == ["For patients", "For therapists"]
    assert [href for _name, href in sections["For patients"]] == ["/", "/questions"]
    assert {"/patients", "/findings", "/compare", "/atlas", "/roots"} == {
        href for _name, href in sections["For therapists"]
    }


def test_every_page_without_an_id_in_its_address_is_in_the_navigation_once():
    listed = [href for links in groups(shell.navigation()).values() for _name, href in links]
    pages = [address for _module, address, _name, _layout in PAGES if "<" not in address]
    assert sorted(listed) == sorted(pages)


def test_the_menu_button_is_a_real_button_that_says_whether_the_navigation_is_open():
    button = find(shell.layout(local=True), ids.SHELL_MENU)
    assert isinstance(button, html.Button)
    assert button.type == "button"
    assert getattr(button, "aria-expanded") == "false"
    assert getattr(button, "aria-controls") == ids.SHELL_NAV
    assert "Menu" in button.children


def test_the_stylesheet_folds_the_navigation_while_the_menu_is_closed():
    css = (ROOT / "assets" / "painmap.css").read_text()
    assert '.shell__menu[aria-expanded="false"] + .shell__nav {\n        display: none;' in css
    assert "@media (pointer: coarse) {\n    :root {\n        --target: 44px;" in css
