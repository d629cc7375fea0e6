"""The marks of a course as one CSV table."""

from __future__ import annotations

import io
from datetime import date

import pandas as pd

from dashapp.domain.body import geometry
from dashapp.domain.chart import Mark, PainChart
from dashapp.formats.tables import MARK_COLUMNS, marks_csv, marks_frame

REGIONS = geometry.load_surface_regions()
SESSIONS = [
    (date(2026, 1, 5), PainChart((Mark("right_jaw", 3, ("sharp", "aching")), Mark("sacrum")))),
    (date(2026, 1, 12), PainChart()),
    (date(2026, 1, 19), PainChart((Mark("sacrum", 0),))),
]


def test_one_row_per_session_and_mark():
    frame = marks_frame(SESSIONS, REGIONS)
    assert list(frame.columns) == list(MARK_COLUMNS)
    assert list(frame["date"]) == ["2026-01-05", "2026-01-05", "2026-01-19"]
    assert list(frame["region"]) == ["right_jaw", "sacrum", "sacrum"]
    assert frame.loc[0, "label"] == "Right jaw" and frame.loc[0, "side"] == "right"
    assert frame.loc[0, "qualities"] == "sharp;aching"


def test_unrated_is_empty_and_zero_is_zero_in_the_csv():
    back = pd.read_csv(io.StringIO(marks_csv(SESSIONS, REGIONS)), dtype={"intensity": "Int64"})
    assert back["intensity"].tolist()[0] == 3
    assert pd.isna(back["intensity"].tolist()[1])
    assert back["intensity"].tolist()[2] == 0


def test_an_empty_course_gives_only_the_header():
    assert marks_csv([], REGIONS) == ",".join(MARK_COLUMNS) + "\n"
