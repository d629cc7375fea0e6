"""The freehand drawing in the pictures: each shape filled in its intensity colour, erasers
applied, clipped to the silhouette, landing where it was drawn."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from PIL import Image

from dashapp.domain.body import geometry
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.drawing import Stroke
from dashapp.domain.palette import INTENSITY, UNRATED
from dashapp.formats.svg import GAP, render_svg, to_png

VIEWS = geometry.load_views()
REGIONS = geometry.load_surface_regions()
NS = "{http://www.w3.org/2000/svg}"
THIGH = ((120.0, 540.0), (128.0, 640.0), (138.0, 760.0), (143.0, 860.0))
DRAWN = PainChart(strokes=(Stroke("front", THIGH, 12.0, "brush", 6, ("burning",)),))


def drawn_paths(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)
    return [
        p
        for p in root.iter(f"{NS}path")
        if p.find(f"{NS}title") is not None and p.find(f"{NS}title").text.startswith("Drawn")
    ]


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def pixel(png: bytes, x: float, y: float) -> tuple[int, int, int]:
    return Image.open(io.BytesIO(png)).convert("RGB").getpixel((round(x), round(y)))


def near(a, b, tolerance=6) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a, b, strict=True))


def test_a_stroke_is_one_shape_filled_in_its_intensity_colour():
    (path,) = drawn_paths(render_svg(DRAWN, VIEWS, REGIONS))
    assert path.get("fill") == INTENSITY[6] and path.get("fill-rule") == "evenodd"
    assert path.find(f"{NS}title").text == "Drawn, 6/10"
    unrated = PainChart(strokes=(Stroke("front", THIGH, 12.0, "brush", None),))
    assert drawn_paths(render_svg(unrated, VIEWS, REGIONS))[0].get("fill") == UNRATED


def test_an_eraser_takes_the_shape_away_and_the_silhouette_clips_it():
    erased = PainChart(strokes=(*DRAWN.strokes, Stroke("front", THIGH, 40.0, "eraser")))
    assert drawn_paths(render_svg(erased, VIEWS, REGIONS)) == []
    across = PainChart(
        strokes=(Stroke("front", ((10.0, 600.0), (390.0, 600.0)), 30.0, "brush", 4),)
    )
    outline = parse_path(VIEWS[0].outline)
    for path in drawn_paths(render_svg(across, VIEWS, REGIONS)):
        shape = parse_path("M" + path.get("d").split("M")[1])  # its first ring
        assert shape.difference(outline.buffer(0.5)).area < 1.0
        assert shape.bounds[0] > 10.0 and shape.bounds[2] < 390.0


def test_the_drawn_pixels_land_where_the_stroke_is_in_the_png():
    svg = render_svg(DRAWN, VIEWS, REGIONS, legend=False)
    root = ET.fromstring(svg)
    width = float(root.get("viewBox").split()[2])
    png = to_png(svg, width=round(width))  # one pixel per drawing unit
    assert near(pixel(png, 128, 640), rgb(INTENSITY[6]))
    assert near(pixel(png, 138, 760), rgb(INTENSITY[6]))
    back_x = 400 + GAP + 128  # the same place on the back view: nothing drawn there
    assert not near(pixel(png, back_x, 640), rgb(INTENSITY[6]))
    assert not near(
        pixel(
            to_png(render_svg(PainChart(), VIEWS, REGIONS, legend=False), round(width)), 128, 640
        ),
        rgb(INTENSITY[6]),
    )


def test_the_drawing_lies_over_a_mark_in_its_own_colour():
    chart = PainChart(
        (Mark("right_thigh_outer_lower", 1), Mark("sacrum", 1)), strokes=DRAWN.strokes
    )
    svg = render_svg(chart, VIEWS, REGIONS, legend=False)
    png = to_png(svg, width=round(float(ET.fromstring(svg).get("viewBox").split()[2])))
    assert near(pixel(png, 128, 640), rgb(INTENSITY[6]))
    sacrum = next(r for r in REGIONS if r.id == "sacrum")
    away = parse_path(sacrum.path).representative_point()
    x = away.x + (400 + GAP if sacrum.view == "back" else 0)
    assert near(pixel(png, x, away.y), rgb(INTENSITY[1]))


def test_the_alt_text_says_there_is_a_drawing():
    assert "and a drawing" in ET.fromstring(render_svg(DRAWN, VIEWS, REGIONS)).get("aria-label")
