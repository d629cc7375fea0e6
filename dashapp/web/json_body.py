"""Reading a request's JSON body: every way it can be unreadable is named, never a 500."""

from __future__ import annotations

import json
from typing import Any

import flask
from werkzeug.exceptions import RequestEntityTooLarge


class BodyProblem(ValueError):
    """The body cannot be read; `status` is 413 when it is too large, 400 otherwise."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def read_json(request: flask.Request, max_bytes: int | None = None) -> Any:
    """The request's body as JSON data; BodyProblem naming why it cannot be read."""
    if not request.is_json:
        raise BodyProblem("The request body must be JSON, sent as application/json.")
    if max_bytes is not None:
        request.max_content_length = max_bytes
    limit = request.max_content_length
    too_large = BodyProblem(f"The request body is larger than {(limit or 0) // 1024} KB.", 413)
    try:
        raw = request.get_data(cache=True)
    except RequestEntityTooLarge:
        raise too_large from None
    # A body sent without Content-Length (chunked) is cut at the limit: reaching it is too much.
    if limit is not None and request.content_length is None and len(raw) >= limit:
        raise too_large
    try:
        return json.loads(raw)
    except json.JSONDecodeError as err:
        raise BodyProblem(
            f"The request body is not valid JSON: {err.msg} (line {err.lineno}, "
            f"column {err.colno})."
        ) from None
    except UnicodeDecodeError as err:
        raise BodyProblem(f"The request body is not UTF-8 text (byte {err.start}).") from None
    except ValueError as err:  # a number too long to read, say
        why = str(err).split(";")[0]
        raise BodyProblem(f"The request body cannot be read: {why}.") from None
    except RecursionError:
        raise BodyProblem("The request body is nested too deeply to read.") from None


__all__ = ["BodyProblem", "read_json"]
