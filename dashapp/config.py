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
    # Clinic mode: PainMap runs behind one TLS reverse proxy (nginx, Caddy) and trusts its
    # X-Forwarded-For, -Proto, -Host and -Port headers.
    "BEHIND_PROXY": False,
    # Clinic mode: minutes without a request after which a signed-in person is signed out.
    "IDLE_MINUTES": 30,
    # Clinic mode: parts open without sign-in (none by default); see PUBLIC_CHOICES.
    "PUBLIC_PAGES": (),
}

MODES = ("local", "clinic")
# What clinic mode may open to everyone: none of them shows or changes a saved patient.
PUBLIC_CHOICES = ("walk-in", "atlas", "roots", "consult", "api")

_FROM_ENV = {
    "HOST": str,
    "DATA_DIR": Path,
    "PORT": int,
    "DEBUG": lambda v: v.strip().lower() in {"1", "true", "yes", "on"},
    "DATABASE_URL": str,
    "SECRET_KEY": str,
    "DEMO": lambda v: v.strip().lower() in {"1", "true", "yes", "on"},
    "MODE": lambda v: v.strip().lower(),
    "BEHIND_PROXY": lambda v: v.strip().lower() in {"1", "true", "yes", "on"},
    "IDLE_MINUTES": int,
    "PUBLIC_PAGES": lambda v: tuple(p.strip().lower() for p in v.split(",") if p.strip()),
}


class ModeUnavailable(RuntimeError):
    """The settings ask for a mode this PainMap cannot serve safely: clinic mode without an
    account to sign in with."""


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
    settings["PUBLIC_PAGES"] = tuple(settings["PUBLIC_PAGES"])
    unknown = sorted(set(settings["PUBLIC_PAGES"]) - set(PUBLIC_CHOICES))
    if unknown:
        raise ValueError(
            f"PUBLIC_PAGES may name {', '.join(PUBLIC_CHOICES)}; not {', '.join(unknown)}"
        )
    if int(settings["IDLE_MINUTES"]) < 1:
        raise ValueError("IDLE_MINUTES must be 1 or more")
    return settings


ADD_USER = "python -m dashapp.store add-user NAME --role admin"


def check_mode(settings: Mapping[str, Any], accounts: int) -> None:
    """Refuse a clinic (network) PainMap while its database has no account to sign in with."""
    if settings["MODE"] != "clinic" or accounts > 0:
        return
    host = str(settings["HOST"])
    why = (
        "MODE=clinic asks for a PainMap shared with other computers"
        if is_loopback(host)
        else f"Listening on {host} makes PainMap reachable from other computers (clinic mode)"
    )
    raise ModeUnavailable(
        f"{why}, where everyone signs in, and its database has no account yet. Create the "
        f"first one (an admin, who can then add the others) with:\n\n    {ADD_USER}\n\n"
        "then start PainMap again. To use it on this computer only, without sign-in, listen "
        "on a loopback address (--host 127.0.0.1, or HOST=127.0.0.1) with MODE unset or "
        "MODE=local."
    )
