"""The body map as SVG and PNG: a well-formed document, fills by intensity, escaped text."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest

from dashapp.domain.body import geometry
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.palette import INTENSITY, UNRATED
from dashapp.formats.svg import THIN, render_svg, thinned, to_png

VIEWS = geometry.load_views()
REGIONS = geometry.load_surface_regions()
NS = {"s": "http://www.w3.org/2000/svg"}
CHART = PainChart((Mark("sacrum", 7), Mark("right_jaw", None)))


def filled(svg: str) -> dict[str, str]:
    """Fill colour by region label, read off the <title> of each marked path."""
    root = ET.fromstring(svg)
    return {
        p.find("s:title", NS).text.split(",")[0]: p.get("fill")
        for p in root.iter("{http://www.w3.org/2000/svg}path")
        if p.find("s:title", NS) is not None
    }


def test_marked_regions_are_filled_by_intensity_or_unrated():
    fills = filled(render_svg(CHART, VIEWS, REGIONS))
    assert fills == {"Sacrum (base of the spine)": INTENSITY[7], "Right jaw": UNRATED}


def test_every_region_and_both_outlines_are_drawn():
    root = ET.fromstring(render_svg(PainChart(), VIEWS, REGIONS))
    shapes = [
        d for p in root.iter("{http://www.w3.org/2000/svg}path") for d in p.get("d").split("M")[1:]
    ]
    assert len(shapes) == len(REGIONS) + 2 * len(VIEWS)


def test_thinned_edges_stay_within_the_tolerance_and_keep_a_third_of_the_points_or_fewer():
    kept = total = 0
    for d in [r.path for r in REGIONS] + [v.outline for v in VIEWS]:
        drawn, exact = parse_path(thinned(d)), parse_path(d)
        assert drawn.is_valid
        assert drawn.hausdorff_distance(exact) <= THIN + 1e-9
        kept, total = kept + len(drawn.exterior.coords), total + len(exact.exterior.coords)
    assert kept <= total / 3


def test_a_path_that_cannot_be_read_is_drawn_as_it_is():
    assert thinned("M0 0L10 0") == "M0 0L10 0"


def test_markers_captions_and_legend_are_written():
    root = ET.fromstring(render_svg(CHART, VIEWS, REGIONS))
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert texts.count("R") == 2 and texts.count("L") == 2
    assert {"Front", "Back", "Intensity", "not rated yet", "0", "10"} <= set(texts)


def test_text_is_escaped():
    name = "<script>alert('x')</script> & Zoë"
    svg = render_svg(CHART, VIEWS, REGIONS, title=name)
    assert "<script>" not in svg
    root = ET.fromstring(svg)
    assert name in [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert root.get("aria-label").startswith(name)


def test_width_scales_the_canvas():
    root = ET.fromstring(render_svg(CHART, VIEWS, REGIONS, width=500))
    assert float(root.get("width")) == 500


def test_png_is_a_png_of_the_asked_width():
    png = to_png(render_svg(CHART, VIEWS, REGIONS), width=320)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">I", png[16:20])[0] == 320


def test_png_width_must_be_positive():
    with pytest.raises(ValueError):
        to_png(render_svg(CHART, VIEWS, REGIONS), width=0)
