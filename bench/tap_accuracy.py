"""Finger taps on a phone (390 x 844) in the focus views: the leg and foot regions in the leg
view, the neck, shoulder, arm and wrist regions in the "Neck, shoulder and arm" view, the wrist,
hand, thumb and finger regions in the "Hand and fingers" view (one hand at a time: the right,
then the left through the view's side switch), the head and neck regions in the "Head and jaw"
view.

Each region is tapped TAPS times at its centre (the point deepest inside it) plus a Gaussian
offset of 8 px on each axis, round-robin across regions; the region whose mark flipped is the
one the tap went to. Targets: every region >= 95 % on target; every thigh and calf region (leg
view), every region (the other two) at least 44 px across.

    python bench/tap_accuracy.py [--view legs|neck_arm|hand|head|all]
"""

from __future__ import annotations

import argparse
import random
import re
import time

import pandas as pd
from _harness import record, served_app
from shapely.geometry import Polygon
from shapely.ops import polylabel

from dashapp.config import SHIPPED_DATA
from dashapp.ui.components.bodymap import HAND, HEAD, LEGS, NECK_ARM

TAPS = 40
SCATTER_PX = 8.0
TARGET_HIT = 0.95
TARGET_ACROSS_PX = 44.0
NOT_LEG = "wrist|palm|finger|hand|thumb|pubic|buttock|hip|sacrum|groin"
DOUBLE_TAP = (30.0, 0.32)  # px, s: the map would read two taps this close as a double tap

PROBE = """() => { window.__flips = [];
    new MutationObserver(rs => rs.forEach(r => window.__flips.push(r.target.dataset.region)))
        .observe(document.querySelector('#patient-map'),
                 {attributes: true, subtree: true, attributeFilter: ['aria-checked']}); }"""
CENTRE = """([id, x, y]) => { const p = document.querySelector(`[data-region="${id}"]`);
    p.scrollIntoView({block: 'center', inline: 'center'});
    const m = p.getScreenCTM(); const r = p.getBoundingClientRect();
    return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f, r.width]; }"""


# The area groups each upper view is for; the arm view also shows the wrist.
UPPER = {NECK_ARM: ("neck", "shoulder", "arm"), HAND: ("hand",), HEAD: ("head", "neck")}
ALSO = {NECK_ARM: "wrist"}
ALL_VIEWS = (LEGS, NECK_ARM, HAND, HEAD)


def regions_for(view_id: str) -> pd.DataFrame:
    """The view's regions with their centre (the point deepest inside) in body units."""
    table = pd.read_csv(SHIPPED_DATA / "geometry" / "surface_regions.csv")
    numbers = table.path.map(lambda d: [float(n) for n in re.findall(r"-?\d+\.?\d*", d)])
    polys = numbers.map(lambda n: Polygon(list(zip(n[0::2], n[1::2], strict=True))).buffer(0))
    table["centre"] = polys.map(lambda p: polylabel(p, 0.5))
    if view_id in UPPER:
        also = table.id.str.contains(ALSO[view_id]) if view_id in ALSO else False
        return table[table.area_group.isin(UPPER[view_id]) | also]
    return table[(polys.map(lambda p: p.bounds[1]) >= 495) & ~table.id.str.contains(NOT_LEG)]


def sized(view_id: str, region_id: str) -> bool:
    """Whether the 44 px target applies: thigh and calf in the leg view, all in the others."""
    return view_id != LEGS or "thigh" in region_id or "calf" in region_id


