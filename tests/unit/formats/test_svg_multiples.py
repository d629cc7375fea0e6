"""Small maps, one per session: one compact drawing where the body is written once and each
map refers to it, so fifty sessions stay small and still look like fifty body maps."""

from __future__ import annotations

import io
import random
import xml.etree.ElementTree as ET
from datetime import date, timedelta

from PIL import Image

from dashapp.domain.body import geometry
from dashapp.domain.body.svgpath import parse_path
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.drawing import Stroke
from dashapp.domain.palette import INTENSITY, UNRATED
from dashapp.formats.svg import GAP, TITLE_H, canvas_size, thinned, to_png
from dashapp.formats.svg_multiples import SPACE, render_small_multiples

VIEWS = geometry.load_views()
REGIONS = geometry.load_surface_regions()
S = "{http://www.w3.org/2000/svg}"
CHART = PainChart((Mark("sacrum", 7), Mark("right_jaw", None)))
THIGH = ((120.0, 540.0), (128.0, 640.0), (138.0, 760.0), (143.0, 860.0))
DRAWN = PainChart(strokes=(Stroke("front", THIGH, 12.0, "brush", 6, ("burning",)),))
MAX_BYTES_FOR_50 = 600_000


def varied(count: int, seed: int = 20261121) -> list[tuple[date, PainChart]]:
    """Weekly sessions of 4 to 14 marked areas, every fifth with a drawing on the thigh."""
    rng, ids = random.Random(seed), sorted(r.id for r in REGIONS)
    sessions = []
    for week in range(count):
        marks = tuple(
            Mark(r, rng.choice([None, *range(11)])) for r in rng.sample(ids, rng.randint(4, 14))
        )
        strokes = DRAWN.strokes if week % 5 == 0 else ()
        sessions.append(
            (date(2025, 1, 6) + timedelta(weeks=week), PainChart(marks, strokes=strokes))
        )
    return sessions


def maps(svg: str) -> list[ET.Element]:
    """The maps: the drawing's top-level groups that carry a title."""
    return [g for g in ET.fromstring(svg).findall(f"{S}g") if g.find(f"{S}title") is not None]


def test_fifty_varied_sessions_fit_in_600_kb():
    svg = render_small_multiples(varied(50), VIEWS, REGIONS)
    assert len(svg.encode("utf-8")) <= MAX_BYTES_FOR_50
    assert len(maps(svg)) == 50


def test_each_area_and_silhouette_is_written_once_whatever_the_number_of_sessions():
    svg = render_small_multiples(varied(20), VIEWS, REGIONS)
    sacrum = thinned(next(r.path for r in REGIONS if r.id == "sacrum"))
    assert svg.count(sacrum) == 2  # its shape for marks, and its edge in the body below them
    assert svg.count(thinned(VIEWS[0].outline)) == 2  # the silhouette's fill and its outline


def test_a_mark_refers_to_its_area_and_is_filled_by_intensity_or_unrated():
    svg = render_small_multiples([(date(2026, 1, 5), CHART)], VIEWS, REGIONS)
    root = ET.fromstring(svg)
    shapes = {p.get("id"): p.get("d") for p in root.find(f"{S}defs").iter(f"{S}path")}
    filled = {
        shapes[u.get("href")[1:]]: u.get("fill") for u in root.iter(f"{S}use") if u.get("fill")
    }
    by_id = {r.id: thinned(r.path) for r in REGIONS}
    assert filled == {by_id["sacrum"]: INTENSITY[7], by_id["right_jaw"]: UNRATED}


def test_maps_are_titled_in_rows_of_three_and_a_label_may_carry_a_time():
    sessions = [(date(2026, 1, d), CHART) for d in (5, 12, 19)] + [("2026-01-19 10:30", CHART)]
    found = maps(render_small_multiples(sessions, VIEWS, REGIONS, columns=3))
    titles = [m.find(f"{S}text").text for m in found]
    assert titles == ["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-19 10:30"]
    assert found[3].get("transform").startswith("translate(0 ")  # the fourth starts a row
    assert found[0].find(f"{S}title").text == "2026-01-05: Body map with 2 marked areas"


def test_the_drawing_is_in_its_session_map_only():
    found = maps(
        render_small_multiples(
            [(date(2026, 1, 5), DRAWN), (date(2026, 1, 19), PainChart())], VIEWS, REGIONS
        )
    )
    drawn = [
        [p for p in m.iter(f"{S}path") if "Drawn" in (p.findtext(f"{S}title") or "")] for m in found
    ]
    assert [len(d) for d in drawn] == [1, 0]
    assert found[0].find(f"{S}title").text.endswith("and a drawing")


def test_the_marks_land_on_their_area_in_the_picture():
    """Rendered, the second map shows the sacrum in its colour where the sacrum is, and the
    first does not: the shared shapes are placed and filled per map."""
    sessions = [(date(2026, 1, 5), PainChart()), (date(2026, 1, 12), CHART)]
    svg = render_small_multiples(sessions, VIEWS, REGIONS, columns=2, map_width=300)
    root = ET.fromstring(svg)
    width = float(root.get("viewBox").split()[2])
    png = Image.open(io.BytesIO(to_png(svg, width=round(width) * 2))).convert("RGB")
    sacrum = next(r for r in REGIONS if r.id == "sacrum")
    view = next(v for v in VIEWS if v.view == sacrum.view)
    natural_w = canvas_size(VIEWS, titled=True, legend=False)[0]
    scale = 300 / natural_w
    point = parse_path(sacrum.path).representative_point()
    vx, vy = (float(v) for v in view.view_box.split()[:2])
    left = 0.0 if view is VIEWS[0] else float(VIEWS[0].view_box.split()[2]) + GAP
    x, y = (left + point.x - vx) * scale, (TITLE_H + point.y - vy) * scale

    def at(cell: int) -> tuple[int, int, int]:
        return png.getpixel((round((x + cell * (300 + SPACE)) * 2), round(y * 2)))

    colour = tuple(int(INTENSITY[7][i : i + 2], 16) for i in (1, 3, 5))
    assert all(abs(a - b) <= 6 for a, b in zip(at(1), colour, strict=True))
    assert not all(abs(a - b) <= 6 for a, b in zip(at(0), colour, strict=True))
