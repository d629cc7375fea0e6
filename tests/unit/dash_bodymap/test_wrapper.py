"""The dash_bodymap package: the props the app relies on and what Dash serves, without a browser."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import dash_bodymap
import pytest
from dash_bodymap import BodyMap, ChoiceGroup

BODYMAP_DIR = Path(dash_bodymap.__file__).resolve().parent
PROJECT = BODYMAP_DIR.parent

PROPS = {
    "id",
    "regions",
    "figures",
    "views",
    "layers",
    "passiveLayers",
    "selected",
    "values",
    "colorscale",
    "cmin",
    "cmax",
    "highlights",
    "markers",
    "selectable",
    "ariaLabel",
    "focusViews",
    "focusView",
    "findLabel",
    "persistence",
    "persisted_props",
    "persistence_type",
    "mode",
    "brush",
    "drawing",
    "requestedView",
    "hovered",
    "clicked",
    "n_clicks",
    "className",
    "style",
}


def test_wrapper_exposes_every_prop():
    assert set(BodyMap().available_properties) == PROPS


def test_wrapper_serialises_for_the_bundle_namespace():
    region = {"id": "a", "view": "front", "path": "M0 0L1 0L1 1Z", "label": "A"}
    payload = BodyMap(id="m", regions=[region], selected=["a"]).to_plotly_json()
    info = json.loads((BODYMAP_DIR / "build-info.json").read_text())
    assert payload["namespace"] == info["namespace"] == "dash_bodymap"
    assert payload["type"] == "BodyMap"
    assert payload["props"]["regions"] == [region]


def test_unknown_prop_is_refused():
    with pytest.raises(TypeError, match="colour"):
        BodyMap(colour="red")


def test_bundle_and_stylesheet_are_registered_with_dash():
    assert dash_bodymap._js_dist == [  # noqa: SLF001
        {"relative_package_path": "bodymap.min.js", "namespace": "dash_bodymap"}
    ]
    assert dash_bodymap._css_dist == [  # noqa: SLF001
        {"relative_package_path": "bodymap.css", "namespace": "dash_bodymap"}
    ]
    bundle = (BODYMAP_DIR / "bodymap.min.js").read_text()
    assert bundle.startswith("var dash_bodymap=")
    assert "window.React" in bundle and "window.PropTypes" in bundle
    # The look comes from the stylesheet Dash links, not from a <style> the script injects.
    assert "bodymap__view{" not in bundle.replace(" ", "")
    assert ".bodymap__view" in (BODYMAP_DIR / "bodymap.css").read_text()


def test_version_matches_the_project():
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]
    assert dash_bodymap.__version__ == project["version"]
    assert project["name"] == "dash-bodymap"
    assert [re.split(r"[<>=!~ ]", d)[0] for d in project["dependencies"]] == ["dash"]


def test_app_links_the_script_and_the_stylesheet(app):
    client = app.server.test_client()
    html = client.get("/").get_data(as_text=True)
    links = {
        kind: re.search(rf'"([^"]*_dash-component-suites/dash_bodymap/bodymap[^"]*\.{kind})"', html)
        for kind in ("js", "css")
    }
    assert all(links.values()), "the page loads the package's script and stylesheet"
    css = client.get(links["css"].group(1))
    assert css.status_code == 200 and css.mimetype == "text/css"
    assert css.get_data() == (BODYMAP_DIR / "bodymap.css").read_bytes()
    assert client.get(links["js"].group(1)).status_code == 200


def test_choice_group_props_and_pattern_ids():
    assert set(ChoiceGroup().available_properties) == {
        "id",
        "options",
        "value",
        "multiple",
        "name",
        "className",
        "optionClassName",
    }
    group = ChoiceGroup(id={"type": "t", "region": "r"}, options=[{"label": "1", "value": 1}])
    assert group.to_plotly_json()["namespace"] == "dash_bodymap"
