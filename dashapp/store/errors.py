"""What the store refuses, and why, in words a therapist can act on."""

from __future__ import annotations

from datetime import datetime


class StoreError(Exception):
    """Base of everything the store raises on purpose."""


class InvalidInput(StoreError, ValueError):
    """The data given cannot be saved as it is; nothing was written."""


class NotFound(StoreError, LookupError):
    """No patient or session with that id."""


class ConflictError(StoreError):
    """The session was saved elsewhere since it was loaded; nothing was written."""

    def __init__(
        self,
        visit_id: int,
        loaded_version: int,
        current_version: int,
        changed_at: datetime,
        changed_by: str | None = None,
        changed_what: str | None = None,
    ) -> None:
        self.visit_id = visit_id
        self.loaded_version = loaded_version
        self.current_version = current_version
        self.changed_at = changed_at
        self.changed_by = changed_by
        self.changed_what = changed_what
        who = f" by {changed_by}" if changed_by else ""
        what = f" ({changed_what})" if changed_what else ""
        super().__init__(
            f"This session was changed elsewhere at {changed_at:%Y-%m-%d %H:%M} UTC{who}{what}. "
            f"Reload it to see those changes; yours were not saved "
            f"(you loaded version {loaded_version}, it is now version {current_version})."
        )


class RestoreError(StoreError):
    """A backup file that cannot be restored; the database was left as it was."""
