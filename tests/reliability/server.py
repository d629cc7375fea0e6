"""`python -m dashapp` on loopback, to be killed with SIGKILL and started again.

The servers are forked by one launcher per test process (tests/reliability/launcher.py), which
has imported PainMap and read its reference data once: each start then takes a fraction of a
second rather than the seconds a fresh interpreter needs.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
START_LIMIT = 60.0  # a hang, not a slow start on a busy machine (tests run in parallel)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Launcher:
    """The launcher process: asked for a server, it forks one and answers its process id."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.launcher"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lock = threading.Lock()
        if self.process.stdout.readline().strip() != "ready":
            self.process.kill()
            pytest.fail("the server launcher did not start (its error is above)")

    def fork(self, url: str, log: Path, port: int) -> int:
        env = {"DATABASE_URL": url, "DEMO": "false", "SECRET_KEY": "crash-test"}
        request = {"port": port, "log": str(log), "env": env}
        with self.lock:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            return int(self.process.stdout.readline())

    def stop(self) -> None:
        self.process.stdin.close()  # it stops at the end of its input
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@cache
def launcher() -> Launcher:
    started = Launcher()
    atexit.register(started.stop)
    return started


class Server:
    """`python -m dashapp` on 127.0.0.1 with the database taken from the environment; give
    `port` to start again where a killed one listened."""

    def __init__(self, url: str, log: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        log.touch()
        # A handle on the process itself: a signal through it can never reach another process
        # that later gets the same id.
        self.pidfd = os.pidfd_open(launcher().fork(str(url), log, self.port))
        self.lock = threading.Lock()
        self._wait_ready(log)

    def running(self) -> bool:
        return self.pidfd >= 0 and not select.select([self.pidfd], [], [], 0)[0]

    def _wait_ready(self, log: Path) -> None:
        deadline = time.monotonic() + START_LIMIT
        while time.monotonic() < deadline:
            if not self.running():
                pytest.fail(f"the server stopped on start:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(self.base + "/", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.05)
        self.kill()
        pytest.fail(f"the server did not answer within {START_LIMIT:g} s")

    def kill(self) -> None:
        """SIGKILL the server and wait until it is gone; safe from two threads at once (a timer
        and the test's cleanup): the one that comes second finds it gone."""
        with self.lock:
            if self.pidfd < 0:
                return
            with contextlib.suppress(ProcessLookupError):
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
            if not select.select([self.pidfd], [], [], 10)[0]:
                raise AssertionError("the server outlived SIGKILL by 10 s")
            os.close(self.pidfd)
            self.pidfd = -1
