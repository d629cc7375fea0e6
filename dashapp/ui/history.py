"""The patient page's undo stack: saved charts (as JSON), newest last, kept short."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

HISTORY_LIMIT = 30


def remember(history: Sequence[Any] | None, before: Any, limit: int = HISTORY_LIMIT) -> list:
    """The stack with `before` pushed on top, keeping only the newest `limit` entries."""
    return [*(history or []), before][-limit:]


def take_last(history: Sequence[Any] | None) -> tuple[Any | None, list]:
    """The newest entry (None when there is nothing to undo) and the stack without it."""
    stack = list(history or [])
    return (stack.pop(), stack) if stack else (None, stack)
