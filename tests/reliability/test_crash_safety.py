"""An acknowledged save survives the server being killed: `python -m dashapp` on loopback,
saves posted to the session page's autosave route, SIGKILL at a random moment mid-burst.

Each round starts the real server on a SQLite file, sends saves one after another (each from
the fingerprint the previous one returned, as the page does) and kills the process at a seeded
random moment. With the server dead, the database must hold the newest acknowledged save or
the one in flight, whole, and pass SQLite's integrity check.
"""

from __future__ import annotations

import http.client
import json
import random
import threading
import time
import urllib.request
from datetime import date

import pytest

from dashapp import store
from dashapp.domain.autosave import fingerprint
from dashapp.domain.chart import QUALITIES, PainChart
from dashapp.store import Vocabulary
from tests.reliability.ledger import Chart, Ledger, chart_key
from tests.reliability.server import Server

pytestmark = pytest.mark.slow

ROUNDS = 12
SEED = 1121
KILL_AFTER = (0.05, 0.6)  # seconds into a burst of saves
BURST_LIMIT = 5.0  # seconds; the kill always comes first


def save_request(base: str, marks: dict, notes: str) -> dict:
    """The body the session page's autosave posts when its answers change."""
    return {
        "base": base,
        "draft": {
            "selected": list(marks),
            "intensities": {r: i for r, (i, _) in marks.items()},
            "qualities": {r: q for r, (_, q) in marks.items()},
            "notes": notes,
        },
    }


def post_save(base: str, visit_id: int, body: dict) -> dict:
    request = urllib.request.Request(
        f"{base}/sessions/{visit_id}/autosave",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        if response.status != 200:
            raise AssertionError(f"the save was answered {response.status}")
        return json.load(response)


def random_marks(rng: random.Random, regions: list[str]) -> dict:
    qualities = list(QUALITIES)
    return {
        region: (rng.randint(0, 10), rng.sample(qualities, rng.randint(0, 3)))
        for region in rng.sample(regions, rng.randint(8, 14))
    }


def stored(url: str, visit_id: int, known: Vocabulary) -> tuple[int, Chart, str]:
    """The session as the database holds it, read while no server runs, and its fingerprint."""
    engine = store.make_engine(url)
    try:
        with store.session_factory(engine)() as session:
            visit = store.get_visit(session, visit_id)
            chart = store.visit_chart(visit, known)
            held = fingerprint(chart, visit.notes)
            return visit.version, chart_key(chart.to_json(), visit.notes), held
    finally:
        engine.dispose()


def integrity(url: str) -> str:
    engine = store.make_engine(url)
    try:
        with engine.connect() as connection:
            return ", ".join(row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check"))
    finally:
        engine.dispose()


def test_crash001_acknowledged_saves_survive_sigkill(tmp_path, vocabulary):
    url = f"sqlite:///{tmp_path / 'painmap.db'}"
    log = tmp_path / "server.log"
    rng = random.Random(SEED)
    regions = sorted(vocabulary.regions)
    first = {"version": 1, "marks": [], "activities": ["sitting", "driving"]}
    engine = store.init_db(url)
    with store.session_factory(engine).begin() as session:
        patient = store.create_patient(session, "Crash Test")
        visit = store.create_visit(session, patient.id, date(2026, 3, 2), copy_previous=False)
        saved = PainChart(activities=tuple(first["activities"]))
        visit = store.save_visit(
            session, visit.id, visit.version, chart=saved, notes="start", known=vocabulary
        )
        visit_id, loaded = visit.id, visit.version
        base = fingerprint(store.visit_chart(visit, vocabulary), visit.notes)
    engine.dispose()
    ledger = Ledger(acknowledged=loaded, sent={loaded: chart_key(first, "start")})
    problems: list[str] = []
    interrupted = acknowledged_saves = 0

    for round_number in range(ROUNDS):
        server = Server(url, log)
        killer = threading.Timer(rng.uniform(*KILL_AFTER), server.kill)
        killer.start()
        stop_at = time.monotonic() + BURST_LIMIT
        try:
            for save in range(1_000):
                if time.monotonic() > stop_at:
                    break
                marks = random_marks(rng, regions)
                notes = f"round {round_number}, save {save}"
                ledger.sending(loaded, chart_key(first | {"marks": _as_chart(marks)}, notes))
                try:
                    answer = post_save(server.base, visit_id, save_request(base, marks, notes))
                except (OSError, http.client.HTTPException):
                    interrupted += 1
                    break
                version = answer.get("version")
                if version != loaded + 1:
                    problems.append(f"save from version {loaded} answered {answer}")
                    break
                ledger.acknowledge(version)
                acknowledged_saves += 1
                loaded, base = version, answer["base"]
        finally:
            killer.cancel()
            server.kill()

        version, chart, base = stored(url, visit_id, vocabulary)
        problems += [f"round {round_number}: {p}" for p in ledger.check(version, chart)]
        # The page reloads after a crash: what it reads back is the new floor.
        ledger.acknowledge(version)
        loaded = version

    print(f"{acknowledged_saves} saves acknowledged, {interrupted} kills mid-save")
    assert not problems, "\n".join(problems)
    assert integrity(url) == "ok"
    assert acknowledged_saves >= ROUNDS, "too few saves were acknowledged to prove anything"
    assert interrupted >= ROUNDS // 2, "too few kills landed while a save was in flight"


def _as_chart(marks: dict) -> list[dict]:
    return [{"region": r, "intensity": i, "qualities": q} for r, (i, q) in marks.items()]


def test_crash002_ledger_catches_a_lost_acknowledged_save():
    ledger = Ledger(acknowledged=2, sent={2: chart_key(_chart("a"), "one")})
    ledger.sending(2, chart_key(_chart("b"), "two"))
    ledger.acknowledge(3)
    assert ledger.check(3, chart_key(_chart("b"), "two")) == []
    assert ledger.check(2, chart_key(_chart("a"), "one")), "an acknowledged save went missing"
    ledger.sending(3, chart_key(_chart("c"), "three"))
    assert ledger.check(4, chart_key(_chart("c"), "three")) == [], "the in-flight save landed"
    assert ledger.check(4, chart_key(_chart("b"), "three")), "a save landed half-written"
    assert ledger.check(5, chart_key(_chart("c"), "three")), "a version nobody sent"


def _chart(region: str) -> dict:
    return {"version": 1, "marks": [{"region": region, "intensity": 3, "qualities": []}]}
