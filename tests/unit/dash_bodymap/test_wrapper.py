"""The generated BodyMap wrapper: the props the app relies on, checked without a browser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dashapp
from dashapp.bodymap import BodyMap, ChoiceGroup

BODYMAP_DIR = Path(dashapp.__file__).resolve().parent / "bodymap"

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
    assert payload["namespace"] == info["namespace"] == "painmap_bodymap"
    assert payload["type"] == "BodyMap"
    assert payload["props"]["regions"] == [region]


def test_unknown_prop_is_refused():
    with pytest.raises(TypeError, match="colour"):
        BodyMap(colour="red")


def test_bundle_is_registered_with_dash():
    assert dashapp._js_dist == [  # noqa: SLF001
        {"relative_package_path": "bodymap/bodymap.min.js", "namespace": "dashapp"}
    ]
    bundle = (BODYMAP_DIR / "bodymap.min.js").read_text()
    assert bundle.startswith("var painmap_bodymap=")
    assert "window.React" in bundle and "window.PropTypes" in bundle


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
    assert group.to_plotly_json()["namespace"] == "painmap_bodymap"
