"""The comparison of a consultation: red flags first, then the pictures and the two columns."""

from __future__ import annotations

from dash import dcc, html
from dash_bodymap import ChoiceGroup

from dashapp.domain import palette
from dashapp.domain.sciatica.consult import Consultation
from dashapp.domain.sciatica.flags import SADDLE_PROMPT, holding
from dashapp.ui import ids
from dashapp.ui.components.bodymap import body_map

QUESTION_WORDS = "Answer the questions first"


HEADINGS = {
    "now": "Please seek medical care now",
    "days": "Please see a doctor soon",
    "review": "Worth mentioning to your doctor",
}
YES_NO_UNSURE = (("yes", "Yes"), ("no", "No"), ("unsure", "Not sure"))


def red_flag_panel(flags) -> html.Section:
    """The unmissable first panel while any warning sign stands; each sign in plain words,
    with the precise words and sources for the therapist beneath."""
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
        ],
    )


def _flag_item(flag) -> html.Li:
    return html.Li(
        [
            html.Strong(flag.urgency_text + ": "),
            flag.patient_message,
            html.Details(
                [
                    html.Summary("For the therapist"),
                    html.P(
                        [flag.therapist_text, f" [{', '.join(flag.sources)}]"],
                        className="muted",
                    ),
                ]
            ),
        ],
        **{"data-flag": flag.id},
    )


def ask_panel(questions, texts, page: str, flags=()) -> html.Div:
    """Warning questions put in front of the person at once, answered where they are, then
    any warning signs that already stand."""
    asked = html.Section(
        className="ask-now card",
        role="alert",
        children=[
            html.H2("One important question first"),
            html.P(SADDLE_PROMPT),
            *[
                html.Fieldset(
                    className="question",
                    children=[
                        html.Legend(texts[q].question),
                        ChoiceGroup(
                            id=ids.ask_now(page, q),
                            options=[{"label": w, "value": v} for v, w in YES_NO_UNSURE],
                            value=None,
                            className="chips",
                        ),
                    ],
                    **{"data-field": q},
                )
                for q in questions
            ],
        ],
    )
    return html.Div([asked, red_flag_panel(flags)] if flags else [asked])


def body(view: Consultation, app) -> list:
    """Everything below the title, in the order a person should read it."""
    parts: list = [html.P(p, className="notice") for p in view.problems]
    first = [red_flag_panel(view.red_flags)] if view.red_flags else []
    if view.ask:
        texts = app.reference.sciatica.red_flags
        return [ask_panel(view.ask, texts, "compare", view.red_flags), *parts]
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
    return parts + [
        html.Div(className="compare__maps", children=_pictures(view, app)),
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


def _pictures(view: Consultation, app) -> list:
    """The drawing, the best dermatome and the best muscle pattern at one scale."""
    chart = view.chart
    values = {m.region: m.intensity for m in chart.marks if m.intensity is not None}
    pictures = [
        (
            "Your drawing",
            body_map(
                ids.COMPARE_DRAWING,
                app.views,
                app.regions,
                selected=chart.regions,
                values=values,
                colorscale=palette.colorscale(),
                selectable=False,
                passiveLayers=["surface"],
                ariaLabel="Your drawing",
            ),
        ),
    ]
    if view.best_root:
        root, side, _ = view.best_root
        pictures.append(
            (
                f"Closest nerve-root pattern: {root}, {side} (textbook map)",
                body_map(
                    ids.COMPARE_ROOT_MAP,
                    app.views,
                    app.regions,
                    passiveLayers=["surface"],
                    ariaLabel=f"Skin area of {root}",
                    highlights=[
                        {"path": d.path, "view": d.view, "kind": "dermatome"}
                        for d in app.dermatomes
                        if d.map == "classic" and d.root == root and d.side == side
                    ],
                ),
            )
        )
    if view.best_muscle:
        muscle = view.best_muscle
        name = app.atlas.muscle(muscle.muscle).name
        pictures.append(
            (
                f"Closest muscle pattern: {name}, {muscle.side}",
                body_map(
                    ids.COMPARE_MUSCLE_MAP,
                    app.views,
                    app.regions,
                    passiveLayers=["surface"],
                    ariaLabel=f"Pain pattern of {name}",
                    highlights=[
                        {"path": z.path, "view": z.view, "kind": z.kind}
                        for z in app.zones
                        if z.muscle == muscle.muscle and z.side == muscle.side
                    ],
                ),
            )
        )
    return [
        html.Figure(className="card compare__picture", children=[figure, html.Figcaption(title)])
        for title, figure in pictures
    ]
