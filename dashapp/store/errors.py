"""What the store refuses, and why, in words a therapist can act on."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from dashapp.domain.clock import time_text


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
        super().__init__(self.said(UTC))

    def said(self, where: tzinfo) -> str:
        """What happened, with the time of the other change in the reader's zone."""
        who = f" by {self.changed_by}" if self.changed_by else ""
        what = f" ({self.changed_what})" if self.changed_what else ""
        return (
            f"This session was changed elsewhere at {time_text(self.changed_at, where)}"
            f"{who}{what}. Reload it to see those changes; yours were not saved "
            f"(you loaded version {self.loaded_version}, it is now version "
            f"{self.current_version})."
        )


class RestoreError(StoreError):
    """A backup file that cannot be restored; the database was left as it was."""
