"""Sizes that keep the code readable: a module holds one idea, a callback reads as a sentence."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "dashapp"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 300
MAX_CALLBACK_LINES = 30


def callbacks(tree: ast.AST) -> list[ast.FunctionDef]:
    """Functions registered with `app.callback(...)`."""
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and any(
            isinstance(d, ast.Call)
            and isinstance(d.func, ast.Attribute)
            and d.func.attr == "callback"
            for d in node.decorator_list
        )
    ]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_longer_than_300_lines(path):
    assert len(path.read_text().splitlines()) <= MAX_MODULE_LINES


def test_the_callbacks_are_found():
    found = [f for p in MODULES for f in callbacks(ast.parse(p.read_text()))]
    assert len(found) >= 10


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_callback_is_longer_than_30_lines(path):
    long = [
        f"{f.name}: {f.end_lineno - f.lineno + 1} lines"
        for f in callbacks(ast.parse(path.read_text()))
        if f.end_lineno - f.lineno + 1 > MAX_CALLBACK_LINES
    ]
    assert not long
