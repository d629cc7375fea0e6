"""One reverse lookup over the whole atlas: target <= 2 ms (median of 200 runs, p95 recorded).

The lookup scores every muscle pattern (24 muscles x 2 sides) against a realistic chart of
eight marked areas with intensities and two reported activities; zone overlaps are computed
once at load and are not part of the timing.

With a freehand drawing the lookup works on the drawn shapes (domain/atlas/painted_lookup.py):
the same eight marks plus twelve brush strokes of 40 points (three intensities, one eraser)
down the buttock, thigh and leg. Timed from the strokes: the shapes they make, the painted
pieces (marks and drawing together) and the scores, as the page does after each new stroke;
target <= 50 ms (median of 50 runs), well inside a callback's round trip.
"""

from __future__ import annotations

import statistics
import time

from _harness import percentile, record

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.atlas.lookup import rank
from dashapp.domain.atlas.painted_lookup import rank_painted
from dashapp.domain.body.drawn import drawn_shapes
from dashapp.domain.body.geometry import region_areas
from dashapp.domain.body.painted import paint, surface
from dashapp.domain.drawing import Stroke
from dashapp.domain.reference import load_reference

RUNS = 200
TARGET_MS = 2.0
DRAWN_RUNS = 50
DRAWN_TARGET_MS = 50.0
CHART = {
    "right_buttock_upper_outer": 5,
    "right_hip_outer_back": 4,
    "right_thigh_outer_upper": 7,
    "right_thigh_outer_lower": 6,
    "right_shin_outer": 5,
    "right_ankle_outer": 3,
    "right_lower_back": 2,
    "left_lower_back": 2,
}


def strokes() -> tuple[Stroke, ...]:
    """Twelve wavy strokes of 40 points down the right buttock, thigh and leg (back view),
    then an eraser across them."""
    drawn = []
    for n in range(12):
        x0, y0 = 238.0 + 3 * n, 480.0 + 30 * n
        points = tuple((x0 + 4 * ((k % 6) - 3), y0 + 9 * k) for k in range(40))
        points = tuple((x, min(y, 990.0)) for x, y in points)
        drawn.append(Stroke("back", points, 12.0, "brush", (4, 6, 8)[n % 3]))
    drawn.append(Stroke("back", ((230.0, 700.0), (280.0, 705.0)), 24.0, "eraser"))
    return tuple(drawn)


def drawn_lookup(reference, drawing: tuple[Stroke, ...]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each lookup with the drawing (CPU time says what the
    work costs when other processes share the cores)."""
    body = surface(reference.regions)
    wall, cpu = [], []
    for _ in range(DRAWN_RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        painted = paint(CHART, drawn_shapes(drawing, body.views), body)
        rank_painted(reference.patterns, painted, ["driving", "sitting"])
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def main() -> dict:
    reference = load_reference(SHIPPED_DATA)
    areas = region_areas(reference.regions)
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        rank(reference.patterns, CHART, areas, ["driving", "sitting"])
        samples.append((time.perf_counter() - start) * 1000)
    median, p95 = statistics.median(samples), percentile(samples, 95)
    drawn, cpu = drawn_lookup(reference, strokes())
    drawn_median, drawn_p95 = statistics.median(drawn), percentile(drawn, 95)
    return record(
        "lookup_speed",
        {
            "runs": RUNS,
            "patterns": len(reference.patterns),
            "median_ms": round(median, 3),
            "p95_ms": round(p95, 3),
            "target": f"median <= {TARGET_MS} ms; with a drawing <= {DRAWN_TARGET_MS} ms",
            "drawn_runs": DRAWN_RUNS,
            "drawn_median_ms": round(drawn_median, 3),
            "drawn_p95_ms": round(drawn_p95, 3),
            "drawn_cpu_median_ms": round(statistics.median(cpu), 3),
            "passed": median <= TARGET_MS and drawn_median <= DRAWN_TARGET_MS,
            "summary": f"median {median:.3f} ms, p95 {p95:.3f} ms over {RUNS} lookups; "
            f"with a drawing of 12 strokes median {drawn_median:.1f} ms, "
            f"p95 {drawn_p95:.1f} ms (CPU median {statistics.median(cpu):.1f} ms) "
            f"over {DRAWN_RUNS}",
        },
    )


if __name__ == "__main__":
    main()
