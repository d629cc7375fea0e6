"""BodyMap props from the domain: focus views come from the data file, not from constants."""

from __future__ import annotations

import shutil

from dash_bodymap import BodyMap

from dashapp import create_app
from dashapp.domain.body.focus_views import FocusView
from dashapp.ui import ids
from dashapp.ui.components.bodymap import HAND, focus_view_props
from dashapp.ui.pages import patient
from tests.conftest import TEST_GEOMETRY
from tests.unit.ui.test_layout import find


def test_focus_view_props_leave_out_what_a_view_does_not_set():
    props = focus_view_props(
        [
            FocusView("whole", "Whole body", None, None),
            FocusView("legs", "Legs", (1, 2, 3, 4), 3.4, "right"),
            FocusView("face", "Face", (1, 2, 3, 4), None, "middle"),
        ]
    )
    assert props == [
        {"id": "whole", "label": "Whole body"},
        {"id": "legs", "label": "Legs", "box": [1, 2, 3, 4], "minScale": 3.4, "opens": "right"},
        {"id": "face", "label": "Face", "box": [1, 2, 3, 4], "opens": "middle"},
    ]


def test_a_one_side_view_names_its_two_sides():
    hand, foot = focus_view_props(
        [
            FocusView(HAND, "Hand and fingers", (0, 480, 64, 135), 5.9, "one_side"),
            FocusView("foot", "Foot", (100, 900, 90, 80), 4, "one_side"),
        ]
    )
    assert hand["opens"] == "one_side"
    assert hand["sideLabels"] == {"right": "Right hand", "left": "Left hand"}
    assert foot["sideLabels"] == {"right": "Right", "left": "Left"}


def patient_map(config) -> BodyMap:
    services = create_app(config).server.extensions["painmap"]
    return find(patient.layout(services.reference, services.explain), ids.PATIENT_MAP)


def test_the_patient_map_offers_the_focus_views_of_the_data_file(test_config):
    body_map = patient_map(test_config)
    assert [v["id"] for v in body_map.focusViews] == ["whole", "legs"]
    assert body_map.focusView == "whole"
    assert body_map.findLabel == "Find an area"


def test_a_third_focus_view_added_to_the_file_is_offered(test_config, tmp_path):
    geometry = tmp_path / "geometry"
    shutil.copytree(TEST_GEOMETRY, geometry)
    with (geometry / "focus_views.csv").open("a", encoding="utf-8") as handle:
        handle.write("head,Head and chest,55 0 90 180,4,middle\n")
    body_map = patient_map({**test_config, "GEOMETRY_DIR": geometry})
    assert [v["id"] for v in body_map.focusViews] == ["whole", "legs", "head"]
    assert body_map.focusViews[2] == {
        "id": "head",
        "label": "Head and chest",
        "box": [55, 0, 90, 180],
        "minScale": 4,
        "opens": "middle",
    }
