"""Accounts in plain terms: who is acting, what a name and password must be, and when too many
failed sign-ins lock further tries."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

ROLES = ("therapist", "admin")
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._@-]{0,63}")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024

# Five failed sign-ins within 15 minutes for one name lock further tries of that name for 15
# minutes after the fifth. From one address the limit is higher: a clinic's staff often share
# one address (one router, one reverse proxy), and one person's typos must not lock everyone
# out; twenty tries per half hour from an address still makes guessing passwords hopeless.
FAILURE_LIMIT = 5
ADDRESS_FAILURE_LIMIT = 20
FAILURE_WINDOW = timedelta(minutes=15)
LOCK_TIME = timedelta(minutes=15)


@dataclass(frozen=True)
class Account:
    """A person who may sign in; `epoch` changes when older sessions must stop working."""

    id: int
    name: str
    role: str
    disabled: bool
    epoch: int

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Actor:
    """Who does something, for the audit trail: an account (None in local mode) and address."""

    user_id: int | None = None
    user_name: str | None = None
    address: str | None = None


def account_name(text: str) -> str:
    """The stored form of a sign-in name (lower case); ValueError says what is wrong."""
    name = (text or "").strip().lower()
    if not NAME_PATTERN.fullmatch(name):
        raise ValueError(
            "A name is 1 to 64 letters, digits, dots, dashes, underscores or @, "
            "starting with a letter or digit."
        )
    return name


def check_role(role: str) -> str:
    """The role, if it is one PainMap knows."""
    if role not in ROLES:
        raise ValueError(f"The role must be one of {', '.join(ROLES)}, not {role!r}.")
    return role


def check_password(password: str) -> str:
    """The password, if it is long enough (and not absurdly long)."""
    if len(password or "") < MIN_PASSWORD:
        raise ValueError(f"A password needs at least {MIN_PASSWORD} characters.")
    if len(password) > MAX_PASSWORD:
        raise ValueError(f"A password may have at most {MAX_PASSWORD} characters.")
    return password


def locked_until(failures: Iterable[datetime], limit: int = FAILURE_LIMIT) -> datetime | None:
    """When tries unlock again after these failed sign-ins (`limit` of them within the window
    lock), or None if they never locked."""
    times = sorted(failures)
    until = None
    for last in range(limit - 1, len(times)):
        if times[last] - times[last - limit + 1] <= FAILURE_WINDOW:
            end = times[last] + LOCK_TIME
            until = end if until is None or end > until else until
    return until


# What the audit trail records. "view", "change", "export" and "import" are about patient data;
# "account" is an admin's change to an account.
ACTIONS = ("view", "change", "export", "import", "sign-in", "sign-out", "account", "audit")


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit trail: ids and what happened, never a patient's name or notes."""

    id: int
    at: datetime
    user_id: int | None
    user_name: str | None
    action: str
    patient_id: int | None
    visit_id: int | None
    address: str | None
    outcome: str


@dataclass(frozen=True)
class AuditFilter:
    """Which audit rows to show; an empty field matches every row."""

    user_name: str = ""
    action: str = ""
    patient_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
