"""Dependencies point one way: front ends -> answering -> understanding -> facts. Checked
by walking the imports of every module, so a shortcut cannot creep in unnoticed."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_understanding_never_imports_answering_or_telegram():
    for path in _modules("intents"):
        bad = {m for m in _imports(path) if m.split(".")[0] in ("bot", "telegram")}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_only_the_telegram_front_end_imports_telegram():
    for path in _modules("bot"):
        if "telegram_app" in path.parts:
            continue
        bad = {m for m in _imports(path) if m.split(".")[0] == "telegram"}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_telegram_package_entry_does_not_import_telegram_at_import_time():
    init = ROOT / "bot" / "telegram_app" / "__init__.py"
    top_level = {
        m
        for node in ast.parse(init.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for m in (
            [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
        )
    }
    assert not {m for m in top_level if m.split(".")[0] == "telegram"}
