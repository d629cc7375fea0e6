"""From the patient's own phone: a therapist makes an intake link on a record; a phone that
never signed in opens it, marks the outer thigh and the calf, answers and sends; the record
lists a new session "from the patient" with those marks, and the link no longer works. In
local mode and in clinic mode, one server for each."""

from __future__ import annotations

import shutil
import time

import flask
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from dashapp import create_app, store
from dashapp.store.accounts import add_user
from dashapp.store.db import init_db, session_factory
from dashapp.store.intake_links import FROM_PATIENT, UNUSABLE, create_link
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
TABLET = {"viewport": {"width": 820, "height": 1180}, "has_touch": True, "is_mobile": True}
MAP = f"#{ids.PHONE_MAP}"
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def served(request, tmp_path_factory, migrated_database):
    """A server per mode (the test's parameter) for the whole module, with one patient (and,
    in clinic mode, a therapist to sign in)."""
    database = tmp_path_factory.mktemp(request.param) / "painmap.db"
    shutil.copy2(migrated_database, database)
    url = f"sqlite:///{database}"
    engine = init_db(url)
    with session_factory(engine).begin() as db:
        add_user(db, "tom", "therapist", PASSWORD)
        patient_id = store.create_patient(db, "Pia Phone").id
    engine.dispose()
    # The shipped map: the warning signs read "below the knee" from its geometry.
    config = {"SECRET_KEY": "test", "DATABASE_URL": url}
    app = create_app(config | {"DEMO": False, "MODE": request.param})
    with serve(app) as address:
        yield address, app.server.extensions["painmap"], patient_id, request.param


def region(page: Page, region_id: str):
    return page.locator(f'{MAP} [role=checkbox][data-region="{region_id}"]')


def card(page: Page, region_id: str):
    return page.locator(f'#{ids.PHONE_EDITOR} fieldset[data-region="{region_id}"]')


def make_link(page: Page, url: str, patient_id: int, mode: str) -> str:
    """On the patient's record (a tablet), make a link; its address as the card shows it."""
    page.goto(f"{url}/patients/{patient_id}")
    if mode == "clinic":
        page.locator("#signin-name").fill("tom")
        page.locator("#signin-password").fill(PASSWORD)
        page.locator("#signin-submit").click()
    page.get_by_role("button", name="Make an intake link").click()
    shown = page.locator(f"#{ids.PATIENT_LINK_SHOWN}")
    expect(shown.get_by_role("img", name="QR code of the intake link")).to_be_visible()
    expect(shown.get_by_role("button", name="Revoke this link")).to_be_visible()
    expect(shown).to_contain_text("your time zone")
    return shown.locator("code").inner_text()


def asked(page: Page, field: str):
    """One of the page's questions (those of the walk-in questions page)."""
    return page.locator(f'#{ids.PHONE_FORM} fieldset.question[data-field="{field}"]')


def fill_in_and_send(page: Page, link: str) -> None:
    """The patient's phone: the outer thigh (front) and the calf (back), answers, Send."""
    page.goto(link)
    expect(page.locator("nav, a[href]")).to_have_count(0)  # no way anywhere else
    region(page, "right_thigh_outer_lower").tap()
    card(page, "right_thigh_outer_lower").get_by_role("radio", name="6", exact=True).tap()
    page.locator(f"#{ids.PHONE_VIEW_SWITCH}").get_by_role("radio", name="Back").tap()
    region(page, "right_calf_back").tap()
    card(page, "right_calf_back").get_by_role("checkbox", name="Burning").tap()
    page.get_by_role("radio", name="2 to 6 weeks ago").tap()
    asked(page, "saddle_numbness").get_by_role("radio", name="No", exact=True).tap()
    asked(page, "weakness").get_by_role("checkbox", name="Tripping over my foot").tap()
    page.locator(f"#{ids.PHONE_ACTIVITIES}").get_by_role("checkbox", name="Sitting").tap()
    expect(page.locator(f"#{ids.PHONE_EDITOR} fieldset.mark-card")).to_have_count(2)
    # The last tap made it to the chart (the draft keeps every change) before Send.
    page.wait_for_function(
        "() => Object.keys(localStorage).some(k => k.startsWith('phone-draft-') &&"
        " localStorage.getItem(k).includes('sitting') &&"
        " localStorage.getItem(k).includes('tripping'))"
    )
    send = page.get_by_role("button", name="Send to my therapist")
    expect(send).to_be_visible()
    box = send.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
    send.tap()
    expect(page.locator(f"#{ids.PHONE_MESSAGE}")).to_contain_text("Thank you")
    expect(send).to_be_hidden()
    expect(page.locator(MAP)).to_be_hidden()


