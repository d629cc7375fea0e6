"""Settings: defaults, overridden by the environment, overridden by what create_app is given."""

from __future__ import annotations

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
}

_FROM_ENV = {
    "HOST": str,
    "DATA_DIR": Path,
    "PORT": int,
    "DEBUG": lambda v: v.strip().lower() in {"1", "true", "yes", "on"},
    "DATABASE_URL": str,
    "SECRET_KEY": str,
    "DEMO": lambda v: v.strip().lower() in {"1", "true", "yes", "on"},
}


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
    return settings
