"""Tap-to-frame latency of BodyMap in headless Chromium: target p95 <= 16 ms (one frame).

Two profiles (`--profile desktop|phone`, both by default). Desktop: a 1280 x 900 window and
mouse clicks. Phone: 390 x 844 at 3x, touch (Playwright's touchscreen sends real touch events,
so the map's own touch path runs: the finger test and double-tap check) and the CPU slowed
down 4x through the DevTools protocol (Emulation.setCPUThrottlingRate).

Measured inside the page, over 50 taps (clicks) on different regions 300 ms apart (a brisk
human pace): from the timestamp of the gesture's first event (touchstart, or pointerdown for a
mouse) to the start of the first frame that draws the changed region: the first animation
frame after its aria-checked attribute changed, and never earlier than the change itself (a
frame's callbacks are told the time it began, which on a busy page can be before the change
was made). Under 16.7 ms means the change is drawn in the very next frame.
`dom_update_p95_ms` is the part spent before the page changed; `frame_done_p95_ms` a stricter
upper bound: until a message posted from that frame runs, after its style, layout and paint,
but also after any task the page queued before it (the map's own report to Dash among them).
`floor_p95_ms` is from the same first event to the start of the first frame after it, whatever
the page does: the soonest any page could show the tap, set by the browser and the machine;
`in_first_frame` how many taps were drawn in that very frame, and `beyond_floor_p95_ms` how much
later than it the others came (both steadier than wall times on a shared machine).
Each tap lands on a point of its region that the region
itself is drawn at (checked with elementFromPoint), in a region of a shown view, scrolled into
view first.
"""

from __future__ import annotations

from _harness import device_page, percentile, profiles_from_args, record, served_app, tap

CLICKS = 50
PAUSE_MS = 300  # a brisk human pace: each click finds the page settled, as a person's would
TARGET_MS = 16.0

PROBE = """
() => { window.__latency = new Promise(resolve => {
    const map = document.querySelector('#patient-map');
    let startedAt = null, floor = null;
    const start = e => {
        if (startedAt !== null) { return; }
        window.__tapAt = startedAt = e.timeStamp;
        // The soonest any page could answer: the first frame after the event.
        requestAnimationFrame(t => { floor = Math.max(0, t - startedAt); });
    };
    for (const kind of ['touchstart', 'pointerdown', 'click']) {
        window.addEventListener(kind, start, {capture: true, once: true});
    }
    const seen = new MutationObserver(() => {
        seen.disconnect();
        const changed = performance.now() - startedAt;
        // The change is drawn in the next frame; its animation-frame callbacks get the time
        // the frame began. A message posted from one runs after that frame's paint.
        requestAnimationFrame(frame => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve([Math.max(frame - startedAt, changed),
                changed, performance.now() - startedAt, floor]);
            channel.port2.postMessage(0);
        });
    });
    seen.observe(map, {attributes: true, subtree: true, attributeFilter: ['aria-checked']});
    setTimeout(() => { seen.disconnect(); resolve(null); }, 5000);
}); }
"""

# Regions of the shown views, in page order (a phone shows one view at a time).
SHOWN = """() => [...document.querySelectorAll('#patient-map [role=checkbox]')]
    .filter(p => p.getBoundingClientRect().width > 0).map(p => p.dataset.region)"""

# A point (viewport px) where the region itself is on top, after scrolling it into view.
POINT = """id => { const p = document.querySelector(`#patient-map [data-region="${id}"]`);
    p.scrollIntoView({block: 'center', inline: 'center'});
    const r = p.getBoundingClientRect();
    for (const [fx, fy] of [[.5, .5], [.4, .5], [.6, .5], [.5, .4], [.5, .6], [.3, .3], [.7, .7]]) {
        const x = r.left + fx * r.width, y = r.top + fy * r.height;
        if (document.elementFromPoint(x, y) === p) return [x, y];
    }
    return null; }"""


def measure(browser, url: str, profile: str) -> dict:
    with device_page(browser, profile) as page:
        page.goto(url + "/")
        page.locator("#patient-map [role=checkbox]").first.wait_for()
        shown = page.evaluate(SHOWN)
        samples, updates, done, floors, missed, i = [], [], [], [], 0, 0
        while len(samples) < CLICKS:
            point = page.evaluate(POINT, shown[(i * 7) % len(shown)])
            i += 1
            if point is None:
                continue
            page.wait_for_timeout(PAUSE_MS)  # also past the map's double-tap window
            page.evaluate(PROBE)
            tap(page, profile, *point)
            latency = page.evaluate("() => window.__latency")
            if latency is None:  # nothing changed within 5 s: counted, never hidden
                missed += 1
                continue
            samples.append(float(latency[0]))
            updates.append(float(latency[1]))
            done.append(float(latency[2]))
            floors.append(float(latency[3]))
    p50, p95 = percentile(samples, 50), percentile(samples, 95)
    return {
        "clicks": CLICKS,
        "regions": len(shown),
        "p50_ms": round(p50, 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(max(samples), 2),
        "dom_update_p95_ms": round(percentile(updates, 95), 2),
        "frame_done_p95_ms": round(percentile(done, 95), 2),
        "floor_p50_ms": round(percentile(floors, 50), 2),
        "floor_p95_ms": round(percentile(floors, 95), 2),
        "in_first_frame": sum(1 for t, f in zip(samples, floors, strict=True) if t - f < 1),
        "beyond_floor_p95_ms": round(
            percentile([t - f for t, f in zip(samples, floors, strict=True)], 95), 2
        ),
        "taps_that_changed_nothing": missed,
        "passed": p95 <= TARGET_MS and not missed,
        "summary": f"{profile}: p50 {p50:.1f} ms, p95 {p95:.1f} ms over {CLICKS} taps "
        f"(floor: the first frame after the event, p95 {percentile(floors, 95):.1f} ms)",
    }


def main(profiles: list[str] | None = None) -> dict:
    profiles = profiles or ["desktop", "phone"]
    with served_app() as (browser, url):
        results = {profile: measure(browser, url, profile) for profile in profiles}
    return record(
        "click_latency",
        {
            "profiles": results,
            "target": f"p95 <= {TARGET_MS} ms on each profile",
            "passed": all(r["passed"] for r in results.values()),
            "summary": "; ".join(r["summary"] for r in results.values()),
        },
    )


if __name__ == "__main__":
    main(profiles_from_args(__doc__))
