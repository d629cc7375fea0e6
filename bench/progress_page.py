"""The server side of a patient's progress page: target <= 300 ms (median of 20, p95 recorded).

The patient has 50 weekly sessions with varied charts (4 to 14 marked areas of the shipped
body map, intensities, qualities, activities). Each run calls the page's
`record_page(patient_id=...)` (load from the store, then build) inside a request context of an
app built by `create_app` on a SQLite file in a temporary folder: loading the sessions, the
course rows, both figures and the small body maps. The browser's part (sending and drawing)
is not timed here.

The small maps of all 50 sessions are their own image (`/patients/<id>/maps.svg`): its size is
recorded too, with the time to answer it (median of MAP_RUNS): target at most 600 KB.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from _harness import percentile, record

from dashapp import create_app, store
from dashapp.domain.chart import QUALITIES, restore
from dashapp.pages import record_page
from tests.reference import shipped_vocabulary

RUNS = 20
SESSIONS = 50
TARGET_MS = 300.0
MAP_RUNS = 5
MAPS_TARGET_BYTES = 600_000
SEED = 20261121


def charts(count: int, seed: int = SEED) -> list[dict]:
    """Varied, repeatable charts on the shipped body map's areas."""
    known = shipped_vocabulary()
    regions, activities = sorted(known.regions), sorted(known.activities)
    rng = random.Random(seed)
    return [
        {
            "version": 1,
            "marks": [
                {
                    "region": region,
                    "intensity": rng.randint(0, 10),
                    "qualities": rng.sample(sorted(QUALITIES), rng.randint(0, 3)),
                }
                for region in rng.sample(regions, rng.randint(4, 14))
            ],
            "activities": rng.sample(activities, rng.randint(0, 4)),
        }
        for _ in range(count)
    ]


def add_patient(url: str) -> int:
    """A patient with SESSIONS weekly sessions; returns the patient's id."""
    engine = store.init_db(url)
    Session = store.session_factory(engine)  # noqa: N806 - named like the sessionmaker
    with Session.begin() as session:
        patient = store.create_patient(session, "Progress Bench")
        first = date(2025, 1, 6)
        vocabulary = shipped_vocabulary()
        for week, chart in enumerate(charts(SESSIONS)):
            visit = store.create_visit(
                session, patient.id, first + timedelta(weeks=week), copy_previous=False
            )
            chart = restore(chart, vocabulary.regions, vocabulary.activities).chart
            store.save_visit(
                session,
                visit.id,
                visit.version,
                chart=chart,
                notes=f"Week {week}",
                known=vocabulary,
            )
        patient_id = patient.id
    engine.dispose()
    return patient_id


def sessions_listed(component) -> int:
    """How many entries the page's timeline (the list with class "timeline") holds."""
    if getattr(component, "className", None) == "timeline":
        return len(component.children)
    children = getattr(component, "children", None)
    children = children if isinstance(children, list) else [children]
    return max((sessions_listed(c) for c in children if hasattr(c, "children")), default=0)


def small_maps(app, patient_id: int) -> tuple[int, float]:
    """The size of the patient's small-maps image, and the median time to answer it."""
    client, times = app.server.test_client(), []
    for _ in range(MAP_RUNS):
        start = time.perf_counter()
        response = client.get(f"/patients/{patient_id}/maps.svg")
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    return len(response.data), statistics.median(times)


def main() -> dict:
    with tempfile.TemporaryDirectory(prefix="painmap-bench-") as folder:
        url = f"sqlite:///{Path(folder) / 'painmap.db'}"
        patient_id = add_patient(url)
        app = create_app({"DATABASE_URL": url, "DEMO": False, "SECRET_KEY": "bench"})
        samples = []
        for _ in range(RUNS):
            with app.server.test_request_context(f"/patients/{patient_id}"):
                start = time.perf_counter()
                page = record_page(patient_id=str(patient_id))
                samples.append((time.perf_counter() - start) * 1000)
        listed = sessions_listed(page)
        assert listed == SESSIONS, f"the timeline lists {listed} sessions, not {SESSIONS}"
        maps_bytes, maps_ms = small_maps(app, patient_id)
    median, p95 = statistics.median(samples), percentile(samples, 95)
    passed = median <= TARGET_MS and maps_bytes <= MAPS_TARGET_BYTES
    return record(
        "progress_page",
        {
            "runs": RUNS,
            "sessions": SESSIONS,
            "first_ms": round(samples[0], 1),
            "median_ms": round(median, 1),
            "p95_ms": round(p95, 1),
            "maps_bytes": maps_bytes,
            "maps_median_ms": round(maps_ms, 1),
            "target": f"median <= {TARGET_MS:g} ms; small maps <= {MAPS_TARGET_BYTES // 1000} KB",
            "passed": passed,
            "summary": f"median {median:.0f} ms, p95 {p95:.0f} ms over {RUNS} builds "
            f"of a {SESSIONS}-session page; its small maps {maps_bytes / 1000:.0f} KB "
            f"in {maps_ms:.0f} ms",
        },
    )


if __name__ == "__main__":
    main()
