"""Hypothesis strategies for what a person (or a script) can send: JSON junk, and callback
posts built from an app's own `callback_map`, so a new callback is covered without listing it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Generated cases are the same on every run (CI stays stable) and none is too slow to count.
FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Words PainMap knows, so generated values reach past the first check now and then.
WORDS = (
    "",
    "none",
    "right",
    "left",
    "both",
    "classic",
    "L5",
    "S1",
    "piriformis",
    "gluteus_medius",
    "sacrum",
    "friction",
    "sitting",
    "aching",
    "positive",
    "weak",
    "sudden",
    "visit",
    "version",
    "marks",
    "answers",
    "findings",
    "present",
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, 1, 2, 10, 11, -1, 2**63, 2**64]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(WORDS),
    st.text(max_size=20),
    st.sampled_from(["x" * 100_000, "é" * 20_000, "\x00", "1" * 30]),
)


def junk(words: Iterable[str] = ()) -> st.SearchStrategy[Any]:
    """Any JSON value, nested a few levels, with the app's own `words` mixed in."""
    return _junk(tuple(sorted(set(words))))


# A strategy is immutable and may be drawn from again and again. Making it anew at each draw
# (a composite strategy asks for junk many times over) cost more than the checks it fed:
# Hypothesis validates a new recursive strategy before its first draw.
@cache
def _junk(words: tuple[str, ...]) -> st.SearchStrategy[Any]:
    leaves = st.one_of(scalars, st.sampled_from(words or [""]))
    keys = st.one_of(st.sampled_from(WORDS), st.sampled_from(words or [""]))
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=5),
            st.dictionaries(st.one_of(keys, st.text(max_size=8)), inner, max_size=5),
        ),
        max_leaves=12,
    )


def _pattern(dependency_id: str) -> dict | None:
    """The dict of a pattern-matching id (`{"region":["ALL"],...}`), or None for a string id."""
    return json.loads(dependency_id) if dependency_id.startswith("{") else None


def _concrete(pattern: Mapping[str, Any], value: Any) -> dict[str, Any]:
    """One matching id: every wildcard key set to `value`."""
    return {k: (value if isinstance(v, list) else v) for k, v in pattern.items()}


def _prop_id(component_id: Any, prop: str) -> str:
    if isinstance(component_id, dict):
        component_id = json.dumps(component_id, sort_keys=True, separators=(",", ":"))
    return f"{component_id}.{prop}"


@cache
def _wildcards(words: tuple[str, ...]) -> st.SearchStrategy[list]:
    """Values for the wildcard keys of pattern-matching ids: up to four ids of one type."""
    return st.lists(st.one_of(st.sampled_from(words or [""]), scalars), max_size=4)


@st.composite
def callback_post(draw, key: str, callback: Mapping[str, Any], words: Iterable[str] = ()):
    """A body for `/_dash-update-component` calling `callback`, as the renderer shapes it
    (ids and properties from the callback map), carrying generated values."""
    values = junk(words)
    wildcards = _wildcards(tuple(sorted(set(words))))
    # One set of concrete ids per pattern type, shared by its inputs and outputs.
    matched: dict[str, list] = {}

    def dependency(item: Mapping[str, Any]) -> Any:
        pattern = _pattern(item["id"])
        if pattern is None:
            return {"id": item["id"], "property": item["property"], "value": draw(values)}
        if pattern["type"] not in matched:
            matched[pattern["type"]] = draw(wildcards)
        return [
            {"id": _concrete(pattern, w), "property": item["property"], "value": draw(values)}
            for w in matched[pattern["type"]]
        ]

    inputs = [dependency(i) for i in callback["inputs"]]
    state = [dependency(s) for s in callback["state"]]
    outputs = []
    for output in (
        callback["output"] if isinstance(callback["output"], list) else [callback["output"]]
    ):
        pattern = _pattern(str(output.component_id_str()))
        if pattern is None:
            outputs.append({"id": output.component_id, "property": output.component_property})
        else:
            outputs.append(
                [
                    {"id": _concrete(pattern, w), "property": output.component_property}
                    for w in matched.get(pattern["type"], [])
                ]
            )
    changed = [
        _prop_id(d["id"], d["property"])
        for d in (x for item in inputs for x in (item if isinstance(item, list) else [item]))
    ]
    return {
        "output": key,
        "outputs": outputs if isinstance(callback["output"], list) else outputs[0],
        "inputs": inputs,
        "state": state,
        "changedPropIds": draw(st.lists(st.sampled_from(changed), max_size=1)) if changed else [],
    }


def paths(data: Any, prefix: tuple = ()) -> Iterator[tuple]:
    """The path (keys and indexes) of every part of nested JSON data."""
    if isinstance(data, dict | list):
        items = data.items() if isinstance(data, dict) else enumerate(data)
    else:
        items = ()
    for key, value in items:
        yield (*prefix, key)
        yield from paths(value, (*prefix, key))


def _places(data: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in nested JSON data, the top level included."""
    found, todo = [], [data]
    while todo:
        here = todo.pop()
        keys = list(here) if isinstance(here, dict) else range(len(here))
        for key in keys:
            found.append((here, key))
            if isinstance(here[key], dict | list):
                todo.append(here[key])
    return found


@st.composite
def mutated(draw, document: Any, words: Iterable[str] = ()):
    """`document` (JSON data) with one to three parts replaced by junk, removed, or given a
    field it does not have."""
    data = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        places = _places(data)
        if not places:
            break
        container, key = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "replace", "remove", "add"]))
        if action == "replace":
            container[key] = draw(junk(words))
        elif action == "remove":
            del container[key]
        elif isinstance(container, dict):
            keys = st.sampled_from(sorted({*WORDS, *words}))
            container[draw(keys)] = draw(junk(words))
        else:
            container.append(draw(junk(words)))
    return data
