"""The whole consultation, in clinic mode, on the devices it happens on: the therapist makes an
intake link on a tablet; the patient's own phone (never signed in) marks the outer thigh and
calf, answers and sends; the therapist opens the session on the tablet, examines, reads the
comparison, shows the gluteus minimus pattern over the patient's drawing, logs the treatment,
hands out a stretch and downloads the session PDF. Each step is checked where it happens."""

from __future__ import annotations

import io
import re
import shutil

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from dashapp import create_app, store
from dashapp.domain.chart import Mark, PainChart
from dashapp.store.accounts import add_user
from dashapp.store.db import init_db, session_factory
from dashapp.store.demo import FINDINGS, INTAKE
from dashapp.ui import ids
from dashapp.ui.components.bodymap import LEGS
from dashapp.ui.forms import PAIN_QUESTIONS, RED_FLAG_QUESTIONS
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page
from tests.e2e.test_atlas_present import IN_SIGHT, MAP_SHARE
from tests.e2e.test_intake_phone import PASSWORD, PHONE, TABLET, card, make_link, region
from tests.e2e.test_session_consult import COMPARE, field, open_section, saved

THIGH, CALF = "right_thigh_outer_lower", "right_calf_outer"
GLUTE = "gluteus_minimus_anterior"
GLUTE_WORDS = "Small buttock muscle, front part"
MUSCLE_LEANING = "lean toward referred muscle pain"
# The questions the phone does not ask, as the patient answers them in the room: no warning
# sign, a gradual ache down the leg with no nerve signs.
SPOKEN = {q.field: "No" for q in RED_FLAG_QUESTIONS} | {
    "age": "20 to 50",
    "onset": "Gradually",
    "trigger": "Nothing I know of",
    "worse": "My leg",
    "numbness": "No",
    "pins_and_needles": "No",
    "cough_sneeze": "No",
    "night_pain": "No",
}
# The examination: no sign of an irritated nerve root on the right, and pressing the front of
# gluteus minimus brings on the familiar pain.
EXAMINED = {
    "right.slr_leg_pain": "No",
    "right.knee_reflex": "Normal",
    "right.ankle_reflex": "Normal",
    "right.medial_hamstring_reflex": "Normal",
    "crossed_slr": "Negative",
    "slump": "Negative",
}
NOTES = "Shown the gluteus minimus pattern over her drawing."
# A page opened by a link is drawn by Dash after it loads: on a busy machine, more than the
# five seconds a check waits by default.
PAGE_LOAD = 15_000
NO_SIDEWAYS = "() => document.documentElement.scrollWidth <= innerWidth"


@pytest.fixture(scope="module")
def clinic(tmp_path_factory, migrated_database):
    """One clinic-mode server on the shipped map for the module, with a therapist and a patient."""
    database = tmp_path_factory.mktemp("journey") / "painmap.db"
    shutil.copy2(migrated_database, database)
    url = f"sqlite:///{database}"
    engine = init_db(url)
    with session_factory(engine).begin() as db:
        add_user(db, "tom", "therapist", PASSWORD)
        patient_id = store.create_patient(db, "Gina Glute").id
    engine.dispose()
    app = create_app({"SECRET_KEY": "test", "DATABASE_URL": url, "DEMO": False, "MODE": "clinic"})
    with serve(app) as address:
        yield address, app.server.extensions["painmap"], patient_id


def send_from_the_phone(phone: Page, link: str) -> None:
    """b. The outer thigh (front) and outer calf (back), when it started, worse sitting and
    driving; sent, and thanked."""
    phone.goto(link)
    region(phone, THIGH).tap()
    card(phone, THIGH).get_by_role("radio", name="6", exact=True).tap()
    phone.locator(f"#{ids.PHONE_VIEW_SWITCH}").get_by_role("radio", name="Back").tap()
    # The outer calf is a sliver on the whole body at this size: the leg's view first.
    phone.locator(f'#{ids.PHONE_MAP} [data-focus-view="{LEGS}"]').tap()
    region(phone, CALF).tap()
    card(phone, CALF).get_by_role("radio", name="5", exact=True).tap()
    phone.get_by_role("radio", name="6 to 12 weeks ago").tap()
    for activity in ("Sitting", "Driving"):
        phone.locator(f"#{ids.PHONE_ACTIVITIES}").get_by_role("checkbox", name=activity).tap()
    expect(phone.locator(f"#{ids.PHONE_EDITOR} fieldset.mark-card")).to_have_count(2)
    phone.get_by_role("button", name="Send to my therapist").tap()
    expect(phone.locator(f"#{ids.PHONE_MESSAGE}")).to_contain_text("Thank you")


