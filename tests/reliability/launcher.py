"""`python -m dashapp`, ready to fork: PainMap imported and its reference data read once, then
one server forked for each request read on stdin (a JSON line: port, log, environment); the
child's process id is written back on stdout.

A fresh `python -m dashapp` spends seconds importing its libraries and reading the shipped
reference data before it serves; the crash tests start a server a dozen times. Each forked
child runs `dashapp.__main__.main` as the command does, in a session of its own, with its output
in the log and its settings from the environment. As under gunicorn --preload, what is forked
holds no database connection (create_app closes the one it used).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile

from dashapp import __main__ as command
from dashapp import create_app


def warm() -> None:
    """Import all that create_app imports and read the shipped reference data, which stays
    cached for the children (one app, on a database thrown away at once)."""
    with tempfile.TemporaryDirectory() as folder:
        create_app(
            {"DATABASE_URL": f"sqlite:///{folder}/warm.db", "SECRET_KEY": "warm", "DEMO": False}
        )


def fork_server(request: dict) -> int:
    """Fork `python -m dashapp --host 127.0.0.1 --port <port>`; return the child's id."""
    sys.stdout.flush()
    pid = os.fork()
    if pid:
        return pid
    try:
        os.setsid()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        log = os.open(request["log"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.environ.update(request["env"])
        os.environ.pop("DEBUG", None)
        command.main(["--host", "127.0.0.1", "--port", str(request["port"])])
    finally:
        os._exit(1)  # never back into the launcher's loop


def main() -> None:
    warm()
    # The kernel reaps the killed servers: no zombie is left to keep a process id taken.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    print("ready", flush=True)
    while line := sys.stdin.readline():
        print(fork_server(json.loads(line)), flush=True)


if __name__ == "__main__":
    main()
