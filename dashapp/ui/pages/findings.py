"""The therapist's examination findings, per leg and per arm where it matters. Clinical wording."""

from __future__ import annotations

from dash import dcc, html

from dashapp.domain.atlas.load import Atlas
from dashapp.ui import arm_forms as arm_ids
from dashapp.ui import ids
from dashapp.ui.arm_forms import (
    ARM_EXAM_QUESTIONS,
    ARM_SIDE_QUESTIONS,
    arm_only,
    leg_only,
    leg_switch,
)
from dashapp.ui.components import device
from dashapp.ui.components.atlas_view import picker_groups
from dashapp.ui.forms import EXAM_QUESTIONS, SIDE_QUESTIONS, kept_form, question

FORM = "findings"
PAGE = "page"
TRIGGER_POINT = "trigger_point"
SIDES = ("right", "left")


def layout(atlas: Atlas) -> html.Section:
    """The examination form; what is left empty counts as not done."""
    muscles = picker_groups(atlas)
    return html.Section(
        id=arm_ids.FINDINGS_PAGE,
        className=PAGE,
        children=[
            *kept_form(FORM, ids.FINDINGS_STORE),
            dcc.Store(id=arm_ids.FINDINGS_DRAWING),
            device.finished((ids.FINDINGS_STORE,)),
            html.H1("Examination findings"),
            html.P(
                "For the therapist. Leave a test empty if it was not done. Right and left are "
                "the patient's own.",
                className="lead",
            ),
            leg_switch(
                arm_ids.FINDINGS_SHOW_LEG, "tests", "Show the low back's and leg's tests too"
            ),
            html.Div(
                className="findings__sides leg-only",
                children=[
                    html.Section(
                        className="card form-section",
                        children=[
                            html.H2(f"{side.capitalize()} leg"),
                            *[question(FORM, q, key=f"{side}.{q.field}") for q in SIDE_QUESTIONS],
                        ],
                    )
                    for side in SIDES
                ],
            ),
            html.Section(
                className="card form-section",
                children=[
                    leg_only(html.H2("Neural tension, sensation, trigger points, piriformis")),
                    arm_only(html.H2("Trigger points")),
                    # The trigger point counts for an arm drawing too: it is never folded away.
                    *[
                        question(FORM, q, muscles)
                        if q.field == TRIGGER_POINT
                        else leg_only(question(FORM, q, muscles))
                        for q in EXAM_QUESTIONS
                    ],
                ],
            ),
            html.Div(
                className="findings__sides",
                children=[
                    html.Section(
                        className="card form-section",
                        children=[
                            html.H2(f"{side.capitalize()} arm"),
                            *[
                                question(FORM, q, key=f"{side}.{q.field}")
                                for q in ARM_SIDE_QUESTIONS
                            ],
                        ],
                    )
                    for side in SIDES
                ],
            ),
            html.Section(
                className="card form-section",
                children=[
                    html.H2("Neck and arm: neural tests and sensation"),
                    *[question(FORM, q) for q in ARM_EXAM_QUESTIONS],
                ],
            ),
            html.P(id=ids.FINDINGS_STATUS, className="muted", **{"aria-live": "polite"}),
            dcc.Link("See the comparison", href="/compare", className="button"),
        ],
    )
