"""The consultation on a saved session: the warning signs first, then the nerve-or-muscle
summary of this session's map, answers and findings. Plain words first, the therapist's
numbers and sources beneath."""

from __future__ import annotations

from collections.abc import Mapping

from dash import dcc, html

from dashapp.domain.atlas.load import Atlas
from dashapp.domain.sciatica.consult import Consultation
from dashapp.domain.sciatica.flags import ask_sections, holding
from dashapp.domain.sciatica.leaning import points as points_words
from dashapp.ui import ids
from dashapp.ui.components import therapist
from dashapp.ui.components.arm_consultation import arm_extras
from dashapp.ui.components.atlas_address import presentation
from dashapp.ui.components.consultation import ask_heading, red_flag_panel

TOP_MUSCLES = 3


def flags(view: Consultation, citations: Mapping[str, str]) -> list:
    """What stands above everything else: a warning question still to ask, and the warning
    signs this session's answers, map and findings raise (above the questions when they need
    care). Nothing at all when there are none."""
    shown: list = []
    if view.ask:
        shown.append(
            html.Section(
                className="ask-now card",
                role="alert",
                children=[
                    html.H2(ask_heading(view.ask)),
                    *_asked_words(view.ask),
                    _to_questions(
                        "Answer it in the questions below"
                        if len(view.ask) == 1
                        else "Answer them in the questions below"
                    ),
                ],
            )
        )
    if view.red_flags:
        panel = red_flag_panel(view.red_flags, citations)
        shown.insert(0 if holding(view.red_flags) else len(shown), panel)
    return shown


def _asked_words(asked: tuple[str, ...]) -> list:
    """What the questions asked at once are about: the saddle question's own words, and the
    sections of the neck, arm, head and jaw ones by title, with how many each asks."""
    groups = ask_sections(asked)
    lead = [html.P(prompt) for title, prompt, _qs in groups if not title]
    titled = [
        html.Li(f"{title}: {len(qs)} question{'s' if len(qs) != 1 else ''}")
        for title, _prompt, qs in groups
        if title
    ]
    return lead + ([html.P("The drawing asks about:"), html.Ul(titled)] if titled else [])


def shown_key(view: Consultation | None) -> list[str]:
    """Which warning signs and questions `flags` shows: while they stay the same the panel is
    not drawn again, so a screen reader does not read the alert out at every change."""
    if view is None:
        return []
    return [*(f"ask:{q}" for q in view.ask), *(f"{f.id}:{f.urgency}" for f in view.red_flags)]


def _to_questions(words: str) -> html.A:
    # A heading inside the questions' section: following it opens the section when closed.
    return html.A(words, href=f"#{ids.SESSION_INTAKE_WARNINGS}", className="button")


def comparison(view: Consultation, atlas: Atlas, visit_id: int | None = None) -> list:
    """Nerve or muscle? for this session, or why it cannot be shown yet; with `visit_id`,
    each muscle pattern named has a link to its presentation over this session's drawing."""
    head = html.H2("Nerve or muscle?")
    problems = [html.P(p, className="notice") for p in view.problems]
    if holding(view.red_flags):
        why = "Held back until the warning signs above are checked by a doctor."
        return [head, *problems, html.P(why)]
    if view.ask:
        questions = "question is" if len(view.ask) == 1 else "questions are"
        return [head, *problems, html.P(f"Held back until the important {questions} answered.")]
    if view.missing:
        count = len(view.missing)
        left = f"{count} question{'s' if count != 1 else ''} still to answer"
        return [
            head,
            *problems,
            html.P(f"{left} before a comparison is possible."),
            _to_questions("Answer them in the questions below"),
        ]
    if view.comparison is None:
        return [head, *problems]
    # An arm drawing adds Wainner's rule and the differentials, as the comparison page does.
    arm = [arm_extras(view.arm, ids.SESSION_ARM, "session-consult__arm")] if view.arm else []
    return [head, *problems, *_summary(view, atlas, visit_id), *arm]


def _summary(view: Consultation, atlas: Atlas, visit_id: int | None) -> list:
    shown = view.comparison
    muscles = view.muscles[:TOP_MUSCLES]
    return [
        html.P(shown.leaning_text, className="session-consult__leaning"),
        *(html.P(c, className="compare__caveat") for c in shown.leaning_caveats),
        html.Dl(
            className="session-consult__fits",
            children=[
                html.Dt("Nerve-root skin area closest to the marks"),
                html.Dd(_root_words(view.best_root)),
                html.Dt("Muscle patterns closest to the marks"),
                html.Dd(
                    html.Ol([_muscle_item(c, atlas, visit_id) for c in muscles])
                    if muscles
                    else "None fits the marks well."
                ),
            ],
        ),
        html.P(shown.note),
        therapist.part(
            html.P(shown.therapist_summary, className="therapist__reckoning"),
            html.P(
                f"Toward a nerve root: {points_words(shown.root_points)}. Toward a muscle: "
                f"{points_words(shown.muscle_points)}.",
                className="therapist__reckoning",
            ),
            *_fit_numbers(view, atlas),
            html.Ul(
                [
                    therapist.cited(
                        [html.Strong(f"+{e.weight:g} "), e.therapist_text],
                        e.sources,
                        element=html.Li,
                    )
                    for e in (*shown.toward_root, *shown.toward_muscle)
                ],
                className="evidence evidence__therapist",
            ),
        ),
    ]


def _root_words(best: tuple[str, str, float] | None) -> str:
    if best is None:
        return "None shares skin with the marks."
    root, side, _fit = best
    return f"{root}, {side} side"


def _muscle_words(candidate, atlas: Atlas) -> str:
    return f"{atlas.muscle(candidate.muscle).plain_name}, {candidate.side} side"


def _muscle_item(candidate, atlas: Atlas, visit_id: int | None) -> html.Li:
    words = _muscle_words(candidate, atlas)
    if visit_id is None:
        return html.Li(words)
    # Its name read out in full: "Show" alone would not say what it shows.
    said = html.Span(
        f" the pattern of {words}, over this session's drawing", className="visually-hidden"
    )
    show = dcc.Link(
        ["Show", said],
        href=presentation(candidate.muscle, candidate.side, visit_id),
        className="target-link session-consult__show",
    )
    return html.Li([words, " ", show])


def _fit_numbers(view: Consultation, atlas: Atlas) -> list:
    lines = []
    if view.best_root:
        root, side, fit = view.best_root
        lines.append(f"{root} {side}: overlap with the marks (Jaccard) {fit:.0%}.")
    lines += [
        f"{atlas.muscle(c.muscle).name} {c.side}: explains {c.explained:.0%} of the marks, "
        f"fills {c.coverage:.0%} of its pattern (score {c.score:.2f})."
        for c in view.muscles[:TOP_MUSCLES]
    ]
    return [html.P(line, className="therapist__reckoning") for line in lines]
