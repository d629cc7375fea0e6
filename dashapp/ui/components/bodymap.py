"""Turn geometry into BodyMap props: the component itself knows no anatomy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from dash import html
from dash_bodymap import BodyMap, ChoiceGroup

from dashapp.domain.body.focus_views import ONE_SIDE, WHOLE, FocusView
from dashapp.domain.body.geometry import Region, View
from dashapp.domain.body.muscles import MuscleOutline

SURFACE = "surface"
MUSCLE = "muscle"

WHOLE_BODY = WHOLE
LEGS = "legs"  # the shipped 'Low back, hip and leg' view (data/geometry/focus_views.csv)
NECK_ARM = "neck_arm"  # the shipped "Neck, shoulder and arm" view
HEAD = "head"  # the shipped "Head and jaw" view
HAND = "hand"  # the shipped "Hand and fingers" view, one hand at a time
# What the switch between the two sides of a one-side view says (the patient's own sides).
SIDE_LABELS = {HAND: {"right": "Right hand", "left": "Left hand"}}


def focus_view_props(focus_views: Iterable[FocusView]) -> list[dict[str, Any]]:
    """Focus views as the component takes them; one without a box is the whole body."""
    props = []
    for view in focus_views:
        prop: dict[str, Any] = {"id": view.id, "label": view.label}
        if view.box is not None:
            prop["box"] = list(view.box)
        if view.min_scale is not None:
            prop["minScale"] = view.min_scale
        if view.opens is not None:
            prop["opens"] = view.opens
        if view.opens == ONE_SIDE:
            prop["sideLabels"] = SIDE_LABELS.get(view.id, {"right": "Right", "left": "Left"})
        props.append(prop)
    return props


def figures(views: Iterable[View]) -> dict[str, dict[str, Any]]:
    """Each view's static drawing: outline, viewBox, and R / L marks for the patient's sides."""
    return {
        view.view: {
            "label": view.label,
            "viewBox": view.view_box,
            "outline": view.outline,
            "annotations": [
                {"x": view.right_x, "y": view.right_y, "text": "R"},
                {"x": view.left_x, "y": view.left_y, "text": "L"},
            ],
        }
        for view in views
    }


def region_props(regions: Iterable[Region], layer: str = SURFACE) -> list[dict[str, Any]]:
    """Regions as the component takes them, in keyboard (Tab) order."""
    return [
        {
            "id": region.id,
            "view": region.view,
            "path": region.path,
            "label": region.label,
            "side": region.side,
            "layer": layer,
        }
        for region in regions
    ]


def muscle_props(muscles: Iterable[MuscleOutline]) -> list[dict[str, Any]]:
    """Muscle outlines as BodyMap regions on the muscle layer; deep ones say so."""
    return [
        {
            "id": muscle.id,
            "view": muscle.view,
            "path": muscle.path,
            "label": muscle.label + (" (deep)" if muscle.deep else ""),
            "side": muscle.side,
            "layer": MUSCLE,
            "deep": muscle.deep,
        }
        for muscle in muscles
    ]


def body_map(
    component_id: str,
    views: Sequence[View],
    regions: Sequence[Region],
    muscles: Sequence[MuscleOutline] = (),
    **props: Any,
) -> BodyMap:
    """A BodyMap showing every view side by side: surface regions, and muscles if given."""
    return BodyMap(
        id=component_id,
        figures=figures(views),
        views=[view.view for view in views],
        regions=region_props(regions) + muscle_props(muscles),
        **props,
    )


def view_switch(switch_id: str, views: Sequence[View]) -> html.Div:
    """The switch between the views (front, back) a narrow screen shows one at a time."""
    return html.Div(
        role="group",
        **{"aria-label": "Which side of the body to show"},
        className="view-switch",
        children=ChoiceGroup(
            id=switch_id,
            options=[{"label": view.label, "value": view.view} for view in views],
            value=views[0].view,
        ),
    )
