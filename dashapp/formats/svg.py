"""The body map as a standalone SVG, drawn in Python from the geometry: for reports, PNG export
and small maps session by session. Every piece of text is XML-escaped."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from xml.sax.saxutils import escape, quoteattr

import cairosvg

from dashapp.domain.body.drawn import drawn_shapes
from dashapp.domain.body.geometry import Region, View
from dashapp.domain.body.svgpath import parse_path, shape_path
from dashapp.domain.chart import PainChart
from dashapp.domain.palette import INTENSITY, UNRATED
from dashapp.formats import svg_patterns
from dashapp.formats.svg_patterns import Overlay

FONT = "DejaVu Sans, Arial, sans-serif"
INK = "#333a42"
OUTLINE_FILL = "#f6f7f8"
EDGE = "#c3c9cf"
GAP = 20  # between views
TITLE_H = 70
CAPTION_H = 60
LEGEND_W = 260
LEGEND_ROW = 42
# How far, in drawing units, a drawn edge may move when its points are thinned for these
# pictures. The views are 400 units wide: on an A4 report 0.4 units is under a tenth of a
# millimetre, and thinning leaves about a third of the points, which is what a PDF or PNG
# renderer spends its time on.
THIN = 0.4


@lru_cache(maxsize=4096)
def thinned(d: str, tolerance: float = THIN) -> str:
    """The closed path `d` with its points thinned (Douglas-Peucker, shape kept valid); a path
    that cannot be read is given back as it is."""
    try:
        shape = parse_path(d).simplify(tolerance, preserve_topology=True)
    except ValueError:
        return d
    points = list(shape.exterior.coords)[:-1]
    if len(points) < 3:
        return d
    (x0, y0), rest = points[0], points[1:]
    return f"M{x0:g} {y0:g}L" + " ".join(f"{x:g} {y:g}" for x, y in rest) + "Z"


def _box(view: View) -> tuple[float, float, float, float]:
    x, y, w, h = (float(v) for v in view.view_box.split())
    return x, y, w, h


def fill_for(intensity: int | None) -> str:
    """The fill of a marked region: its intensity colour, or UNRATED."""
    return UNRATED if intensity is None else INTENSITY[intensity]


def _view_svg(
    view: View,
    regions: Sequence[Region],
    chart: PainChart,
    x: float,
    y: float,
    overlays: Sequence[Overlay] = (),
) -> str:
    vx, vy, w, h = _box(view)
    marks = {m.region: m for m in chart.marks}
    parts = [
        f'<svg x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" '
        f'viewBox="{view.view_box}" overflow="visible">',
        f'<path d="{thinned(view.outline)}" fill="{OUTLINE_FILL}" stroke="none"/>',
    ]
    edges = " ".join(thinned(r.path) for r in regions if r.id not in marks)
    if edges:  # the unmarked areas' edges, as one path: one node for the renderer, not 100
        parts.append(f'<path d="{edges}" fill="none" stroke="{EDGE}" stroke-width="0.8"/>')
    for region in regions:
        mark = marks.get(region.id)
        if mark is None:
            continue
        rating = "not rated yet" if mark.intensity is None else f"{mark.intensity}/10"
        parts.append(
            f'<path d="{thinned(region.path)}" fill="{fill_for(mark.intensity)}" stroke="{INK}" '
            f'stroke-width="1"><title>{escape(region.label)}, {rating}</title></path>'
        )
    parts.extend(_drawn_svg(view, chart))
    parts.append(f'<path d="{thinned(view.outline)}" fill="none" stroke="{INK}" stroke-width="2"/>')
    parts.append(svg_patterns.draw(overlays, view.view))
    for letter, mx, my in (("R", view.right_x, view.right_y), ("L", view.left_x, view.left_y)):
        parts.append(
            f'<text x="{mx:g}" y="{my:g}" font-size="30" font-weight="bold" fill="{INK}" '
            f'text-anchor="middle" dominant-baseline="middle" font-family="{FONT}">'
            f"{letter}</text>"
        )
    parts.append("</svg>")
    parts.append(
        f'<text x="{x + w / 2:g}" y="{y + h + CAPTION_H * 0.6:g}" font-size="30" '
        f'text-anchor="middle" fill="{INK}" font-family="{FONT}">{escape(view.label)}</text>'
    )
    return "".join(parts)


@lru_cache(maxsize=8)
def _silhouette(outline: str):
    return parse_path(outline)


def _drawn_svg(view: View, chart: PainChart) -> list[str]:
    """The drawing on one view: each shape it leaves (erasers applied, clipped to the
    silhouette) filled in its intensity colour, as the marks are."""
    mine = [s for s in chart.strokes if s.view == view.view]
    if not mine:
        return []
    parts = []
    for shape in drawn_shapes(mine, {view.view: _silhouette(view.outline)}):
        d = shape_path(shape.geometry.simplify(THIN / 2, preserve_topology=True))
        if d:
            rating = "not rated yet" if shape.intensity is None else f"{shape.intensity}/10"
            parts.append(
                f'<path d="{d}" fill="{fill_for(shape.intensity)}" fill-rule="evenodd" '
                f'stroke="none"><title>Drawn, {rating}</title></path>'
            )
    return parts


def legend_svg(x: float, y: float) -> str:
    """The intensity key (0-10 and 'not rated yet') as SVG elements placed at (x, y)."""
    parts = [
        f'<text x="{x:g}" y="{y:g}" font-size="26" font-weight="bold" fill="{INK}" '
        f'font-family="{FONT}">Intensity</text>'
    ]
    rows = [(str(i), colour) for i, colour in reversed(list(enumerate(INTENSITY)))]
    rows.append(("not rated yet", UNRATED))
    for n, (text, colour) in enumerate(rows):
        top = y + 20 + n * LEGEND_ROW
        parts.append(
            f'<rect x="{x:g}" y="{top:g}" width="34" height="30" fill="{colour}" '
            f'stroke="{INK}" stroke-width="1"/>'
            f'<text x="{x + 46:g}" y="{top + 22:g}" font-size="22" fill="{INK}" '
            f'font-family="{FONT}">{escape(text)}</text>'
        )
    return "".join(parts)


def canvas_size(views: Sequence[View], *, titled: bool, legend: bool) -> tuple[float, float]:
    """Width and height, in drawing units, of render_svg's canvas for these views."""
    boxes = [_box(v) for v in views]
    width = sum(b[2] for b in boxes) + GAP * (len(boxes) - 1) + (LEGEND_W if legend else 0)
    height = (TITLE_H if titled else 0) + max((b[3] for b in boxes), default=0) + CAPTION_H
    return max(width, 1.0), height


