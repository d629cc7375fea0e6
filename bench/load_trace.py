"""What a cold load of the patient page is made of, from a Chrome trace (not a benchmark).

One load as load_time.py does it (`--profile phone` by default), traced through the DevTools
protocol (`Tracing`, devtools.timeline). Printed on the page's clock (ms from navigation): each
request (sent, first byte, done), each script's evaluation and compilation on the main thread,
the main thread's busy time between the steps, and when the first region was drawn, tapped and
its change drawn. `--loads N` repeats it and prints the median of each line.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from _harness import device_page, served_app
from load_time import load_and_tap

CATEGORIES = "devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing"


def traced_load(browser, url: str, profile: str) -> tuple[list[dict], dict]:
    """The trace events of one load, and the load's own times (page clock)."""
    with device_page(browser, profile) as page:
        cdp = page.context.new_cdp_session(page)
        events: list[dict] = []
        done: list[bool] = []
        cdp.on("Tracing.dataCollected", lambda data: events.extend(data["value"]))
        cdp.on("Tracing.tracingComplete", lambda _data: done.append(True))
        outputs: list[str] = []
        page.on("request", lambda r: _callback(r, outputs))
        cdp.send("Tracing.start", {"categories": CATEGORIES, "transferMode": "ReportEvents"})
        load = load_and_tap(page, url, profile)
        page.wait_for_timeout(1500)
        cdp.send("Tracing.end")
        while not done:
            page.wait_for_timeout(50)
        times = {
            "drawn": load["drawn_ms"],
            "tap": load["tap_ms"],
            "interactive": load["interactive_ms"],
        }
        return events, times, outputs


def _callback(request, outputs: list[str]) -> None:
    """The first output of a callback request, to name it in the timeline."""
    if "_dash-update-component" in request.url:
        body = json.loads(request.post_data or "{}")
        outputs.append(f"{str(body.get('output', '?'))[:40]} by {body.get('changedPropIds')}")


def _main_thread(events: list[dict]) -> tuple[int, int]:
    """(pid, tid) of the page's renderer main thread (the one that ran the page's scripts)."""
    scripts = Counter((e["pid"], e["tid"]) for e in events if e.get("name") == "EvaluateScript")
    named = {
        (e["pid"], e["tid"])
        for e in events
        if e.get("name") == "thread_name" and e.get("args", {}).get("name") == "CrRendererMain"
    }
    # A worker evaluates scripts too: the page's thread is the renderer's main one.
    return max(scripts, key=lambda thread: (thread in named, scripts[thread]))


def _origin(events: list[dict], main: tuple[int, int]) -> float:
    """Trace time (us) of the navigation start, which is 0 on the page clock."""
    starts = [
        e["ts"]
        for e in events
        if e.get("name") == "navigationStart" and (e["pid"], e["tid"]) == main
    ]
    if starts:
        return min(starts)
    return min(e["ts"] for e in events if e.get("name") == "ResourceSendRequest")


def breakdown(events: list[dict], outputs: list[str]) -> tuple[list, list]:
    """The load's milestones (page clock, ms) in order, each with the main thread's busy time
    before it since the previous milestone: (at, what, busy wall ms, busy thread CPU ms)."""
    main = _main_thread(events)
    t0 = _origin(events, main)
    page = [e for e in events if e["pid"] == main[0]]
    marks: list[tuple[float, str]] = []
    requests: dict[str, str] = {}
    calls = iter(outputs)
    for e in page:
        data = e.get("args", {}).get("data", {})
        at = (e["ts"] - t0) / 1000
        if e.get("name") == "ResourceSendRequest" and not data["url"].startswith("data:"):
            name = data["url"].split("/", 3)[-1].split("?")[0].rsplit("/", 1)[-1] or "page"
            if name == "_dash-update-component":
                name = f"callback [{next(calls, '?')}]"
            requests[data.get("requestId")] = name
            marks.append((at, f"sent {name}"))
        elif e.get("name") == "ResourceFinish" and data.get("requestId") in requests:
            marks.append((at, f"done {requests[data['requestId']]}"))
        elif e.get("name") == "EvaluateScript" and e.get("ph") == "X":
            url = data.get("url", "").rsplit("/", 1)[-1].split("?")[0] or "inline"
            marks.append(((e["ts"] + e.get("dur", 0) - t0) / 1000, f"evaluated {url}"))
    tasks = [
        ((e["ts"] - t0) / 1000, e.get("dur", 0) / 1000, e.get("tdur", 0) / 1000)
        for e in page
        if (e["pid"], e["tid"]) == main and e.get("name") == "RunTask" and e.get("ph") == "X"
    ]
    return marks, tasks


def timeline(marks, tasks, times) -> list[tuple[float, str, float, float]]:
    """Milestones in order with the main thread's busy wall and CPU time since the last one."""
    marks = sorted([*marks, *((v, f"LOAD {k}") for k, v in times.items() if v is not None)])
    rows, last = [], 0.0
    for at, what in marks:
        inside = [(s, d, t) for s, d, t in tasks if last <= s < at]
        rows.append((at, what, sum(d for _, d, _ in inside), sum(t for _, _, t in inside)))
        last = at
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", default="phone")
    parser.add_argument("--loads", type=int, default=1)
    args = parser.parse_args()
    with served_app() as (browser, url):
        for _ in range(args.loads):
            events, times, outputs = traced_load(browser, url, args.profile)
            marks, tasks = breakdown(events, outputs)
            print(f"{'at ms':>8} {'busy':>7} {'cpu':>7}  (main thread since the line before)")
            for at, what, busy, cpu in timeline(marks, tasks, times):
                print(f"{at:8.1f} {busy:7.1f} {cpu:7.1f}  {what}")
            total = sum(d for _, d, _ in tasks), sum(t for _, _, t in tasks)
            print(f"main thread busy {total[0]:.0f} ms wall, {total[1]:.0f} ms CPU\n")


if __name__ == "__main__":
    main()
