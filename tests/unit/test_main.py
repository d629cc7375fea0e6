"""`python -m dashapp`: its command line."""

from __future__ import annotations

import os
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


def test_listening_on_all_addresses_without_sign_in_refuses_to_start(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in {"MODE", "HOST", "DATABASE_URL"}}
    environment["DATABASE_URL"] = f"sqlite:///{tmp_path / 'painmap.db'}"
    result = subprocess.run(
        [sys.executable, "-m", "dashapp", "--host", "0.0.0.0", "--port", "8123"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert result.returncode != 0
    assert "PainMap did not start" in result.stderr
    assert "accounts and sign-in" in result.stderr and "--host 127.0.0.1" in result.stderr
    assert not (tmp_path / "painmap.db").exists()
