"""The comparison of a consultation: red flags first, then the pictures and the two columns."""

from __future__ import annotations

from collections.abc import Mapping

from dash import dcc, html
from dash_bodymap import ChoiceGroup

from dashapp.domain.sciatica.arm_compare import MUSCLE_TITLE, ROOT_TITLE
from dashapp.domain.sciatica.consult import Consultation
from dashapp.domain.sciatica.flags import ask_sections, holding
from dashapp.domain.sciatica.leaning import points as points_words
from dashapp.ui import ids
from dashapp.ui.components import arm_consultation, pattern_key, therapist
from dashapp.ui.components.compare_pictures import pictures
from dashapp.ui.forms import RED_FLAG_QUESTIONS as FORM_QUESTIONS

QUESTION_WORDS = "Answer the questions first"


HEADINGS = {
    "now": "Please seek medical care now",
    "today": "Please seek medical care today",
    "days": "Please see a doctor soon",
    "review": "Worth mentioning to your doctor",
}
YES_NO_UNSURE = (("yes", "Yes"), ("no", "No"), ("unsure", "Not sure"))
OWN_WORDS = {q.field: q for q in FORM_QUESTIONS if q.answers != YES_NO_UNSURE}


def red_flag_panel(flags, citations: Mapping[str, str] | None = None) -> html.Section:
    """The unmissable first panel while any warning sign stands; each sign in plain words,
    with the precise words, urgency, confidence and sources for the therapist beneath (the
    sources spelled out when `citations` are given)."""
    holds = holding(flags)
    closing = (
        "This is not a diagnosis, and it may turn out to be nothing serious, but these "
        "signs need a doctor to check them first. Explanations about muscles are held "
        "back until then."
        if holds
        else "This is not a diagnosis, and it usually has an ordinary cause. What follows may "
        "still help you talk with your therapist."
    )
    return html.Section(
        className="red-flags" if holds else "red-flags red-flags--review",
        role="alert" if holds else "note",
        children=[
            html.H2(HEADINGS[flags[0].urgency]),
            html.Ul([_flag_item(f) for f in flags]),
            html.P(closing),
            *(
                [
                    therapist.part(
                        therapist.sources(_flag_keys(flags), citations),
                        summary="Sources, for the therapist",
                    )
                ]
                if citations is not None
                else []
            ),
        ],
    )


def _flag_keys(flags) -> list[str]:
    return [k for f in flags for k in f.sources]


def _flag_item(flag) -> html.Li:
    return html.Li(
        [
            html.Strong(flag.urgency_text + ": "),
            flag.patient_message,
            therapist.part(
                therapist.cited(
                    f"{flag.therapist_text} ({flag.confidence} confidence).", flag.sources
                )
            ),
        ],
        **{"data-flag": flag.id},
    )


def ask_heading(questions) -> str:
    """The heading over the warning questions asked at once."""
    return "One important question first" if len(questions) == 1 else "Important questions first"


def ask_panel(
    questions, texts, page: str, flags=(), citations: Mapping[str, str] | None = None
) -> html.Div:
    """Warning questions put in front of the person at once, answered where they are, in
    sections (the saddle; the neck and arms; the heart; the neck's arteries; head and jaw).
    Warning signs that already stand come first when they need care, else after."""
    asked = html.Section(
        className="ask-now card",
        role="alert",
        children=[
            html.H2(ask_heading(questions)),
            *[part for group in ask_sections(questions) for part in _ask_group(group, texts, page)],
        ],
    )
    if not flags:
        return html.Div([asked])
    shown = red_flag_panel(flags, citations)
    return html.Div([shown, asked] if holding(flags) else [asked, shown])


def _ask_group(group, texts, page: str) -> list:
    # A question asked at once with other answers than yes, no or unsure (the age) is asked in
    # the questions page's own words and choices.
    title, prompt, questions = group
    return [
        *([html.H3(title, className="ask-now__section")] if title else []),
        html.P(prompt),
        *[
            html.Fieldset(
                className="question",
                children=[
                    html.Legend(OWN_WORDS[q].text if q in OWN_WORDS else texts[q].question),
                    ChoiceGroup(
                        id=ids.ask_now(page, q),
                        options=[
                            {"label": w, "value": v}
                            for v, w in (OWN_WORDS[q].answers if q in OWN_WORDS else YES_NO_UNSURE)
                        ],
                        value=None,
                        className="chips",
                    ),
                ],
                **{"data-field": q},
            )
            for q in questions
        ],
    ]


def body(view: Consultation, app, arm=None) -> list:
    """Everything below the title, in the order a person should read it; `arm` (an open
    `ArmComparison`) for a neck, arm or hand drawing, whose comparison `view` then holds."""
    parts: list = [html.P(p, className="notice") for p in view.problems]
    citations = app.reference.sciatica.sources
    first = [red_flag_panel(view.red_flags, citations)] if view.red_flags else []
    if view.ask:
        texts = app.reference.sciatica.red_flags
        return [ask_panel(view.ask, texts, "compare", view.red_flags, citations), *parts]
    if holding(view.red_flags):
        return [*first, *parts]
    parts = first + parts
    if view.missing:
        return parts + [
            html.P(
                f"{len(view.missing)} question{'s' if len(view.missing) != 1 else ''} still "
                "to answer before a comparison is possible.",
            ),
            dcc.Link(QUESTION_WORDS, href="/questions", className="button"),
        ]
    comparison = view.comparison
    words = _words(arm)
    return parts + [
        html.P("Swipe sideways to see every picture.", className="compare__swipe-hint"),
        html.Div(
            className="compare__maps",
            role="group",
            tabIndex=0,
            **{"aria-label": "The three pictures, side by side"},
            children=pictures(view, app),
        ),
        pattern_key.key("marks", "essential", "spillover", "dermatome"),
        html.Section(
            className="card compare__leaning",
            children=[
                html.H2(comparison.leaning_text),
                *(html.P(c, className="compare__caveat") for c in comparison.leaning_caveats),
                html.P(comparison.note),
                therapist.part(
                    html.P(comparison.therapist_summary, className="therapist__reckoning"),
                    therapist.cited(
                        f"{words['note']}: {comparison.therapist_note}",
                        comparison.note_sources,
                    ),
                ),
            ],
        ),
        html.Div(
            className="compare__columns",
            children=[
                _column(
                    words["root"],
                    comparison.toward_root,
                    comparison.root_points,
                    ids.COMPARE_ROOT,
                ),
                _column(
                    words["muscle"],
                    comparison.toward_muscle,
                    comparison.muscle_points,
                    ids.COMPARE_MUSCLE,
                ),
            ],
        ),
        *([arm_consultation.arm_extras(arm)] if arm is not None else []),
        therapist.part(
            therapist.sources(
                _cited_keys(comparison) + (arm_consultation.arm_keys(arm) if arm else []),
                citations,
            ),
            summary="Sources, for the therapist",
        ),
    ]


def _words(arm) -> dict[str, str]:
    """The column titles and the note's label, for the leg or for the arm."""
    if arm is not None:
        return {
            "root": ROOT_TITLE,
            "muscle": MUSCLE_TITLE,
            "note": arm_consultation.NOTE_PREFIX,
        }
    return {
        "root": "Points toward a nerve root (true sciatica)",
        "muscle": "Points toward pain sent from a muscle",
        "note": "The note's “3 in 4 people”",
    }


def _cited_keys(comparison) -> list[str]:
    evidence = (*comparison.toward_root, *comparison.toward_muscle)
    summary = [k for k in ("ADEL15", "SARI12", "BOGDUK09") if k in comparison.therapist_summary]
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
