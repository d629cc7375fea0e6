"""Reading what the browser sends: callbacks take their inputs through these checks.

The page only ever sends values of the shapes read here; anything else (a list where text
belongs, a forged id, a store edited by hand) comes from outside the page. Such a request
changes nothing: the checks raise PreventUpdate, which Dash answers with 204 No Content.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from dash.exceptions import PreventUpdate

from dashapp.store.validate import is_record_id


def text(value: Any) -> str:
    """Text from a text box; an empty box (None) reads as ""."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise PreventUpdate
    return value


def words(value: Any) -> list[str]:
    """The ids picked in a checklist, a dropdown or on the map; nothing picked reads as []."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PreventUpdate
    return value


def entries(value: Any) -> list[Any]:
    """The entries of a list the page keeps (the undo stack); an empty store reads as []."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise PreventUpdate
    return value


def choice(value: Any, allowed: Collection[str], default: str) -> str:
    """One of `allowed`; anything else (nothing chosen yet, an unknown id) reads as `default`."""
    return value if isinstance(value, str) and value in allowed else default


def mapping(value: Any) -> Mapping[str, Any]:
    """The data of a store the page keeps (an object); an empty store reads as {}."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise PreventUpdate
    return value


def record_id(value: Any) -> int:
    """The id of a saved patient or session, as the page was given it."""
    if not is_record_id(value):
        raise PreventUpdate
    return value


def loaded_version(value: Any) -> tuple[int, int]:
    """(visit id, version) of the session the page loaded, from its version store."""
    data = mapping(value)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise PreventUpdate
    return record_id(data.get("visit")), version


def keyed(inputs: Any, values: Any, key: str = "region") -> dict[str, Any]:
    """Answers of pattern-matched inputs (one per marked area, say), keyed by the `key` of
    their ids; `inputs` is the callback context's list of those inputs."""
    keys = id_keys(inputs, key)
    if not isinstance(values, list) or len(values) != len(keys) or len(set(keys)) != len(keys):
        raise PreventUpdate
    return dict(zip(keys, values, strict=True))


def id_keys(inputs: Any, key: str) -> list[str]:
    """The `key` of each pattern-matched input's id (the area of each mark, say)."""
    if not isinstance(inputs, list):
        raise PreventUpdate
    return [_id_key(item, key) for item in inputs]


def _id_key(item: Any, key: str) -> str:
    ident = item.get("id") if isinstance(item, Mapping) else None
    value = ident.get(key) if isinstance(ident, Mapping) else None
    if not isinstance(value, str):
        raise PreventUpdate
    return value