@pytest.mark.parametrize("served", ["local", "clinic"], indirect=True)
def test_intk001_a_phone_sends_an_intake_with_a_link_made_on_the_record(browser, served):
    url, services, patient_id, mode = served
    with watched_page(browser, expected=("status of 401",), **TABLET) as therapist:
        link = make_link(therapist, url, patient_id, mode)
        assert link.startswith(f"{url}/intake/")
        # its own context: no cookies; the used link's page answers 404
        with watched_page(browser, expected=("status of 404",), **PHONE) as phone:
            fill_in_and_send(phone, link)
            phone.goto(link)
            expect(phone.get_by_text(UNUSABLE)).to_be_visible()
            expect(phone.locator(MAP)).to_have_count(0)
        therapist.reload()
        timeline = therapist.locator("ol.timeline li")
        expect(timeline).to_have_count(1)
        expect(timeline).to_contain_text("(from the patient)")
        expect(timeline).to_contain_text("2 areas")
    with services.db() as db:
        [visit] = store.list_visits(db, patient_id)
        chart = store.visit_chart(visit, services.vocabulary)
        assert visit.updated_by == FROM_PATIENT
        assert set(chart.regions) == {"right_thigh_outer_lower", "right_calf_back"}
        assert chart.get("right_thigh_outer_lower").intensity == 6
        assert chart.get("right_calf_back").qualities == ("burning",)
        assert chart.activities == ("sitting",)
        assert visit.intake.answers == {
            "started": "2_to_6_weeks",
            "saddle_numbness": "no",
            "weakness": ["tripping"],
        }


@pytest.mark.parametrize("served", ["local"], indirect=True)
def test_intk002_a_send_that_fails_keeps_everything_and_can_be_sent_again(browser, served):
    url, services, patient_id, mode = served
    with watched_page(browser, expected=("status of 401",), **TABLET) as therapist:
        link = make_link(therapist, url, patient_id, mode)
    with watched_page(browser, expected=("ERR_INTERNET_DISCONNECTED",), **PHONE) as phone:
        phone.goto(link)
        send = phone.get_by_role("button", name="Send to my therapist")
        send.tap()  # nothing yet: said on the page, nothing asked of the server
        expect(phone.locator(f"#{ids.PHONE_MESSAGE}")).to_contain_text("Nothing to send yet")
        region(phone, "right_thigh_outer_lower").tap()
        expect(card(phone, "right_thigh_outer_lower")).to_be_visible()
        phone.context.set_offline(True)
        send.tap()
        message = phone.locator(f"#{ids.PHONE_MESSAGE}")
        expect(message).to_contain_text("Not sent: PainMap could not be reached")
        expect(message).to_contain_text("Everything you entered is still here")
        expect(region(phone, "right_thigh_outer_lower")).to_have_attribute("aria-checked", "true")
        expect(send).to_be_enabled()
        phone.context.set_offline(False)
        send.tap()
        expect(message).to_contain_text("Thank you")
    with services.db() as db:
        sent = [v for v in store.list_visits(db, patient_id) if v.updated_by == FROM_PATIENT]
        assert ["right_thigh_outer_lower"] in [
            store.visit_chart(v, services.vocabulary).regions for v in sent
        ]


