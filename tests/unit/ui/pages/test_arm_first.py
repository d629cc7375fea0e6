"""For an arm drawing, the questions and findings pages fold the low back's and leg's questions
away (a person may show them again); for any other drawing they stay as they were."""

from __future__ import annotations

import pytest

from dashapp.domain.atlas.load import load_atlas
from dashapp.domain.sciatica.arm_gate import ARM_REQUIRED, LEG_ONLY
from dashapp.ui import arm_forms as arm_ids
from dashapp.ui import ids
from dashapp.ui.arm_forms import ARM_PAGE, SHOW_LEG, page_class
from dashapp.ui.pages import findings, questions


def walk(node):
    yield node
    children = getattr(node, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            yield from walk(child)


def classes(node) -> set[str]:
    return set((getattr(node, "className", None) or "").split())


def folded_fields(page) -> set[str]:
    """The questions of a page that an arm drawing folds away (in a folded part or marked)."""
    folded = set()

    def visit(node, inside):
        inside = inside or "leg-only" in classes(node)
        field = getattr(node, "data-field", None)
        if field is not None and inside:
            folded.add(field)
        children = getattr(node, "children", None)
        for child in children if isinstance(children, list | tuple) else [children]:
            if child is not None and not isinstance(child, str | int | float):
                visit(child, inside)

    visit(page, False)
    return folded


def fields(page) -> list[str]:
    return [f for n in walk(page) if (f := getattr(n, "data-field", None)) is not None]


def test_the_questions_page_folds_exactly_what_an_arm_is_not_asked():
    page = questions.layout()
    assert folded_fields(page) == set(LEG_ONLY)
    shown = set(fields(page)) - set(LEG_ONLY)
    assert set(ARM_REQUIRED) <= shown
    assert {"saddle_numbness", "both_legs", "worse", "numbness", "weakness"} <= set(LEG_ONLY)


def test_the_findings_page_folds_the_legs_tests_but_never_the_trigger_point_or_the_arm():
    page = findings.layout(load_atlas())
    folded = folded_fields(page)
    assert "right.slr_angle" in folded and "left.knee_reflex" in folded and "slump" in folded
    assert "trigger_point" not in folded
    assert not {f for f in folded if f.split(".")[-1] in {"spurling", "biceps_reflex"}}
    assert not any(f.startswith(("right.", "left.")) and "arm" in f for f in folded)


@pytest.mark.parametrize(("build", "switch"), [(questions.layout, arm_ids.INTAKE_SHOW_LEG)])
def test_each_page_says_first_that_the_leg_is_folded_away(build, switch):
    page = build()
    order = [getattr(n, "id", None) for n in walk(page)]
    assert order.index(switch) < order.index(ids.INTAKE_FLAGS)


@pytest.mark.parametrize(
    ("arm", "shown", "expected"),
    [
        (False, False, "page"),
        (False, True, "page"),
        (True, False, f"page {ARM_PAGE}"),
        (True, True, f"page {ARM_PAGE} {SHOW_LEG}"),
    ],
)
def test_only_an_arm_drawing_changes_the_page(arm, shown, expected):
    assert page_class("page", arm, shown) == expected
