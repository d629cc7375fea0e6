"""Reading the atlas CSV files; every problem names the file, the row or id, the column."""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

CONFIDENCES = ("high", "medium", "low")
SNAKE = re.compile(r"[a-z][a-z0-9_]*")
SOURCE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
FLAGS = {"true": True, "false": False}


class AtlasError(ValueError):
    """A malformed atlas file; the message names the file, the row or id, the column and problem."""


@dataclass(frozen=True)
class Row:
    """One data row of an atlas file: its 1-based number, the column that names it, its cells."""

    path: Path
    number: int
    key: str
    cells: Mapping[str, str]

    def __getitem__(self, column: str) -> str:
        return self.cells[column]

    def error(self, problem: str, column: str | None = None) -> AtlasError:
        """An AtlasError for this row (and column, if given)."""
        where = f"row {self.number}"
        if self.cells.get(self.key):
            where += f" ({self.key} {self.cells[self.key]!r})"
        if column:
            where += f", column {column!r}"
        return AtlasError(f"{self.path}: {where}: {problem}")

    def text(self, column: str) -> str:
        """A cell that must not be empty."""
        if not self[column]:
            raise self.error("is empty", column)
        return self[column]

    def snake(self, column: str) -> str:
        """A snake_case key."""
        value = self.text(column)
        if not SNAKE.fullmatch(value):
            raise self.error(f"{value!r} is not a snake_case key", column)
        return value

    def choice(self, column: str, allowed: Sequence[str]) -> str:
        """A cell whose value comes from a fixed list."""
        value = self[column]
        if value not in allowed:
            raise self.error(f"{value!r} is not one of {', '.join(allowed)}", column)
        return value

    def ref(self, column: str, known: Collection[str], what: str) -> str:
        """A reference to an id defined in another file."""
        value = self.text(column)
        if value not in known:
            raise self.error(f"unknown {what} {value!r}", column)
        return value

    def items(self, column: str) -> tuple[str, ...]:
        """A ';'-separated list; empty items are refused."""
        if not self[column]:
            return ()
        parts = tuple(p.strip() for p in self[column].split(";"))
        if not all(parts):
            raise self.error(f"empty item in {self[column]!r}", column)
        return parts

    def flag(self, column: str) -> bool:
        """A true/false cell."""
        if self[column] not in FLAGS:
            raise self.error(f"{self[column]!r} is not true or false", column)
        return FLAGS[self[column]]

    def sources(self, known: Collection[str]) -> tuple[str, ...]:
        """The row's source keys: at least one, all listed in sources.csv."""
        keys = self.items("source")
        if not keys:
            raise self.error("no source given (every clinical fact needs one)", "source")
        for key in keys:
            if key not in known:
                raise self.error(f"unknown source key {key!r} (not in sources.csv)", "source")
        return keys

    def confidence(self) -> str:
        """high, medium or low."""
        return self.choice("confidence", CONFIDENCES)

    def caution(self, confidence: str) -> str:
        """Optional caution text, required when the confidence is low."""
        if confidence == "low" and not self["caution"]:
            raise self.error("low confidence needs a caution saying why", "caution")
        return self["caution"]


def read_table(path: Path, columns: Sequence[str], key: str) -> list[Row]:
    """Read one atlas CSV file, insisting on the required columns."""
    if not path.is_file():
        raise AtlasError(f"{path}: file not found")
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise AtlasError(f"{path}: header: missing column(s) {', '.join(missing)}")
        # short rows give None, extra cells land under the key None: normalise both
        return [
            Row(path, n, key, {k: (v or "").strip() for k, v in cells.items() if k})
            for n, cells in enumerate(reader, start=1)
        ]


def check_unique(rows: Iterable[Row], columns: Sequence[str], what: str) -> None:
    """Refuse a second row with the same values in `columns`."""
    seen: dict[tuple[str, ...], int] = {}
    for row in rows:
        value = tuple(row[c] for c in columns)
        if value in seen:
            raise row.error(f"duplicate {what} (first on row {seen[value]})", columns[-1])
        seen[value] = row.number
