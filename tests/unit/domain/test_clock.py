"""Times shown in the person's own time zone, from the UTC the store keeps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashapp.domain.clock import (
    local,
    session_labels,
    session_text,
    session_time,
    time_text,
    zone,
    zone_name,
)

WINTER = datetime(2026, 1, 15, 13, 5, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 13, 5, tzinfo=UTC)


def test_a_known_zone_is_used_and_anything_else_reads_as_utc():
    assert zone_name(zone("Europe/Paris")) == "Europe/Paris"
    for junk in (None, "", "Mars/Olympus", "../../etc/passwd", "/etc/localtime", "x" * 500, 3):
        assert zone(junk) is UTC
    assert zone_name(UTC) == "UTC"


def test_times_are_written_in_local_time_with_the_zone_across_summer_time():
    paris = zone("Europe/Paris")
    assert time_text(WINTER, paris) == "2026-01-15 14:05 CET"
    assert time_text(SUMMER, paris) == "2026-07-15 15:05 CEST"
    assert time_text(WINTER, zone("America/New_York")) == "2026-01-15 08:05 EST"
    assert time_text(WINTER, zone(None)) == "2026-01-15 13:05 UTC"


def test_a_time_without_its_zone_is_refused():
    with pytest.raises(ValueError):
        local(datetime(2026, 1, 15, 13, 5), UTC)


def test_a_session_time_is_known_only_when_it_was_started_on_its_own_local_day():
    tokyo = zone("Asia/Tokyo")  # 13:05 UTC on the 15th is 22:05 on the 15th in Tokyo
    assert session_time(date(2026, 1, 15), WINTER, tokyo).hour == 22
    late = datetime(2026, 1, 15, 23, 30, tzinfo=UTC)  # the 16th in Tokyo
    assert session_time(date(2026, 1, 16), late, tokyo).hour == 8
    assert session_time(date(2026, 1, 15), late, tokyo) is None
    assert session_time(date(2026, 1, 15), None, tokyo) is None


def test_a_label_is_the_date_and_the_time_only_when_the_day_has_several_sessions():
    paris = zone("Europe/Paris")
    before, after = local(WINTER, paris), local(WINTER + timedelta(hours=1), paris)
    labels = session_labels(
        [(date(2026, 1, 8), None), (date(2026, 1, 15), before), (date(2026, 1, 15), after)]
    )
    assert labels == ["2026-01-08", "2026-01-15 14:05", "2026-01-15 15:05"]


def test_sessions_of_one_day_without_a_time_are_numbered():
    day = date(2026, 1, 15)
    assert session_labels([(day, None), (day, None), (day, None)]) == [
        "2026-01-15, 1st",
        "2026-01-15, 2nd",
        "2026-01-15, 3rd",
    ]


@given(
    st.lists(
        st.tuples(
            st.dates(date(2026, 1, 1), date(2026, 1, 3)),
            st.none() | st.datetimes(datetime(2026, 1, 1), datetime(2026, 1, 3, 23, 59)),
        ),
        max_size=30,
    )
)
def test_no_two_sessions_ever_share_a_label(sessions):
    labels = session_labels(sessions)
    assert len(labels) == len(sessions) == len(set(labels))
    assert all(
        label.startswith(day.isoformat()) for label, (day, _) in zip(labels, sessions, strict=True)
    )


def test_a_session_is_dated_and_timed_when_its_start_is_known():
    at = local(WINTER, zone("Europe/Paris"))
    assert session_text(date(2026, 1, 15), None) == "2026-01-15"
    assert session_text(date(2026, 1, 15), at) == "2026-01-15 14:05"
    assert session_text(date(2026, 1, 15), at, zone=True) == "2026-01-15 14:05 CET"
