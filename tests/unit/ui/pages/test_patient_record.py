"""The patient's record page: each session's line in the timeline, in plain words."""

from __future__ import annotations

from datetime import date

from dashapp.domain.progress import SessionMetrics
from dashapp.ui.pages.patient_record import _metrics

ROW = SessionMetrics(
    date=date(2026, 3, 2), regions=1, share=0.02, rated=1, highest=6, mean=6.0, wpi=1,
    wpi_areas=("right_upper_leg",), jaccard=0.5,
)  # fmt: skip


def test_a_session_line_counts_areas_and_says_when_there_is_a_drawing():
    assert "".join(_metrics(ROW)) == (
        ": 1 area, highest 6/10, 50% of the painful area the same as before"
    )
    drawn = SessionMetrics(**{**ROW.__dict__, "regions": 0, "drawn": True, "jaccard": None})
    assert "".join(_metrics(drawn)) == ": 0 areas and a drawing, highest 6/10"
