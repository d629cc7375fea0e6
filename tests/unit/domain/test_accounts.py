"""The sign-in rules: names, passwords, and when failed tries lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dashapp.domain.accounts import LOCK_TIME, account_name, check_password, locked_until

START = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)


def minutes(*values: int) -> list[datetime]:
    return [START + timedelta(minutes=m) for m in values]


def test_five_failures_within_15_minutes_lock_for_15_after_the_fifth():
    assert locked_until(minutes(0, 1, 2, 3)) is None
    assert locked_until(minutes(0, 1, 2, 3, 14)) == START + timedelta(minutes=14) + LOCK_TIME
    assert locked_until(minutes(0, 4, 8, 12, 16)) is None  # spread over 16 minutes


def test_names_and_passwords():
    assert account_name("  Alice.B ") == "alice.b"
    with pytest.raises(ValueError):
        account_name("-alice")
    with pytest.raises(ValueError, match="at least 10"):
        check_password("123456789")


def test_a_higher_limit_needs_more_failures_in_the_window():
    five = minutes(0, 1, 2, 3, 4)
    assert locked_until(five, limit=6) is None
    assert (
        locked_until(minutes(0, 1, 2, 3, 4, 5), limit=6) == START + timedelta(minutes=5) + LOCK_TIME
    )