def open_the_sent_session(tablet: Page) -> int:
    """c. The record lists it as from the patient; opened, its marks are on the map."""
    tablet.reload()
    timeline = tablet.locator("ol.timeline li")
    expect(timeline).to_have_count(1)
    expect(timeline).to_contain_text("(from the patient)")
    expect(timeline).to_contain_text("2 areas")
    timeline.get_by_role("link").first.tap()
    tablet.wait_for_url("**/sessions/*")
    for area in (THIGH, CALF):
        mark = tablet.locator(f'#{ids.SESSION_MAP} [role=checkbox][data-region="{area}"]')
        expect(mark).to_have_attribute("aria-checked", "true", timeout=PAGE_LOAD)
    return int(tablet.url.rsplit("/", 1)[1])


def answer(page: Page, name: str, words: str) -> None:
    choice = field(page, name).get_by_role("radio", name=words, exact=True)
    choice.tap()
    expect(choice).to_be_checked()


def examine(tablet: Page) -> None:
    """d. The rest of the questions asked in the room, then the examination; the comparison
    moves from mixed to leaning toward muscle, gluteus minimus among its patterns."""
    compare = tablet.locator(COMPARE)
    expect(compare).to_contain_text("still to answer before a comparison is possible")
    open_section(tablet, ids.SESSION_INTAKE_SECTION)
    # What the phone sent is there already.
    expect(field(tablet, "started").get_by_role("radio", name="6 to 12 weeks ago")).to_be_checked()
    for q in (*RED_FLAG_QUESTIONS, *PAIN_QUESTIONS):
        if q.field in SPOKEN:
            answer(tablet, q.field, SPOKEN[q.field])
    expect(compare).to_contain_text("Muscle patterns closest to the marks")
    expect(compare).not_to_contain_text(MUSCLE_LEANING)
    open_section(tablet, ids.SESSION_FINDINGS_SECTION)
    for name, words in EXAMINED.items():
        answer(tablet, name, words)
    field(tablet, "trigger_point").locator("select").select_option(GLUTE)
    expect(compare.locator(".session-consult__leaning")).to_contain_text(MUSCLE_LEANING)
    expect(compare.locator(".session-consult__fits ol li").first).to_contain_text(GLUTE_WORDS)
    expect(tablet.locator(f"#{ids.SESSION_FLAGS} .red-flags")).to_have_count(0)
    saved(tablet)


def present(tablet: Page, url: str, visit_id: int) -> None:
    """e. "Show" opens the pattern full screen over the patient's drawing, the ankle zone in
    view; Leave comes back to the session."""
    show = tablet.locator(COMPARE).get_by_role("link", name=f"Show the pattern of {GLUTE_WORDS}")
    box = show.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44, box
    show.tap()
    tablet.wait_for_url(f"{url}/atlas?muscle={GLUTE}&side=right&present=1&visit={visit_id}")
    expect(tablet.locator(".page--present")).to_be_visible(timeout=PAGE_LOAD)
    atlas_map = f"#{ids.ATLAS_MAP}"
    expect(tablet.locator(f"{atlas_map} [data-marker]").first).to_be_attached()
    assert tablet.evaluate(MAP_SHARE) >= 0.9
    ankle = tablet.locator(f'{atlas_map} [data-view="front"] [data-region="right_ankle_outer"]')
    assert ankle.first.evaluate(IN_SIGHT), "the ankle is cut off"
    spillover = tablet.locator(f'{atlas_map} [data-view="front"] path[data-highlight="spillover"]')
    assert spillover.first.evaluate(IN_SIGHT)
    thigh = tablet.locator(f'{atlas_map} [data-view="front"] [data-region="{THIGH}"]').first
    expect(thigh).to_have_class(re.compile(r"\bis-selected\b"))  # the patient's mark under it
    assert thigh.evaluate("e => getComputedStyle(e).fill") not in ("none", "rgba(0, 0, 0, 0)")
    expect(tablet.locator(f"#{ids.ATLAS_KEY}")).to_contain_text("marked area")
    tablet.locator(f"#{ids.ATLAS_PRESENT}").tap()
    tablet.wait_for_url(f"{url}/sessions/{visit_id}")
    leaning = tablet.locator(COMPARE).locator(".session-consult__leaning")
    expect(leaning).to_contain_text(MUSCLE_LEANING, timeout=PAGE_LOAD)


