"""Answer latency in-process over the shipped question set, on the article's fact base and
on a generated base 100 times larger, beside a baseline measured in the same run (just
folding and splitting each question into words, the least any answer must do).

    python benchmarks/latency.py [--rounds 5] [--scale 100]

Prints p50 and p99 per question, cold (first pass: typo corrections not yet memoised) and
warm, and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml


class _NoAliases(yaml.SafeDumper):
    """Shared lists written out in full: factbot's loader refuses YAML aliases."""

    def ignore_aliases(self, data: object) -> bool:
        return True


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.assistant import Assistant  # noqa: E402
from intents.text import words  # noqa: E402

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ru",
    "ze",
    "ta",
    "vo",
    "ni",
    "pe",
    "su",
    "ga",
    "do",
    "fi",
    "le",
    "mo",
    "ra",
]


def questions() -> list[str]:
    """Every labelled question: the shipped set and the whole corpus under tests/corpus."""
    files = [ROOT / "tests" / "questions.yaml"]
    files += sorted(p for p in (ROOT / "tests" / "corpus").glob("*.yaml") if p.name != "gate.yaml")
    qs: list[str] = []
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        qs += [q["q"] for q in data["questions"]]
        for conversation in data.get("conversations", ()):
            qs += [turn["q"] for turn in conversation["turns"]]
    return qs


def pseudo_word(n: int) -> str:
    """A pronounceable made-up name, unique per n: copies must not share vocabulary."""
    out = []
    n += 1
    while n:
        n, r = divmod(n, len(SYLLABLES))
        out.append(SYLLABLES[r])
    return "".join(out).capitalize()


def scaled_base(scale: int, directory: Path) -> Path:
    """The article's base plus scale-1 renamed copies (entities, sources, facts, keywords)."""
    data = yaml.safe_load((ROOT / "facts.yaml").read_text(encoding="utf-8"))
    entities, sources, facts = dict(data["entities"]), dict(data["sources"]), list(data["facts"])
    for copy in range(1, scale):
        tag = pseudo_word(copy * 7919)
        rename = {eid: f"{eid}_{copy}" for eid in data["entities"]}
        for eid, body in data["entities"].items():
            entities[rename[eid]] = {
                "name": f"{tag}{body['name']}",
                "aliases": [f"{tag}{alias}" for alias in body.get("aliases", [])],
                "topic": f"{tag} {body.get('topic', '')}",
                **({"parent": rename[body["parent"]]} if body.get("parent") else {}),
            }
        for sid, body in data["sources"].items():
            sources[f"{sid}_{copy}"] = {"name": f"{tag} {body['name']}", "aliases": [tag]}
        for fact in data["facts"]:
            clone = dict(fact)
            clone["id"] = f"{fact['id']}_{copy}"
            clone["entity"] = rename[fact["entity"]]
            clone["source"] = f"{fact['source']}_{copy}"
            clone["keywords"] = [f"{tag} {k}" for k in fact.get("keywords", [])]
            for link in ("of", "equals"):
                if link in fact:
                    clone[link] = f"{fact[link]}_{copy}"
            if "formula" in fact:
                op, args = fact["formula"].split("(", 1)
                a, b = (x.strip() for x in args.rstrip(")").split(","))
                clone["formula"] = f"{op}({a}_{copy}, {b}_{copy})"
            facts.append(clone)
    data.update(entities=entities, sources=sources, facts=facts)
    path = directory / "facts-x100.yaml"
    text = yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def timed(fn, items: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """Microseconds per call: the first round (cold) and all later rounds (warm)."""
    cold, warm = [], []
    for round_ in range(rounds):
        for item in items:
            start = time.perf_counter_ns()
            fn(item)
            elapsed = (time.perf_counter_ns() - start) / 1000
            (cold if round_ == 0 else warm).append(elapsed)
    return cold, warm


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(name: str, values: list[float], baseline: float) -> None:
    p50, p99 = pct(values, 50), pct(values, 99)
    print(
        f"  {name:<28} p50 {p50:8.1f} us   p99 {p99:8.1f} us"
        f"   mean {statistics.fmean(values):8.1f} us"
        f"   p50/baseline {p50 / baseline:6.1f}x"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scale", type=int, default=100)
    args = parser.parse_args()
    if args.rounds < 2:
        parser.error("--rounds must be at least 2: the first pass is the cold one")
    if args.scale < 1:
        parser.error("--scale must be at least 1")
    qs = questions()
    _, base_warm = timed(words, qs, args.rounds)
    baseline = pct(base_warm, 50)
    print(
        f"{len(qs)} questions x {args.rounds} rounds; baseline (fold + split) p50 {baseline:.1f} us"
    )

    with tempfile.TemporaryDirectory() as tmp:
        for label, path in (
            ("article fact base", ROOT / "facts.yaml"),
            (f"x{args.scale} generated base", scaled_base(args.scale, Path(tmp))),
        ):
            start = time.perf_counter()
            assistant = Assistant.load(path)
            built = time.perf_counter() - start
            print(f"{label}: {len(assistant.base.facts)} facts, loaded in {built * 1000:.0f} ms")
            cold, warm = timed(assistant.ask, qs, args.rounds)
            report("cold (first pass)", cold, baseline)
            report("warm", warm, baseline)
            report("all", cold + warm, baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