@pytest.mark.parametrize("served", ["local"], indirect=True)
def test_intk003_a_warning_sign_shows_as_on_the_walk_in_page_and_stays_once_sent(browser, served):
    url, _, patient_id, mode = served
    with watched_page(browser, expected=("status of 401",), **TABLET) as therapist:
        link = make_link(therapist, url, patient_id, mode)
    with watched_page(browser, **PHONE) as phone:
        phone.goto(link)
        for area in ("left_shin", "right_shin"):  # pain below both knees
            region(phone, area).tap()
        heading = phone.locator(f"#{ids.PHONE_WARNING} .red-flags h2")
        expect(heading).to_be_visible()
        said = heading.inner_text()
        phone.get_by_role("button", name="Send to my therapist").tap()
        expect(phone.locator(f"#{ids.PHONE_MESSAGE}")).to_contain_text("Thank you")
        expect(heading).to_have_text(said)  # still in view, the form gone
        if mode == "local":  # the walk-in page, on the same device, says the same
            phone.goto(url + "/")
            for area in ("left_shin", "right_shin"):
                phone.locator(f'#{ids.PATIENT_MAP} [data-region="{area}"]').tap()
            expect(phone.locator(f"#{ids.PATIENT_WARNINGS} .red-flags h2")).to_have_text(said)


