"""The layers' import rules (docs/architecture.md), read from the source with ``ast``.

Every import counts: at the top of a module, inside a function (the lazy imports that keep
the start fast), under ``if TYPE_CHECKING:``, relative ones, and ``importlib.import_module``
or ``__import__`` with a literal name. ``from package import name`` counts as an import of
``package.name`` too, since ``name`` may be a module.

Tests and benchmarks are clients of every layer and are not scanned.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "desk_app"


@dataclass(frozen=True)
class Import:
    importer: str  # the importing module's dotted name
    target: str  # the dotted name imported
    where: str  # "desk_app/services/x.py:12"


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute name of ``from <level dots><name> import ...`` written in ``module``."""
    if level == 0:
        return name or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def imports_of(path: Path, root: Path) -> Iterator[Import]:
    module = _module_name(path, root)
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    relative = path.relative_to(root).as_posix()
    for node in ast.walk(tree):
        where = f"{relative}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, where)
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(module, is_package, node.level, node.module)
            yield Import(module, source, where)
            for alias in node.names:
                if alias.name != "*":
                    yield Import(module, f"{source}.{alias.name}", where)
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func):
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield Import(module, first.value, where)


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in {"__import__", "import_module"}
    return isinstance(func, ast.Attribute) and func.attr == "import_module"


def all_imports(root: Path, package: str = PACKAGE) -> list[Import]:
    return [
        found for path in sorted((root / package).rglob("*.py")) for found in imports_of(path, root)
    ]


def within(*packages: str) -> Callable[[str], bool]:
    """Whether a dotted name is one of ``packages`` or inside one."""
    return lambda name: any(name == p or name.startswith(p + ".") for p in packages)


def outside(*packages: str) -> Callable[[str], bool]:
    inside = within(*packages)
    return lambda name: not inside(name)


QT = within("PySide6", "shiboken6")


@dataclass(frozen=True)
class Rule:
    says: str
    importer: Callable[[str], bool]  # the modules the rule binds
    forbidden: Callable[[str], bool]  # what they may not import

    def broken_by(self, imports: list[Import]) -> list[str]:
        """ "file:line imports name", once per import statement that breaks the rule."""
        found: dict[str, str] = {}
        for item in imports:
            if self.importer(item.importer) and self.forbidden(item.target):
                found.setdefault(item.where, f"{item.where} imports {item.target}")
        return list(found.values())


def _cli_reaches_ui(name: str) -> bool:
    # The CLI starts the window (ui.app) and speaks the interface language through the
    # UI's message catalogue (ui.i18n); nothing else of the UI is its business.
    return within("desk_app.ui")(name) and not within("desk_app.ui.app", "desk_app.ui.i18n")(name)


RULES = [
    Rule(
        "no Qt below desk_app/ui: domain, db, services, printing, demo and the CLI are Qt-free",
        outside("desk_app.ui"),
        QT,
    ),
    Rule(
        "the CLI imports of the UI only the window's start and the message catalogue",
        within("desk_app.cli"),
        _cli_reaches_ui,
    ),
    Rule(
        "services never import the UI or the CLI (their clients)",
        within("desk_app.services"),
        within("desk_app.ui", "desk_app.cli"),
    ),
    Rule(
        "printing is data in, PDF out: no services, database, UI or CLI",
        within("desk_app.printing"),
        within("desk_app.services", "desk_app.db", "desk_app.ui", "desk_app.cli"),
    ),
    Rule(
        "only the CLI uses the demo builders",
        outside("desk_app.cli", "desk_app.demo"),
        within("desk_app.demo"),
    ),
    Rule(
        "the domain imports neither services, the database layer, printing nor clients",
        within("desk_app.domain"),
        within(
            "desk_app.services",
            "desk_app.db",
            "desk_app.printing",
            "desk_app.ui",
            "desk_app.cli",
            "desk_app.demo",
        ),
    ),
]


@pytest.fixture(scope="module")
def project_imports() -> list[Import]:
    return all_imports(ROOT)


def test_the_scan_sees_the_whole_package(project_imports: list[Import]) -> None:
    importers = {found.importer for found in project_imports}
    # Every layer is read (a wrong root would pass every rule without reading a file).
    for layer in ("domain", "db", "services", "printing", "ui", "cli", "demo"):
        assert any(within(f"desk_app.{layer}")(name) for name in importers), layer
    assert any(QT(found.target) for found in project_imports)  # the UI's own Qt imports


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.says)
def test_layers_keep_their_imports(rule: Rule, project_imports: list[Import]) -> None:
    assert rule.broken_by(project_imports) == [], rule.says


def _plant(root: Path, module: str, source: str) -> None:
    path = root.joinpath(*module.split(".")).with_suffix(".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    for parent in path.relative_to(root).parents:
        if parent != Path("."):
            (root / parent / "__init__.py").touch()
    path.write_text(source, encoding="utf-8")


def test_every_form_of_import_is_seen(tmp_path: Path) -> None:
    """Violations hidden as a lazy import, a TYPE_CHECKING import, a relative import, a
    ``from package import module`` and importlib are each reported."""
    _plant(
        tmp_path,
        "desk_app.services.kit.hidden",
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from desk_app.ui.kit import table_model\n"
        "def later():\n"
        "    from PySide6.QtCore import QObject\n"
        "    import importlib\n"
        "    return importlib.import_module('desk_app.demo.build')\n",
    )
    _plant(tmp_path, "desk_app.printing.slip", "from ..services import app\n")
    _plant(tmp_path, "desk_app.domain.rules", "from desk_app.db import engine\n")
    _plant(tmp_path, "desk_app.cli.kinds", "from desk_app.ui.kit import forms\n")
    _plant(tmp_path, "desk_app.cli.start", "from desk_app.ui.app import run_gui\n")
    planted = all_imports(tmp_path)
    no_qt, cli_ui, services_up, printing_down, demo_only, domain_down = (
        sorted(rule.broken_by(planted)) for rule in RULES
    )
    hidden = "desk_app/services/kit/hidden.py"
    assert no_qt == [f"{hidden}:5 imports PySide6.QtCore"]
    assert cli_ui == ["desk_app/cli/kinds.py:1 imports desk_app.ui.kit"]  # not cli/start.py
    assert services_up == [f"{hidden}:3 imports desk_app.ui.kit"]
    assert printing_down == ["desk_app/printing/slip.py:1 imports desk_app.services"]
    assert demo_only == [f"{hidden}:7 imports desk_app.demo.build"]
    assert domain_down == ["desk_app/domain/rules.py:1 imports desk_app.db"]
