"""The finger test in geometry agrees with the browser's own hit test, point for point."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.conftest import watched_page
from tests.e2e.test_bodymap_zoom import PHONE, open_leg_view, open_map

SRC = Path(__file__).resolve().parents[2] / "dash_bodymap" / "src"


def finger_script() -> str:
    """finger.js and points.js as one script: their functions on `window.__finger`."""
    parts = [(SRC / name).read_text() for name in ("finger.js", "points.js")]
    body = re.sub(r"^import .*$", "", "\n".join(parts), flags=re.M).replace("export ", "")
    return (
        f"window.__finger = (() => {{ {body}\n"
        "return {shapesOf, regionUnderFinger, regionUnderFingerByHitTest}; })();"
    )


# Over a grid of finger positions across the map (and beyond its drawn edges), the region each
# finger test picks: in geometry from the outlines in drawing order, and by hit testing.
COMPARE = """step => {
    const root = document.querySelector('#patient-map');
    const shapes = {};
    root.querySelectorAll('.bodymap__view').forEach(figure => {
        shapes[figure.dataset.view] = window.__finger.shapesOf(
            [...figure.querySelectorAll('[role=checkbox][data-region]')]
                .map(p => ({id: p.dataset.region, path: p.getAttribute('d')})));
    });
    const box = [...root.querySelectorAll('.bodymap__svg')].filter(s => s.getClientRects().length)
        .map(s => s.getBoundingClientRect()).reduce((a, b) => ({left: Math.min(a.left, b.left),
            top: Math.min(a.top, b.top), right: Math.max(a.right, b.right),
            bottom: Math.max(a.bottom, b.bottom)}));
    const differ = []; let tried = 0, onRegion = 0;
    const top = Math.max(box.top, 0) - 10, bottom = Math.min(box.bottom, innerHeight) + 10;
    for (let x = box.left - 10; x < box.right + 10; x += step) {
        for (let y = top; y < bottom; y += step) {
            const fast = window.__finger.regionUnderFinger(root, x, y, shapes);
            const slow = window.__finger.regionUnderFingerByHitTest(root, x, y);
            tried += 1; onRegion += slow !== null;
            if (fast !== slow) { differ.push([x, y, fast, slow]); }
        }
    }
    return {tried, onRegion, differ};
}"""


@pytest.mark.parametrize("view", ["whole", "legs", "legs-scrolled", "tablet"])
def test_finger001_geometry_agrees_with_the_browser_hit_test(browser, live_url: str, view):
    device = PHONE if view != "tablet" else {**PHONE, "viewport": {"width": 820, "height": 1180}}
    with watched_page(browser, bypass_csp=True, **device) as page:
        open_map(page, live_url)
        if view.startswith("legs"):
            open_leg_view(page)
        page.locator("#patient-map .bodymap__svg").first.evaluate(
            "s => s.scrollIntoView({block: 'start'})"
        )
        if view == "legs-scrolled":
            # A third of the drawing scrolled out of its frame, and the page down a little.
            page.locator("#patient-map .bodymap__view").first.evaluate(
                "f => { f.scrollLeft = f.scrollWidth / 3; }"
            )
            page.evaluate("window.scrollBy(0, 200)")
        page.add_script_tag(content=finger_script())
        result = page.evaluate(COMPARE, 7.3)
    assert result["onRegion"] > result["tried"] / 5, result["tried"]
    assert result["differ"] == [], (len(result["differ"]), result["tried"], result["differ"][:10])
