"""The neck, shoulder and arm view and the head and jaw view on a phone: choosing one zooms
there, a finger tap marks the region under it, and the chosen view is kept."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from playwright.sync_api import Page, expect
from shapely.geometry import Polygon
from shapely.ops import polylabel

from dashapp.config import SHIPPED_DATA
from dashapp.ui import ids
from dashapp.ui.components.bodymap import HEAD, NECK_ARM
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


def inside(region_id: str) -> tuple[float, float]:
    """The point deepest inside a region, in body units (a tilted strip's box centre may not be)."""
    n = [float(v) for v in re.findall(r"-?\d+\.?\d*", TABLE.path[region_id])]
    point = polylabel(Polygon(list(zip(n[0::2], n[1::2], strict=True))).buffer(0), 0.2)
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


def show(page: Page, region_id: str) -> None:
    """On a phone one drawing shows at a time: the one the region is on."""
    view = TABLE.view[region_id].title()
    page.locator(f"#{ids.PATIENT_VIEW_SWITCH}").get_by_role("radio", name=view).tap()
    expect(region(page, region_id)).to_be_visible()


@pytest.mark.parametrize(
    ("view_id", "region_id", "label", "least_scale"),
    [
        (NECK_ARM, "right_elbow_outer", "Right outer elbow", 6),
        (NECK_ARM, "left_ring_finger_back", "Left ring finger, back", 6),
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
