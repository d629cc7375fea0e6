"""Time from navigation to an interactive map on loopback: target p95 <= 1 s on each profile.

Two profiles (`--profile desktop|phone`, both by default; see click_latency.py): the phone is
390 x 844 at 3x with touch and a CPU slowed down 4x through the DevTools protocol.

"Interactive" means a region is drawn and a tap on it is handled: the load goes to the page
(`goto`, not waiting for any load event); as soon as the first region of a shown view is in
the page with a size, it is tapped (a touch tap on the phone, a click on the desktop) at a
point where it is drawn, and the load is interactive when the frame that draws its change
begins (the tap's aria-checked flip, measured as in click_latency.py). Times are
the page's own clock (performance.now(), which starts at navigation). `drawn_ms` is when the
region was first drawn, `tap_ms` when the tap arrived (the gap is the harness reacting).
Each load is cold: a new browser context with an empty cache. 10 loads per profile.
"""

from __future__ import annotations

from _harness import device_page, percentile, profiles_from_args, record, served_app, tap
from click_latency import POINT, PROBE

LOADS = 10
TARGET_MS = 1000.0

DRAWN = """
() => new Promise(resolve => {
    const check = () => {
        const region = [...document.querySelectorAll('#patient-map [role=checkbox]')]
            .find(r => r.getBoundingClientRect().width > 0);
        if (region) {
            resolve([region.dataset.region, performance.now()]);
        } else {
            requestAnimationFrame(check);
        }
    };
    check();
})
"""

HANDLED = """() => window.__latency.then(l => l && [window.__tapAt + l[0], window.__tapAt])"""


def load_and_tap(page, url: str, profile: str) -> dict:
    """Go to the patient page, tap the first region drawn and wait for the frame that draws
    its change: the load's times on the page's clock (None where the tap was not handled)."""
    page.goto(url + "/", wait_until="commit")
    region, drawn = page.evaluate(DRAWN)
    point = page.evaluate(POINT, region)
    page.evaluate(PROBE)
    tap(page, profile, *point)
    handled = page.evaluate(HANDLED) or (None, None)
    return {"drawn_ms": drawn, "tap_ms": handled[1], "interactive_ms": handled[0]}


def one_load(browser, url: str, profile: str) -> dict:
    with device_page(browser, profile) as page:
        return load_and_tap(page, url, profile)


def measure(browser, url: str, profile: str) -> dict:
    loads = [one_load(browser, url, profile) for _ in range(LOADS)]
    times = [load["interactive_ms"] for load in loads if load["interactive_ms"] is not None]
    failed = LOADS - len(times)
    p50, p95 = percentile(times, 50), percentile(times, 95)
    return {
        "loads": LOADS,
        "interactive_p50_ms": round(p50, 1),
        "interactive_p95_ms": round(p95, 1),
        "interactive_max_ms": round(max(times), 1),
        "drawn_p50_ms": round(percentile([load["drawn_ms"] for load in loads], 50), 1),
        "each": [{k: v if v is None else round(v, 1) for k, v in load.items()} for load in loads],
        "taps_not_handled": failed,
        "passed": p95 <= TARGET_MS and not failed,
        "summary": f"{profile}: p50 {p50:.0f} ms, p95 {p95:.0f} ms over {LOADS} loads",
    }


def main(profiles: list[str] | None = None) -> dict:
    profiles = profiles or ["desktop", "phone"]
    with served_app() as (browser, url):
        results = {profile: measure(browser, url, profile) for profile in profiles}
    return record(
        "load_time",
        {
            "profiles": results,
            "target": f"p95 <= {TARGET_MS:.0f} ms to an interactive map on each profile",
            "passed": all(r["passed"] for r in results.values()),
            "summary": "; ".join(r["summary"] for r in results.values()),
        },
    )


if __name__ == "__main__":
    main(profiles_from_args(__doc__))
