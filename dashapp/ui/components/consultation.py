"""The comparison of a consultation: red flags first, then the pictures and the two columns."""

from __future__ import annotations

from dash import dcc, html

from dashapp.domain.sciatica.consult import Consultation
from dashapp.ui import ids
from dashapp.ui.components.compare_pictures import pictures

QUESTION_WORDS = "Answer the questions first"


def red_flag_panel(flags) -> html.Section:
    """The unmissable first panel while any warning sign stands."""
    urgent = any(f.urgency == "now" for f in flags)
    return html.Section(
        className="red-flags",
        role="alert",
        children=[
            html.H2("Please seek medical care now" if urgent else "Please see a doctor soon"),
            html.Ul(
                [html.Li([html.Strong(f.urgency_text + ": "), f.patient_message]) for f in flags]
            ),
            html.P(
                "This is not a diagnosis, and it may turn out to be nothing serious, but these "
                "signs need a doctor to check them first. Explanations about muscles are held "
                "back until then."
            ),
        ],
    )


def body(view: Consultation, app) -> list:
    """Everything below the title, in the order a person should read it."""
    parts: list = [html.P(p, className="notice") for p in view.problems]
    if view.red_flags:
        return [red_flag_panel(view.red_flags), *parts]
    if view.missing:
        return parts + [
            html.P(
                f"{len(view.missing)} question{'s' if len(view.missing) != 1 else ''} still "
                "to answer before a comparison is possible.",
            ),
            dcc.Link(QUESTION_WORDS, href="/questions", className="button"),
        ]
    comparison = view.comparison
    return parts + [
        html.Div(className="compare__maps", children=pictures(view, app)),
        html.Section(
            className="card compare__leaning",
            children=[
                html.H2(comparison.leaning_text),
                html.P(comparison.note),
                html.Details(
                    [
                        html.Summary("For the therapist"),
                        html.P(comparison.therapist_summary),
                        html.P(comparison.therapist_note),
                    ]
                ),
            ],
        ),
        html.Div(
            className="compare__columns",
            children=[
                _column(
                    "Points toward a nerve root (true sciatica)",
                    comparison.toward_root,
                    ids.COMPARE_ROOT,
                ),
                _column(
                    "Points toward pain sent from a muscle",
                    comparison.toward_muscle,
                    ids.COMPARE_MUSCLE,
                ),
            ],
        ),
    ]


def _column(title: str, items, column_id: str) -> html.Section:
    return html.Section(
        id=column_id,
        className="card",
        children=[
            html.H2(title),
            html.Ul(
                [
                    html.Li(
                        [
                            html.P(e.patient_text),
                            html.P(
                                [e.therapist_text, f" [{', '.join(e.sources)}]"],
                                className="muted evidence__therapist",
                            ),
                        ],
                        **{"data-evidence": e.id},
                    )
                    for e in items
                ]
                or [html.Li("Nothing here so far.", className="muted")],
                className="evidence",
            ),
        ],
    )
