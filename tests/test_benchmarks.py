"""The benchmark scripts refuse bad arguments with a clear message instead of a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_latency_refuses_fewer_than_two_rounds():
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "latency.py"), "--rounds", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--rounds must be at least 2" in done.stderr
    assert "Traceback" not in done.stderr
