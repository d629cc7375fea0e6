"""Settings: defaults, overridden by the environment, overridden by what create_app is given."""

from __future__ import annotations

import ipaddress
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dashapp.domain import SHIPPED_DATA

ROOT = Path(__file__).resolve().parent.parent

DEFAULTS: dict[str, Any] = {
    "HOST": "127.0.0.1",
    "PORT": 8050,
    "DEBUG": False,
    "DATABASE_URL": None,
    "SECRET_KEY": None,
    "ASSETS_DIR": ROOT / "assets",
    # The one reference-data folder (geometry, atlas, roots, sciatica, instruments).
    "DATA_DIR": SHIPPED_DATA,
    # Another drawing of the body (the tests' small one); by default DATA_DIR / "geometry".
    "GEOMETRY_DIR": None,
    # Where the embedded SQLite database lives when DATABASE_URL is not set.
    "INSTANCE_DIR": ROOT / "instance",
    "DEMO": True,
    # "local" (this computer only, no sign-in) or "clinic"; by default local when HOST is a
    # loopback address, clinic otherwise.
    "MODE": None,
}

MODES = ("local", "clinic")

_FROM_ENV = {
    "HOST": str,
    "DATA_DIR": Path,
    "PORT": int,
    "DEBUG": lambda v: v.strip().lower() in {"1", "true", "yes", "on"},
    "DATABASE_URL": str,
    "SECRET_KEY": str,
    "DEMO": lambda v: v.strip().lower() in {"1", "true", "yes", "on"},
    "MODE": lambda v: v.strip().lower(),
}


class ModeUnavailable(RuntimeError):
    """The settings ask for a mode this PainMap cannot serve safely (yet)."""


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an address to listen on) reaches this computer only."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def load_config(overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Merge defaults, the environment and explicit overrides."""
    settings = dict(DEFAULTS)
    for key, parse in _FROM_ENV.items():
        if os.environ.get(key):
            settings[key] = parse(os.environ[key])
    settings.update(overrides or {})
    unknown = set(settings) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"Unknown PainMap setting(s): {', '.join(sorted(unknown))}")
    if not settings["SECRET_KEY"]:
        settings["SECRET_KEY"] = secrets.token_hex(32)
    if not settings["GEOMETRY_DIR"]:
        settings["GEOMETRY_DIR"] = Path(settings["DATA_DIR"]) / "geometry"
    for key in ("ASSETS_DIR", "DATA_DIR", "GEOMETRY_DIR", "INSTANCE_DIR"):
        settings[key] = Path(settings[key])
    if not settings["MODE"]:
        settings["MODE"] = "local" if is_loopback(str(settings["HOST"])) else "clinic"
    if settings["MODE"] not in MODES:
        raise ValueError(f"MODE must be one of {', '.join(MODES)}, not {settings['MODE']!r}")
    return settings


def check_mode(settings: Mapping[str, Any]) -> None:
    """Refuse a clinic (network) PainMap: it would need accounts and sign-in, not built yet."""
    if settings["MODE"] != "clinic":
        return
    host = str(settings["HOST"])
    why = (
        "MODE=clinic asks for a PainMap shared with other computers"
        if is_loopback(host)
        else f"Listening on {host} makes PainMap reachable from other computers (clinic mode)"
    )
    raise ModeUnavailable(
        f"{why}, which needs accounts and sign-in; this version has neither yet. To use it on "
        "this computer only, listen on a loopback address (--host 127.0.0.1, or HOST=127.0.0.1) "
        "with MODE unset or MODE=local. MODE=local also lets PainMap listen elsewhere (e.g. in "
        "a container whose port is published on 127.0.0.1) while it answers only to "
        "localhost, 127.0.0.1 and [::1]."
    )
