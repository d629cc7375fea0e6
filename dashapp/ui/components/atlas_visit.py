"""A session's own marks and drawing under the atlas's pattern (/atlas?visit=ID).

The marks keep their intensity colours and the drawing its strokes; the pattern lies over them
in lines, dots and outlines, never a fill, so the two cannot be taken for each other. The
surface areas are drawn for looking only: a tap on the map still chooses a muscle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dashapp.domain import palette
from dashapp.domain.chart import PainChart
from dashapp.ui.components.bodymap import MUSCLE, SURFACE


@dataclass(frozen=True)
class SessionChart:
    """What the atlas shows of a session: its id, date and pain chart."""

    visit_id: int
    date: date
    chart: PainChart


def map_props(app, shown: SessionChart | None) -> dict[str, Any]:
    """BodyMap props that draw the session's marks and drawing under the muscles (or, without
    a session, the muscles alone)."""
    if shown is None:
        return {"regions": (), "layers": [MUSCLE]}
    chart = shown.chart
    return {
        "regions": app.regions,
        "layers": [SURFACE, MUSCLE],
        "passiveLayers": [SURFACE],
        "values": {m.region: m.intensity for m in chart.marks if m.intensity is not None},
        "colorscale": palette.colorscale(),
        "drawing": [stroke.to_json() for stroke in chart.strokes],
    }


def mode_data(present: bool, shown: SessionChart | None) -> dict[str, Any]:
    """What the atlas's callbacks keep of the page: the mode, and the session's id and marked
    areas (not its intensities or drawing, which stay as drawn at load)."""
    if shown is None:
        return {"present": present}
    return {"present": present, "visit": str(shown.visit_id), "marked": shown.chart.regions}


def marked(app, mode: dict) -> list[str]:
    """The session's marked areas kept by the page, known areas only."""
    regions = mode.get("marked")
    if not isinstance(regions, list):
        return []
    known = {r.id for r in app.regions}
    return [r for r in regions if isinstance(r, str) and r in known]


def caption(shown: SessionChart) -> str:
    """The words naming the session whose marks lie under the pattern."""
    return f"Under the pattern: the marks and drawing of the session of {shown.date:%d %b %Y}"
