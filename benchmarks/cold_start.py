"""Cold start and memory of the command line, beside a baseline in the same run.

    python benchmarks/cold_start.py [--runs 15]

- `factbot ask "..."` wall time against `python -c "import yaml, rapidfuzz"` (the two
  libraries factbot builds on), runs interleaved, medians and the ratio. Measured twice:
  with the built assistant cached on disk (the normal case after the first run) and with
  the cache turned off (FACTBOT_NO_CACHE=1, the first run after an install or an edit).
- that `factbot ask` and the console never import telegram;
- peak memory (max RSS) of a console session answering the shipped questions, against the
  same baseline.

Bytecode is compiled first and the children may write it, as an installed package would.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "How much did Russians spend on Chinese platforms?"


def env(**extra: str) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment.update(extra)
    return environment


def wall(cmd: list[str], environment: dict[str, str], stdin: str | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=environment, input=stdin, capture_output=True, text=True, check=True)
    return time.perf_counter() - start


def max_rss_kb(cmd: list[str], environment: dict[str, str], stdin: str | None = None) -> int:
    """Peak resident memory of one child process, via a wrapper that reports its own."""
    wrapper = (
        "import resource, subprocess, sys, json\n"
        "p = subprocess.run(json.loads(sys.argv[1]), input=sys.stdin.read(), text=True,"
        " capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, json.dumps(cmd)],
        env=environment,
        input=stdin or "",
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    python = sys.executable
    subprocess.run(
        [python, "-m", "compileall", "-q", str(ROOT / "bot"), str(ROOT / "intents")],
        env=env(),
        check=True,
    )
    baseline_cmd = [python, "-c", "import yaml, rapidfuzz"]
    # What the installed `factbot` script runs (`python -m bot` adds runpy's own imports).
    ask_cmd = [
        python,
        "-c",
        "import sys; from bot.cli import main; sys.exit(main())",
        "ask",
        QUESTION,
    ]
    with tempfile.TemporaryDirectory() as cache:
        cached = env(FACTBOT_CACHE_DIR=cache)
        uncached = env(FACTBOT_NO_CACHE="1")
        wall(ask_cmd, cached)  # builds the cache
        times: dict[str, list[float]] = {"baseline": [], "cached": [], "uncached": []}
        for _ in range(args.runs):  # interleaved, so load on the machine hits all alike
            times["baseline"].append(wall(baseline_cmd, env()))
            times["cached"].append(wall(ask_cmd, cached))
            times["uncached"].append(wall(ask_cmd, uncached))
        base = statistics.median(times["baseline"])
        print(f"cold start, median of {args.runs} interleaved runs:")
        print(f"  python -c 'import yaml, rapidfuzz'   {base * 1000:7.1f} ms   1.00x")
        for name in ("cached", "uncached"):
            value = statistics.median(times[name])
            print(
                f"  factbot ask ({name:<8})             {value * 1000:7.1f} ms"
                f"   {value / base:4.2f}x"
            )

        probe = (
            "import sys\nsys.argv=['factbot','ask','x']\nfrom bot.cli import main\nmain()\n"
            "print(any(m.split('.')[0]=='telegram' for m in sys.modules))"
        )
        imported = (
            subprocess.run(
                [python, "-c", probe], env=cached, capture_output=True, text=True, check=True
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        print(f"  telegram imported by `factbot ask`: {imported}")

        data = yaml.safe_load((ROOT / "tests" / "questions.yaml").read_text(encoding="utf-8"))
        session = "\n".join(q["q"] for q in data["questions"]) + "\n"
        console_kb = max_rss_kb([python, "-m", "bot", "console"], cached, session)
        baseline_kb = max_rss_kb(baseline_cmd, env())
        print(
            f"peak memory (max RSS): console answering {len(data['questions'])} questions "
            f"{console_kb / 1024:.1f} MiB; python + yaml + rapidfuzz {baseline_kb / 1024:.1f} MiB"
            f" ({console_kb / baseline_kb:.2f}x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
