"""The atlas's presentation mode and overlays in a browser, on the shipped atlas and body."""

from __future__ import annotations

import io

import numpy as np
import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image
from playwright.sync_api import Page, expect
from shapely.geometry import MultiPoint

from dashapp import create_app
from dashapp.ui import ids
from tests.e2e.browser import serve
from tests.e2e.conftest import watched_page
from tools.colour_vision import SIMULATIONS, lab_image, simulate_image

MAP = f"#{ids.ATLAS_MAP}"
NAME = f"#{ids.ATLAS_MUSCLE_NAME}"
TABLET = {"viewport": {"width": 820, "height": 1180}, "has_touch": True, "is_mobile": True}
GLUTEUS = "?muscle=gluteus_minimus_anterior&side=right&present=1"

# The share of the window's height the map is given, and whether a highlight is drawn whole
# inside the picture (the picture crops what lies outside it) and the window.
MAP_SHARE = f"() => document.querySelector('{MAP}').getBoundingClientRect().height / innerHeight"
IN_SIGHT = """(path) => {
    const r = path.getBoundingClientRect();
    const pic = path.closest('svg').getBoundingClientRect();
    return r.height > 0 && r.top >= pic.top - 1 && r.bottom <= pic.bottom + 1 &&
        r.left >= pic.left - 1 && r.right <= pic.right + 1 && r.bottom <= innerHeight;
}"""
SWIPE = """([fromX, toX]) => {
    const target = document.querySelector('.present-stage svg');
    const touch = (x) => new Touch({identifier: 1, target, clientX: x, clientY: 500});
    target.dispatchEvent(new TouchEvent('touchstart', {bubbles: true, touches: [touch(fromX)],
        changedTouches: [touch(fromX)]}));
    target.dispatchEvent(new TouchEvent('touchend', {bubbles: true, touches: [],
        changedTouches: [touch(toX)]}));
}"""


@pytest.fixture(scope="module")
def atlas_url():
    with serve(create_app()) as url:
        yield url


@pytest.fixture
def tablet(browser):
    with watched_page(browser, **TABLET) as page:
        yield page


def open_atlas(page: Page, url: str, query: str) -> None:
    page.goto(f"{url}/atlas{query}")
    expect(page.locator(f"{MAP} [role=checkbox]").first).to_be_attached()


def test_atp001_presentation_fills_a_tablet_with_the_whole_pattern(tablet: Page, atlas_url: str):
    open_atlas(tablet, atlas_url, GLUTEUS)
    assert tablet.evaluate(MAP_SHARE) >= 0.9
    # Hip to ankle: the trigger point at the hip and the spillover down to the ankle are seen.
    spillover = tablet.locator(f'{MAP} [data-view="front"] path[data-highlight="spillover"]')
    assert spillover.evaluate(IN_SIGHT)
    assert tablet.locator(f'{MAP} [data-view="front"] [data-marker]').first.evaluate(
        "m => m.getBoundingClientRect().top >= m.closest('svg').getBoundingClientRect().top"
    )
    for step in (ids.ATLAS_PREV, ids.ATLAS_NEXT, ids.ATLAS_PRESENT):
        box = tablet.locator(f"#{step}").bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, step


def test_atp002_swipe_and_arrows_step_and_the_address_follows(tablet: Page, atlas_url: str):
    open_atlas(tablet, atlas_url, GLUTEUS)
    tablet.evaluate(SWIPE, [600, 200])
    expect(tablet.locator(NAME)).to_contain_text("Small buttock muscle, back part")
    tablet.wait_for_url(f"{atlas_url}/atlas{GLUTEUS.replace('anterior', 'posterior')}")
    tablet.evaluate(SWIPE, [200, 600])
    tablet.wait_for_url(f"{atlas_url}/atlas{GLUTEUS}")
    tablet.locator("body").press("ArrowRight")
    tablet.wait_for_url(f"{atlas_url}/atlas{GLUTEUS.replace('anterior', 'posterior')}")
    tablet.reload()
    expect(tablet.locator(NAME)).to_contain_text("Small buttock muscle, back part")
    expect(tablet.locator(".page--present")).to_be_visible()
    tablet.locator("body").press("Escape")
    expect(tablet.locator(".page--present")).to_have_count(0)
    expect(tablet.locator(f"#{ids.ATLAS_CARD}")).to_contain_text("What people notice")


def test_atp003_a_dermatome_over_the_pattern_shows_both(tablet: Page, atlas_url: str):
    open_atlas(tablet, atlas_url, GLUTEUS)
    tablet.locator(f"#{ids.ATLAS_OVERLAY}").select_option("L5")
    tablet.wait_for_url(f"{atlas_url}/atlas{GLUTEUS}&overlay=L5")
    dermatome = tablet.locator(f'{MAP} path[data-highlight="dermatome"]')
    expect(dermatome.first).to_be_attached()
    expect(tablet.locator(f'{MAP} path[data-highlight="essential"]').first).to_be_attached()
    assert all(dermatome.nth(i).evaluate(IN_SIGHT) for i in range(dermatome.count()))
    expect(tablet.locator(f"#{ids.ATLAS_KEY}")).to_contain_text("L5 skin area")


