"""Tables of a course for spreadsheets: every mark of every session, one row each."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import pandas as pd

from dashapp.domain.body.geometry import Region
from dashapp.domain.chart import PainChart

MARK_COLUMNS = ("date", "region", "label", "side", "view", "intensity", "qualities")


def marks_frame(
    sessions: Sequence[tuple[date, PainChart]], regions: Iterable[Region]
) -> pd.DataFrame:
    """One row per session and mark, in session then marking order; intensity is empty when
    not rated and qualities are joined with ';'."""
    by_id = {r.id: r for r in regions}
    rows = []
    for when, chart in sessions:
        for mark in chart.marks:
            region = by_id.get(mark.region)
            rows.append(
                {
                    "date": when.isoformat(),
                    "region": mark.region,
                    "label": region.label if region else "",
                    "side": region.side if region else "",
                    "view": region.view if region else "",
                    "intensity": mark.intensity,
                    "qualities": ";".join(mark.qualities),
                }
            )
    frame = pd.DataFrame(rows, columns=list(MARK_COLUMNS))
    frame["intensity"] = frame["intensity"].astype("Int64")
    return frame


def marks_csv(sessions: Sequence[tuple[date, PainChart]], regions: Iterable[Region]) -> str:
    """The marks table as CSV text (UTF-8, comma separated, header first)."""
    return marks_frame(sessions, regions).to_csv(index=False, lineterminator="\n")
