"""dash_bodymap is a package of its own: nothing in it may know about the app that uses it."""

from __future__ import annotations

import re
from pathlib import Path

import dashapp

PROJECT = Path(dashapp.__file__).resolve().parent.parent / "dash_bodymap"
# Installed dependencies and build output are not part of the package's sources.
SKIPPED = {"node_modules", "build", "__pycache__"}
CHECKED = {".py", ".js", ".mjs", ".css", ".json", ".toml", ".md"}
APP_NAMES = re.compile(r"dashapp|painmap|pain_map|pain-map", re.IGNORECASE)


def package_files() -> list[Path]:
    return sorted(
        path
        for path in PROJECT.rglob("*")
        if path.is_file()
        and path.suffix in CHECKED
        and not SKIPPED.intersection(path.relative_to(PROJECT).parts)
        and not any(part.endswith(".egg-info") for part in path.parts)
    )


def test_the_package_names_no_app():
    files = package_files()
    names = {path.relative_to(PROJECT).as_posix() for path in files}
    assert {"pyproject.toml", "README.md", "build.py", "src/index.js"} <= names
    assert {"dash_bodymap/__init__.py", "dash_bodymap/bodymap.min.js"} <= names
    mentions = [
        f"{path.relative_to(PROJECT)}: {match.group(0)}"
        for path in files
        for match in APP_NAMES.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not mentions, f"dash_bodymap/ mentions the app: {mentions}"
