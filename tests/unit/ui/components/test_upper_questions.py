"""The neck, arm, head and jaw warning questions of a form: a part per section, in the red-flag
data's words, hidden unless shown, filled with the answers given."""

from __future__ import annotations

from dash import html

from dashapp.domain.sciatica.upper import SECTIONS, UPPER_FLAG_QUESTIONS
from dashapp.ui import ids
from dashapp.ui.components.upper_questions import upper_parts, upper_questions
from tests.unit.domain.sciatica.consultation import DATA


def legends(node) -> list[str]:
    found = [node.children] if isinstance(node, html.Legend) else []
    children = getattr(node, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            found += legends(child)
    return found


def test_every_question_comes_once_in_its_section_in_the_datas_words():
    built = upper_questions(DATA.red_flags)
    assert [s for s, _ in built] == list(SECTIONS)
    fields = [q.field for _, qs in built for q in qs]
    assert fields == list(UPPER_FLAG_QUESTIONS)
    assert all(q.text == DATA.red_flags[q.field].question for _, qs in built for q in qs)


def test_parts_are_hidden_unless_shown_and_carry_the_answers():
    parts = upper_parts("phone", ids.phone_upper_section, DATA.red_flags, {"arteries"})
    assert [p.id for p in parts] == [ids.phone_upper_section(s.key) for s in SECTIONS]
    assert [p.hidden for p in parts] == [s.key != "arteries" for s in SECTIONS]
    (arteries,) = [p for p in parts if not p.hidden]
    assert legends(arteries) == [DATA.red_flags[q].question for q in SECTIONS[2].questions]
    filled = upper_parts("phone", ids.phone_upper_section, DATA.red_flags, (), {"dizziness": "no"})
    values = {field: value for part in filled for field, value in answers(part).items()}
    assert values["dizziness"] == "no"
    assert {v for f, v in values.items() if f != "dizziness"} == {None}


def answers(node) -> dict:
    """The value of every answer control in a tree, by its field."""
    found = {}
    ident = getattr(node, "id", None)
    if isinstance(ident, dict) and "field" in ident:
        found[ident["field"]] = node.value
    children = getattr(node, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            found |= answers(child)
    return found
