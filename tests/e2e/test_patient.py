"""The patient page in a browser: marking, rating, persistence, undo, clear, a11y."""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from dashapp import create_app
from dashapp.domain import palette
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page

MAP = f"#{ids.PATIENT_MAP}"
SUMMARY = f"#{ids.PATIENT_SUMMARY}"


def region(page: Page, region_id: str):
    return page.locator(f'{MAP} [role=checkbox][data-region="{region_id}"]')


def card(page: Page, region_id: str):
    return page.locator(f'#{ids.PATIENT_EDITOR} fieldset[data-region="{region_id}"]')


def rate(page: Page, region_id: str, intensity: int) -> None:
    card(page, region_id).get_by_role("radio", name=str(intensity), exact=True).check()


def feel(page: Page, region_id: str, quality: str) -> None:
    card(page, region_id).get_by_role("checkbox", name=quality).check()


def open_page(page: Page, url: str) -> None:
    page.goto(url + "/")
    expect(page.locator(f"{MAP} [role=checkbox]").first).to_be_visible()
    # The stored chart (if any) has been read once the summary has been drawn by the server.
    expect(page.locator(f"#{ids.PATIENT_COUNT}")).to_be_visible()


def test_pat001_mark_by_mouse_rate_and_describe(page: Page, live_url: str):
    open_page(page, live_url)
    region(page, "right_thigh_outer").click()
    expect(page.locator(SUMMARY)).to_contain_text("Right outer thigh, not rated yet")
    rate(page, "right_thigh_outer", 6)
    feel(page, "right_thigh_outer", "shooting")
    expect(page.locator(SUMMARY)).to_contain_text("Right outer thigh, 6/10, shooting")
    expect(page.locator(SUMMARY)).to_contain_text("1 area marked")
    # The fill eases into its new colour: read it once the transition is over.
    area, want = region(page, "right_thigh_outer"), rgb(palette.INTENSITY[6])
    for _ in range(40):
        fill = area.evaluate("e => getComputedStyle(e).fill")
        if fill == want:
            break
        page.wait_for_timeout(100)
    assert fill == want, "a rated area takes its intensity colour"


def rgb(colour: str) -> str:
    return "rgb({}, {}, {})".format(*(int(colour[i : i + 2], 16) for i in (1, 3, 5)))


def test_pat002_mark_by_keyboard(page: Page, live_url: str):
    open_page(page, live_url)
    region(page, "left_shin").focus()
    page.keyboard.press("Enter")
    expect(page.locator(SUMMARY)).to_contain_text("Left shin, not rated yet")
    expect(card(page, "left_shin")).to_be_visible()


def test_pat016_keyboard_to_the_outer_thigh_mark_and_hear_its_rating(page: Page, live_url: str):
    open_page(page, live_url)
    page.locator(MAP).locator("[role=checkbox]").first.focus()
    for key in ("ArrowDown", "ArrowDown", "ArrowLeft"):
        page.keyboard.press(key)
    thigh = region(page, "right_thigh_outer")
    expect(thigh).to_be_focused()
    page.keyboard.press("Space")
    expect(thigh).to_have_attribute("aria-checked", "true")
    expect(page.locator(SUMMARY)).to_contain_text("Right outer thigh, not rated yet")
    rate(page, "right_thigh_outer", 6)
    expect(page.locator(SUMMARY)).to_contain_text("Right outer thigh, 6/10")
    thigh.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowLeft")
    expect(thigh).to_be_focused()
    # Heard once, from the focused area: its name with the rating, and its state (checked).
    expect(thigh).to_have_attribute("aria-label", "Right outer thigh, 6 out of 10")
    expect(thigh).to_have_attribute("aria-checked", "true")
    expect(page.locator(f"{MAP} [role=status]")).not_to_contain_text("6 out of 10")


