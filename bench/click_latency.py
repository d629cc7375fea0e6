"""Click-to-highlight latency of BodyMap in headless Chromium: target p95 <= 16 ms (one frame).

Measured inside the page, over 50 clicks on different regions 300 ms apart (a brisk human
pace): from the click event's timestamp to the start of the first frame that draws the
changed region (the first animation frame after its aria-checked attribute changed; 0 when
the change makes the frame already under way). Under 16.7 ms means the highlight shows in the
very next frame. `dom_update_p95_ms` is the part spent before the page changed.
"""

from __future__ import annotations

from _harness import patient_page, percentile, record

CLICKS = 50
PAUSE_MS = 300  # a brisk human pace: each click finds the page settled, as a person's would
TARGET_MS = 16.0

PROBE = """
() => { window.__latency = new Promise(resolve => {
    const map = document.querySelector('#patient-map');
    let clickedAt = null;
    map.addEventListener('click', e => { clickedAt = e.timeStamp; }, {capture: true, once: true});
    const seen = new MutationObserver(() => {
        seen.disconnect();
        const work = performance.now() - clickedAt;
        // A frame's callbacks get the time the frame began; the change is drawn in that frame.
        requestAnimationFrame(frame => resolve([Math.max(0, frame - clickedAt), work]));
    });
    seen.observe(map, {attributes: true, subtree: true, attributeFilter: ['aria-checked']});
}); }
"""


def main() -> dict:
    with patient_page() as (page, url):
        page.goto(url + "/")
        regions = page.locator("#patient-map [role=checkbox]")
        regions.first.wait_for()
        count = regions.count()
        samples, updates = [], []
        for i in range(CLICKS):
            target = regions.nth((i * 7) % count)
            box = target.bounding_box()
            page.evaluate(PROBE)
            target.click(position={"x": box["width"] / 2, "y": box["height"] / 2}, force=True)
            frame, work = page.evaluate("() => window.__latency")
            samples.append(float(frame))
            updates.append(float(work))
            page.wait_for_timeout(PAUSE_MS)
    p50, p95 = percentile(samples, 50), percentile(samples, 95)
    return record(
        "click_latency",
        {
            "clicks": CLICKS,
            "regions": count,
            "p50_ms": round(p50, 2),
            "p95_ms": round(p95, 2),
            "max_ms": round(max(samples), 2),
            "dom_update_p95_ms": round(percentile(updates, 95), 2),
            "target": f"p95 <= {TARGET_MS} ms",
            "passed": p95 <= TARGET_MS,
            "summary": f"p50 {p50:.1f} ms, p95 {p95:.1f} ms over {CLICKS} clicks",
        },
    )


if __name__ == "__main__":
    main()
