"""The comparison of a consultation: red flags first, then the pictures and the two columns."""

from __future__ import annotations

from collections.abc import Mapping

from dash import dcc, html

from dashapp.domain.sciatica.consult import Consultation
from dashapp.domain.sciatica.leaning import points as points_words
from dashapp.ui import ids
from dashapp.ui.components import therapist
from dashapp.ui.components.compare_pictures import pictures

QUESTION_WORDS = "Answer the questions first"


def red_flag_panel(flags, citations: Mapping[str, str] | None = None) -> html.Section:
    """The unmissable first panel while any warning sign stands; the sources of each sign sit
    in its "for the therapist" part (spelled out when `citations` are given)."""
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
            flag_sources(flags, citations),
        ],
    )


def flag_sources(flags, citations: Mapping[str, str] | None = None) -> html.Details:
    """Each standing warning sign with its urgency, confidence and source keys."""
    keys = [k for f in flags for k in f.sources]
    return therapist.part(
        html.Ul(
            [
                therapist.cited(
                    f"{f.question} {f.urgency_text} ({f.confidence} confidence).",
                    f.sources,
                    element=html.Li,
                )
                for f in flags
            ]
        ),
        *([therapist.sources(keys, citations)] if citations is not None else []),
    )


def body(view: Consultation, app) -> list:
    """Everything below the title, in the order a person should read it."""
    parts: list = [html.P(p, className="notice") for p in view.problems]
    citations = app.reference.sciatica.sources
    if view.red_flags:
        return [red_flag_panel(view.red_flags, citations), *parts]
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
                *(html.P(c, className="compare__caveat") for c in comparison.leaning_caveats),
                html.P(comparison.note),
                therapist.part(
                    html.P(comparison.therapist_summary, className="therapist__reckoning"),
                    therapist.cited(
                        f"The note's “3 in 4 people”: {comparison.therapist_note}",
                        comparison.note_sources,
                    ),
                ),
            ],
        ),
        html.Div(
            className="compare__columns",
            children=[
                _column(
                    "Points toward a nerve root (true sciatica)",
                    comparison.toward_root,
                    comparison.root_points,
                    ids.COMPARE_ROOT,
                ),
                _column(
                    "Points toward pain sent from a muscle",
                    comparison.toward_muscle,
                    comparison.muscle_points,
                    ids.COMPARE_MUSCLE,
                ),
            ],
        ),
        therapist.part(
            therapist.sources(_cited_keys(comparison), citations),
            summary="Sources, for the therapist",
        ),
    ]


def _cited_keys(comparison) -> list[str]:
    evidence = (*comparison.toward_root, *comparison.toward_muscle)
    summary = [k for k in ("ADEL15", "BOGDUK09") if k in comparison.therapist_summary]
    return [*summary, *comparison.note_sources, *(k for e in evidence for k in e.sources)]


def _column(title: str, items, points: float, column_id: str) -> html.Section:
    plain = [html.Li(html.P(e.patient_text), **{"data-evidence": e.id}) for e in items]
    clinical = [
        therapist.cited(
            [html.Strong(f"+{e.weight:g} "), e.therapist_text, f" ({e.confidence} confidence)"],
            e.sources,
            element=html.Li,
        )
        for e in items
    ]
    return html.Section(
        id=column_id,
        className="card",
        children=[
            html.H2(title),
            html.Ul(
                plain or [html.Li("Nothing here so far.", className="muted")],
                className="evidence",
            ),
            *(
                [
                    therapist.part(
                        html.Ul(clinical, className="evidence evidence__therapist"),
                        html.P(f"Total: {points_words(points)}.", className="therapist__reckoning"),
                    )
                ]
                if items
                else []
            ),
        ],
    )
