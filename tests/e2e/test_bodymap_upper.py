"""The neck, shoulder and arm view, the hand view and the head and jaw view on a phone: choosing
one zooms there, it opens where it should (the face on its middle, one hand at a time on the
marked side or the patient's right), a finger tap marks the region under it, and the chosen view
is kept."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from playwright.sync_api import Page, expect
from shapely.geometry import Point, Polygon
from shapely.ops import polylabel

from dashapp.config import SHIPPED_DATA
from dashapp.ui import ids
from dashapp.ui.components.bodymap import HAND, HEAD, NECK_ARM
from tests.e2e.conftest import watched_page
from tests.e2e.test_bodymap_draw import live_url  # noqa: F401 (the shipped body)
from tests.e2e.test_bodymap_zoom import PHONE, WATCH_MARKS, focus_button, open_map, region

FRAMES = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
TABLE = pd.read_csv(SHIPPED_DATA / "geometry" / "surface_regions.csv").set_index("id")
# A body point on the screen: the region's own drawing maps it.
TO_SCREEN = """([id, x, y]) => { const p = document.querySelector(
        `#patient-map [data-region="${id}"][role="checkbox"]`);
    p.scrollIntoView({block: 'center', inline: 'center'});
    const m = p.getScreenCTM(); return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f, m.a]; }"""


def outline(region_id: str) -> list[tuple[float, float]]:
    """A region's outline, in body units."""
    n = [float(v) for v in re.findall(r"-?\d+\.?\d*", TABLE.path[region_id])]
    return list(zip(n[0::2], n[1::2], strict=True))


def inside(region_id: str) -> tuple[float, float]:
    """The point deepest inside a region, in body units (a tilted strip's box centre may not be)."""
    point = polylabel(Polygon(outline(region_id)).buffer(0), 0.2)
    return point.x, point.y


def tap_region(page: Page, region_id: str) -> float:
    """Tap the middle of a region with a finger; returns the drawing's px per body unit."""
    x, y, scale = page.evaluate(TO_SCREEN, [region_id, *inside(region_id)])
    page.touchscreen.tap(x, y)
    return scale


def choose(page: Page, view_id: str) -> None:
    focus_button(page, view_id).tap()
    expect(focus_button(page, view_id)).to_have_attribute("aria-pressed", "true")
    page.evaluate(FRAMES)  # the view scrolls to its opening place in the next frames


def side_button(page: Page, side: str):
    return page.locator(f'#{ids.PATIENT_MAP} [data-side="{side}"]')


def turn_to(page: Page, side: str) -> None:
    """Show the other hand of the hand view."""
    side_button(page, side).tap()
    expect(side_button(page, side)).to_have_attribute("aria-pressed", "true")
    page.evaluate(FRAMES)


def show(page: Page, region_id: str) -> None:
    """On a phone one drawing shows at a time: the one the region is on."""
    view = TABLE.view[region_id].title()
    page.locator(f"#{ids.PATIENT_VIEW_SWITCH}").get_by_role("radio", name=view).tap()
    expect(region(page, region_id)).to_be_visible()


@pytest.mark.parametrize(
    ("view_id", "region_id", "label", "least_scale"),
    [
        (NECK_ARM, "right_elbow_outer", "Right outer elbow", 4.1),
        (NECK_ARM, "left_wrist_back", "Left wrist, back", 4.1),
        (HAND, "right_little_finger_front", "Right little finger, palm side", 5.9),
        (HAND, "left_ring_finger_back", "Left ring finger, back", 5.9),
        (HEAD, "right_temple", "Right temple", 4),
        (HEAD, "left_occiput", "Left base of the skull (occiput)", 4),
    ],
)
def test_upper001_a_tap_in_the_view_marks_the_region_under_the_finger(
    browser,
    live_url,  # noqa: F811
    view_id,
    region_id,
    label,
    least_scale,
):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        show(page, region_id)
        small = region(page, region_id).bounding_box()["width"]
        choose(page, view_id)
        if view_id == HAND:
            turn_to(page, TABLE.side[region_id])
        assert region(page, region_id).bounding_box()["width"] > small * 1.5
        page.evaluate(WATCH_MARKS)
        scale = tap_region(page, region_id)
        assert scale >= least_scale - 0.01
        expect(region(page, region_id)).to_have_attribute("aria-checked", "true")
        assert page.evaluate("window.__flips") == [region_id]
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text(label)


def test_upper002_the_chosen_view_survives_a_reload(browser, live_url):  # noqa: F811
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        choose(page, NECK_ARM)
        page.reload()
        expect(focus_button(page, NECK_ARM)).to_have_attribute("aria-pressed", "true")
        assert region(page, "right_forearm_thumb_side").bounding_box()["width"] >= 44
        choose(page, HEAD)
        page.reload()
        expect(focus_button(page, HEAD)).to_have_attribute("aria-pressed", "true")
        assert region(page, "right_temple").bounding_box()["width"] >= 44
        choose(page, HAND)
        page.reload()
        expect(focus_button(page, HAND)).to_have_attribute("aria-pressed", "true")
        expect(side_button(page, "right")).to_have_attribute("aria-pressed", "true")
        assert region(page, "right_little_finger_front").bounding_box()["width"] >= 44


