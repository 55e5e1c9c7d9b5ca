"""Running the installed `factbot` command the way a user's shell or script does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def factbot_path() -> str:
    """The `factbot` script of the environment running the tests (the venv's own)."""
    beside = Path(sys.executable).with_name("factbot")
    found = str(beside) if beside.exists() else shutil.which("factbot")
    assert found, "factbot is not installed in this environment (pip install -e '.[dev]')"
    return found


def run_factbot(
    *args: str,
    stdin: bytes | str | None = None,
    cwd: Path | str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess:
    """`factbot ARGS` in a subprocess; bytes stdin gives bytes output, text gives text."""
    environment = {k: v for k, v in os.environ.items() if k != "FACTBOT_FACTS"}
    environment.update(env or {})
    return subprocess.run(
        [factbot_path(), *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        env=environment,
        timeout=timeout,
        text=isinstance(stdin, str),
    )
