"""Small maps, one per session, as one compact SVG drawing.

The body is the same in every map: its silhouette, the edges of its areas, the R/L markers and
the view captions are written once, in <defs>, and each map only refers to them (<use>). A
session adds its marked areas, each a <use> of the area's shape with its own fill, and its
drawing. Fifty sessions so weigh a few dozen kilobytes instead of megabytes, and a browser or
PDF renderer parses the body once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from dashapp.domain.body.geometry import Region, View
from dashapp.domain.chart import PainChart
from dashapp.formats import svg
from dashapp.formats.svg import EDGE, FONT, INK, LEGEND_ROW, LEGEND_W, OUTLINE_FILL, TITLE_H

UNDER, OVER = "body-under", "body-over"  # ids of the body drawn below and above the marks
SPACE = 10  # between maps


def _offsets(views: Sequence[View]) -> dict[str, tuple[float, float]]:
    """How far each view's own coordinates move to land in a map's frame (views side by side
    under the title, as render_svg lays them out)."""
    moved, x = {}, 0.0
    for view in views:
        vx, vy, w, _ = svg._box(view)
        moved[view.view] = (x - vx, TITLE_H - vy)
        x += w + svg.GAP
    return moved


def _shift(dx: float, dy: float) -> str:
    return f' transform="translate({dx:g} {dy:g})"'


def _defs(views: Sequence[View], regions: Sequence[Region]) -> str:
    """The body, once: each area's shape (by index: #a0, #a1...), the body under the marks
    (silhouette and area edges) and over them (outline, R/L, caption)."""
    moved = _offsets(views)
    shapes = [
        f'<path id="a{n}" d="{svg.thinned(r.path)}"{_shift(*moved[r.view])}/>'
        for n, r in enumerate(regions)
        if r.view in moved
    ]
    under, over = [], []
    for view in views:
        dx, dy = moved[view.view]
        vx, vy, w, h = svg._box(view)
        outline = svg.thinned(view.outline)
        edges = " ".join(svg.thinned(r.path) for r in regions if r.view == view.view)
        under.append(
            f"<g{_shift(dx, dy)}>"
            f'<path d="{outline}" fill="{OUTLINE_FILL}"/>'
            f'<path d="{edges}" fill="none" stroke="{EDGE}" stroke-width="0.8"/></g>'
        )
        letters = "".join(
            f'<text x="{x:g}" y="{y:g}">{letter}</text>'
            for letter, x, y in (("R", view.right_x, view.right_y), ("L", view.left_x, view.left_y))
        )
        over.append(
            f"<g{_shift(dx, dy)}>"
            f'<path d="{outline}" fill="none" stroke="{INK}" stroke-width="2"/>'
            f'<g font-size="30" font-weight="bold" text-anchor="middle" '
            f'dominant-baseline="middle">{letters}</g>'
            f'<text x="{vx + w / 2:g}" y="{vy + h + svg.CAPTION_H * 0.6:g}" font-size="30" '
            f'text-anchor="middle">{escape(view.label)}</text></g>'
        )
    return (
        f"<defs>{''.join(shapes)}"
        f'<g id="{UNDER}">{"".join(under)}</g>'
        f'<g id="{OVER}" fill="{INK}" font-family="{FONT}">{"".join(over)}</g></defs>'
    )


def _map(
    title: str, chart: PainChart, views: Sequence[View], index: dict[str, int], at: str
) -> str:
    """One session's map: the body by reference, its marks and drawing, titled."""
    moved = _offsets(views)
    marks = "".join(
        f'<use href="#a{index[m.region]}" fill="{svg.fill_for(m.intensity)}"/>'
        for m in chart.marks
        if m.region in index
    )
    drawn = "".join(
        f"<g{_shift(*moved[view.view])}>{''.join(parts)}</g>"
        for view in views
        if (parts := svg._drawn_svg(view, chart))
    )
    width = svg.canvas_size(views, titled=True, legend=False)[0]
    return (
        f"<g{at}><title>{escape(svg._alt_text(chart, title))}</title>"
        f'<text x="{width / 2:g}" y="{TITLE_H * 0.65:g}" font-size="36" font-weight="bold" '
        f'text-anchor="middle" fill="{INK}" font-family="{FONT}">{escape(title)}</text>'
        f'<use href="#{UNDER}"/><g stroke="{INK}">{marks}</g>{drawn}<use href="#{OVER}"/></g>'
    )


def render_small_multiples(
    sessions: Sequence[tuple[str | date, PainChart]],
    views: Sequence[View],
    regions: Iterable[Region],
    *,
    columns: int = 3,
    map_width: float = 300,
) -> str:
    """One small map per session, titled with its label (a date is written ISO), in rows of
    `columns`, with one shared legend."""
    regions = tuple(r for r in regions if r.view in {v.view for v in views})
    index = {r.id: n for n, r in enumerate(regions)}
    natural_w, natural_h = svg.canvas_size(views, titled=True, legend=False)
    scale = map_width / natural_w
    cell_h = natural_h * scale + SPACE
    columns = max(1, min(columns, len(sessions) or 1))
    maps = []
    for n, (when, chart) in enumerate(sessions):
        x, y = (n % columns) * (map_width + SPACE), (n // columns) * cell_h
        title = when.isoformat() if isinstance(when, date) else str(when)
        at = f' transform="translate({x:g} {y:g}) scale({scale:.6g})"'
        maps.append(_map(title, chart, views, index, at))
    grid_w, rows = columns * (map_width + SPACE), -(-len(sessions) // columns)
    legend_scale = 0.5
    legend_h = (40 + 13 * LEGEND_ROW) * legend_scale
    total_w, total_h = grid_w + LEGEND_W * legend_scale, max(rows * cell_h, legend_h)
    label = f"Body maps of {len(maps)} session{'' if len(maps) == 1 else 's'}, one per date"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" role="img" '
        f'aria-label={quoteattr(label)} viewBox="0 0 {total_w:g} {total_h:g}" '
        f'width="{total_w:g}" height="{total_h:g}"><title>{escape(label)}</title>'
        + _defs(views, regions)
        + f'<rect width="{total_w:g}" height="{total_h:g}" fill="#ffffff"/>'
        + "".join(maps)
        + f'<g transform="translate({grid_w + 5:g} 20) scale({legend_scale})">'
        + svg.legend_svg(0, 20)
        + "</g></svg>"
    )
