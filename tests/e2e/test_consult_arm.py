"""Nerve or muscle for the arm in a browser: an arm drawing's warning questions first, then the
comparison toward a cervical root with Wainner's rule and the differentials."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app
from dashapp.domain.sciatica.arm_gate import ARM_REQUIRED
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page
from tests.e2e.test_consult import NO_RED_FLAGS, answer, mark

QUIET = {
    "onset": "Gradually",
    "trigger": "Nothing I know of",
    "started": "6 to 12 weeks ago",
    "worse": "Both the same",
    "numbness": "Yes",
    "pins_and_needles": "Yes",
    "cough_sneeze": "No",
    "night_pain": "No",
}
ARM = ["right_upper_arm_outer", "right_forearm_thumb_side", "right_thumb_front"]
ARM_NO_RED_FLAGS = {k: v for k, v in NO_RED_FLAGS.items() if k in ARM_REQUIRED}
ARM_QUIET = {
    "trigger": "Nothing I know of",
    "started": "6 to 12 weeks ago",
    "arm_worse": "Both the same",
    "arm_tingling": "Yes",
    "hand_on_head": "No",
}


@pytest.fixture(scope="module")
def url():
    with serve(create_app()) as address:
        yield address


@pytest.fixture
def page(browser):
    with watched_page(browser, viewport={"width": 1360, "height": 1000}) as page:
        yield page


def clear_warning_questions(page: Page) -> None:
    """Answer "No" to every warning question the arm drawing asks first, one at a time."""
    asked = page.locator(".ask-now fieldset")
    expect(asked.first).to_be_visible()
    for _ in range(20):
        if asked.count() == 0:
            return
        field = asked.first.get_attribute("data-field")
        asked.first.get_by_role("radio", name="No", exact=True).check()
        expect(page.locator(f".ask-now fieldset[data-field='{field}']")).to_have_count(0)
    raise AssertionError("the warning questions did not clear")


def test_arm001_an_arm_drawing_is_compared_with_a_cervical_root(page: Page, url: str):
    mark(page, url, ARM)
    # The arm drawing is asked what an arm needs (the leg's questions are folded away).
    answer(page, url, {**ARM_NO_RED_FLAGS, **ARM_QUIET})
    page.goto(url + "/findings")
    for test in ("spurling", "ultt_a", "distraction", "rotation_under_60"):
        group = page.locator(f'fieldset[data-field="{test}"]')
        group.get_by_role("radio", name="Positive", exact=True).check()
    group = page.locator('fieldset[data-field="right.wrist_extension"]')
    group.get_by_role("radio", name="Weak", exact=True).check()
    expect(page.locator(f"#{ids.FINDINGS_STATUS}")).to_have_text("Saved in this browser.")

    page.goto(url + "/compare")
    expect(page.locator(f"#{ids.COMPARE_MUSCLE}")).to_have_count(0)  # questions first
    clear_warning_questions(page)
    expect(page.locator(".compare__picture")).to_have_count(3)
    expect(page.locator(".compare__picture > figcaption").nth(1)).to_contain_text("C")
    expect(page.locator(".compare__leaning h2")).to_contain_text("neck")
    root = page.locator(f"#{ids.COMPARE_ROOT}")
    expect(root).to_contain_text("nerve root in the neck")
    expect(root.locator("[data-evidence='spurling_positive']")).to_have_count(1)
    expect(root.locator("[data-evidence='wainner_cluster']")).to_have_count(1)
    arm = page.locator(f"#{ids.COMPARE_ARM}")
    expect(arm.locator("[data-cpr='4']")).to_contain_text("post-test probability 90%")
    expect(arm.locator("[data-differential='thoracic_outlet']")).to_contain_text("outlet")
    expect(arm.locator("[data-differential='carpal_tunnel']")).to_contain_text("wrist")
