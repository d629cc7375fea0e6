"""The session's consultation forms: the walk-in pages' questions, filled with what the
session holds, under ids of their own."""

from __future__ import annotations

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.reference import load_reference
from dashapp.ui import arm_forms, forms, ids
from dashapp.ui.components import session_forms

ATLAS = load_reference(SHIPPED_DATA).atlas


def controls(node, found=None):
    """Every control with a pattern-matching id in a tree, by (form type, field)."""
    found = {} if found is None else found
    ident = getattr(node, "id", None)
    if isinstance(ident, dict) and "field" in ident:
        found[(ident["type"], ident["field"])] = node
    children = getattr(node, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            controls(child, found)
    return found


def test_the_questions_are_the_walk_in_questions_filled_with_the_answers():
    held = {"onset": "sudden", "saddle_numbness": "no", "weakness": ["none", "tripping"]}
    shown = controls(session_forms.intake(held))
    kind = ids.answer(ids.SESSION_INTAKE_FORM, "x")["type"]
    asked = [
        q.field
        for q in (
            *forms.RED_FLAG_QUESTIONS,
            *forms.PAIN_QUESTIONS,
            *arm_forms.ARM_HISTORY_QUESTIONS,
        )
    ]
    assert [field for (_, field) in shown] == asked
    assert {k for (k, _) in shown} == {kind}
    assert shown[(kind, "onset")].value == "sudden"
    assert shown[(kind, "saddle_numbness")].value == "no"
    assert shown[(kind, "trigger")].value is None
    # The old way of saying no weakness ticks nothing; a real sign stays ticked.
    assert shown[(kind, "weakness")].value == ["tripping"]


def test_the_examination_is_the_findings_page_filled_with_the_findings():
    held = {"right.slr_angle": 40, "left.knee_reflex": "reduced", "trigger_point": "piriformis"}
    held |= {"left.triceps_reflex": "absent", "spurling": "positive"}
    shown = controls(session_forms.findings(ATLAS, held))
    kind = ids.answer(ids.SESSION_FINDINGS_FORM, "x")["type"]
    sides = [f"{s}.{q.field}" for s in ("right", "left") for q in forms.SIDE_QUESTIONS]
    arms = [f"{s}.{q.field}" for s in ("right", "left") for q in arm_forms.ARM_SIDE_QUESTIONS]
    assert [field for (_, field) in shown] == (
        sides
        + [q.field for q in forms.EXAM_QUESTIONS]
        + arms
        + [q.field for q in arm_forms.ARM_EXAM_QUESTIONS]
    )
    assert shown[(kind, "left.triceps_reflex")].value == "absent"
    assert shown[(kind, "spurling")].value == "positive"
    assert shown[(kind, "right.slr_angle")].value == 40
    assert shown[(kind, "left.slr_angle")].value is None
    assert shown[(kind, "left.knee_reflex")].value == "reduced"
    assert shown[(kind, "trigger_point")].value == "piriformis"
    assert shown[(kind, "slump")].value is None


def test_what_makes_it_worse_is_ticked_under_the_sessions_own_id():
    section = session_forms.activities(ATLAS, ("sitting", "driving"))
    chips = section.children[-1]
    assert chips.id == ids.SESSION_ACTIVITIES
    assert chips.value == ["sitting", "driving"]


def test_each_section_opens_and_closes_under_a_heading_with_the_save_state():
    section = session_forms.intake({}, open_=True)
    head = section.children[0]
    assert section.open is True and section.id == ids.SESSION_INTAKE_SECTION
    assert head.children[0].children == "Questions"
    assert head.children[1].id in ids.SESSION_SECTION_STATUS
    assert session_forms.findings(ATLAS, {}).open is False


def test_the_neck_arm_head_and_jaw_questions_show_only_where_asked():
    texts = load_reference(SHIPPED_DATA).sciatica.red_flags
    held = {"thunderclap": "no"}
    form = session_forms.intake(held, texts=texts, shown=frozenset({"neck_arm", "head_jaw"}))
    kind = ids.answer(ids.SESSION_INTAKE_FORM, "x")["type"]
    shown = controls(form)
    assert (kind, "hand_clumsiness") in shown and (kind, "dizziness") in shown
    assert shown[(kind, "thunderclap")].value == "no"
    parts = {p.id["section"]: p for p in sections(form)}
    assert list(parts) == ["neck_arm", "chest", "arteries", "head_jaw"]
    assert [k for k, p in parts.items() if not p.hidden] == ["neck_arm", "head_jaw"]
    assert all(p.id == ids.session_upper_section(k) for k, p in parts.items())


def test_without_the_red_flag_texts_the_form_has_no_upper_sections():
    assert sections(session_forms.intake({})) == []


def sections(node, found=None):
    found = [] if found is None else found
    ident = getattr(node, "id", None)
    if isinstance(ident, dict) and ident.get("type") == "session-upper-section":
        found.append(node)
    children = getattr(node, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            sections(child, found)
    return found