def treat(tablet: Page) -> None:
    """f. Ischaemic compression on the right gluteus minimus, and its stretch handed out."""
    tablet.locator(f"#{ids.SESSION_T_TECHNIQUE}").select_option("ischemic_compression")
    tablet.locator(f"#{ids.SESSION_T_MUSCLE}").select_option(GLUTE)
    tablet.locator(f"#{ids.SESSION_T_SIDE}").get_by_role("radio", name="Right").tap()
    tablet.locator(f"#{ids.SESSION_T_MINUTES}").fill("8")
    tablet.locator(f"#{ids.SESSION_T_ADD}").tap()
    expect(tablet.locator(f"#{ids.SESSION_TREATMENTS}")).to_contain_text(
        "Ischaemic compression: Gluteus minimus, anterior part, right side, 8 min"
    )
    tablet.locator(f"#{ids.SESSION_S_MUSCLE}").select_option(GLUTE)
    tablet.locator(f"#{ids.SESSION_S_ADD}").tap()
    expect(tablet.locator(f"#{ids.SESSION_STRETCHES} li")).to_have_count(1)
    expect(tablet.locator(f"#{ids.SESSION_STRETCHES}")).to_contain_text(GLUTE_WORDS)
    # The autosave still works after the way out to the presentation and back.
    tablet.locator(f"#{ids.SESSION_NOTES}").fill(NOTES)
    saved(tablet)


def report_text(tablet: Page) -> str:
    """g. The session PDF as the tablet downloads it, as text."""
    with tablet.expect_download() as download:
        tablet.get_by_role("link", name="Session report (PDF)").tap()
    with open(download.value.path(), "rb") as pdf:
        reader = PdfReader(io.BytesIO(pdf.read()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_jrn001_intake_on_a_phone_to_the_session_pdf_on_a_tablet(browser, clinic):
    url, services, patient_id = clinic
    with watched_page(browser, expected=("status of 401",), **TABLET) as tablet:
        link = make_link(tablet, url, patient_id, "clinic")  # a. signed in as the therapist
        with watched_page(browser, **PHONE) as phone:  # its own context: no cookies
            send_from_the_phone(phone, link)
        visit_id = open_the_sent_session(tablet)
        examine(tablet)
        present(tablet, url, visit_id)
        treat(tablet)
        text = report_text(tablet)
    assert MUSCLE_LEANING in text
    assert "Gluteus minimus" in text or GLUTE_WORDS in text
    assert "Ischaemic compression" in text
    assert "Stretches to do at home" in text
    assert NOTES in text
    with services.db() as db:
        visit = store.get_visit(db, visit_id)
        assert visit.findings.values["trigger_point"] == GLUTE
        assert [t.muscle for t in visit.treatments] == [GLUTE]
        assert visit.notes == NOTES


def test_jrn002_the_session_on_a_phone_shows_the_comparison_without_sideways_scrolling(
    browser, clinic
):
    url, services, _ = clinic
    chart = PainChart((Mark(THIGH, 6, ("aching",)), Mark(CALF, 5, ())), ("sitting",))
    with services.db.begin() as db:
        visit = store.create_visit(db, store.create_patient(db, "Pat Phone").id)
        store.save_visit(
            db,
            visit.id,
            1,
            chart=chart,
            intake=INTAKE,
            findings=FINDINGS,
            known=services.vocabulary,
        )
        visit_id = visit.id
    with watched_page(browser, expected=("status of 401",), **PHONE) as phone:
        phone.goto(f"{url}/sessions/{visit_id}")
        phone.locator("#signin-name").fill("tom")
        phone.locator("#signin-password").fill(PASSWORD)
        phone.locator("#signin-submit").tap()
        compare = phone.locator(COMPARE)
        expect(compare.locator(".session-consult__leaning")).to_contain_text(MUSCLE_LEANING)
        show = compare.get_by_role("link", name=f"Show the pattern of {GLUTE_WORDS}")
        show.scroll_into_view_if_needed()
        box = show.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, box
        assert phone.evaluate(NO_SIDEWAYS), "the session page scrolls sideways on a phone"
