"""One reverse lookup over the whole atlas: target <= 2 ms (median of 200 runs, p95 recorded).

The lookup scores every muscle pattern (24 muscles x 2 sides) against a realistic chart of
eight marked areas with intensities and two reported activities; zone overlaps are computed
once at load and are not part of the timing.
"""

from __future__ import annotations

import statistics
import time

from _harness import percentile, record

from dashapp.config import DEFAULTS
from dashapp.domain.atlas.lookup import rank
from dashapp.domain.body.geometry import region_areas
from dashapp.services import load_reference

RUNS = 200
TARGET_MS = 2.0
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


def main() -> dict:
    reference = load_reference(DEFAULTS["GEOMETRY_DIR"], DEFAULTS["ATLAS_DIR"])
    areas = region_areas(reference.regions)
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        rank(reference.patterns, CHART, areas, ["driving", "sitting"])
        samples.append((time.perf_counter() - start) * 1000)
    median, p95 = statistics.median(samples), percentile(samples, 95)
    return record(
        "lookup_speed",
        {
            "runs": RUNS,
            "patterns": len(reference.patterns),
            "median_ms": round(median, 3),
            "p95_ms": round(p95, 3),
            "target": f"median <= {TARGET_MS} ms",
            "passed": median <= TARGET_MS,
            "summary": f"median {median:.3f} ms, p95 {p95:.3f} ms over {RUNS} lookups",
        },
    )


if __name__ == "__main__":
    main()