# Where the shown drawing's window is centred, in body units, and how much of a region it shows.
OPENED = """([id]) => { const figure = [...document.querySelectorAll('#patient-map .bodymap__view')]
        .find(f => f.offsetParent !== null);
    const svg = figure.querySelector('svg'); const [x, , w] = svg.getAttribute('viewBox')
        .split(' ').map(Number);
    const scale = svg.getBoundingClientRect().width / w;
    const f = figure.getBoundingClientRect();
    const r = document.querySelector(`#patient-map [data-region="${id}"][role="checkbox"]`)
        .getBoundingClientRect();
    const across = Math.max(0, Math.min(r.right, f.right) - Math.max(r.left, f.left));
    return {centre: x + (figure.scrollLeft + figure.clientWidth / 2) / scale,
            shown: across / r.width, scale, fits: svg.getBoundingClientRect().width
            <= figure.clientWidth + 8}; }"""


def opened(page: Page, region_id: str) -> dict:
    return page.evaluate(OPENED, [region_id])


def test_upper003_the_head_view_opens_on_the_face_middle(browser, live_url):  # noqa: F811
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        choose(page, HEAD)
        where = opened(page, "right_face_middle")
        # 120 units at 4 px per unit is wider than the phone: the middle, not the right side.
        assert not where["fits"]
        assert abs(where["centre"] - 200) < 1, where
        assert opened(page, "right_face_middle")["shown"] > 0.99
        assert opened(page, "left_face_middle")["shown"] > 0.99
        # With only the left temple marked it opens there (the left is at larger x in front).
        tap_region(page, "left_temple")
        expect(region(page, "left_temple")).to_have_attribute("aria-checked", "true")
        choose(page, "whole")
        choose(page, HEAD)
        where = opened(page, "left_temple")
        # As far towards it as the drawing goes: 140 + (480 - 324 / 2) / 4 = 219.5 on a phone.
        assert where["centre"] > 215 and where["shown"] > 0.99, where


def test_upper004_the_hand_view_shows_one_whole_hand_the_right_until_the_left_is_marked(
    browser,
    live_url,  # noqa: F811
):
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        choose(page, HAND)
        expect(side_button(page, "right")).to_have_attribute("aria-pressed", "true")
        expect(side_button(page, "right")).to_have_text("Right hand")
        assert opened(page, "left_hand_palm")["shown"] == 0
        where = opened(page, "right_hand_palm")
        assert where["fits"] and where["shown"] > 0.99 and where["scale"] >= 5.89
        for finger in ("index", "middle", "ring", "little"):
            x, y = inside(f"right_{finger}_finger_front")
            shape = Polygon(outline(f"right_{finger}_finger_front")).buffer(0)
            across = 2 * shape.exterior.distance(Point(x, y)) * where["scale"]
            assert across >= 44, (finger, across)
        # The other hand is one tap away, and marking it makes the view open there next time.
        turn_to(page, "left")
        assert opened(page, "right_hand_palm")["shown"] == 0
        assert opened(page, "left_hand_palm")["shown"] > 0.99
        tap_region(page, "left_hand_palm")
        expect(region(page, "left_hand_palm")).to_have_attribute("aria-checked", "true")
        expect(page.locator(f"#{ids.PATIENT_SUMMARY}")).to_contain_text("Left palm")
        choose(page, "whole")
        choose(page, HAND)
        expect(side_button(page, "left")).to_have_attribute("aria-pressed", "true")
        assert opened(page, "left_hand_palm")["shown"] > 0.99
        show(page, "left_back_of_hand")
        assert opened(page, "left_back_of_hand")["shown"] > 0.99
        # The marks come back after a reload, after the view: it still opens on the left hand,
        # and unmarking the palm there does not turn it away.
        page.reload()
        expect(focus_button(page, HAND)).to_have_attribute("aria-pressed", "true")
        expect(region(page, "left_hand_palm")).to_have_attribute("aria-checked", "true")
        expect(side_button(page, "left")).to_have_attribute("aria-pressed", "true")
        show(page, "left_hand_palm")
        page.evaluate(FRAMES)
        assert opened(page, "left_hand_palm")["shown"] > 0.99
        tap_region(page, "left_hand_palm")
        expect(region(page, "left_hand_palm")).to_have_attribute("aria-checked", "false")
        expect(side_button(page, "left")).to_have_attribute("aria-pressed", "true")


def test_upper005_finding_the_other_hand_by_name_turns_the_view(browser, live_url):  # noqa: F811
    with watched_page(browser, **PHONE) as page:
        open_map(page, live_url)
        choose(page, HAND)
        box = page.get_by_role("combobox", name="Find an area")
        box.fill("left thumb")
        page.get_by_role("listbox", name="Find an area").get_by_role("option").first.tap()
        expect(side_button(page, "left")).to_have_attribute("aria-pressed", "true")
        page.evaluate(FRAMES)
        assert opened(page, "left_thumb_front")["shown"] > 0.99