def test_pat003_mark_by_touch_on_a_phone_one_view_at_a_time(browser, live_url: str):
    phone = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
    with watched_page(browser, **phone) as page:
        open_page(page, live_url)
        back_view = page.locator(f'{MAP} [data-view="back"]')
        expect(back_view).to_be_hidden()
        page.locator(f"#{ids.PATIENT_VIEW_SWITCH}").get_by_role("radio", name="Back").tap()
        expect(back_view).to_be_visible()
        expect(page.locator(f'{MAP} [data-view="front"]')).to_be_hidden()
        region(page, "right_calf").tap()
        expect(page.locator(SUMMARY)).to_contain_text("Right calf")


def test_pat004_both_views_side_by_side_on_a_wide_screen(page: Page, live_url: str):
    open_page(page, live_url)
    expect(page.locator(f"#{ids.PATIENT_VIEW_SWITCH}")).to_be_hidden()
    expect(page.locator(f'{MAP} [data-view="front"]')).to_be_visible()
    expect(page.locator(f'{MAP} [data-view="back"]')).to_be_visible()


def test_pat005_marks_survive_a_reload(page: Page, live_url: str):
    open_page(page, live_url)
    region(page, "left_chest").click()
    rate(page, "left_chest", 3)
    feel(page, "left_chest", "burning")
    expect(page.locator(SUMMARY)).to_contain_text("Left chest, 3/10, burning")
    page.reload()
    open_page(page, live_url)
    expect(page.locator(SUMMARY)).to_contain_text("Left chest, 3/10, burning")
    expect(region(page, "left_chest")).to_have_attribute("aria-checked", "true")
    chosen = card(page, "left_chest").locator(".scale .choice.is-checked")
    expect(chosen).to_have_text("3")


def test_pat012_quick_answers_are_all_kept(page: Page, live_url: str):
    open_page(page, live_url)
    for area, intensity in (("left_shin", 4), ("right_shin", 8), ("left_chest", 2)):
        region(page, area).click()
        rate(page, area, intensity)
        feel(page, area, "aching")
    region(page, "right_calf").click()
    expected = ("Left shin, 4/10, aching", "Right shin, 8/10, aching", "Left chest, 2/10, aching")
    for line in expected + ("Right calf, not rated yet",):
        expect(page.locator(SUMMARY)).to_contain_text(line)
    page.reload()
    open_page(page, live_url)
    for line in expected:
        expect(page.locator(SUMMARY)).to_contain_text(line)


def test_pat013_unmarking_keeps_the_other_answers(page: Page, live_url: str):
    open_page(page, live_url)
    for area, intensity in (("left_shin", 1), ("right_shin", 2), ("left_chest", 3)):
        region(page, area).click()
        rate(page, area, intensity)
    region(page, "right_shin").click()
    expect(card(page, "right_shin")).to_have_count(0)
    cards = page.locator(f"#{ids.PATIENT_EDITOR} fieldset[data-region]")
    expect(cards).to_have_count(2)
    assert cards.evaluate_all("els => els.map(e => e.dataset.region)") == [
        "left_shin",
        "left_chest",
    ]
    expect(card(page, "left_chest").locator(".scale .choice.is-checked")).to_have_text("3")
    region(page, "right_shin").click()
    expect(cards).to_have_count(3)
    expect(page.locator(SUMMARY)).to_contain_text("Right shin, not rated yet")
    expect(page.locator(SUMMARY)).to_contain_text("Left chest, 3/10")


def store(page: Page, value: str) -> None:
    page.evaluate(f"localStorage.setItem({json.dumps(ids.PATIENT_STORE)}, {json.dumps(value)})")


def test_pat006_unknown_stored_region_is_dropped_with_a_notice(page: Page, live_url: str):
    open_page(page, live_url)
    data = {
        "version": 1,
        "marks": [
            {"region": "left_shin", "intensity": 2, "qualities": []},
            {"region": "right_tail", "intensity": 9, "qualities": []},
        ],
    }
    store(page, json.dumps(data))
    page.reload()
    open_page(page, live_url)
    expect(page.locator(f"#{ids.PATIENT_NOTICE}")).to_contain_text("could not be restored")
    expect(page.locator(SUMMARY)).to_contain_text("Left shin, 2/10")
    expect(page.locator(SUMMARY)).to_contain_text("1 area marked")


