"""The atlas page and card as component trees."""

from __future__ import annotations

import pytest
from dash_bodymap import BodyMap, GroupedSelect

from dashapp import create_app
from dashapp.domain.atlas.load import load_atlas
from dashapp.ui import ids
from dashapp.ui.components import atlas_address, atlas_card, atlas_overlay, atlas_view
from dashapp.ui.pages import atlas as page
from tests.unit.ui.test_layout import find, walk


@pytest.fixture(scope="module")
def shipped_app():
    return create_app({"SECRET_KEY": "test"})


def _opened(app, **query):
    """The reference data and the address the atlas page gets for `query`."""
    reference = app.server.extensions["painmap"].reference
    address = atlas_address.parse(reference.atlas.muscle_ids, atlas_overlay.ROOTS, **query)
    return reference, address


def test_mimic_words_are_plain_and_honest_about_inference():
    atlas = load_atlas()
    assert atlas_card.mimic_words(atlas, "gluteus_minimus_anterior") == (
        "Can mimic an L5 nerve-root problem or sciatica."
    )
    iliopsoas = atlas_card.mimic_words(atlas, "iliopsoas")
    assert "an L1 or L2 nerve-root problem" in iliopsoas
    assert "a C4 to C6 nerve-root problem" in atlas_card.mimic_words(atlas, "levator_scapulae")
    # C and T roots take "a"; a run of neighbouring roots is said as a range
    assert "a C5 or C6 nerve-root problem" in atlas_card.mimic_words(atlas, "infraspinatus")
    assert "a C4 to T2 nerve-root problem" in atlas_card.mimic_words(atlas, "rhomboids")
    assert atlas_card.root_span(("C6", "C8")) == "C6 or C8"
    assert "partly inferred" in iliopsoas
    assert atlas_card.mimic_words(atlas, "supinator").startswith(
        "Can mimic a C6 nerve-root problem, lateral epicondylalgia"
    )


def test_muscles_are_ordered_by_body_area_for_previous_and_next():
    atlas = load_atlas()
    order = atlas_view.ordered_muscles(atlas)
    assert sorted(order) == sorted(atlas.muscle_ids)
    groups = atlas_view.picker_groups(atlas)
    assert [g["label"] for g in groups] == [
        "Head and jaw",
        "Neck",
        "Shoulder and shoulder blade",
        "Upper back",
        "Chest",
        "Upper arm and elbow",
        "Forearm and hand",
        "Low back",
        "Abdomen",
        "Hip and buttock",
        "Thigh",
        "Lower leg",
    ]
    assert [o["value"] for g in groups for o in g["options"]] == order


def test_link_opens_a_muscle_and_side():
    assert atlas_view.link("piriformis", "left") == "/atlas?muscle=piriformis&side=left"
    assert atlas_view.link("piriformis", "left", present=True).endswith("&present=1")


def test_layout_opens_on_the_named_muscle(shipped_app):
    with shipped_app.server.test_request_context("/atlas"):
        tree = page.layout(*_opened(shipped_app, muscle="piriformis", side="left"))
    picker = find(tree, ids.ATLAS_PICKER)
    assert isinstance(picker, GroupedSelect) and picker.value == "piriformis"
    body_map = find(tree, ids.ATLAS_MAP)
    assert isinstance(body_map, BodyMap)
    assert body_map.selected == ["left_piriformis"]
    assert {h["kind"] for h in body_map.highlights} == {"essential", "spillover"}
    assert body_map.markers and all(m["symbol"] == "x" for m in body_map.markers)
    assert body_map.selectable is False
    name = find(tree, ids.ATLAS_MUSCLE_NAME).children
    assert name[0] == "Pear-shaped deep buttock muscle" and name[2].children == "(piriformis)"


def test_unknown_muscle_falls_back_with_a_notice(shipped_app):
    with shipped_app.server.test_request_context("/atlas"):
        tree = page.layout(*_opened(shipped_app, muscle="gluteus_maximum", side="up"))
    assert any("no muscle called" in str(getattr(c, "children", "")) for c in walk(tree))
    assert find(tree, ids.ATLAS_PICKER).value == atlas_view.DEFAULT_MUSCLE
    assert find(tree, ids.ATLAS_SIDE).value == "right"
