"""The neck, arm, head and jaw warning questions in a form: a part per section, shown where
the drawing asks them (domain/sciatica/upper.py), built with the walk-in questions' builder
and worded as the red-flag data words them."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from dash import html

from dashapp.domain.sciatica.upper import SECTIONS, Section
from dashapp.ui.forms import Question, question


def upper_questions(texts: Mapping[str, Any]) -> tuple[tuple[Section, tuple[Question, ...]], ...]:
    """The neck, arm, head and jaw warning questions, per section, in the words of the red-flag
    data (`texts`: id -> its text, with `question`)."""
    return tuple(
        (section, tuple(Question(q, texts[q].question) for q in section.questions))
        for section in SECTIONS
    )


def upper_parts(
    form: str,
    part_id: Callable[[str], dict[str, object]],
    texts: Mapping[str, Any],
    shown: Collection[str] = (),
    answers: Mapping[str, Any] | None = None,
) -> list[html.Div]:
    """The neck, arm, head and jaw warning questions of a form, a part per section (its id
    from `part_id(section key)`), each hidden unless `shown` names it; filled with `answers`."""
    given = answers or {}
    return [
        html.Div(
            id=part_id(part.key),
            className="upper-questions",
            hidden=part.key not in shown,
            children=[
                html.H3(part.title, className="upper-questions__title"),
                *[question(form, q, value=given.get(q.field)) for q in questions],
            ],
        )
        for part, questions in upper_questions(texts)
    ]
