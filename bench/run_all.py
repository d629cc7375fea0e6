"""Run every benchmark in turn; each writes bench/results/<name>.json."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import click_latency  # noqa: E402
import js_bytes  # noqa: E402
import load  # noqa: E402
import load_time  # noqa: E402
import lookup_speed  # noqa: E402
import patient_search  # noqa: E402
import progress_page  # noqa: E402
import save_speed  # noqa: E402
import stroke_latency  # noqa: E402
import tap_accuracy  # noqa: E402

BENCHMARKS = (
    click_latency,
    stroke_latency,
    tap_accuracy,
    load_time,
    js_bytes,
    lookup_speed,
    save_speed,
    progress_page,
    patient_search,
    load,
)

if __name__ == "__main__":
    results = [module.main() for module in BENCHMARKS]
    sys.exit(0 if all(r["passed"] for r in results) else 1)
