"""An arm drawing kept in the browser, on a touch tablet: the questions and findings pages fold
the low back's and leg's questions away, so the arm's are reached at once, and a tap shows them
again; a leg drawing's pages stay as they were. The arm's comparison then waits only for what
an arm needs, and shows Wainner's rule."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app
from dashapp.domain.sciatica.arm_gate import GENERAL_FLAG_QUESTIONS
from dashapp.ui import arm_forms as arm_ids
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page
from tests.e2e.test_consult_arm import clear_warning_questions

TABLET = {"viewport": {"width": 768, "height": 1024}, "has_touch": True, "is_mobile": True}
# The walk's drawing: tingling down the right side of the neck, the arm, the thumb and index.
WALK = (
    "right_neck_side",
    "right_upper_arm_outer",
    "right_forearm_thumb_side",
    "right_thumb_front",
    "right_index_finger_front",
    "right_nape",
    "right_shoulder_blade_upper",
    "right_upper_arm_outer_back",
)
ARM_ANSWERS = {
    **dict.fromkeys(GENERAL_FLAG_QUESTIONS, "No"),
    "age": "20 to 50",
    "fragile_bones": "No",
    "trigger": "Nothing I know of",
    "started": "6 to 12 weeks ago",
    "arm_worse": "My arm",
    "arm_tingling": "Yes",
    "hand_on_head": "No",
}


@pytest.fixture(scope="module")
def url():
    with serve(create_app()) as address:
        yield address


@pytest.fixture
def page(browser):
    with watched_page(browser, **TABLET) as page:
        yield page


def keep(page: Page, regions, quality="tingling") -> None:
    """A drawing kept in this browser, as the map page keeps it."""
    marks = [{"region": r, "intensity": 5, "qualities": [quality]} for r in regions]
    chart = json.dumps({"version": 1, "marks": marks, "activities": []})
    page.add_init_script(f"localStorage.setItem('patient-marks', {json.dumps(chart)});")


def field(page: Page, name: str):
    return page.locator(f'fieldset[data-field="{name}"]')


def test_arf001_an_arm_drawing_folds_the_low_back_and_leg_away_on_the_questions(page, url):
    keep(page, WALK)
    page.goto(url + "/questions")
    expect(page.locator(f"#{arm_ids.INTAKE_PAGE}")).to_have_class(
        "page page--narrow-wide page--arm"
    )
    for leg in ("saddle_numbness", "both_legs", "worse", "numbness", "cough_sneeze"):
        expect(field(page, leg)).to_be_hidden()
    for needed in ("cancer_history", "fever_unwell", "age", "trigger", "arm_tingling"):
        expect(field(page, needed)).to_be_visible()
    # Only what an arm needs is left: before, 21 warning and 9 leg questions came first.
    expect(page.locator("fieldset.question:visible")).to_have_count(len(ARM_ANSWERS))
    # The person may show them again with a tap.
    page.get_by_text("Show the questions about the low back and leg too").tap()
    expect(field(page, "saddle_numbness")).to_be_visible()


def test_arf002_the_arms_tests_are_reached_at_once_on_the_findings(page, url):
    keep(page, WALK)
    page.goto(url + "/findings")
    expect(page.locator(f"#{arm_ids.FINDINGS_PAGE}")).to_have_class("page page--arm")
    expect(field(page, "right.slr_angle")).to_be_hidden()
    expect(field(page, "slump")).to_be_hidden()
    expect(field(page, "trigger_point")).to_be_visible()
    arm = page.get_by_role("heading", name="Right arm")
    expect(arm).to_be_visible()
    assert arm.bounding_box()["y"] < TABLET["viewport"]["height"]
    expect(page.get_by_role("heading", name="Trigger points", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Neural tension, sensation")).to_be_hidden()
    page.get_by_text("Show the low back's and leg's tests too").tap()
    expect(field(page, "right.slr_angle")).to_be_visible()
    expect(page.get_by_role("heading", name="Trigger points", exact=True)).to_be_hidden()


def test_arf003_a_leg_drawing_keeps_its_pages_as_they_were(page, url):
    keep(page, ("right_calf_outer",), quality="aching")
    page.goto(url + "/questions")
    expect(page.locator(f"#{ids.INTAKE_PROGRESS}")).to_contain_text("questions answered")
    expect(page.locator(f"#{arm_ids.INTAKE_PAGE}")).to_have_class("page page--narrow-wide")
    expect(field(page, "saddle_numbness")).to_be_visible()
    expect(page.get_by_text("Show the questions about the low back and leg too")).to_be_hidden()
    page.goto(url + "/findings")
    expect(page.locator(f"#{ids.FINDINGS_STATUS}")).to_be_attached()
    expect(page.locator(f"#{arm_ids.FINDINGS_PAGE}")).to_have_class("page")
    expect(field(page, "right.slr_angle")).to_be_visible()
    expect(page.get_by_role("heading", name="Trigger points", exact=True)).to_be_hidden()


def test_arf004_the_arm_comparison_waits_only_for_the_arms_questions(page, url):
    keep(page, WALK)
    page.goto(url + "/questions")
    expect(page.locator(f"#{arm_ids.INTAKE_PAGE}")).to_have_class(
        "page page--narrow-wide page--arm"
    )
    for name, words in ARM_ANSWERS.items():
        field(page, name).get_by_role("radio", name=words, exact=True).tap()
    expect(page.locator(f"#{ids.INTAKE_PROGRESS}")).to_contain_text(
        f"{len(ARM_ANSWERS)} of", timeout=20000
    )
    page.goto(url + "/findings")
    tests = ("spurling", "ultt_a", "distraction", "rotation_under_60")
    for test in tests:
        field(page, test).get_by_role("radio", name="Positive", exact=True).tap()
    expect(page.locator(f"#{ids.FINDINGS_STATUS}")).to_have_text("Saved in this browser.")
    # The last tap is checked by the server before it is kept: wait for it on a busy machine.
    kept = f"JSON.parse(localStorage.getItem('{ids.FINDINGS_STORE}')) || {{}}"
    for _ in range(100):
        if all(page.evaluate(kept).get(t) == "positive" for t in tests):
            break
        page.wait_for_timeout(100)
    page.goto(url + "/compare")
    clear_warning_questions(page)
    expect(page.get_by_text("still to answer")).to_have_count(0)
    arm = page.locator(f"#{ids.COMPARE_ARM}")
    expect(arm.locator("[data-cpr='4']")).to_contain_text("post-test probability 90%")
    root = page.locator(f"#{ids.COMPARE_ROOT}")
    expect(root.locator("[data-evidence='arm_pins_and_needles']")).to_have_count(1)
