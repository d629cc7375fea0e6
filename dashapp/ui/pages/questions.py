"""The patient's questions: warning signs first, then about the pain. Plain words."""

from __future__ import annotations

from dash import dcc, html

from dashapp.ui import arm_forms as arm_ids
from dashapp.ui import ids
from dashapp.ui.arm_forms import ARM_HISTORY_QUESTIONS, leg_only, leg_switch
from dashapp.ui.components import device
from dashapp.ui.forms import PAIN_QUESTIONS, RED_FLAG_QUESTIONS, kept_form, question

FORM = "intake"
PAGE = "page page--narrow-wide"


def layout(**_query: str) -> html.Section:
    """Every question on one page; answers are kept in this browser as they are given."""
    return html.Section(
        id=arm_ids.INTAKE_PAGE,
        className=PAGE,
        children=[
            *kept_form(FORM, ids.INTAKE_STORE),
            dcc.Store(id=arm_ids.INTAKE_DRAWING),
            device.finished((ids.INTAKE_STORE,)),
            html.H1("A few questions"),
            html.P(
                "Your answers help your therapist understand your pain. They stay in this "
                "browser until they are saved to your record or the device is cleared. "
                "Where a question does not fit, choose the nearest answer.",
                className="lead",
            ),
            leg_switch(
                arm_ids.INTAKE_SHOW_LEG,
                "questions",
                "Show the questions about the low back and leg too",
            ),
            html.Div(id=ids.INTAKE_FLAGS, role="alert"),
            html.Section(
                className="card form-section",
                children=[
                    html.H2("First, some important questions"),
                    html.P("Please answer all of these.", className="muted"),
                    *[leg_only(question(FORM, q), q.field) for q in RED_FLAG_QUESTIONS],
                ],
            ),
            html.Section(
                className="card form-section",
                children=[
                    html.H2("About your pain"),
                    *[leg_only(question(FORM, q), q.field) for q in PAIN_QUESTIONS],
                ],
            ),
            html.Section(
                className="card form-section",
                children=[
                    html.H2("If the pain is in your neck or arm"),
                    html.P(
                        "Leave these out if your pain is not in your neck, shoulder or arm.",
                        className="muted",
                    ),
                    *[question(FORM, q) for q in ARM_HISTORY_QUESTIONS],
                ],
            ),
            html.P(id=ids.INTAKE_PROGRESS, className="muted", **{"aria-live": "polite"}),
            dcc.Link("See what may be going on", href="/compare", className="button"),
        ],
    )