def test_atp004_a_second_muscle_is_drawn_apart_and_a_bad_address_says_so(
    tablet: Page, atlas_url: str
):
    open_atlas(tablet, atlas_url, f"{GLUTEUS}&overlay=piriformis")
    second = tablet.locator(f'{MAP} path[data-highlight="second-essential"]').first
    expect(second).to_be_attached()
    assert "hatch-second" in second.evaluate("e => e.style.fill")
    first = tablet.locator(f'{MAP} path[data-highlight="essential"]').first
    inks = [e.evaluate("e => getComputedStyle(e).stroke") for e in (first, second)]
    assert inks[0] != inks[1]
    open_atlas(tablet, atlas_url, "?muscle=gluteus_minimus_anterior&side=up&overlay=L9&present=1")
    expect(tablet.locator(".notice")).to_contain_text(["is not a side", "Nothing called “L9”"])
    expect(tablet.locator(NAME)).to_contain_text("Small buttock muscle, front part")


def test_atp005_the_keyboard_stays_in_the_presentation(tablet: Page, atlas_url: str):
    open_atlas(tablet, atlas_url, GLUTEUS)
    tablet.locator("body").press("Tab")
    inside = "document.activeElement.closest('.page--present') !== null"
    assert tablet.evaluate(inside)
    tablet.locator(f"#{ids.ATLAS_OVERLAY}").focus()
    tablet.keyboard.press("ArrowRight")  # the list's own key: no step to the next muscle
    expect(tablet.locator(NAME)).to_contain_text("Small buttock muscle, front part")
    assert "present=1" in tablet.url


def test_atp006_presentation_has_no_serious_accessibility_problem(tablet: Page, atlas_url: str):
    open_atlas(tablet, atlas_url, f"{GLUTEUS}&overlay=piriformis")
    results = Axe().run(tablet)
    serious = [
        f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, "\n".join(serious)


# The first muscle's X and the second's triangle, copied side by side onto plain skin at the
# map's own scale, so what is measured is the two marks and nothing drawn under them.
PROBE = """() => {
    const x = document.querySelector('#MAP .bodymap__marker--x');
    const t = document.querySelector('#MAP .bodymap__marker--triangle');
    const map = t.ownerSVGElement;
    const [vx, vy, vw, vh] = map.getAttribute('viewBox').split(' ').map(Number);
    const ns = 'http://www.w3.org/2000/svg';
    const probe = document.createElementNS(ns, 'svg');
    const size = map.getBoundingClientRect();
    probe.setAttribute('viewBox', `${vx} ${vy} ${vw} ${vw / 2}`);
    probe.setAttribute('width', size.width);
    probe.setAttribute('height', size.width / 2);
    probe.id = 'mark-probe';
    probe.style.cssText = 'position:fixed;left:0;top:0;z-index:99999';
    const skin = document.createElementNS(ns, 'rect');
    Object.entries({x: vx, y: vy, width: vw, height: vw / 2, fill: '#ece6df'})
        .forEach(([k, v]) => skin.setAttribute(k, v));
    probe.append(skin);
    const boxes = [[x, 0.3], [t, 0.7]].map(([mark, at]) => {
        const copy = mark.cloneNode(true);
        copy.setAttribute('transform', `translate(${vx + vw * at} ${vy + vw / 4})`);
        probe.append(copy);
        return copy;
    });
    document.body.append(probe);
    const origin = probe.getBoundingClientRect();
    return boxes.map(b => {
        const r = b.getBoundingClientRect();
        return [r.left - origin.left, r.top - origin.top, r.right - origin.left,
            r.bottom - origin.top];
    });
}""".replace("#MAP", MAP)
STANDS_OUT = 25.0  # CIELAB distance from the skin at which a pixel is seen as ink


def solidity(ink: np.ndarray) -> float:
    """How much of the mark's outline (its convex hull) is ink: low for an X, high for a
    solid shape."""
    rows, cols = np.nonzero(ink)
    assert len(rows) >= 20, "the mark hardly stands out from the skin"
    hull = MultiPoint(list(zip(cols, rows, strict=True))).convex_hull
    return len(rows) / max(hull.area + hull.length / 2 + 1, 1.0)


def test_atp007_a_second_muscle_s_trigger_points_differ_in_shape_in_every_vision(
    tablet: Page, atlas_url: str
):
    open_atlas(tablet, atlas_url, f"{GLUTEUS}&overlay=piriformis")
    triangles = tablet.locator(f"{MAP} .bodymap__marker--triangle")
    expect(triangles).to_have_count(2)  # piriformis, right: its two trigger points
    expect(triangles.first.locator("title")).to_contain_text("Piriformis")
    # Drawn as a three-cornered path (on a white edge), not the round dot of another map.
    drawn = triangles.first.locator("path:not(.bodymap__marker-halo)").get_attribute("d")
    assert drawn.count("L") == 2 and drawn.endswith("Z"), drawn
    expect(triangles.first.locator("circle")).to_have_count(0)
    expect(tablet.locator(f"{MAP} .bodymap__marker--x").first).to_be_attached()
    expect(tablet.locator(f"#{ids.ATLAS_KEY}")).to_contain_text("▲")
    boxes = tablet.evaluate(PROBE)
    shot = tablet.locator("#mark-probe").screenshot()
    pixels = np.asarray(Image.open(io.BytesIO(shot)).convert("RGB"))
    for kind in [None, *SIMULATIONS]:
        seen = pixels if kind is None else simulate_image(pixels, kind)
        lab = lab_image(seen)
        ink = np.linalg.norm(lab - lab[2, 2], axis=-1) >= STANDS_OUT
        cross, triangle = (
            solidity(ink[int(top) - 2 : int(bottom) + 3, int(left) - 2 : int(right) + 3])
            for left, top, right, bottom in boxes
        )
        where = kind or "normal vision"
        assert cross < 0.5, f"{where}: the X reads as a solid shape ({cross:.2f})"
        assert triangle > 0.75, f"{where}: the triangle is not solid ({triangle:.2f})"