def test_pat007_corrupt_store_gives_an_empty_map_and_a_notice(page: Page, live_url: str):
    open_page(page, live_url)
    store(page, '{"version": 1, "marks": "not a list"}')
    page.reload()
    open_page(page, live_url)
    expect(page.locator(f"#{ids.PATIENT_NOTICE}")).to_contain_text("could not be read")
    expect(page.locator(SUMMARY)).to_contain_text("Nothing marked yet")
    region(page, "left_shin").click()
    expect(page.locator(SUMMARY)).to_contain_text("Left shin")


def test_pat008_undo_steps_back(page: Page, live_url: str):
    open_page(page, live_url)
    region(page, "left_shin").click()
    rate(page, "left_shin", 7)
    expect(page.locator(SUMMARY)).to_contain_text("Left shin, 7/10")
    page.locator(f"#{ids.PATIENT_UNDO}").click()
    expect(page.locator(SUMMARY)).to_contain_text("Left shin, not rated yet")
    page.locator(f"#{ids.PATIENT_UNDO}").click()
    expect(page.locator(SUMMARY)).to_contain_text("Nothing marked yet")
    expect(region(page, "left_shin")).to_have_attribute("aria-checked", "false")


def test_pat009_clear_all_asks_first(page: Page, live_url: str):
    open_page(page, live_url)
    region(page, "left_shin").click()
    region(page, "right_shin").click()
    expect(page.locator(SUMMARY)).to_contain_text("2 areas marked")
    dialog = page.locator(f"#{ids.PATIENT_CLEAR_DIALOG}")
    expect(dialog).to_be_hidden()
    page.locator(f"#{ids.PATIENT_CLEAR}").click()
    expect(dialog).to_be_visible()
    page.locator(f"#{ids.PATIENT_CLEAR_CANCEL}").click()
    expect(dialog).to_be_hidden()
    expect(page.locator(SUMMARY)).to_contain_text("2 areas marked")
    page.locator(f"#{ids.PATIENT_CLEAR}").click()
    page.locator(f"#{ids.PATIENT_CLEAR_CONFIRM}").click()
    expect(page.locator(SUMMARY)).to_contain_text("Nothing marked yet")
    expect(dialog).to_be_hidden()
    page.locator(f"#{ids.PATIENT_UNDO}").click()
    expect(page.locator(SUMMARY)).to_contain_text("2 areas marked")


# A point on screen inside both regions (the first by fill, the second by hit test).
UNDER_BOTH = """([top, below]) => {
    const map = document.querySelector('#patient-map');
    const muscle = map.querySelector(`[data-region="${top}"]`);
    const area = map.querySelector(`[data-region="${below}"][role=checkbox]`);
    const box = area.getBoundingClientRect();
    const toSvg = muscle.getScreenCTM().inverse();
    for (let fy = 0.1; fy < 1; fy += 0.1) {
        for (let fx = 0.1; fx < 1; fx += 0.1) {
            const x = box.left + fx * box.width, y = box.top + fy * box.height;
            const p = new DOMPoint(x, y).matrixTransform(toSvg);
            if (muscle.isPointInFill(p) && document.elementFromPoint(x, y) === area) {
                return [x, y];
            }
        }
    }
    throw new Error('the muscle does not cover the area');
}"""


def test_pat011_muscles_can_be_shown_for_reference(page: Page, live_url: str):
    open_page(page, live_url)
    muscle = page.locator(f'{MAP} [data-region="right_vastus_lateralis"]')
    expect(muscle).to_have_count(0)
    checkboxes = page.locator(f"{MAP} [role=checkbox]").count()
    page.locator(f"#{ids.PATIENT_LAYERS}").get_by_role("checkbox", name="Show muscles").check()
    expect(muscle).to_have_count(1)
    expect(page.locator(f"{MAP} [role=checkbox]")).to_have_count(checkboxes)
    # The muscle lies over the outer thigh; a click where it covers that area still reaches
    # the area underneath.
    muscle.scroll_into_view_if_needed()
    x, y = page.evaluate(UNDER_BOTH, ["right_vastus_lateralis", "right_thigh_outer"])
    page.mouse.click(x, y)
    expect(page.locator(SUMMARY)).to_contain_text("Right outer thigh")
    page.locator(f"#{ids.PATIENT_LAYERS}").get_by_role("checkbox", name="Show muscles").uncheck()
    expect(muscle).to_have_count(0)


