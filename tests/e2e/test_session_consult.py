"""The session page is the consultation, on a tablet or a phone: an examination finding and an
answer changed in place change the comparison beside them (for an arm drawing, Wainner's rule
too), are saved, and are there after a reload."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app, store
from dashapp.domain import SHIPPED_DATA
from dashapp.domain.chart import Mark, PainChart
from dashapp.domain.sciatica.upper import UPPER_FLAG_QUESTIONS
from dashapp.store.demo import FINDINGS, INTAKE
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page
from tests.e2e.test_autosave import unload_is_held

TABLET = {"viewport": {"width": 820, "height": 1180}, "has_touch": True, "is_mobile": True}
COMPARE = f"#{ids.SESSION_COMPARE}"
FLAGS = f"#{ids.SESSION_FLAGS}"
STATUS = f"#{ids.SESSION_STATUS}"
LEG = PainChart((Mark("right_thigh_outer", 7, ("aching",)), Mark("right_shin", 5, ("shooting",))))


@pytest.fixture
def page(browser, live_url):
    with watched_page(browser, **TABLET) as page:
        yield page


@pytest.fixture
def refused_page(browser, live_url):
    # A refused save is a 400 the browser logs; no other error may be.
    with watched_page(browser, expected=("status of 400",), **TABLET) as page:
        yield page


@pytest.fixture
def visit_id(app):
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        visit = store.create_visit(db, store.create_patient(db, "Tabled").id)
        store.save_visit(
            db, visit.id, 1, chart=LEG, intake=INTAKE, findings=FINDINGS, known=services.vocabulary
        )
        return visit.id


def field(page: Page, name: str):
    return page.locator(f'fieldset[data-field="{name}"]')


def open_section(page: Page, section: str) -> None:
    page.locator(f"#{section} > summary").tap()
    expect(page.locator(f"#{section}")).to_have_attribute("open", "")


def saved(page: Page) -> None:
    """Wait until every change is saved: nothing owed (leaving would not ask) and 'Saved at'."""
    page.wait_for_timeout(300)  # the tap's change reaches the autosave's queue first
    for _ in range(50):
        if not unload_is_held(page):
            break
        page.wait_for_timeout(100)
    assert not unload_is_held(page), "a change is still not saved"
    expect(page.locator(STATUS)).to_contain_text("Saved at")


def reckoning(page: Page) -> str:
    """The comparison's points, in the therapist's part (open or not, the text is there)."""
    return page.locator(f"{COMPARE} .therapist__reckoning").nth(1).text_content()


def test_ses001_a_finding_and_an_answer_change_the_comparison_and_are_kept(
    page: Page, live_url: str, visit_id: int, app
):
    page.goto(f"{live_url}/sessions/{visit_id}")
    expect(page.locator(COMPARE)).to_contain_text("Muscle patterns closest to the marks")
    expect(page.locator(f"{FLAGS} .red-flags")).to_have_count(0)
    before = reckoning(page)

    # A nerve-root finding: the straight-leg raise brings on the leg pain at 35 degrees.
    open_section(page, ids.SESSION_FINDINGS_SECTION)
    field(page, "right.slr_angle").locator("input").fill("35")
    field(page, "right.slr_leg_pain").get_by_role("radio", name="Yes", exact=True).tap()
    expect(page.locator(f"{COMPARE} .therapist__reckoning").nth(1)).not_to_have_text(before)
    saved(page)

    # An answer: the pain wakes them at night no more.
    open_section(page, ids.SESSION_INTAKE_SECTION)
    field(page, "night_pain").get_by_role("radio", name="No", exact=True).tap()
    saved(page)

    page.reload()
    expect(page.locator(COMPARE)).to_contain_text("Muscle patterns closest to the marks")
    assert reckoning(page) != before
    open_section(page, ids.SESSION_FINDINGS_SECTION)
    expect(field(page, "right.slr_angle").locator("input")).to_have_value("35")
    yes = field(page, "right.slr_leg_pain").get_by_role("radio", name="Yes", exact=True)
    expect(yes).to_be_checked()
    open_section(page, ids.SESSION_INTAKE_SECTION)
    expect(field(page, "night_pain").get_by_role("radio", name="No", exact=True)).to_be_checked()
    services = app.server.extensions["painmap"]
    with services.db() as db:
        visit = store.get_visit(db, visit_id)
        assert visit.intake.answers["night_pain"] == "no"
        assert visit.findings.values["right.slr_angle"] == 35


def test_ses002_a_warning_answer_puts_seek_care_first_and_holds_the_comparison(
    page: Page, live_url: str, visit_id: int
):
    page.goto(f"{live_url}/sessions/{visit_id}")
    open_section(page, ids.SESSION_INTAKE_SECTION)
    field(page, "saddle_numbness").get_by_role("radio", name="Yes", exact=True).tap()
    expect(page.locator(f"{FLAGS} .red-flags h2")).to_have_text("Please seek medical care now")
    expect(page.locator(COMPARE)).to_contain_text("Held back")
    # Above the map, where a tablet shows it first.
    flags_top = page.locator(FLAGS).bounding_box()["y"]
    assert flags_top < page.locator(f"#{ids.SESSION_MAP}").bounding_box()["y"]
    saved(page)
    page.reload()
    expect(page.locator(f"{FLAGS} .red-flags h2")).to_have_text("Please seek medical care now")


def test_ses003_an_angle_out_of_range_is_named_and_nothing_is_lost(
    refused_page: Page, live_url: str, visit_id: int, app
):
    page = refused_page
    page.goto(f"{live_url}/sessions/{visit_id}")
    open_section(page, ids.SESSION_FINDINGS_SECTION)
    angle = field(page, "right.slr_angle").locator("input")
    angle.fill("200")
    said = "Not saved: Findings: right.slr_angle: must be a whole number from 0 to 90, not 200"
    expect(page.locator(STATUS)).to_contain_text(said)
    # Said where the person is typing too, and the comparison names what it cannot read.
    expect(page.locator(f"#{ids.SESSION_SECTION_STATUS[2]}")).to_contain_text(said)
    expect(page.locator(COMPARE)).to_contain_text("could not be read")
    services = app.server.extensions["painmap"]
    with services.db() as db:
        assert store.get_visit(db, visit_id).findings.values == FINDINGS
    angle.fill("60")
    saved(page)
    page.reload()
    open_section(page, ids.SESSION_FINDINGS_SECTION)
    expect(field(page, "right.slr_angle").locator("input")).to_have_value("60")


@pytest.fixture
def shipped_map(test_config):
    """An app on the shipped body map (the test map has no buttocks), with a session marked
    numb low in the inner buttock, its questions answered but the saddle one."""
    app = create_app({**test_config, "GEOMETRY_DIR": SHIPPED_DATA / "geometry"})
    services = app.server.extensions["painmap"]
    chart = PainChart((Mark("right_buttock_lower_inner", 4, ("numb",)),))
    asked = {k: v for k, v in INTAKE.items() if k != "saddle_numbness"}
    with services.db.begin() as db:
        visit = store.create_visit(db, store.create_patient(db, "Seated").id)
        store.save_visit(db, visit.id, 1, chart=chart, intake=asked, known=services.vocabulary)
        visit_id = visit.id
    with serve(app) as url:
        yield url, visit_id


def test_ses004_numbness_in_the_saddle_asks_its_question_first_then_no_alarm(browser, shipped_map):
    url, visit_id = shipped_map
    with watched_page(browser, **TABLET) as page:
        page.goto(f"{url}/sessions/{visit_id}")
        ask = page.locator(f"{FLAGS} .ask-now")
        expect(ask).to_contain_text("One important question first")
        expect(page.locator(COMPARE)).to_contain_text("Held back until the important question")
        # The section was opened for it; the link leads to the question.
        ask.get_by_role("link").tap()
        expect(page.locator(f"#{ids.SESSION_INTAKE_SECTION}")).to_have_attribute("open", "")
        field(page, "saddle_numbness").get_by_role("radio", name="No", exact=True).tap()
        expect(ask).to_have_count(0)
        expect(page.locator(f"{FLAGS} .red-flags")).to_have_count(0)
        expect(page.locator(COMPARE)).to_contain_text("Muscle patterns closest to the marks")
        saved(page)


PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
RULE_TESTS = ("spurling", "ultt_a", "distraction", "rotation_under_60")


@pytest.fixture
def arm_session(test_config):
    """An app on the shipped body map (the test map has no arm), with a session marked down the
    thumb side of the right forearm into the thumb, every question answered and no warning
    sign, and no examination yet."""
    app = create_app({**test_config, "GEOMETRY_DIR": SHIPPED_DATA / "geometry"})
    services = app.server.extensions["painmap"]
    chart = PainChart(
        (Mark("right_forearm_thumb_side", 6, ("tingling",)), Mark("right_thumb_front", 5, ()))
    )
    # The arm's history is part of "every question" for an arm drawing (arm_gate.py).
    arm_history = {"arm_worse": "arm", "arm_tingling": "yes", "hand_on_head": "no"}
    answered = {**INTAKE, **dict.fromkeys(UPPER_FLAG_QUESTIONS, "no"), **arm_history}
    with services.db.begin() as db:
        visit = store.create_visit(db, store.create_patient(db, "Armed").id)
        store.save_visit(db, visit.id, 1, chart=chart, intake=answered, known=services.vocabulary)
        visit_id = visit.id
    with serve(app) as url:
        yield url, visit_id, services


def tap_result(page: Page, test: str, result: str) -> None:
    field(page, test).get_by_role("radio", name=result, exact=True).tap()


def test_ses005_the_neck_tests_tapped_fast_on_a_phone_set_the_rule_line(browser, arm_session):
    url, visit_id, services = arm_session
    with watched_page(browser, **PHONE) as page:
        page.goto(f"{url}/sessions/{visit_id}")
        arm = page.locator(f"#{ids.SESSION_ARM}")
        rule = arm.locator("[data-cpr]")
        # An arm drawing: the differentials are there before any test; the rule is not.
        expect(arm.locator("[data-differential='carpal_tunnel']")).to_contain_text("wrist")
        expect(arm.locator("[data-differential='thoracic_outlet']")).to_have_count(1)
        expect(rule).to_have_count(0)

        open_section(page, ids.SESSION_FINDINGS_SECTION)
        for test in RULE_TESTS:  # one tap after another, no waiting for the page
            tap_result(page, test, "Positive")
        expect(rule).to_have_attribute("data-cpr", "4")
        expect(rule).to_contain_text("post-test probability 90%")
        expect(rule).to_contain_text("Three or four of the four neck tests")

        # A note typed straight away, then one test taken back: the line follows.
        page.locator(f"#{ids.SESSION_NOTES}").tap()
        page.keyboard.type("Spurling brings on the thumb pain.", delay=5)
        tap_result(page, "distraction", "Negative")
        expect(rule).to_contain_text("post-test probability 65%")
        tap_result(page, "ultt_a", "Negative")
        expect(rule).to_contain_text("post-test probability 21%")
        tap_result(page, "spurling", "Negative")
        tap_result(page, "rotation_under_60", "Negative")
        expect(rule).to_have_attribute("data-cpr", "0")
        expect(rule).to_contain_text("the reference gives no post-test probability")
        expect(rule).to_contain_text("do not, together, point strongly")
        saved(page)

    with services.db() as db:
        visit = store.get_visit(db, visit_id)
        assert {t: visit.findings.values[t] for t in RULE_TESTS} == dict.fromkeys(
            RULE_TESTS, "negative"
        )
        assert visit.notes == "Spurling brings on the thumb pain."


def test_ses006_a_leg_drawing_has_no_rule_line_and_no_differentials(
    page: Page, live_url: str, visit_id: int
):
    page.goto(f"{live_url}/sessions/{visit_id}")
    expect(page.locator(COMPARE)).to_contain_text("Muscle patterns closest to the marks")
    expect(page.locator(f"#{ids.SESSION_ARM}")).to_have_count(0)
    expect(page.locator("[data-differential]")).to_have_count(0)
