"""The chart in plain words: marks, then the drawing's shapes by the regions they cover."""

from __future__ import annotations

import re

from dashapp.domain.body import geometry
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.chart_text import describe_chart, words
from dashapp.domain.drawing import Stroke

REGIONS = {r.id: r for r in geometry.load_surface_regions()}
THIGH = ((120.0, 540.0), (128.0, 640.0), (138.0, 760.0), (143.0, 860.0))


def test_a_drawn_shape_names_the_regions_it_covers_most_first():
    chart = PainChart(
        (Mark("sacrum", 4),), strokes=(Stroke("front", THIGH, 12.0, "brush", 6, ("burning",)),)
    )
    marked, drawn = describe_chart(chart, REGIONS)
    assert marked == "Sacrum, 4/10" or marked.startswith(REGIONS["sacrum"].label)
    assert drawn.startswith("Drawn: right outer thigh (lower), ")
    assert drawn.endswith(", 6/10, burning")
    assert "right outer shin" in drawn


def test_a_big_shape_names_four_regions_then_how_many_more_in_words():
    wide = Stroke("back", ((60.0, 400.0), (340.0, 400.0), (340.0, 700.0)), 60.0, "brush", None)
    (line,) = describe_chart(PainChart(strokes=(wide,)), REGIONS)
    assert re.fullmatch(r"Drawn: [^0-9]+ and [a-z-]+ more, not rated yet", line), line
    # Four names (a name's own words in brackets may hold commas), then the rating.
    assert re.sub(r"\([^)]*\)", "", line).count(",") == 4


def test_erased_drawing_and_drawing_of_another_intensity_are_their_own_lines():
    first = Stroke("front", THIGH, 12.0, "brush", 6)
    second = Stroke("back", ((140.0, 800.0), (145.0, 860.0)), 6.0, "brush", 3)
    eraser = Stroke("front", THIGH, 30.0, "eraser")
    lines = describe_chart(PainChart(strokes=(first, second, eraser)), REGIONS)
    assert len(lines) == 1 and lines[0].endswith(", 3/10") and "calf" in lines[0]


def test_words():
    assert [words(n) for n in (1, 12, 20, 37, 99)] == [
        "one",
        "twelve",
        "twenty",
        "thirty-seven",
        "ninety-nine",
    ]
