"""Patterns in the exported map: drawn as the component draws them, said in words, and, once
rendered to pixels, told apart from the marks under them in greyscale and for protanopia,
deuteranopia and tritanopia (Machado et al. 2009, severity 1.0: tools/colour_vision.py)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image, ImageDraw

from dashapp.domain.body import geometry
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.palette import INTENSITY, PATTERN_INK, UNRATED
from dashapp.formats import svg_patterns
from dashapp.formats.svg import fill_for, render_svg, to_png
from dashapp.formats.svg_patterns import Overlay, from_highlights
from tools.colour_vision import SIMULATIONS, hex_rgb, lab_image, simulate, simulate_image

VIEWS = geometry.load_views()
BACK = tuple(v for v in VIEWS if v.view == "back")
REGIONS = {r.id: r for r in geometry.load_surface_regions()}
# One zone of each kind, each over a whole marked area of the back.
UNDER = {
    "essential": "right_thigh_back_outer_upper",
    "spillover": "right_calf_back",
    "dermatome": "left_thigh_back_outer_upper",
}
OVERLAYS = tuple(Overlay(kind, "back", REGIONS[r].path) for kind, r in UNDER.items())
WIDTH = 600  # pixels for the back view's 400 units: 1.5 pixels a unit, an A4 report's scale
# CIELAB Delta E*ab (1976) per pixel, against the mark's own colour under the same simulation.
STANDS_OUT = 25.0  # a pixel this far from the mark's colour is seen as something else
SAME = 6.0  # a pixel this close is the mark's colour showing through
# At least this share of a zone is pattern that stands out: the spillover's sparse dots are
# the least, two ink dots of radius 2.4 in each 14 x 14 tile, 18% of its surface, less the
# edges that anti-aliasing blends into their white ring.
PATTERN_SHARE = 0.08
MARK_SHARE = 0.30  # ...and at least this share still shows the mark's own colour


def zone_pixels(region_id: str) -> np.ndarray:
    """A mask of the pixels well inside an area (8 units in from its edge) in the render."""
    inner = parse_path(REGIONS[region_id].path).buffer(-8)
    mask = Image.new("L", (WIDTH, int(WIDTH * 1060 / 400)), 0)
    scale = WIDTH / 400
    ImageDraw.Draw(mask).polygon([(x * scale, y * scale) for x, y in inner.exterior.coords], 1)
    return np.asarray(mask, dtype=bool)


def rendered(intensity: int | None) -> np.ndarray:
    chart = PainChart(tuple(Mark(r, intensity) for r in UNDER.values()))
    picture = render_svg(
        chart, BACK, [REGIONS[r] for r in UNDER.values()], legend=False, overlays=OVERLAYS
    )
    return np.asarray(Image.open(io.BytesIO(to_png(picture, WIDTH))).convert("RGB"))


@pytest.fixture(scope="module")
def masks():
    return {kind: zone_pixels(region) for kind, region in UNDER.items()}


@pytest.mark.parametrize("intensity", [*range(11), None], ids=lambda i: f"intensity-{i}")
def test_every_pattern_stands_apart_from_every_mark_in_every_simulation(masks, intensity):
    pixels = rendered(intensity)
    height = next(iter(masks.values())).shape[0]
    assert pixels.shape[0] >= height
    # Only the zones' pixels are measured, so only they are simulated (pixel by pixel, as in
    # the whole picture): a row of them, and where each zone's lie in it.
    anywhere = np.logical_or.reduce(list(masks.values()))
    measured = pixels[:height][anywhere]
    where_in = {zone: mask[anywhere] for zone, mask in masks.items()}
    fill = hex_rgb(fill_for(intensity))
    for kind in [None, *SIMULATIONS]:
        seen = measured if kind is None else simulate_image(measured, kind)
        mark = fill if kind is None else simulate(fill, kind)
        mark_lab = lab_image(np.array([[[round(c * 255) for c in mark]]], dtype=np.uint8))[0, 0]
        distance = np.linalg.norm(lab_image(seen) - mark_lab, axis=-1)
        for zone in masks:
            inside = distance[where_in[zone]]
            pattern = float((inside >= STANDS_OUT).mean())
            showing = float((inside < SAME).mean())
            where = f"{zone} over {intensity}, {kind or 'normal'}"
            assert pattern >= PATTERN_SHARE, f"{where}: only {pattern:.0%} of it stands out"
            assert showing >= MARK_SHARE, f"{where}: the mark shows in only {showing:.0%}"


def test_a_plain_fill_over_a_mark_would_fail_the_same_measure():
    """The measure can fail: a translucent red zone, as the map once drew, is not separable."""
    pixels = rendered(8)
    fill = np.array(hex_rgb(INTENSITY[8])) * 255
    tinted = (0.45 * pixels + 0.55 * np.array([178, 34, 34])).astype(np.uint8)
    seen = simulate_image(tinted, "greyscale")
    mark = simulate(tuple(fill / 255), "greyscale")
    mark_lab = lab_image(np.array([[[round(c * 255) for c in mark]]], dtype=np.uint8))[0, 0]
    distance = np.linalg.norm(lab_image(seen) - mark_lab, axis=-1)
    assert float((distance >= STANDS_OUT).mean()) < PATTERN_SHARE


def test_zones_are_patterns_with_an_inked_edge_never_a_plain_fill():
    picture = render_svg(PainChart(), BACK, REGIONS.values(), legend=False, overlays=OVERLAYS)
    root = ET.fromstring(picture)
    zones = [
        p for p in root.iter("{http://www.w3.org/2000/svg}path") if "url(" in p.get("fill", "")
    ]
    assert sorted(p.get("fill") for p in zones) == sorted(
        f"url(#{svg_patterns.FILL_FOR[k]})" for k in UNDER
    )
    assert all(p.get("stroke") == PATTERN_INK for p in zones)
    ids = {p.get("id") for p in root.iter("{http://www.w3.org/2000/svg}pattern")}
    assert ids == set(svg_patterns.FILL_FOR.values())


def test_the_legend_says_each_pattern_shown_in_words():
    points = (Overlay("trigger", "back", x=300, y=400),)
    picture = render_svg(
        PainChart((Mark("sacrum", 4),)), BACK, REGIONS.values(), overlays=OVERLAYS + points
    )
    for name, look in svg_patterns.WORDS.values():
        assert name.replace("'", "&apos;") in picture or name in picture
        assert look.replace("\\", "\\") in picture
    plain = render_svg(PainChart((Mark("sacrum", 4),)), BACK, REGIONS.values())
    assert "Main zone" not in plain and "<pattern" not in plain
    assert svg_patterns.SAID in picture and svg_patterns.SAID not in plain


def test_highlights_and_markers_of_the_component_become_overlays():
    overlays = from_highlights(
        [
            {"region": "sacrum", "kind": "essential"},
            {"path": "M0 0L1 0L1 1Z", "view": "front", "kind": "spillover"},
            {"region": "sacrum", "kind": "focus"},
        ],
        [
            {"view": "back", "x": 1, "y": 2, "symbol": "x"},
            {"view": "back", "x": 0, "y": 0, "symbol": "dot"},
        ],
        {"sacrum": REGIONS["sacrum"].path},
    )
    assert [(o.kind, o.path[:5]) for o in overlays] == [
        ("essential", REGIONS["sacrum"].path[:5]),
        ("spillover", "M0 0L"),
        ("trigger", ""),
    ]


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown pattern kind"):
        Overlay("solid", "back", "M0 0Z")


def test_unrated_marks_are_in_the_sweep():
    assert fill_for(None) == UNRATED