def render_svg(
    chart: PainChart,
    views: Sequence[View],
    regions: Iterable[Region],
    *,
    title: str | None = None,
    legend: bool = True,
    width: float | None = None,
    overlays: Sequence[Overlay] = (),
) -> str:
    """The chart on every view side by side, with R/L markers, view captions, an optional
    title and intensity legend, as one standalone SVG document. `overlays` (a muscle's
    pattern, a dermatome) are drawn over the marks, and said in words in the legend."""
    regions = tuple(regions)
    top = TITLE_H if title else 0
    total_w, total_h = canvas_size(views, titled=bool(title), legend=legend)
    body, x = [], 0.0
    for view in views:
        mine = [r for r in regions if r.view == view.view]
        body.append(_view_svg(view, mine, chart, x, top, overlays))
        x += _box(view)[2] + GAP
    if legend:
        body.append(legend_svg(x + 10, top + 40))
        body.append(svg_patterns.legend(overlays, x + 10, top + 100 + 12 * LEGEND_ROW, INK))
    label = _alt_text(chart, title) + (svg_patterns.SAID if overlays else "")
    head = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" role="img" '
        f'aria-label={quoteattr(label)} viewBox="0 0 {total_w:g} {total_h:g}" '
        f'width="{width or total_w:g}" height="{(width or total_w) * total_h / total_w:g}">',
        f"<title>{escape(label)}</title>",
        svg_patterns.defs() if overlays else "",
        f'<rect width="{total_w:g}" height="{total_h:g}" fill="#ffffff"/>',
    ]
    if title:
        head.append(
            f'<text x="{total_w / 2:g}" y="{TITLE_H * 0.65:g}" font-size="36" '
            f'font-weight="bold" text-anchor="middle" fill="{INK}" font-family="{FONT}">'
            f"{escape(title)}</text>"
        )
    return "".join(head + body) + "</svg>"


def _alt_text(chart: PainChart, title: str | None) -> str:
    n = len(chart.marks)
    what = f"Body map with {n} marked area{'' if n == 1 else 's'}"
    if chart.strokes:
        what += " and a drawing"
    return f"{title}: {what}" if title else what


def to_png(svg: str, width: int = 800) -> bytes:
    """Rasterise an SVG document to PNG bytes, `width` pixels wide."""
    if width <= 0:
        raise ValueError(f"width must be a positive number of pixels, not {width!r}")
    return cairosvg.svg2png(bytestring=svg.encode("utf-8"), output_width=width)
