"""A clinic's tablet: "Save to a patient" takes everything a walk-in left on the device (the
marks, the drawing, the answers, the findings) into a new session, then clears the device;
a save that fails clears nothing and says why."""

from __future__ import annotations

import json
import time

import pytest
from playwright.sync_api import Page, expect

from dashapp import create_app, store
from dashapp.domain.accounts import AuditFilter
from dashapp.domain.chart import Mark, PainChart, restore
from dashapp.store.accounts import add_user
from dashapp.store.db import init_db, session_factory
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

TABLET = {"viewport": {"width": 820, "height": 1180}, "has_touch": True, "is_mobile": True}
MAP = f"#{ids.PATIENT_MAP}"
# Every PainMap key (and dcc.Store's time stamp beside it) still in either storage.
KEPT = """keys => keys.flatMap(k => [k, k + '-timestamp']).filter(
    k => localStorage.getItem(k) !== null || sessionStorage.getItem(k) !== null)"""
PASSWORD = "correct horse battery"


@pytest.fixture
def served(test_config):
    app = create_app(test_config)
    with serve(app) as url:
        yield url, app.server.extensions["painmap"]


def kept(page: Page) -> list[str]:
    return page.evaluate(KEPT, list(ids.DEVICE_KEYS))


def stored(page: Page, key: str):
    return page.evaluate(f"JSON.parse(localStorage.getItem({json.dumps(key)}))")


def region(page: Page, region_id: str, where: str = MAP):
    return page.locator(f'{where} [role=checkbox][data-region="{region_id}"]')