@pytest.mark.parametrize("served", ["local"], indirect=True)
def test_intk004_the_phone_page_has_no_serious_accessibility_violation(browser, served):
    url, _, patient_id, mode = served
    with watched_page(browser, **TABLET) as therapist:
        link = make_link(therapist, url, patient_id, mode)
    with watched_page(browser, **PHONE) as phone:
        phone.goto(link)
        region(phone, "right_thigh_outer_lower").tap()  # a mark card shown too
        expect(card(phone, "right_thigh_outer_lower")).to_be_visible()
        results = Axe().run(phone)
        serious = [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not serious, "\n".join(serious)


def draw_with_a_finger(page: Page, region_id: str) -> None:
    """One stroke down the middle of an area, by touch (sent through the DevTools protocol),
    then back to marking."""
    page.locator(f'{MAP} .bodymap__drawbar [data-mode="draw"]').tap()
    region(page, region_id).scroll_into_view_if_needed()
    box = region(page, region_id).bounding_box()
    x, top = box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.3
    points = [(x, top + box["height"] * 0.4 * i / 8) for i in range(9)]
    cdp = page.context.new_cdp_session(page)
    for kind, point in [("touchStart", points[0])] + [("touchMove", p) for p in points[1:]]:
        touch = [{"x": point[0], "y": point[1], "id": 0}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": touch})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    page.locator(f'{MAP} .bodymap__drawbar [data-mode="mark"]').tap()


def drafts(page: Page) -> list[str]:
    """The keys of the phone drafts this browser keeps (and of their time stamps)."""
    return page.evaluate(
        "() => Object.keys(window.localStorage).filter(k => k.startsWith('phone-draft-'))"
    )


@pytest.mark.parametrize("served", ["local"], indirect=True)
def test_intk005_a_reload_keeps_marks_drawing_and_answers_until_sent(browser, served):
    url, _, patient_id, mode = served
    with watched_page(browser, expected=("status of 401",), **TABLET) as therapist:
        link = make_link(therapist, url, patient_id, mode)
        other = make_link(therapist, url, patient_id, mode)
    with watched_page(browser, expected=("status of 404",), **PHONE) as phone:
        phone.goto(link)
        notice = phone.locator(f"#{ids.PHONE_NOTICE}")
        expect(phone.locator(MAP)).to_be_visible()
        expect(notice).to_be_hidden()  # nothing kept yet: nothing said
        region(phone, "right_thigh_outer_lower").tap()
        card(phone, "right_thigh_outer_lower").get_by_role("radio", name="6", exact=True).tap()
        card(phone, "right_thigh_outer_lower").get_by_role("checkbox", name="Burning").tap()
        phone.get_by_role("radio", name="2 to 6 weeks ago").tap()
        phone.locator(f"#{ids.PHONE_ACTIVITIES}").get_by_role("checkbox", name="Sitting").tap()
        draw_with_a_finger(phone, "right_shin")
        strokes = phone.locator(f'{MAP} [data-view="front"] .bodymap__stroke')
        expect(strokes).to_have_count(1)
        phone.wait_for_function(
            "() => Object.keys(localStorage).some(k => k.startsWith('phone-draft-') &&"
            " localStorage.getItem(k).includes('sitting') &&"
            " localStorage.getItem(k).includes('2_to_6_weeks') &&"
            " (JSON.parse(localStorage.getItem(k)).chart.strokes || []).length === 1)"
        )
        [key, stamp] = sorted(drafts(phone))
        assert stamp == key + "-timestamp"
        assert link.rsplit("/", 1)[1] not in key + phone.evaluate(f"localStorage.getItem({key!r})")

        phone.reload()
        expect(notice).to_have_text("Your answers are still here.")
        thigh = card(phone, "right_thigh_outer_lower")
        expect(region(phone, "right_thigh_outer_lower")).to_have_attribute("aria-checked", "true")
        expect(thigh.get_by_role("radio", name="6", exact=True)).to_be_checked()
        expect(thigh.get_by_role("checkbox", name="Burning")).to_be_checked()
        expect(phone.get_by_role("radio", name="2 to 6 weeks ago")).to_be_checked()
        activities = phone.locator(f"#{ids.PHONE_ACTIVITIES}")
        expect(activities.get_by_role("checkbox", name="Sitting")).to_be_checked()
        expect(strokes).to_have_count(1)

        phone.goto(other)  # a second link on the same phone starts empty
        expect(phone.locator(MAP)).to_be_visible()
        expect(region(phone, "right_thigh_outer_lower")).to_have_attribute("aria-checked", "false")
        expect(phone.get_by_role("radio", name="2 to 6 weeks ago")).not_to_be_checked()
        expect(notice).to_be_hidden()
        assert sorted(drafts(phone)) == [key, stamp]

        phone.goto(link)  # back to the first: its draft, and Send
        expect(notice).to_have_text("Your answers are still here.")
        expect(card(phone, "right_thigh_outer_lower")).to_be_visible()
        phone.get_by_role("button", name="Send to my therapist").tap()
        expect(phone.locator(f"#{ids.PHONE_MESSAGE}")).to_contain_text("Thank you")
        expect(notice).to_be_hidden()  # the thanks alone says what happened
        assert drafts(phone) == []
        phone.reload()
        expect(phone.get_by_text(UNUSABLE)).to_be_visible()
        expect(phone.locator(MAP)).to_have_count(0)
        assert drafts(phone) == []


@pytest.mark.parametrize("served", ["local"], indirect=True)
def test_intk006_a_link_that_stopped_working_forgets_its_draft(browser, served):
    url, services, patient_id, mode = served
    with watched_page(browser, expected=("status of 401",), **TABLET) as therapist:
        link = make_link(therapist, url, patient_id, mode)
    with watched_page(browser, expected=("status of 404",), **PHONE) as phone:
        phone.goto(link)
        region(phone, "right_shin").tap()
        expect(card(phone, "right_shin")).to_be_visible()
        phone.wait_for_function(
            "() => Object.keys(localStorage).some(k => k.startsWith('phone-draft-'))"
        )
        with services.db.begin() as db:  # the therapist withdraws it meanwhile
            newest = max(db.query(store.models.IntakeLink), key=lambda link: link.id)
            store.intake_links.revoke_link(db, patient_id, newest.id)
        answer = phone.reload()
        assert answer is not None and answer.status == 404
        expect(phone.get_by_text(UNUSABLE)).to_be_visible()
        phone.wait_for_function(
            "() => !Object.keys(localStorage).some(k => k.startsWith('phone-draft-'))"
        )


@pytest.mark.parametrize("served", ["local"], indirect=True)
def test_intk007_drafts_older_than_any_link_lasts_are_forgotten(browser, served):
    url, _, patient_id, mode = served
    with watched_page(browser, expected=("status of 401",), **TABLET) as therapist:
        link = make_link(therapist, url, patient_id, mode)
    with watched_page(browser, **PHONE) as phone:
        phone.goto(link)
        expect(phone.locator(MAP)).to_be_visible()
        phone.evaluate(
            """() => {
                const day = 24 * 60 * 60 * 1000;
                for (const [key, age] of [['phone-draft-old', 9 * day], ['phone-draft-new', day]]) {
                    localStorage.setItem(key, JSON.stringify({chart: null, answers: {}}));
                    localStorage.setItem(key + '-timestamp', String(Date.now() - age));
                }
            }"""
        )
        phone.reload()
        expect(phone.locator(MAP)).to_be_visible()
        phone.wait_for_function("() => localStorage.getItem('phone-draft-old') === null")
        assert sorted(drafts(phone)) == ["phone-draft-new", "phone-draft-new-timestamp"]


@pytest.mark.parametrize("served", ["local"], indirect=True)
def test_intk008_a_yes_to_a_warning_question_says_seek_care_first_and_the_answers_travel(
    browser, served
):
    url, services, patient_id, mode = served
    with watched_page(browser, expected=("status of 401",), **TABLET) as therapist:
        link = make_link(therapist, url, patient_id, mode)
        with watched_page(browser, **PHONE) as phone:
            phone.goto(link)
            asked(phone, "trigger").get_by_role("radio", name="Lifting").tap()
            bladder = asked(phone, "bladder_bowel_sexual")
            bladder.get_by_role("radio", name="Yes", exact=True).tap()
            panel = phone.locator(f"#{ids.PHONE_WARNING} .red-flags")
            expect(panel.locator("h2")).to_have_text("Please seek medical care now")
            expect(panel).to_be_in_viewport()  # brought into view, from far down the page
            form = phone.locator(f"#{ids.PHONE_FORM}")
            assert panel.bounding_box()["y"] < form.bounding_box()["y"]  # above everything
            phone.wait_for_function(
                "() => Object.keys(localStorage).some(k => k.startsWith('phone-draft-') &&"
                " localStorage.getItem(k).includes('bladder_bowel_sexual'))"
            )
            phone.reload()
            expect(bladder.get_by_role("radio", name="Yes", exact=True)).to_be_checked()
            trigger = asked(phone, "trigger")
            expect(trigger.get_by_role("radio", name="Lifting")).to_be_checked()
            expect(panel.locator("h2")).to_have_text("Please seek medical care now")
            phone.get_by_role("button", name="Send to my therapist").tap()
            expect(phone.locator(f"#{ids.PHONE_MESSAGE}")).to_contain_text("Thank you")
            expect(panel).to_be_visible()  # it stays once sent
        with services.db() as db:
            visit = store.list_visits(db, patient_id)[-1]
            assert visit.updated_by == FROM_PATIENT
            assert visit.intake.answers == {"trigger": "lifting", "bladder_bowel_sexual": "yes"}
        therapist.goto(f"{url}/sessions/{visit.id}")  # shown there as answered
        questions = therapist.locator(f"#{ids.SESSION_INTAKE_SECTION}")
        questions.locator("summary").click()
        answered = questions.locator('fieldset[data-field="bladder_bowel_sexual"]')
        expect(answered.get_by_role("radio", name="Yes", exact=True)).to_be_checked()


@pytest.mark.parametrize("served", ["local"], indirect=True)
def test_intk009_a_warning_question_the_map_asks_is_answered_in_the_questions_too(browser, served):
    url, _, patient_id, mode = served
    with watched_page(browser, expected=("status of 401",), **TABLET) as therapist:
        link = make_link(therapist, url, patient_id, mode)
    with watched_page(browser, **PHONE) as phone:
        phone.goto(link)
        region(phone, "pubic").tap()  # numb in the saddle: asked at once, at the top
        card(phone, "pubic").get_by_role("checkbox", name="Numb").tap()
        ask = phone.locator(f"#{ids.PHONE_WARNING} .ask-now")
        ask.get_by_role("radio", name="Yes", exact=True).tap()
        heading = phone.locator(f"#{ids.PHONE_WARNING} .red-flags h2")
        expect(heading).to_have_text("Please seek medical care now")
        saddle = asked(phone, "saddle_numbness")
        expect(saddle.get_by_role("radio", name="Yes", exact=True)).to_be_checked()


def test_intk010_send_pressed_while_the_last_tap_is_on_its_way_still_carries_it(
    browser, tmp_path, migrated_database
):
    """The chart is worked out on the server: Send waits for it, however slow the answer."""
    database = tmp_path / "painmap.db"
    shutil.copy2(migrated_database, database)
    app = create_app({"SECRET_KEY": "test", "DATABASE_URL": f"sqlite:///{database}", "DEMO": False})
    services = app.server.extensions["painmap"]
    with services.db.begin() as db:
        patient_id = store.create_patient(db, "Sid Slow").id
        _, token = create_link(db, patient_id)

    @app.server.before_request
    def slow_chart():  # a slow network or a busy server, for the chart only
        if (
            flask.request.path == "/_dash-update-component"
            and b"phone-chart" in (flask.request.get_data()[:400])
        ):
            time.sleep(1.0)

    with serve(app) as url, watched_page(browser, **PHONE) as phone:
        phone.goto(f"{url}/intake/{token}")
        with phone.expect_request(lambda r: "phone-chart" in (r.post_data or "")):
            region(phone, "right_thigh_outer_lower").tap()
        # Pressed while the tap's chart is on its way: Send waits for it.
        phone.get_by_role("button", name="Send to my therapist").tap()
        expect(phone.locator(f"#{ids.PHONE_MESSAGE}")).to_contain_text("Thank you", timeout=15000)
    with services.db() as db:
        sent = [v for v in store.list_visits(db, patient_id) if v.updated_by == FROM_PATIENT]
        assert [store.visit_chart(v, services.vocabulary).regions for v in sent] == [
            ["right_thigh_outer_lower"]
        ]


@pytest.mark.parametrize("served", ["local"], indirect=True)
def test_intk031_a_neck_drawing_asks_its_warning_signs_and_a_yes_brings_seek_care_to_the_top(
    browser, served
):
    url, services, patient_id, mode = served
    with watched_page(browser, expected=("status of 401",), **TABLET) as therapist:
        link = make_link(therapist, url, patient_id, mode)
    with watched_page(browser, **PHONE) as phone:
        phone.goto(link)
        region(phone, "right_neck_side").tap()
        ask = phone.locator(f"#{ids.PHONE_WARNING} .ask-now")
        expect(ask.locator("h3").first).to_have_text("Your neck, shoulders and arms")
        expect(ask.locator('fieldset[data-field="thunderclap"]')).to_have_count(0)
        worse = ask.locator('fieldset[data-field="myelopathy_worsening"]')
        worse.get_by_role("radio", name="Yes", exact=True).tap()
        panel = phone.locator(f"#{ids.PHONE_WARNING} .red-flags")
        expect(panel.locator("h2")).to_have_text("Please seek medical care today")
        expect(panel).to_contain_text("spinal cord in the neck")
        expect(panel).to_be_in_viewport()
        # Above the questions still asked, and above everything else on the page.
        still = phone.locator(f"#{ids.PHONE_WARNING} .ask-now")
        assert panel.bounding_box()["y"] < still.bounding_box()["y"]
        form = phone.locator(f"#{ids.PHONE_FORM}")
        assert panel.bounding_box()["y"] < form.bounding_box()["y"]
        # The answer is one of the page's questions too, in its own section, shown.
        answered = asked(phone, "myelopathy_worsening")
        expect(answered).to_be_visible()
        expect(answered.get_by_role("radio", name="Yes", exact=True)).to_be_checked()
        expect(asked(phone, "thunderclap")).to_be_hidden()  # no head marked
