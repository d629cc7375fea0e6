"""Finger taps on the leg and foot regions of a phone (390 x 844) in the leg focus view.

Each region is tapped TAPS times at its centre (the point deepest inside it) plus a Gaussian
offset of 8 px on each axis, round-robin across regions; the region whose mark flipped is the
one the tap went to. Targets: every region >= 95 % on target, every thigh and calf region at
least 44 px across.
"""

from __future__ import annotations

import random
import re
import time

import pandas as pd
from _harness import record, served_app
from shapely.geometry import Polygon
from shapely.ops import polylabel

from dashapp.config import SHIPPED_DATA
from dashapp.ui.components.bodymap import LEGS

TAPS = 40
SCATTER_PX = 8.0
TARGET_HIT = 0.95
TARGET_ACROSS_PX = 44.0
NOT_LEG = "wrist|palm|finger|hand|pubic|buttock|hip|sacrum|groin"
DOUBLE_TAP = (30.0, 0.32)  # px, s: the map would read two taps this close as a double tap

PROBE = """() => { window.__flips = [];
    new MutationObserver(rs => rs.forEach(r => window.__flips.push(r.target.dataset.region)))
        .observe(document.querySelector('#patient-map'),
                 {attributes: true, subtree: true, attributeFilter: ['aria-checked']}); }"""
CENTRE = """([id, x, y]) => { const p = document.querySelector(`[data-region="${id}"]`);
    p.scrollIntoView({block: 'center', inline: 'center'});
    const m = p.getScreenCTM(); const r = p.getBoundingClientRect();
    return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f, r.width]; }"""


def leg_regions() -> pd.DataFrame:
    """Leg and foot regions with their centre (the point deepest inside) in body units."""
    table = pd.read_csv(SHIPPED_DATA / "geometry" / "surface_regions.csv")
    numbers = table.path.map(lambda d: [float(n) for n in re.findall(r"-?\d+\.?\d*", d)])
    polys = numbers.map(lambda n: Polygon(list(zip(n[0::2], n[1::2], strict=True))).buffer(0))
    table["centre"] = polys.map(lambda p: polylabel(p, 0.5))
    legs = table[(polys.map(lambda p: p.bounds[1]) >= 495) & ~table.id.str.contains(NOT_LEG)]
    return legs


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


def main() -> dict:
    rng = random.Random(12)
    legs = leg_regions()
    phone = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
    results: dict[str, dict] = {}
    with served_app() as (browser, url):
        context = browser.new_context(**phone)
        page = context.new_page()
        page.goto(url + "/")
        page.locator(f'[data-focus-view="{LEGS}"]').tap()
        page.evaluate(PROBE)
        for view in ("front", "back"):
            if view == "back":
                page.locator("#patient-view-switch").get_by_role("radio", name="Back").tap()
            page.locator(f'.bodymap__view[data-view="{view}"]').wait_for()
            results.update(tap_view(page, legs[legs.view == view], rng))
        context.close()
    rates = {key: r["hits"] / r["taps"] for key, r in results.items()}
    thigh_calf = {k: r["across_px"] for k, r in results.items() if "thigh" in k or "calf" in k}
    worst = min(rates, key=rates.get)
    narrowest = min(thigh_calf, key=thigh_calf.get)
    passed = rates[worst] >= TARGET_HIT and thigh_calf[narrowest] >= TARGET_ACROSS_PX
    return record_result(results, rates, worst, thigh_calf, narrowest, passed)


def record_result(results, rates, worst, thigh_calf, narrowest, passed) -> dict:
    return record(
        "tap_accuracy",
        {
            "viewport": "390x844",
            "view": LEGS,
            "taps_per_region": TAPS,
            "scatter_px": SCATTER_PX,
            "regions": len(results),
            "hit_rate": {key: round(rate, 3) for key, rate in sorted(rates.items())},
            "worst_region": worst,
            "worst_hit_rate": round(rates[worst], 3),
            "narrowest_thigh_or_calf": narrowest,
            "narrowest_across_px": round(thigh_calf[narrowest], 1),
            "target": (
                f"every region >= {TARGET_HIT:.0%}, thigh and calf >= {TARGET_ACROSS_PX:.0f} px"
            ),
            "passed": passed,
            "summary": (
                f"worst {worst} {rates[worst]:.0%} over {TAPS} taps; "
                f"narrowest thigh/calf {narrowest} {thigh_calf[narrowest]:.0f} px"
            ),
        },
    )


if __name__ == "__main__":
    main()
