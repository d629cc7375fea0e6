"""Reading component trees as a patient and as a therapist would."""

from __future__ import annotations

import re

from dash import html

# Statistics a patient should not meet outside the therapist part.
STATISTICS = re.compile(
    r"\d\s*%|\bAUC\b|\bLR[+-]?\b|\bDOR\b|sensitivity|specificity|\d points?\b|\d\.\d"
)


def walk(component, *, in_therapist=False):
    """Every (text, inside a therapist part?) pair in a component tree."""
    if isinstance(component, str):
        yield component, in_therapist
        return
    inside = in_therapist or "therapist" in (getattr(component, "className", "") or "")
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None:
            yield from walk(child, in_therapist=inside)


def claims(component):
    if "therapist__claim" in (getattr(component, "className", "") or ""):
        yield component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if hasattr(child, "to_plotly_json"):
            yield from claims(child)


def texts(tree):
    pairs = list(walk(html.Div(tree)))
    patient = " ".join(t for t, inside in pairs if not inside)
    clinical = " ".join(t for t, inside in pairs if inside)
    return patient, clinical
