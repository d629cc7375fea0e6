"""The house's rule: layers import only downwards, and no module imports itself in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "dashapp"

# What each layer may import from PainMap; anything not named here is refused.
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store", "config"},
    "formats": {"domain", "formats"},
    "ui": {"domain", "ui"},
    "services": {"domain", "store", "services", "config"},
    "web": {"domain", "store", "formats", "services", "config", "web"},
    "loaders": {"domain", "store", "services", "ui", "loaders"},
    "callbacks": {"domain", "store", "formats", "services", "ui", "loaders", "callbacks"},
    "pages": {"domain", "store", "formats", "services", "ui", "loaders", "pages"},
}
FRAMEWORKS = {"dash", "flask", "sqlalchemy", "dash_bodymap"}
FRAMEWORK_FREE = {"domain": FRAMEWORKS, "formats": FRAMEWORKS, "store": FRAMEWORKS - {"sqlalchemy"}}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULE_FILES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
MODULES = MODULE_FILES


def layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from package import module` uses the module, not the package's __init__.
            names = {f"{node.module}.{alias.name}" for alias in node.names}
            modules = {n for n in names if n in MODULE_FILES}
            found.update(modules or {node.module})
    return found


GRAPH = {
    name: {i for i in imports(path) if i in MODULES and i not in (name, "dashapp")}
    for name, path in MODULES.items()
}


@pytest.mark.parametrize("module", sorted(m for m in MODULES if layer(m) in ALLOWED))
def test_layers_import_only_downwards(module):
    own = layer(module)
    wrong = sorted(i for i in GRAPH[module] if layer(i) not in ALLOWED[own])
    assert not wrong, f"{module} ({own}) imports {wrong}"
    frameworks = FRAMEWORK_FREE.get(own, set())
    used = sorted(i for i in imports(MODULES[module]) if i.split(".")[0] in frameworks)
    assert not used, f"{module} ({own}) imports {used}"


def test_no_import_cycle():
    seen: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(name: str, path: list[str]) -> None:
        seen[name] = 1
        for nxt in sorted(GRAPH[name]):
            if seen.get(nxt) == 1:
                cycle = path[path.index(nxt) :] + [nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in seen:
                visit(nxt, [*path, nxt])
        seen[name] = 2

    for name in sorted(MODULES):
        if name not in seen:
            visit(name, [name])
