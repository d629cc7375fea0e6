"""Load: 100 people using PainMap at once on gunicorn (2 workers); target p95 <= 100 ms, no errors.

For each database (SQLite, PostgreSQL) the run:

1. makes a fresh database in a temporary folder (PostgreSQL: a throwaway cluster from Debian's
   binaries on a Unix socket, as the store tests start one) and runs `python -m dashapp.store
   init`, as README "On a clinic server" says;
2. seeds it through the store functions: per simulated user a patient with five weekly sessions
   and today's session (copied from the last), which only that user edits, plus 200 other
   patients with three sessions each;
3. starts `gunicorn --preload -w 2 -b 127.0.0.1:PORT "dashapp.wsgi:server"` in local mode
   (DEMO=false, a fixed SECRET_KEY, DATABASE_URL), and reads the callback keys the renderer
   would use from its /_dash-dependencies;
4. runs Locust (bench/load_users.py, in a process of its own) with N users thinking about 2 s
   between actions, arriving 20 a second, then S seconds more: taps on the patient map (the chart
   callback and the pattern overlay after it), autosaves of the user's own session, page loads
   (HTML, /_dash-layout, /_dash-dependencies, the page-content callback and what the page
   fetches next) and now and then a session's PDF report;
5. stops the server and reports p50/p95/p99 per request type and overall, errors and requests
   per second. The target is judged on the S seconds in which all N users are in (the steady
   state); the first N/20 seconds, while they arrive and each opens a page at once, are reported
   beside it, as is the whole run, and an error anywhere fails the run. Traffic goes to
   127.0.0.1 only.

    .venv/bin/python bench/load.py [--db sqlite|postgresql] [--users N] [--seconds S]

Without --db both databases run, one after the other. Locust runs on the same machine as the
server, so it takes some of the CPU the server would otherwise have.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from _harness import ROOT, percentile, record
from progress_page import charts

from dashapp import store
from dashapp.domain.chart import QUALITIES, restore
from tests.reference import shipped_vocabulary

TARGET_P95_MS = 100.0
USERS = 100
SECONDS = 60
SPAWN_RATE = 20
WORKERS = 2
HISTORY = 5  # past weekly sessions of each user's patient, before today's
OTHER_PATIENTS = 200
OTHER_SESSIONS = 3
SECRET_KEY = "painmap-load-bench"
# Method, path and the time the worker spent on the request (microseconds, no queueing).
ACCESS_FORMAT = "%(m)s %(U)s %(s)s %(D)s"
HERE = Path(__file__).resolve().parent
# The callbacks the users call, found in /_dash-dependencies by their first output.
CALLBACKS = {
    "pages": "_pages_content.children",
    "chart": "patient-marks.data",
    "pattern": "patient-map.highlights",
    "patients": "patients-list.children",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def database(kind: str, folder: Path):
    """A URL to a fresh, empty database of that kind, gone afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'painmap.db'}"
        return
    from tests.unit.store.conftest import Cluster  # the store tests' throwaway cluster

    cluster_folder = folder / "pg"
    cluster_folder.mkdir()
    cluster = Cluster(cluster_folder)
    cluster.start()
    try:
        yield next(cluster.database())
    finally:
        cluster.stop()


def seed(url: str, users: int, others: int = OTHER_PATIENTS) -> list[dict]:
    """Patients and sessions through the store; per user, its patient, session and draft."""
    known = shipped_vocabulary()
    engine = store.init_db(url)
    Session = store.session_factory(engine)  # noqa: N806 - named like the sessionmaker
    pool = charts(64)
    today = date.today()
    mine = []
    with Session.begin() as session:
        for number in range(users + others):
            own = number < users
            name = f"Load Patient {number:04d}" if own else f"Other Patient {number:04d}"
            patient = store.create_patient(session, name)
            past = HISTORY if own else OTHER_SESSIONS
            for week in range(past):
                when = today - timedelta(weeks=past - week)
                visit = store.create_visit(session, patient.id, when, copy_previous=False)
                chart = restore(pool[(number + week) % len(pool)], known.regions, known.activities)
                store.save_visit(
                    session, visit.id, visit.version, chart=chart.chart,
                    notes=f"Week {week + 1}.", known=known,
                )  # fmt: skip
            if own:
                visit = store.create_visit(session, patient.id, today)  # copies the last map
                session.flush()
                chart = store.visit_chart(visit, known)
                mine.append({"patient": patient.id, "visit": visit.id, "draft": draft_of(chart)})
    engine.dispose()
    return mine


