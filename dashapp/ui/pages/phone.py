"""The patient's own phone, with an intake link: the map, the questions of the walk-in
questions page (warning signs first), what makes it worse, and Send. Nothing else: no
navigation, no name, nothing of any record."""

from __future__ import annotations

import hashlib
from typing import Any

from dash import dcc, html
from dash_bodymap import ChoiceGroup

from dashapp.domain.chart import PainChart
from dashapp.ui import ids
from dashapp.ui.arm_forms import ARM_HISTORY_QUESTIONS
from dashapp.ui.components import draw_panel, pain_chart
from dashapp.ui.components.bodymap import (
    view_switch,
)
from dashapp.ui.components.upper_questions import upper_parts
from dashapp.ui.forms import PAIN_QUESTIONS, RED_FLAG_QUESTIONS, Question, question

THANKS = "Thank you: your answers were sent to your therapist. You can close this page now."
KEPT = "Your answers are still here."
DRAFT_PREFIX = "phone-draft-"
# A draft older than any link lasts (store/intake_links.py MAX_HOURS: 7 days) is of a link
# that no longer works: the phone page forgets it, whichever link it opens.
DRAFT_DAYS = 8


def draft_key(token: str) -> str:
    """The key under which this browser keeps the draft of one link: a digest of the token,
    so that the storage does not show the token, and no link finds another's draft."""
    text = "painmap phone draft:" + token
    return DRAFT_PREFIX + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:32]


def layout(app: Any, send_to: str, draft: str) -> html.Section:
    """The page for one usable link; `send_to` is where Send posts (the link's own address),
    `draft` the key of its draft in this browser (draft_key).

    `app` is the app's read-only reference data (views, regions, atlas)."""
    return html.Section(
        className="page page--patient page--phone",
        children=[
            dcc.Store(
                id=ids.PHONE_SETUP,
                data={
                    "url": send_to,
                    "thanks": THANKS,
                    "draft": draft,
                    "kept": KEPT,
                    "stale": {"prefix": DRAFT_PREFIX, "days": DRAFT_DAYS},
                    # The ids of the page's questions, as a warning question asked at once
                    # shows its answer there too (assets/phone.js).
                    "answer": ids.answer(ids.PHONE_FORM_NAME, "")["type"],
                    "ids": {
                        "form": ids.PHONE_FORM,
                        "send": ids.PHONE_SEND,
                        "notice": ids.PHONE_NOTICE,
                        "warning": ids.PHONE_WARNING,
                    },
                },
            ),
            dcc.Store(id=ids.PHONE_CHART),
            dcc.Store(id=ids.PHONE_ANSWERS),
            # The chart of the draft this browser kept, read back at load (assets/phone.js).
            dcc.Store(id=ids.PHONE_DRAFT),
            html.H1("Where does it hurt?"),
            html.P(id=ids.PHONE_NOTICE, role="status", className="notice", hidden=True),
            # Outside the form: a warning sign stays in view once the form has gone (sent).
            html.Div(id=ids.PHONE_WARNING),
            html.Div(
                id=ids.PHONE_FORM,
                children=[
                    html.P(
                        "Tap each area that hurts; tap it again to unmark it. Then say how "
                        "strong it is and what it feels like, answer the questions you can "
                        "(none has to be answered), and press Send at the bottom. R and L "
                        "mark your own right and left side.",
                        className="lead",
                    ),
                    html.Div(
                        className="patient__grid",
                        children=[
                            html.Div(className="patient__map card", children=_map_panel(app)),
                            html.Div(className="patient__side", children=_questions(app)),
                        ],
                    ),
                ],
            ),
            html.Div(
                className="phone__send",
                children=[
                    html.Button("Send to my therapist", id=ids.PHONE_SEND, className="button"),
                    html.P(id=ids.PHONE_MESSAGE, role="status", **{"aria-live": "polite"}),
                ],
            ),
        ],
    )


def gone(message: str, forget: str | None = None) -> html.Section:
    """What every link that does not work shows: one calm message, the same for all (and
    another while this address has tried too many). `forget` is the key of a draft this
    browser may still keep for the link: it is forgotten (assets/phone.js)."""
    return html.Section(
        className="page page--phone",
        children=[
            dcc.Store(id=ids.PHONE_GONE, data={"draft": forget}),
            html.H1("This link cannot be opened"),
            html.P(message, className="lead"),
        ],
    )


def _card(title: str, body) -> html.Section:
    return html.Section(className="card", children=[html.H2(title), body])


def _questions(app: Any) -> list:
    return [
        _card(
            "Tell us more",
            html.Div(id=ids.PHONE_EDITOR, children=pain_chart.editor(PainChart(), {}, "phone")),
        ),
        _asked(
            "First, some important questions",
            ids.PHONE_WARNING_QUESTIONS,
            "These are about signs that need a doctor soon. If one fits, this page says what "
            "to do at once.",
            RED_FLAG_QUESTIONS,
            # The neck, arm, head and jaw ones: shown where the drawing asks them.
            upper_parts(ids.PHONE_FORM_NAME, ids.phone_upper_section, app.sciatica.red_flags),
        ),
        _asked(
            "About your pain",
            ids.PHONE_PAIN_QUESTIONS,
            "Where a question does not fit, choose the nearest answer, or leave it.",
            PAIN_QUESTIONS,
            [
                html.H3("If the pain is in your neck or arm"),
                *[question(ids.PHONE_FORM_NAME, q) for q in ARM_HISTORY_QUESTIONS],
            ],
        ),
        _card(
            "What makes it worse?",
            ChoiceGroup(
                id=ids.PHONE_ACTIVITIES,
                options=[{"label": a.label, "value": a.id} for a in app.atlas.activities],
                value=[],
                multiple=True,
                className="chips",
            ),
        ),
    ]


def _asked(
    title: str, section_id: str, lead: str, questions: tuple[Question, ...], extra: list = ()
):
    """A group of the walk-in questions page's questions, built the same way, as a section
    that opens and closes (open at first: nothing hides a warning question), then `extra`.
    None is required to send."""
    return html.Details(
        id=section_id,
        className="card session-section phone-section",
        open=True,
        children=[
            html.Summary(className="session-section__head", children=html.H2(title)),
            html.P(lead, className="muted"),
            *[question(ids.PHONE_FORM_NAME, q) for q in questions],
            *extra,
        ],
    )


def _map_panel(app: Any) -> list:
    return [
        html.Div(
            className="map-toolbar",
            children=[
                view_switch(ids.PHONE_VIEW_SWITCH, app.views),
            ],
        ),
        draw_panel.marking_map(ids.PHONE_MAP, app),
        draw_panel.hint(),
        draw_panel.panel(ids.PHONE_DRAW_PANEL, ids.PHONE_DRAW_INTENSITY, ids.PHONE_DRAW_QUALITIES),
        pain_chart.legend(),
    ]
