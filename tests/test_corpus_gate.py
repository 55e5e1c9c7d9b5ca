"""The labelled corpus (sets written by different authors from the article alone) is a
ratchet: no change may lower a set's accuracy or add a wrong figure. See tests/corpus/README.md."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.evaluation import evaluate, load_labels

CORPUS = Path(__file__).with_name("corpus")
GATE = yaml.safe_load((CORPUS / "gate.yaml").read_text(encoding="utf-8"))
SETS = sorted(p for p in CORPUS.glob("*.yaml") if p.name != "gate.yaml")


def test_the_corpus_is_large_varied_and_gated():
    questions, conversations, refusals, near = 0, 0, 0, 0
    for path in SETS:
        data = load_labels(path)
        questions += len(data["questions"])
        conversations += len(data["conversations"])
        refusals += sum(q["intent"] == "refuse" for q in data["questions"])
        near += sum(q.get("style") == "near-miss" for q in data["questions"])
    assert questions >= 2000 and conversations >= 40
    assert refusals >= 0.3 * questions and near >= refusals / 2
    assert {p.name for p in SETS} == set(GATE)


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_no_set_gets_worse(assistant, path):
    report = evaluate(assistant, load_labels(path))
    gate = GATE[path.name]
    wrong = [f"{c.where}: {c.question!r}" for c in report.wrong_values]
    assert len(wrong) <= gate["max_wrong"], "\n".join(wrong)
    assert report.accuracy >= gate["min_accuracy"], f"{report.accuracy:.3f}"