def tap_view(page, regions: pd.DataFrame, rng: random.Random) -> dict[str, dict]:
    results = {row.id: {"hits": 0, "taps": 0, "across_px": 0.0} for row in regions.itertuples()}
    last = (-1e9, -1e9, 0.0)
    for _ in range(TAPS):
        for row in regions.itertuples():
            x, y, width = page.evaluate(CENTRE, [row.id, row.centre.x, row.centre.y])
            results[row.id]["across_px"] = width
            tx, ty = x + rng.gauss(0, SCATTER_PX), y + rng.gauss(0, SCATTER_PX)
            wait = DOUBLE_TAP[1] - (time.monotonic() - last[2])
            if abs(tx - last[0]) < DOUBLE_TAP[0] and abs(ty - last[1]) < DOUBLE_TAP[0] and wait > 0:
                time.sleep(wait)
            page.evaluate("() => { window.__flips.length = 0; }")
            page.touchscreen.tap(tx, ty)
            last = (tx, ty, time.monotonic())
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(true)))")
            flips = page.evaluate("() => window.__flips.slice()")
            results[row.id]["taps"] += 1
            results[row.id]["hits"] += int(flips == [row.id])
    return results


def run_view(browser, url: str, view_id: str) -> dict:
    rng = random.Random(12)
    regions = regions_for(view_id)
    phone = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
    results: dict[str, dict] = {}
    context = browser.new_context(**phone)
    page = context.new_page()
    page.goto(url + "/")
    page.locator(f'[data-focus-view="{view_id}"]').tap()
    page.evaluate(PROBE)
    for view in ("front", "back"):
        if view == "back":
            page.locator("#patient-view-switch").get_by_role("radio", name="Back").tap()
        page.locator(f'.bodymap__view[data-view="{view}"]').wait_for()
        shown = regions[regions.view == view]
        if view_id != HAND:
            results.update(tap_view(page, shown, rng))
            continue
        for side in ("right", "left"):  # the hand view shows one hand at a time
            page.locator(f'#patient-map [data-side="{side}"]').tap()
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(true)))")
            results.update(tap_view(page, shown[shown.side == side], rng))
    context.close()
    rates = {key: r["hits"] / r["taps"] for key, r in results.items()}
    across = {k: r["across_px"] for k, r in results.items() if sized(view_id, k)}
    worst = min(rates, key=rates.get)
    narrowest = min(across, key=across.get)
    passed = rates[worst] >= TARGET_HIT and across[narrowest] >= TARGET_ACROSS_PX
    return record_result(view_id, results, rates, worst, across, narrowest, passed)


def main(views: tuple[str, ...] = ALL_VIEWS) -> dict:
    """Each view's taps, recorded one file a view; passed when every view passed."""
    with served_app() as (browser, url):
        results = [run_view(browser, url, view_id) for view_id in views]
    return {"passed": all(r["passed"] for r in results), "views": results}


def views_from_args() -> tuple[str, ...]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--view", choices=[*ALL_VIEWS, "all"], default="all")
    chosen = parser.parse_args().view
    return ALL_VIEWS if chosen == "all" else (chosen,)


def record_result(view_id, results, rates, worst, across, narrowest, passed) -> dict:
    sized_what = "thigh and calf" if view_id == LEGS else "every region"
    return record(
        "tap_accuracy" if view_id == LEGS else f"tap_accuracy_{view_id}",
        {
            "viewport": "390x844",
            "view": view_id,
            "taps_per_region": TAPS,
            "scatter_px": SCATTER_PX,
            "regions": len(results),
            "hit_rate": {key: round(rate, 3) for key, rate in sorted(rates.items())},
            "worst_region": worst,
            "worst_hit_rate": round(rates[worst], 3),
            "narrowest_sized_region": narrowest,
            "narrowest_across_px": round(across[narrowest], 1),
            "target": (
                f"every region >= {TARGET_HIT:.0%}, {sized_what} >= {TARGET_ACROSS_PX:.0f} px"
            ),
            "passed": passed,
            "summary": (
                f"worst {worst} {rates[worst]:.0%} over {TAPS} taps; "
                f"narrowest {sized_what.removeprefix('every ')} {narrowest} "
                f"{across[narrowest]:.0f} px"
            ),
        },
    )


if __name__ == "__main__":
    main(views_from_args())