def draft_of(chart) -> dict:
    """What the session page shows of a chart, as its autosave sends it."""
    return {
        "selected": list(chart.regions),
        "intensities": {m.region: m.intensity for m in chart.marks},
        "qualities": {m.region: list(m.qualities) for m in chart.marks},
        "notes": "",
    }


def server_env(url: str, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MODE"}
    env.update(
        DATABASE_URL=url, SECRET_KEY=SECRET_KEY, DEMO="false", HOST="127.0.0.1", PORT=str(port)
    )
    return env


def init_schema(url: str) -> None:
    """`python -m dashapp.store init`: create the schema, as before a server's first start."""
    subprocess.run(
        [sys.executable, "-m", "dashapp.store", "init"], cwd=ROOT, env=server_env(url, 0),
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip


@contextmanager
def gunicorn(url: str, port: int, log: Path, access_log: Path):
    """gunicorn with WORKERS workers on loopback, in local mode; stopped afterwards."""
    env = server_env(url, port)
    command = [
        sys.executable, "-m", "gunicorn", "--preload", "-w", str(WORKERS),
        "-b", f"127.0.0.1:{port}", "--access-logfile", str(access_log),
        "--access-logformat", ACCESS_FORMAT, "dashapp.wsgi:server",
    ]  # fmt: skip
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
    try:
        wait_until_up(f"http://127.0.0.1:{port}", server, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.send_signal(signal.SIGTERM)  # gunicorn stops its workers and exits
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def wait_until_up(url: str, server: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited ({server.returncode}):\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_dash-layout", timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(
        f"gunicorn did not answer within {timeout:.0f} s:\n{log.read_text()[-3000:]}"
    )


def callback_keys(url: str) -> dict[str, str]:
    """The keys (`output`) of the users' callbacks, as /_dash-dependencies gives them."""
    with urllib.request.urlopen(f"{url}/_dash-dependencies", timeout=30) as answer:
        listed = [c["output"] for c in json.load(answer)]
    keys = {}
    for name, first in CALLBACKS.items():
        found = [key for key in listed if key.startswith(f"..{first}")]
        assert len(found) == 1, f"no single callback whose first output is {first}: {found}"
        keys[name] = found[0]
    return keys


def drive(plan: dict, folder: Path) -> dict:
    """Run the Locust users (bench/load_users.py) in a process of their own."""
    plan_file, out_file = folder / "plan.json", folder / "samples.json"
    plan_file.write_text(json.dumps(plan))
    subprocess.run(
        [sys.executable, str(HERE / "load_users.py"), str(plan_file), str(out_file)],
        cwd=ROOT, check=True, timeout=plan["seconds"] + 300,
    )  # fmt: skip
    return json.loads(out_file.read_text())


def stats(times: list[float]) -> dict:
    return {
        "requests": len(times),
        "p50_ms": round(percentile(times, 50), 1) if times else None,
        "p95_ms": round(percentile(times, 95), 1) if times else None,
        "p99_ms": round(percentile(times, 99), 1) if times else None,
        "max_ms": round(max(times), 1) if times else None,
    }


def summarise(samples: list, seconds: float, arrival: float) -> dict:
    """Percentiles per request type and overall, errors, requests per second.

    `overall` is the steady state, every answer that came once all the users had arrived
    (after `arrival` seconds): the target is judged on it. `arrival` and `whole_run` give the
    first seconds, while the users are still arriving, and the run from its first request."""
    steady = [row for row in samples if row[3] >= arrival]
    by_name: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name, ms, _, _ in steady:
        by_name[name].append(ms)
    for name, _, error, _ in samples:  # an error counts wherever it happened
        if error:
            errors[name][error] += 1

    def part(rows: list) -> dict:
        return {**stats([ms for _, ms, *_ in rows]), "errors": sum(1 for r in rows if r[2])}

    return {
        "overall": {**part(steady), "errors": sum(1 for r in samples if r[2])},
        "arrival": {"seconds": arrival, **part([r for r in samples if r[3] < arrival])},
        "whole_run": part(samples),
        "requests_per_second": round(len(steady) / max(seconds - arrival, 1e-9), 1),
        "seconds": round(seconds, 1),
        "by_type": {
            name: {**stats(times), "errors": sum(errors[name].values())}
            for name, times in sorted(by_name.items(), key=lambda item: -len(item[1]))
        },
        "error_messages": {name: dict(found) for name, found in errors.items()},
        "over_time": over_time(samples),
    }


def over_time(samples: list, window: int = 10) -> list[dict]:
    """p50 and p95 of the answers that came in each `window` seconds of the run."""
    by_window: dict[int, list[float]] = defaultdict(list)
    for _, ms, _, at in samples:
        by_window[int(at // window)].append(ms)
    return [
        {
            "seconds": f"{n * window}-{(n + 1) * window}",
            "requests": len(times),
            "p50_ms": round(percentile(times, 50), 1),
            "p95_ms": round(percentile(times, 95), 1),
        }
        for n, times in sorted(by_window.items())
    ]


def server_time(access_log: str) -> dict:
    """The workers' own time per route (from gunicorn's access log): what each request costs
    once a worker has it, without the wait for a free worker."""
    by_route: dict[str, list[float]] = defaultdict(list)
    for line in access_log.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3].isdigit():
            route = re.sub(r"/\d+", "/<id>", parts[1])
            by_route[f"{parts[0]} {route}"].append(int(parts[3]) / 1000)
    busy = {route: sum(times) / 1000 for route, times in by_route.items()}
    return {
        "busy_seconds": round(sum(busy.values()), 1),
        "by_route": {
            route: {
                "requests": len(times),
                "median_ms": round(statistics.median(times), 1),
                "p95_ms": round(percentile(times, 95), 1),
                "busy_seconds": round(busy[route], 1),
            }
            for route, times in sorted(by_route.items(), key=lambda item: -busy[item[0]])
        },
    }


def run_one(kind: str, users: int, seconds: int, others: int = OTHER_PATIENTS) -> dict:
    """One run on a fresh database of that kind; the measurements, not yet recorded.

    The users arrive SPAWN_RATE a second; the run then goes on for `seconds` with all of them."""
    arrival = users / SPAWN_RATE
    # The machine is shared: how busy it was already says how far to trust the numbers.
    load_before = [round(x, 2) for x in os.getloadavg()]
    with tempfile.TemporaryDirectory(prefix="painmap-load-") as name:
        folder = Path(name)
        os.chmod(folder, 0o755)  # the PostgreSQL server user reaches its cluster folder
        with database(kind, folder) as url:
            init_schema(url)
            started = time.perf_counter()
            mine = seed(url, users, others)
            seeded = time.perf_counter() - started
            port = free_port()
            logs = folder / "gunicorn.log", folder / "access.log"
            with gunicorn(url, port, *logs) as base:
                plan = {
                    "url": base,
                    "users": mine,
                    "user_count": users,
                    "spawn_rate": SPAWN_RATE,
                    "seconds": seconds + arrival,
                    "callbacks": callback_keys(base),
                    "regions": sorted(shipped_vocabulary().regions),
                    "qualities": sorted(QUALITIES),
                }
                driven = drive(plan, folder)
            log, access = (path.read_text() for path in logs)
    result = summarise(driven["samples"], driven["seconds"], arrival)
    result["server"] = server_time(access)
    result["load_average_before"] = load_before
    result["seed_seconds"] = round(seeded, 1)
    result["server_errors_logged"] = log.count("Traceback")
    if "Traceback" in log:
        # A 500 is a defect to fix, not a number to record: show the first one.
        first = log[log.index("Traceback") :]
        print(first[: first.find("\n\n") if "\n\n" in first else 4000], file=sys.stderr)
    return result


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", choices=("sqlite", "postgresql"), action="append")
    parser.add_argument("--users", type=int, default=USERS)
    parser.add_argument("--seconds", type=int, default=SECONDS)
    args = parser.parse_args([] if argv is None else argv)  # run_all.py passes none
    kinds = args.db or ["sqlite", "postgresql"]
    runs = {kind: run_one(kind, args.users, args.seconds) for kind in kinds}
    met = {
        kind: r["overall"]["p95_ms"] <= TARGET_P95_MS and r["overall"]["errors"] == 0
        for kind, r in runs.items()
    }
    summary = "; ".join(
        f"{kind} p95 {r['overall']['p95_ms']:.0f} ms (p50 {r['overall']['p50_ms']:.0f}, "
        f"p99 {r['overall']['p99_ms']:.0f}), {r['overall']['errors']} errors, "
        f"{r['requests_per_second']:.0f} req/s; while arriving p95 "
        f"{r['arrival']['p95_ms']:.0f} ms"
        for kind, r in runs.items()
    )
    return record(
        "load",
        {
            "users": args.users,
            "seconds": args.seconds,
            "arrival_s": args.users / SPAWN_RATE,
            "think_time_s": "1.5-2.5 (2 on average)",
            "spawn_rate": SPAWN_RATE,
            "server": f"gunicorn --preload -w {WORKERS} (sync workers), local mode",
            "cpus": os.cpu_count(),
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
            "target": f"p95 <= {TARGET_P95_MS:g} ms with all users in, and no errors at all",
            "passed": all(met.values()),
            "summary": f"{args.users} users, {args.seconds} s once all are in: {summary}",
            **runs,
        },
    )


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1:])["passed"] else 1)
