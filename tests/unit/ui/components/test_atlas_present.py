"""Presentation mode and overlays on the shipped atlas: the zoom, the drawing, the key."""

from __future__ import annotations

import pytest
from dash import html

from dashapp import create_app
from dashapp.domain.body.zones import zone_shape
from dashapp.ui import ids
from dashapp.ui.components import atlas_overlay, atlas_present, atlas_view
from dashapp.ui.components.atlas_address import AtlasAddress
from dashapp.ui.pages import atlas as page
from tests.unit.ui.test_layout import find, walk


@pytest.fixture(scope="module")
def reference():
    return create_app({"SECRET_KEY": "test"}).server.extensions["painmap"].reference


def box_of(figure) -> tuple[float, ...]:
    return tuple(float(n) for n in figure["viewBox"].split())


def test_gluteus_minimus_is_shown_hip_to_ankle_on_both_views(reference):
    figures, views = atlas_present.zoomed(reference, AtlasAddress(present=True))
    assert views == ["front", "back"]
    x, y, w, h = box_of(figures["front"])
    # The trigger point at the hip (y 465) and the spillover down to the ankle are inside.
    lowest = max(
        zone_shape(z).bounds[3]
        for z in reference.zones
        if z.muscle == "gluteus_minimus_anterior" and z.side == "right" and z.view == "front"
    )
    assert lowest > 850  # the spillover reaches the ankle
    assert y < 465 and lowest <= y + h and h < 700 and w < 400
    assert box_of(figures["back"])[2:] == (w, h)
    for note in figures["front"]["annotations"]:
        assert x <= note["x"] <= x + w and y <= note["y"] <= y + h


def test_the_overlay_widens_the_zoom_to_take_it_in(reference):
    alone, _ = atlas_present.zoomed(reference, AtlasAddress(present=True))
    with_l5, _ = atlas_present.zoomed(reference, AtlasAddress(present=True, overlay="L5"))
    assert box_of(with_l5["back"])[3] >= box_of(alone["back"])[3]


def test_a_root_and_a_second_muscle_are_drawn_apart_from_the_pattern(reference):
    kinds = {h["kind"] for h in atlas_overlay.highlights(reference, "L5", "left")}
    assert kinds == {"dermatome"}
    second = atlas_overlay.highlights(reference, "piriformis", "right")
    assert {h["kind"] for h in second} == {"second-essential", "second-spillover"}
    assert atlas_overlay.highlights(reference, "", "right") == []
    shown = atlas_view.overlay(reference, "gluteus_minimus_anterior", "right", "piriformis")
    assert {"essential", "spillover", "second-essential"} <= {
        h["kind"] for h in shown["highlights"]
    }


def test_the_presentation_page_has_the_bar_the_zoomed_map_and_a_one_line_key(reference):
    address = AtlasAddress("piriformis", "left", True, "S1")
    tree = page.layout(reference, address)
    assert "page--present" in tree.className
    assert find(tree, ids.ATLAS_MAP).figures == atlas_present.zoomed(reference, address)[0]
    assert find(tree, ids.ATLAS_OVERLAY).value == "S1"
    key = str(find(tree, ids.ATLAS_KEY).children)
    assert "S1 skin area" in key and "trigger point" in key
    # Only the name and side in words: none of the card's sections.
    assert not [c for c in walk(tree) if getattr(c, "className", "") == "atlas-card__section"]
    words = [c.children for c in walk(find(tree, ids.ATLAS_CARD)) if isinstance(c, html.P)]
    assert words == ["Left side (the patient's own)"]
    assert find(tree, ids.ATLAS_PRESENT).href == "/atlas?muscle=piriformis&side=left&overlay=S1"


def test_what_the_callbacks_send_follows_the_mode(reference):
    shown = atlas_view.shown(reference, AtlasAddress("soleus", "right", True))
    assert shown["query"] == "?muscle=soleus&side=right&present=1"
    assert shown["views"] and shown["figures"]
    normal = atlas_view.shown(reference, AtlasAddress("soleus", "right"))
    assert normal["present_link"].endswith("&present=1")
    assert any("What people notice" in str(part) for part in normal["card"])


def test_a_second_muscle_brings_its_trigger_points_as_triangles(reference):
    shown = atlas_view.overlay(reference, "gluteus_minimus_anterior", "right", "piriformis")
    by_symbol: dict[str, list[str]] = {}
    for m in shown["markers"]:
        by_symbol.setdefault(m["symbol"], []).append(m["label"])
    own = [
        p.label for p in reference.trigger_points if p.muscle == "piriformis" and p.side == "right"
    ]
    assert own and sorted(by_symbol["triangle"]) == sorted(own)
    assert by_symbol["x"] and all("inimus" in label for label in by_symbol["x"])
    assert atlas_overlay.markers(reference, "L5", "right") == []
    assert atlas_overlay.markers(reference, "", "right") == []
    # The presentation's zoom keeps the second muscle's trigger points in sight too.
    points = [p for p in reference.trigger_points if p.muscle == "piriformis" and p.side == "right"]
    taken_in = atlas_overlay.shapes(reference, "piriformis", "right")
    for p in points:
        assert any(s.geom_type == "Point" and (s.x, s.y) == (p.x, p.y) for s in taken_in[p.view])


@pytest.mark.parametrize("short", [False, True])
def test_the_key_says_the_second_muscle_s_trigger_points_are_triangles(reference, short):
    words = " ".join(
        str(li.children) for li in atlas_overlay.key_items(reference, "piriformis", short)
    )
    assert "▲" in words and "not" in words and "X" in words
    roots = " ".join(str(li.children) for li in atlas_overlay.key_items(reference, "L5", short))
    assert "▲" not in roots


def test_a_presentation_over_a_session_leaves_back_to_it(reference):
    address = AtlasAddress("gluteus_minimus_anterior", "right", True, visit="7")
    tree = page.layout(reference, address)
    leave = find(tree, ids.ATLAS_PRESENT)
    assert leave.href == "/sessions/7"
    assert leave.title == "Back to the session (Escape)"
    # After a step to another muscle, the callbacks keep the way back.
    assert atlas_view.shown(reference, address)["present_link"] == "/sessions/7"
