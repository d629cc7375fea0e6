"""The boundary of Dash's callback route: a request the page could not have sent gets 400.

Dash reads the body of `/_dash-update-component` as it comes, and a shape it does not expect
(no output, inputs that are not a list, a body nested 10,000 deep, a page address that is not
text) raises inside Dash: a 500. The page's renderer always sends the ids and properties the
callback declared, so a body is checked against the app's callback map before Dash reads it;
the values themselves are checked by each callback (`dashapp/callbacks/inputs.py`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import flask

from dashapp.web.json_body import BodyProblem, read_json

ROUTE = "/_dash-update-component"
# Values Dash itself reads (its page router): the browser sends an address and a query.
_DASH_VALUES = {
    ("_pages_location", "pathname"): lambda v: isinstance(v, str) and v.startswith("/"),
    ("_pages_location", "search"): lambda v: v is None or isinstance(v, str),
}


def register(server: flask.Flask, callbacks: Mapping[str, Any]) -> None:
    """Check callback requests against `callbacks` (the app's callback map, filled by Dash)."""

    @server.before_request
    def refuse_malformed_callback():
        if flask.request.path != ROUTE or flask.request.method != "POST":
            return None
        try:
            problem = body_problem(read_json(flask.request), callbacks)
        except BodyProblem as unreadable:
            return flask.jsonify({"error": str(unreadable)}), unreadable.status
        return (flask.jsonify({"error": problem}), 400) if problem else None


def body_problem(body: Any, callbacks: Mapping[str, Any]) -> str | None:
    """Why `body` is not a call of one of `callbacks` as the renderer shapes it, or None."""
    if not isinstance(body, dict):
        return "The body must be a JSON object."
    output = body.get("output")
    callback = callbacks.get(output) if isinstance(output, str) else None
    if callback is None or "callback" not in callback:
        return "'output' must name a server callback of this app."
    given: dict[str, Any] = {}
    for part in ("inputs", "state"):
        items, declared = body.get(part, []), callback[part]
        if not isinstance(items, list) or len(items) != len(declared):
            return f"'{part}' must be a list of the callback's {len(declared)} {part}."
        for item, want in zip(items, declared, strict=True):
            problem = _dependency_problem(part, item, want)
            if problem:
                return problem
            given[want["id"]] = item
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        return "'changedPropIds' must be a list of texts."
    return _outputs_problem(body.get("outputs"), callback["output"], given)


def _dependency_problem(part: str, item: Any, want: Mapping[str, str]) -> str | None:
    pattern = _pattern(want["id"])
    if pattern is not None and not isinstance(item, list):
        return f"'{part}': {want['id']} matches a list of components."
    for one in item if pattern is not None else [item]:
        if not isinstance(one, dict) or one.get("property") != want["property"]:
            return f"'{part}': each must be an object with the property {want['property']!r}."
        if not _matches(one.get("id"), want["id"], pattern):
            return f"'{part}': {one.get('id')!r} is not {want['id']}."
        readable = _DASH_VALUES.get((want["id"], want["property"]))
        if readable is not None and not readable(one.get("value")):
            return f"'{part}': {want['id']}.{want['property']} is not an address or a query."
    return None


def _outputs_problem(outputs: Any, declared: Any, given: Mapping[str, Any]) -> str | None:
    many = isinstance(declared, list)
    wanted = declared if many else [declared]
    items = outputs if many else [outputs]
    if not isinstance(items, list) or len(items) != len(wanted):
        return f"'outputs' must name the callback's {len(wanted)} outputs."
    for item, want in zip(items, wanted, strict=True):
        matched = given.get(want.component_id_str())
        if isinstance(matched, list) and (not isinstance(item, list) or len(item) != len(matched)):
            return f"'outputs': {want.component_id_str()} must match its inputs one to one."
        if not all(isinstance(i, dict) for i in (item if isinstance(item, list) else [item])):
            return "'outputs' must be objects with an id and a property."
    return None


def _pattern(component_id: str) -> dict | None:
    return json.loads(component_id) if component_id.startswith("{") else None


def _matches(given: Any, declared: str, pattern: dict | None) -> bool:
    if pattern is None:
        return given == declared
    return (
        isinstance(given, dict)
        and given.keys() == pattern.keys()
        and all(isinstance(v, list) or given[k] == v for k, v in pattern.items())
    )


__all__ = ["ROUTE", "body_problem", "register"]