@pytest.fixture
def shipped_url():
    with serve(create_app()) as url:
        yield url


def test_pat010_no_serious_accessibility_violations(browser, shipped_url: str):
    with watched_page(browser) as page:
        open_page(page, shipped_url)
        region(page, "right_thigh_outer_upper").click()
        rate(page, "right_thigh_outer_upper", 5)
        expect(page.locator(SUMMARY)).to_contain_text("5/10")
        results = Axe().run(page)
        serious = [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not serious, "\n".join(serious)


def test_pat014_gluteus_minimus_fits_the_classic_outer_leg_picture(browser, shipped_url: str):
    with watched_page(browser) as page:
        open_page(page, shipped_url)
        for area in ("right_thigh_outer_upper", "right_calf_outer", "right_ankle_outer"):
            region(page, area).click()
        page.locator(f"#{ids.PATIENT_ACTIVITIES}").get_by_role("checkbox", name="Driving").check()
        picker = page.locator(f"#{ids.PATIENT_CANDIDATE}")
        expect(picker.locator(".choice__label", has_text="Gluteus minimus").first).to_be_visible()
        labels = picker.locator(".choice__label").all_inner_texts()[:3]
        name = "Small buttock muscle, front part (gluteus minimus, anterior part), right side"
        assert any(name in t for t in labels), labels
        why = page.locator('.candidates__why li[data-muscle="gluteus_minimus_anterior"]')
        expect(why).to_contain_text("main zone")
        expect(why).to_contain_text("worse when driving fits")
        expect(page.locator(".safety")).to_contain_text("seek medical care now")

        picker.get_by_role("radio", name=name).check()
        map_ = page.locator(MAP)
        expect(map_.locator('path[data-highlight="essential"]').first).to_be_attached()
        expect(map_.locator('path[data-highlight="spillover"]').first).to_be_attached()
        expect(map_.locator("[data-marker]").first).to_be_attached()
        expect(page.locator(f"#{ids.PATIENT_PATTERN_NOTE}")).to_contain_text(name)
        # The patient's own marks stay visible and clickable under the pattern.
        expect(region(page, "right_ankle_outer")).to_have_attribute("aria-checked", "true")


def test_pat015_what_makes_it_worse_is_kept(page: Page, live_url: str):
    open_page(page, live_url)
    region(page, "left_shin").click()
    page.locator(f"#{ids.PATIENT_ACTIVITIES}").get_by_role("checkbox", name="Sitting").check()
    expect(page.locator(f"#{ids.PATIENT_CANDIDATE}")).to_be_attached()
    page.wait_for_timeout(300)
    page.reload()
    open_page(page, live_url)
    sitting = page.locator(f"#{ids.PATIENT_ACTIVITIES}").get_by_role("checkbox", name="Sitting")
    expect(sitting).to_be_checked()


def test_pat017_keyboard_tab_stop_follows_the_view_shown_on_a_phone(browser, live_url: str):
    phone = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
    with watched_page(browser, **phone) as page:
        open_page(page, live_url)
        page.locator(f"#{ids.PATIENT_VIEW_SWITCH}").get_by_role("radio", name="Back").tap()
        expect(page.locator(f'{MAP} [data-view="front"]')).to_be_hidden()
        tab_stop = page.locator(f'{MAP} [role=checkbox][tabindex="0"]')
        expect(tab_stop).to_have_count(1)
        expect(tab_stop).to_have_attribute("data-region", "back_left_head")
        tab_stop.focus()
        page.keyboard.press("ArrowLeft")
        expect(tab_stop).to_be_focused()
        # Type-ahead looks only in the view shown: the shins are on the hidden front.
        page.keyboard.type("shin")
        expect(tab_stop).to_be_focused()
