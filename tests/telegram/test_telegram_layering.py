"""Dependencies point one way: only bot/telegram_app imports `telegram`, and importing the
package (what the CLI does for every command) or its pure modules does not."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PURE_MODULES = ("options", "config", "security", "limits", "formatting", "chatstate",
                "addressing")  # fmt: skip
MAX_MODULE_LINES = 300


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            roots.add(node.module.split(".")[0])
    return roots


def python_files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in sorted((ROOT / folder).rglob("*.py"))]


@pytest.mark.parametrize("path", python_files("bot", "intents"), ids=lambda p: p.name)
def test_only_the_telegram_package_imports_telegram(path: Path) -> None:
    inside = (ROOT / "bot" / "telegram_app") in path.parents
    pure = inside and path.stem in (*PURE_MODULES, "__init__")
    if not inside or pure:
        assert "telegram" not in imported_roots(path)


def test_importing_the_package_and_pure_modules_leaves_telegram_unloaded() -> None:
    modules = ", ".join(f"bot.telegram_app.{name}" for name in PURE_MODULES)
    code = (
        f"import sys, bot.telegram_app, {modules}\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] == 'telegram']\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


@pytest.mark.parametrize("path", python_files("bot/telegram_app"), ids=lambda p: p.name)
def test_modules_stay_small(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_MODULE_LINES
