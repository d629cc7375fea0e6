"""`python -m dashapp`: its command line."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from dashapp.__main__ import parse_args


def test_defaults_serve_on_loopback_8050(monkeypatch):
    monkeypatch.delenv("HOST", raising=False)
    monkeypatch.delenv("PORT", raising=False)
    args = parse_args([])
    assert (args.host, args.port, args.debug) == ("127.0.0.1", 8050, False)


def test_host_and_port_flags():
    args = parse_args(["--host", "0.0.0.0", "--port", "8123"])
    assert (args.host, args.port) == ("0.0.0.0", 8123)


def test_help_runs():
    result = subprocess.run(
        [sys.executable, "-m", "dashapp", "--help"], capture_output=True, text=True, check=True
    )
    assert "--port" in result.stdout and "--host" in result.stdout


def _clinic_environment(tmp_path) -> dict[str, str]:
    environment = {
        k: v for k, v in os.environ.items() if k not in {"MODE", "HOST", "DATABASE_URL", "PORT"}
    }
    environment["DATABASE_URL"] = f"sqlite:///{tmp_path / 'painmap.db'}"
    return environment


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_listening_on_all_addresses_without_an_account_refuses_to_start(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "dashapp", "--host", "0.0.0.0", "--port", str(_free_port())],
        capture_output=True,
        text=True,
        env=_clinic_environment(tmp_path),
        timeout=60,
    )
    assert result.returncode != 0
    assert "PainMap did not start" in result.stderr
    assert "python -m dashapp.store add-user NAME --role admin" in result.stderr
    assert "--host 127.0.0.1" in result.stderr


def test_listening_on_all_addresses_with_an_account_starts(tmp_path):
    environment = _clinic_environment(tmp_path)
    subprocess.run(
        [sys.executable, "-m", "dashapp.store", "add-user", "alice", "--role", "admin"],
        input="correct horse battery\n",
        text=True,
        env=environment,
        check=True,
        timeout=60,
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "dashapp", "--host", "0.0.0.0", "--port", str(_free_port())],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=environment,
    )
    try:
        assert "PainMap is running" in server.stdout.readline()
    finally:
        server.terminate()
        server.wait(timeout=30)
