"""The phone's page of an intake link: the map, the questions, what makes it worse and Send,
with no way anywhere else; every link that does not work gets the one same message."""

from __future__ import annotations

import string

import pytest
from dash import dcc, html
from hypothesis import given
from hypothesis import strategies as st

from dashapp.domain.reference import load_reference
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS
from dashapp.store.intake_links import MAX_HOURS, TOO_MANY, UNUSABLE
from dashapp.ui import ids, shell
from dashapp.ui.arm_forms import ARM_HISTORY_QUESTIONS
from dashapp.ui.forms import PAIN_QUESTIONS, RED_FLAG_QUESTIONS, question
from dashapp.ui.pages import phone, questions
from tests.reference import SHIPPED_DATA


def components(tree):
    """Every component of a tree."""
    yield tree
    children = getattr(tree, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            yield from components(child)


def id_list(tree) -> list:
    return [getattr(c, "id", None) for c in components(tree)]


def links(tree) -> list:
    return [c for c in components(tree) if isinstance(c, dcc.Link | html.A | html.Form)]


@pytest.fixture(scope="module")
def reference():
    return load_reference(SHIPPED_DATA)


def test_the_page_has_the_map_questions_and_send_and_no_link(reference):
    page = phone.layout(reference, "/intake/abc", phone.draft_key("abc"))
    found = id_list(page)
    for wanted in (ids.PHONE_MAP, ids.PHONE_EDITOR, ids.PHONE_ACTIVITIES, ids.PHONE_SEND):
        assert wanted in found
    assert ids.answer(ids.PHONE_FORM_NAME, "started") in found
    assert ids.PHONE_DRAW_PANEL in found  # drawing, as on the walk-in page
    assert links(page) == []


def test_the_bare_frame_has_no_navigation_and_the_full_one_has():
    assert links(shell.layout(local=False, bare=True)) == []
    assert links(shell.layout(local=False))


def test_a_link_that_does_not_work_says_only_so():
    gone = phone.gone(UNUSABLE)
    assert links(gone) == [] and ids.PHONE_MAP not in id_list(gone)
    assert UNUSABLE in [c.children for c in components(gone) if isinstance(c, html.P)]


def test_a_warning_sign_stays_in_view_once_the_form_is_gone(reference):
    page = phone.layout(reference, "/intake/abc", phone.draft_key("abc"))
    [form] = [c for c in components(page) if getattr(c, "id", None) == ids.PHONE_FORM]
    assert ids.PHONE_WARNING in id_list(page) and ids.PHONE_WARNING not in id_list(form)
    assert ids.PHONE_SEND not in id_list(form)  # hidden on its own once sent


TOKENS = st.text(alphabet=string.ascii_letters + string.digits + "-_", min_size=20, max_size=60)


@given(TOKENS, TOKENS)
def test_each_link_keeps_its_draft_under_a_key_of_its_own_that_hides_the_token(one, other):
    key = phone.draft_key(one)
    assert key == phone.draft_key(one)  # the same after a reload
    assert key.startswith(phone.DRAFT_PREFIX) and one not in key
    assert len(key) == len(phone.DRAFT_PREFIX) + 32
    assert (phone.draft_key(other) == key) == (other == one)


def stores(tree) -> dict:
    return {c.id: getattr(c, "data", None) for c in components(tree) if isinstance(c, dcc.Store)}


def test_the_page_reads_back_and_keeps_its_draft_under_its_key(reference):
    page = phone.layout(reference, "/intake/abc", phone.draft_key("abc"))
    setup = stores(page)[ids.PHONE_SETUP]
    assert setup["draft"] == phone.draft_key("abc") and setup["kept"] == phone.KEPT
    assert ids.PHONE_DRAFT in stores(page) and ids.PHONE_NOTICE in id_list(page)


def test_a_link_that_does_not_work_forgets_its_draft_and_a_pause_forgets_nothing():
    assert stores(phone.gone(UNUSABLE, "phone-draft-1"))[ids.PHONE_GONE] == {
        "draft": "phone-draft-1"
    }
    assert stores(phone.gone(TOO_MANY))[ids.PHONE_GONE] == {"draft": None}


def test_a_draft_is_forgotten_only_once_no_link_can_still_work():
    assert phone.DRAFT_DAYS * 24 > MAX_HOURS


def asked(tree) -> list[html.Fieldset]:
    """The questions asked, in the page's order (not the mark cards)."""
    return [
        c
        for c in components(tree)
        # a question may carry more classes (the questions page folds the leg's for an arm)
        if isinstance(c, html.Fieldset) and "question" in (c.className or "").split()
    ]


def fields(tree) -> list[str]:
    return [c.to_plotly_json()["props"]["data-field"] for c in asked(tree)]


def test_the_phone_asks_the_questions_pages_questions_warning_signs_first(reference):
    page = phone.layout(reference, "/intake/abc", phone.draft_key("abc"))
    given = fields(page)
    upper = list(UPPER_FLAG_QUESTIONS)
    # the same questions, in the same order, and the ones the drawing may ask
    assert [f for f in given if f not in upper] == fields(questions.layout())
    assert given[: len(RED_FLAG_QUESTIONS)] == [q.field for q in RED_FLAG_QUESTIONS]
    warnings = len(RED_FLAG_QUESTIONS)
    assert given[warnings : warnings + len(upper)] == upper  # with the warning signs
    assert len(given) == len(set(given))  # none twice ("When did it start?" among them)


def test_the_neck_arm_head_and_jaw_questions_wait_hidden_until_the_drawing_asks(reference):
    page = phone.layout(reference, "/intake/abc", phone.draft_key("abc"))
    parts = [
        c
        for c in components(page)
        if isinstance(getattr(c, "id", None), dict)
        and c.id.get("type") == ids.phone_upper_section("x")["type"]
    ]
    assert [p.id["section"] for p in parts] == ["neck_arm", "chest", "arteries", "head_jaw"]
    assert all(p.hidden for p in parts)


def test_each_question_is_the_walk_in_builders_own(reference):
    page = phone.layout(reference, "/intake/abc", phone.draft_key("abc"))
    shown = {c.to_plotly_json()["props"]["data-field"]: c for c in asked(page)}
    for q in RED_FLAG_QUESTIONS + PAIN_QUESTIONS:
        built = question(ids.PHONE_FORM_NAME, q)
        assert repr(shown[q.field]) == repr(built), q.field


def test_the_questions_come_in_two_sections_that_open_warning_signs_first(reference):
    page = phone.layout(reference, "/intake/abc", phone.draft_key("abc"))
    sections = [c for c in components(page) if isinstance(c, html.Details)]
    assert [s.id for s in sections] == [ids.PHONE_WARNING_QUESTIONS, ids.PHONE_PAIN_QUESTIONS]
    assert all(s.open for s in sections)  # nothing hides a warning question at first
    # the warning signs asked of everyone, then those the drawing may ask
    warnings = [q.field for q in RED_FLAG_QUESTIONS] + list(UPPER_FLAG_QUESTIONS)
    assert fields(sections[0]) == warnings
    arm = [q.field for q in ARM_HISTORY_QUESTIONS]  # for a neck or arm, at the end
    assert fields(sections[1]) == [q.field for q in PAIN_QUESTIONS] + arm
