"""Every string the interface translates is one lupdate can find: ``tr()`` and
``translate()`` never inside an f-string, where lupdate's Python parser does not look
(the string would stay English in the Chinese window while every test of the catalogue
passes)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "desk_app"
NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def hidden_calls(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _called_name(inner) in NAMES:
                    found.append(f"{name}:{inner.lineno}")
    return found


def test_no_translated_string_hides_in_an_f_string():
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        found += hidden_calls(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []


def test_the_check_sees_a_hidden_call():
    planted = "x = f\"<p>{self.tr('Select a request')}</p>\"\n"
    assert hidden_calls(planted, "planted.py") == ["planted.py:1"]
