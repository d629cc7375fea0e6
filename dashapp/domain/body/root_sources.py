"""The citations behind the nerve-root layer's source keys (data/roots/sources.csv), and the
check that every key a roots, dermatome or key-point row uses is cited there."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from dashapp.domain import SHIPPED_DATA
from dashapp.domain.body.geometry import GeometryError, read_rows

ROOT_SOURCES_FILE = SHIPPED_DATA / "roots" / "sources.csv"


class RootsError(ValueError):
    """A roots file is malformed; the message names the file, the row and the problem."""


class Sourced(Protocol):
    """A row with a `;`-separated `source` cell (a Root, Dermatome or SensoryPoint)."""

    source: str


def source_keys(source: str) -> tuple[str, ...]:
    """The keys of a `source` cell: "GPN;BROM" -> ("GPN", "BROM")."""
    return tuple(k.strip() for k in source.split(";") if k.strip())


def load_root_sources(path: Path | str | None = None) -> Mapping[str, str]:
    """Load and validate data/roots/sources.csv (default: the shipped file): key -> citation."""
    path = Path(path) if path is not None else ROOT_SOURCES_FILE
    try:
        rows = read_rows(path, ("key", "citation", "url"))
    except GeometryError as err:
        raise RootsError(str(err)) from None
    out: dict[str, str] = {}
    for n, row in enumerate(rows, start=1):
        for failed, problem in (
            (not row["key"], "empty key"),
            (row["key"] in out, f"duplicate key {row['key']!r}"),
            (not row["citation"], f"key {row['key']!r} has an empty citation"),
        ):
            if failed:
                raise RootsError(f"{path}: row {n}: {problem}")
        out[row["key"]] = row["citation"]
    return MappingProxyType(out)


def check_cited(path: Path | str, rows: Iterable[Sourced], citations: Mapping[str, str]) -> None:
    """Every source key of every row has a citation, else an error naming file, row and key."""
    for n, row in enumerate(rows, start=1):
        for key in source_keys(row.source):
            if key not in citations:
                name = getattr(row, "id", None) or getattr(row, "root", "")
                raise RootsError(
                    f"{path}: row {n} ({name!r}): source key {key!r} has no citation "
                    "in the roots sources (data/roots/sources.csv)"
                )