def draw_with_a_finger(page: Page, region_id: str) -> None:
    """One stroke down the middle of an area, by touch (sent through the DevTools protocol)."""
    page.locator(f'{MAP} .bodymap__drawbar [data-mode="draw"]').tap()
    box = region(page, region_id).bounding_box()
    x, top = box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.3
    points = [(x, top + box["height"] * 0.4 * i / 8) for i in range(9)]
    cdp = page.context.new_cdp_session(page)
    for kind, point in [("touchStart", points[0])] + [("touchMove", p) for p in points[1:]]:
        touch = [{"x": point[0], "y": point[1], "id": 0}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": touch})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    key = json.dumps(ids.PATIENT_STORE)
    page.wait_for_function(
        f"() => ((JSON.parse(localStorage.getItem({key}) || 'null') || {{}}).strokes || [])"
        ".length === 1"
    )
    page.locator(f'{MAP} .bodymap__drawbar [data-mode="mark"]').tap()


def walk_in(page: Page, url: str) -> None:
    """What one walk-in leaves on the tablet: two marked areas, a stroke, an answer, a finding."""
    page.goto(url + "/")
    for area in ("left_shin", "right_shin"):
        region(page, area).tap()
    expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("2 areas marked")
    draw_with_a_finger(page, "left_shin")
    page.goto(url + "/questions")
    page.locator('fieldset[data-field="onset"]').get_by_role("radio", name="Suddenly").tap()
    expect(page.locator(f"#{ids.INTAKE_PROGRESS}")).to_contain_text("1 of")
    page.goto(url + "/findings")
    page.locator('fieldset[data-field="slump"]').get_by_role("radio", name="Negative").tap()
    expect(page.locator(f"#{ids.FINDINGS_STATUS}")).to_have_text("Saved in this browser.")


def choose(page: Page, name: str, option: str) -> None:
    """Open "Save to a patient", type a name and pick one of the choices it lists."""
    page.locator(f"#{ids.HANDOVER_OPEN}").tap()
    expect(page.locator(f"#{ids.HANDOVER_PANEL}")).to_be_visible()
    page.locator(f"#{ids.HANDOVER_NAME}").fill(name)
    choices = page.locator(f"#{ids.HANDOVER_CHOICES}")
    choices.get_by_role("radio", name=option, exact=True).tap()
    expect(choices.get_by_role("radio", name=option, exact=True)).to_be_checked()


def test_hand001_a_walk_in_saved_to_a_new_patient_arrives_whole(browser, served):
    url, services = served
    with watched_page(browser, **TABLET) as page:
        walk_in(page, url)
        chart = stored(page, ids.PATIENT_STORE)
        assert len(chart["marks"]) == 2 and len(chart["strokes"]) == 1
        answered = {k: v for k, v in stored(page, ids.INTAKE_STORE).items() if v is not None}
        found = {k: v for k, v in stored(page, ids.FINDINGS_STORE).items() if v is not None}
        assert answered["onset"] == "sudden" and found["slump"] == "negative"
        choose(page, "Dana Doe", "A new patient: Dana Doe")
        page.locator(f"#{ids.HANDOVER_SAVE}").tap()
        said = page.locator(f"#{ids.HANDOVER_MESSAGE}")
        expect(said).to_have_text("Saved to Dana Doe as a new session. Open the session")
        expect(page.locator(f"#{ids.DEVICE_CLEARED}")).to_contain_text("This device is clear")
        expect(page.locator(f"#{ids.HANDOVER_PANEL}")).to_be_hidden()
        assert kept(page) == []
        # The findings page shows its form empty at once.
        slump = page.locator('fieldset[data-field="slump"]').get_by_role("radio", name="Negative")
        expect(slump).not_to_be_checked()

        said.get_by_role("link", name="Open the session").tap()
        page.wait_for_url("**/sessions/1")
        session_map = f"#{ids.SESSION_MAP}"
        for area in ("left_shin", "right_shin"):
            expect(region(page, area, session_map)).to_have_attribute("aria-checked", "true")
        expect(page.locator(f"{session_map} .bodymap__stroke")).to_have_count(1)
        answers = page.locator(f"#{ids.SESSION_ANSWERS}")
        expect(answers).to_contain_text("Questions: 1 answered")
        expect(answers).to_contain_text("Examination: 1 finding.")  # "none" is not counted
        with services.db() as db:
            visit = store.get_visit(db, 1)
            assert visit.patient.display_name == "Dana Doe"
            walk_in_chart = restore(chart, services.region_by_id, services.activity_ids).chart
            assert store.visit_chart(visit, services.vocabulary) == walk_in_chart
            assert visit.intake.answers == answered
            assert visit.findings.values == found

        # The walk-in pages are empty for the next person.
        page.goto(url + "/")
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Nothing marked yet")
        expect(page.locator(f"{MAP} .bodymap__stroke")).to_have_count(0)
        page.goto(url + "/questions")
        expect(page.locator(f"#{ids.INTAKE_PROGRESS}")).to_contain_text("0 of")
        assert kept(page) == []


def test_hand002_a_refused_save_clears_nothing_and_a_second_tab_has_nothing_left(browser, served):
    url, services = served
    with services.db.begin() as db:
        ada = store.create_patient(db, "Ada Able", birth_year=1970).id
        store.create_patient(db, "Adam Ant")
    with watched_page(browser, expected=("status of 400",), **TABLET) as page:
        walk_in(page, url)
        before = {key: stored(page, key) for key in ids.DEVICE_KEYS}
        earlier = page.context.new_page()
        earlier.goto(url + "/questions")
        page.goto(url + "/")
        choose(page, "ada", "Ada Able (born 1970)")
        expect(page.locator(f"#{ids.HANDOVER_CHOICES}")).to_contain_text("Adam Ant")
        with services.db.begin() as db:
            store.archive_patient(db, ada)  # someone else archives her meanwhile
        page.locator(f"#{ids.HANDOVER_SAVE}").tap()
        said = page.locator(f"#{ids.HANDOVER_MESSAGE}")
        expect(said).to_contain_text("Not saved: Ada Able is archived")
        expect(said).to_contain_text("Nothing was cleared from this device.")
        assert {key: stored(page, key) for key in ids.DEVICE_KEYS} == before
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("2 areas marked")

        with services.db.begin() as db:
            store.archive_patient(db, ada, archived=False)
        page.locator(f"#{ids.HANDOVER_SAVE}").tap()
        expect(said).to_contain_text("Saved to Ada Able as a new session.")
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Nothing marked yet")
        # The tab opened earlier forgot it too; a save from there has nothing to send.
        expect(earlier.locator(f"#{ids.INTAKE_PROGRESS}")).to_contain_text("0 of")
        choose(earlier, "Adam", "Adam Ant")
        earlier.locator(f"#{ids.HANDOVER_SAVE}").tap()
        expect(earlier.locator(f"#{ids.HANDOVER_MESSAGE}")).to_contain_text(
            "Not saved: Nothing to save"
        )
        with services.db() as db:
            assert len(store.list_visits(db, ada)) == 1
            assert sum(len(store.list_visits(db, p.id)) for p in store.list_patients(db).items) == 1


@pytest.fixture
def clinic(test_config):
    """Clinic mode with the walk-in pages open to everyone (the waiting-room tablet)."""
    engine = init_db(test_config["DATABASE_URL"])
    with session_factory(engine).begin() as db:
        add_user(db, "tom", "therapist", PASSWORD)
    engine.dispose()
    app = create_app(test_config | {"MODE": "clinic", "PUBLIC_PAGES": ("walk-in", "consult")})
    with serve(app) as url:
        yield url, app.server.extensions["painmap"]


def test_hand003_without_sign_in_nothing_is_saved_or_cleared(browser, clinic):
    url, services = clinic
    with watched_page(browser, expected=("status of 401",), **TABLET) as page:
        walk_in(page, url)
        before = {key: stored(page, key) for key in ids.DEVICE_KEYS}
        choose(page, "Eve", "A new patient: Eve")
        expect(page.locator(f"#{ids.HANDOVER_FOUND}")).to_contain_text("not signed in")
        page.locator(f"#{ids.HANDOVER_SAVE}").tap()
        said = page.locator(f"#{ids.HANDOVER_MESSAGE}")
        expect(said).to_contain_text("Not saved: you are not signed in")
        expect(said.get_by_role("link", name="Sign in")).to_have_attribute(
            "href", "/signin?next=%2Ffindings"
        )
        assert {key: stored(page, key) for key in ids.DEVICE_KEYS} == before
        said.get_by_role("link", name="Sign in").tap()
        page.locator("#signin-name").fill("tom")
        page.locator("#signin-password").fill(PASSWORD)
        page.locator("#signin-submit").tap()
        page.wait_for_url("**/findings")
        choose(page, "Eve", "A new patient: Eve")
        page.locator(f"#{ids.HANDOVER_SAVE}").tap()
        expect(said).to_contain_text("Saved to Eve as a new session.")
        assert kept(page) == []
    with services.db() as db:
        [entry] = store.audit.entries(
            db, AuditFilter(action="change", patient_id=1, user_name="tom")
        )[:1]
        assert entry.visit_id == 1


def test_hand004_a_sessions_drawing_is_shown_and_drawing_on_it_is_saved(browser, served):
    url, services = served
    with services.db.begin() as db:
        visit = store.save_walk_in(
            db,
            chart=PainChart((Mark("left_shin", 4),)).with_strokes(
                [{"view": "front", "points": [[120, 610], [125, 640]], "width": 12}]
            ),
            intake=None,
            findings=None,
            known=services.vocabulary,
            name="Fay",
        )
        visit_id, version = visit.id, visit.version
    with watched_page(browser) as page:
        page.goto(f"{url}/sessions/{visit_id}")
        session_map = f"#{ids.SESSION_MAP}"
        expect(page.locator(f"{session_map} .bodymap__stroke")).to_have_count(1)
        expect(page.locator(f"#{ids.SESSION_STATUS}")).to_have_text("Saved.")
        page.wait_for_timeout(1000)  # an opened page writes nothing
        with services.db() as db:
            assert store.get_visit(db, visit_id).version == version
        page.locator(f'{session_map} .bodymap__drawbar [data-mode="draw"]').click()
        region(page, "right_shin", session_map).scroll_into_view_if_needed()
        box = region(page, "right_shin", session_map).bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 3
        page.mouse.move(x, y)
        page.mouse.down()
        for step in range(1, 8):
            page.mouse.move(x, y + step * box["height"] / 20)
        page.mouse.up()
        expect(page.locator(f"{session_map} .bodymap__stroke")).to_have_count(2)
        # The autosave waits for the hand to rest: the page said "Saved." before the stroke too,
        # so what counts is the session's new version in the database.
        saved = _version_after(services, visit_id, version)
        expect(page.locator(f"#{ids.SESSION_STATUS}")).to_contain_text("Saved")
    assert saved > version, "the drawing was never saved"
    with services.db() as db:
        chart = store.visit_chart(store.get_visit(db, visit_id), services.vocabulary)
    assert len(chart.strokes) == 2 and chart.regions == ["left_shin"]


def _version_after(services, visit_id: int, version: int, wait_s: float = 15.0) -> int:
    """The session's version once it has moved on from `version` (or as it is after `wait_s`)."""
    deadline = time.monotonic() + wait_s
    while True:
        with services.db() as db:
            now = store.get_visit(db, visit_id).version
        if now != version or time.monotonic() > deadline:
            return now
        time.sleep(0.1)
