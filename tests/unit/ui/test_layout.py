"""Layouts as component trees, without a browser."""

from __future__ import annotations

import csv

from dash import html
from dash_bodymap import BodyMap

from dashapp.config import ROOT
from dashapp.domain import palette
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.sciatica.data import load_sciatica_data
from dashapp.ui import ids, shell
from dashapp.ui.components import pain_chart
from dashapp.ui.components.bodymap import muscle_props
from dashapp.ui.pages import patient
from tests.conftest import TEST_GEOMETRY


def walk(component):
    yield component
    children = getattr(component, "children", None)
    if children is None:
        return
    for child in children if isinstance(children, list | tuple) else [children]:
        if hasattr(child, "to_plotly_json"):
            yield from walk(child)


def find(component, component_id):
    return next(c for c in walk(component) if getattr(c, "id", None) == component_id)


def test_patient_layout_shows_every_region_on_both_views(app):
    services = app.server.extensions["painmap"]
    tree = patient.layout(services.reference, services.explain)
    body_map = find(tree, ids.PATIENT_MAP)
    assert isinstance(body_map, BodyMap)
    with (TEST_GEOMETRY / "surface_regions.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    surface = [r for r in body_map.regions if r["layer"] == "surface"]
    assert [r["id"] for r in surface] == [r["id"] for r in rows]
    assert body_map.views == ["front", "back"]
    assert body_map.layers == ["surface"], "muscles start hidden"
    assert body_map.passiveLayers == ["muscle"], "muscles never take a patient's click"
    # the outlines come with the first "Show muscles" (callbacks/patient.py), not with the page
    assert not [r for r in body_map.regions if r["layer"] == "muscle"]
    muscles = {r["id"]: r for r in muscle_props(services.muscles)}
    assert set(muscles) == {
        "right_vastus_lateralis",
        "left_vastus_lateralis",
        "left_piriformis",
        "right_piriformis",
    }
    assert muscles["left_piriformis"]["deep"] is True
    assert muscles["left_piriformis"]["label"] == "Left piriformis (deep)"
    assert muscles["left_vastus_lateralis"]["deep"] is False
    notes = body_map.figures["front"]["annotations"]
    assert [n["text"] for n in notes] == ["R", "L"]


def test_summary_in_plain_words():
    assert "Nothing marked yet" in str(pain_chart.summary([], 0.0))
    two = str(pain_chart.summary(["Right outer thigh, 6/10, shooting", "Left shin, 2/10"], 0.043))
    assert "2 areas marked, 4% of the body surface" in two
    assert "Right outer thigh, 6/10, shooting" in two
    assert "1 area marked, under 1% of the body surface" in str(
        pain_chart.summary(["Left shin, 2/10"], 0.004)
    )


def test_summary_tells_a_drawing_from_marked_areas():
    drawn = "Drawn: right outer thigh, 6/10"
    only = str(pain_chart.summary([drawn], 0.004, marked=0))
    assert "A drawing, under 1% of the body surface" in only and "marked" not in only
    both = str(pain_chart.summary(["Left shin, 2/10", drawn], 0.02, marked=1))
    assert "1 area marked and a drawing, 2% of the body surface" in both


def test_editor_has_one_card_per_mark_with_its_answers():
    chart = PainChart((Mark("right_shin", 6, ("shooting",)), Mark("left_shin")))
    cards = pain_chart.editor(chart, {"right_shin": "Right shin", "left_shin": "Left shin"})
    assert len(cards) == 2
    scale = find(cards[0], ids.patient_intensity("right_shin"))
    assert scale.value == 6
    assert [o["value"] for o in scale.options] == list(range(11))
    assert find(cards[0], ids.patient_qualities("right_shin")).value == ["shooting"]
    assert find(cards[1], ids.patient_intensity("left_shin")).value is None


def test_legend_shows_every_intensity_in_scale_colours():
    tree = pain_chart.legend()
    steps = [c for c in walk(tree) if isinstance(c, html.Li)]
    assert [s.children for s in steps] == [str(i) for i in range(11)]
    assert [s.style["background"] for s in steps] == palette.INTENSITY
    assert "not rated yet" in str(tree)


def test_intensity_scale_reads_in_greyscale():
    lightness = [palette.luminance(c) for c in palette.INTENSITY]
    assert all(a > b for a, b in zip(lightness, lightness[1:], strict=False)), (
        "each step is darker than the one before, so the scale survives greyscale"
    )
    assert lightness[0] / lightness[-1] > 8
    assert palette.UNRATED not in palette.INTENSITY


def test_unrated_colour_matches_the_stylesheet():
    css = (ROOT / "assets" / "painmap.css").read_text()
    assert f"--bm-selected: {palette.UNRATED};" in css


def test_shell_has_navigation_main_and_red_flag_caveat():
    tree = shell.layout(local=True)
    assert isinstance(find(tree, ids.SHELL_MAIN), html.Main)
    assert isinstance(find(tree, ids.SHELL_NAV), html.Nav)
    footer = next(c for c in walk(tree) if isinstance(c, html.Footer))
    assert "does not diagnose" in footer.children[0]
    assert "medical care now" in footer.children[0]


def test_the_footers_warning_shows_the_sources_of_its_red_flags():
    footer = next(c for c in walk(shell.layout(local=True)) if isinstance(c, html.Footer))
    data = load_sciatica_data()
    flagged = {k for f in shell.FOOTER_FLAGS for k in data.red_flags[f].sources}
    assert set(shell.FOOTER_SOURCES) == flagged
    assert footer.children[1].children == f" [{'; '.join(shell.FOOTER_SOURCES)}]"


def test_local_mode_shows_its_badge_in_the_header(app):
    header = next(c for c in walk(shell.layout(local=True)) if isinstance(c, html.Header))
    badge = find(header, ids.SHELL_MODE)
    assert badge.children[0] == "On this computer only"
    assert "no sign-in" in badge.children[1].children
    assert not any(
        getattr(c, "id", None) == ids.SHELL_MODE for c in walk(shell.layout(local=False))
    )
    served = app.server.test_client().get("/_dash-layout").get_json()
    assert "On this computer only" in str(served), "the app's shell is the local one"


def test_the_footer_names_the_upper_bodys_urgent_signs_and_each_signs_own_urgency():
    footer = next(c for c in walk(shell.layout(local=True)) if isinstance(c, html.Footer))
    words = footer.children[0]
    assert "chest pain" in words and "sudden severe headache" in words
    data = load_sciatica_data()
    for flag in shell.FOOTER_FLAGS:
        urgency = data.red_flags[flag].urgency
        said = "same day" if urgency == "today" else "medical care now"
        assert urgency in ("now", "today") and said in words, flag
