"""`python -m dashapp` in a subprocess on loopback, to be killed with SIGKILL and started again."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
START_LIMIT = 60.0  # a hang, not a slow start on a busy machine (tests run in parallel)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`python -m dashapp` on 127.0.0.1 with the database taken from the environment; give
    `port` to start again where a killed one listened."""

    def __init__(self, url: str, log: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "DATABASE_URL": url, "DEMO": "false", "SECRET_KEY": "crash-test"}
        env.pop("DEBUG", None)
        with log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "dashapp", "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_ready(log)

    def _wait_ready(self, log: Path) -> None:
        deadline = time.monotonic() + START_LIMIT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
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
        """SIGKILL the server; safe from two threads at once (a timer and the test's cleanup):
        the one that comes second finds it gone."""
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
