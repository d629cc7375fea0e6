"""Reading docs/clinical-cases.md: its tables are the case suite, so the document and the test
cannot drift apart. Anything the grammar does not know is an error naming the case."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.strokes import down_the_middle

DOC = Path(__file__).resolve().parents[2] / "docs" / "clinical-cases.md"
CASE_COLUMNS = ["id", "drawing", "answers", "findings", "expected", "source"]
NOTHING = "—"
SIDES = ("left", "right")
LIST_ANSWERS = ("weakness", "activities")
DRAWN = "drawn "


@dataclass(frozen=True)
class Expected:
    """What the reference leads us to expect; None where a case says nothing."""

    flags: dict[str, str | None] | None = None
    gate_open: bool | None = None
    leaning: str | None = None
    both_present: bool | None = None
    asks: tuple[str, ...] | None = None
    # the standing warnings shown beside the muscles, in order (cauda_equina, cervical_cord...)
    callouts: tuple[str, ...] | None = None
    muscle: tuple[str, str, int] | None = None
    root: tuple[str, str] | None = None
    # positives of Wainner's four tests, and the post-test probability in % (None: none given)
    cpr: tuple[int, int | None] | None = None


@dataclass(frozen=True)
class Case:
    id: str
    section: str
    body: dict[str, Any]
    expected: Expected
    sources: tuple[str, ...] = field(default=())


def read_cases(doc: Path = DOC) -> list[Case]:
    """Every case of the document, with the baseline answers and presets applied."""
    tables = _tables(doc.read_text(encoding="utf-8"))
    baseline = {row[0]: row[1] for row in tables.pop("Baseline answers")}
    presets = {row[0]: row[1] for row in tables.pop("Presets")}
    cases = []
    for section, rows in tables.items():
        for row in rows:
            if len(row) != len(CASE_COLUMNS):
                raise ValueError(f"{section}: a case row has {len(row)} cells: {row}")
            try:
                cases.append(_case(section, row, baseline, presets))
            except (ValueError, KeyError) as problem:
                raise ValueError(f"case {row[0]}: {problem}") from None
    return cases


def _tables(text: str) -> dict[str, list[list[str]]]:
    """Markdown tables by the heading above them, header and rule rows left out."""
    tables: dict[str, list[list[str]]] = {}
    heading = ""
    for line in text.splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if set(cells[0]) <= {"-", " "} or cells[0] in ("id", "question", "name"):
                continue
            tables.setdefault(heading, []).append(cells)
    return tables


def _case(section: str, row: list[str], baseline: dict, presets: dict) -> Case:
    case_id, drawing, answers, findings, expected, source = row
    given = _pairs(_expand(answers, presets))
    activities = given.pop("activities", "")
    # `question=` with nothing after it leaves that baseline answer unanswered
    merged = {k: v for k, v in {**baseline, **given}.items() if v != ""}
    body: dict[str, Any] = {
        "marks": _drawing(drawing),
        "strokes": _strokes(drawing),
        "activities": _keys(activities),
        "answers": {
            k: _keys(v) if k in LIST_ANSWERS and v != "none" else ([] if k in LIST_ANSWERS else v)
            for k, v in merged.items()
        },
    }
    if findings != NOTHING:
        body["findings"] = _findings(_pairs(_expand(findings, presets)))
    keys = tuple(k.strip() for k in source.split(","))
    return Case(case_id, section, body, _expected(expected), keys)


def _expand(cell: str, presets: dict[str, str]) -> str:
    if cell == NOTHING:
        return ""
    parts = [p.strip() for p in cell.split(",")]
    return ", ".join(presets[p[1:]] if p.startswith("@") else p for p in parts)


def _pairs(cell: str) -> dict[str, str]:
    pairs = {}
    for part in filter(None, (p.strip() for p in cell.split(","))):
        key, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"{part!r} is not key=value")
        pairs[key.strip()] = value.strip()
    return pairs


def _keys(value: str) -> list[str]:
    return [k for k in value.split("+") if k]


def _drawing(cell: str) -> dict[str, dict[str, Any]]:
    marks = {}
    for part in _parts(cell, drawn=False):
        words = part.split()
        if not 1 <= len(words) <= 3:
            raise ValueError(f"drawing {part!r} is not 'region intensity qualities'")
        mark: dict[str, Any] = {"intensity": int(words[1]) if len(words) > 1 else None}
        mark["qualities"] = _keys(words[2]) if len(words) > 2 else []
        marks[words[0]] = mark
    return marks


def _strokes(cell: str) -> list[dict[str, Any]]:
    """`drawn region intensity qualities`: a stroke down the middle of that area, not a mark."""
    strokes = []
    for part in _parts(cell, drawn=True):
        words = part.split()[1:]
        if not 2 <= len(words) <= 3:
            raise ValueError(f"drawing {part!r} is not 'drawn region intensity qualities'")
        qualities = _keys(words[2]) if len(words) > 2 else []
        strokes.append(down_the_middle(words[0], qualities, int(words[1])))
    return strokes


def _parts(cell: str, *, drawn: bool) -> list[str]:
    parts = filter(None, (p.strip() for p in _expand(cell, {}).split(",")))
    return [p for p in parts if p.startswith(DRAWN) == drawn]


def _findings(pairs: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {"left": {}, "right": {}}
    for key, value in pairs.items():
        where, dot, name = key.partition(".")
        if not dot:
            out[key] = value
            continue
        if where not in (*SIDES, "both"):
            raise ValueError(f"findings {key!r}: say left, right or both")
        read: Any = value
        if name == "slr_angle":
            read = int(value)
        elif name == "slr_leg_pain":
            read = {"yes": True, "no": False}[value]
        for side in SIDES if where == "both" else (where,):
            out[side][name] = read
    return out


FLAG = re.compile(r"^(\w+)(?: \((\w+)\))?$")
MUSCLE = re.compile(r"^(\w+) (left|right) top (\d+)$")
ROOT = re.compile(r"^([CTLS]\d) (left|right)$")  # C2 to T2, L1 to S2
CPR = re.compile(r"^([0-4])(?: \((\d+)%\))?$")


def _expected(cell: str) -> Expected:
    values: dict[str, Any] = {}
    for part in (p.strip() for p in cell.split(";")):
        what, _, rest = part.partition(" ")
        if what == "flags":
            values["flags"] = {} if rest == "none" else _flags(rest)
        elif what == "gate":
            values["gate_open"] = {"open": True, "closed": False}[rest]
        elif what == "leaning":
            if rest not in ("nerve_root", "referred_muscle", "mixed"):
                raise ValueError(f"unknown leaning {rest!r}")
            values["leaning"] = rest
        elif part == "both present":
            values["both_present"] = True
        elif what == "callouts":
            values["callouts"] = tuple(c.strip() for c in rest.split(","))
        elif what == "asks":
            values["asks"] = () if rest == "none" else tuple(q.strip() for q in rest.split(","))
        elif what == "muscle" and (m := MUSCLE.match(rest)):
            values["muscle"] = (m[1], m[2], int(m[3]))
        elif what == "root" and (m := ROOT.match(rest)):
            values["root"] = (m[1], m[2])
        elif what == "cpr" and (m := CPR.match(rest)):
            values["cpr"] = (int(m[1]), int(m[2]) if m[2] else None)
        else:
            raise ValueError(f"cannot read the expectation {part!r}")
    return Expected(**values)


def _flags(text: str) -> dict[str, str | None]:
    flags = {}
    for part in (p.strip() for p in text.split(",")):
        m = FLAG.match(part)
        if not m:
            raise ValueError(f"cannot read the flag {part!r}")
        flags[m[1]] = m[2]
    return flags
