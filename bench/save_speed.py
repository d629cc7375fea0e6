"""Saving a session: target <= 20 ms (p95 of 200 saves, median recorded).

Each save goes through `store.save_visit` with the version check, as the session page's
autosave does: a realistic chart of twelve marked areas with intensities and qualities, two
activities and a paragraph of notes, in its own transaction on a SQLite file in a temporary
folder. One area's intensity changes between saves, so every save writes the whole map.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from _harness import percentile, record

from dashapp import store
from dashapp.domain.chart import PainChart, restore
from tests.reference import shipped_vocabulary

RUNS = 200
TARGET_MS = 20.0
MARKS = {
    "right_lower_back": (6, ["aching"]),
    "left_lower_back": (4, ["aching"]),
    "right_buttock_upper_outer": (7, ["aching", "sharp"]),
    "right_buttock_lower_outer": (5, ["aching"]),
    "right_hip_outer": (5, ["aching"]),
    "right_thigh_outer_upper": (7, ["shooting", "aching"]),
    "right_thigh_outer_lower": (6, ["shooting"]),
    "right_thigh_back_outer_upper": (4, ["burning"]),
    "right_knee_back": (3, ["aching"]),
    "right_shin_outer": (5, ["shooting", "tingling"]),
    "right_calf_outer": (4, ["tingling"]),
    "right_ankle_outer": (3, ["tingling", "numb"]),
}
NOTES = (
    "Pain down the outer thigh and leg for two months, worse after sitting and driving. "
    "Pressure on the front of the right gluteus minimus brings on the familiar pain; "
    "straight leg raise to 80 degrees without leg pain. Advised to break up long drives."
)


def chart(turn: int) -> PainChart:
    """The realistic chart, with the first area's intensity changed on every turn."""
    marks = [
        {"region": region, "intensity": (intensity + turn) % 11 if i == 0 else intensity,
         "qualities": qualities}
        for i, (region, (intensity, qualities)) in enumerate(MARKS.items())
    ]  # fmt: skip
    data = {"version": 1, "marks": marks, "activities": ["sitting", "driving"]}
    known = shipped_vocabulary()
    return restore(data, known.regions, known.activities).chart


def main() -> dict:
    known = shipped_vocabulary()
    missing = set(MARKS) - known.regions
    assert not missing, f"not areas of the shipped body map: {sorted(missing)}"
    with tempfile.TemporaryDirectory(prefix="painmap-bench-") as folder:
        engine = store.init_db(f"sqlite:///{Path(folder) / 'painmap.db'}")
        Session = store.session_factory(engine)  # noqa: N806 - named like the sessionmaker
        with Session.begin() as session:
            patient = store.create_patient(session, "Bench Patient")
            visit = store.create_visit(session, patient.id, date(2026, 1, 5))
            visit_id, version = visit.id, visit.version
        samples = []
        for turn in range(1, RUNS + 1):
            start = time.perf_counter()
            with Session.begin() as session:
                saved = store.save_visit(
                    session, visit_id, version, chart=chart(turn), notes=NOTES, known=known
                )
                version = saved.version
            samples.append((time.perf_counter() - start) * 1000)
        with Session() as session:
            stored = store.get_visit(session, visit_id)
            assert stored.version == RUNS + 1 and len(stored.marks) == len(MARKS)
        engine.dispose()
    median, p95 = statistics.median(samples), percentile(samples, 95)
    return record(
        "save_speed",
        {
            "runs": RUNS,
            "marks": len(MARKS),
            "median_ms": round(median, 3),
            "p95_ms": round(p95, 3),
            "max_ms": round(max(samples), 3),
            "target": f"p95 <= {TARGET_MS:g} ms",
            "passed": p95 <= TARGET_MS,
            "summary": f"p95 {p95:.2f} ms, median {median:.2f} ms over {RUNS} saves "
            f"of a {len(MARKS)}-area chart",
        },
    )


if __name__ == "__main__":
    main()
