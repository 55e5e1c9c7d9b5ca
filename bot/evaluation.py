"""`factbot eval`: run a labelled question set and report what a reviewer needs to trust it:
accuracy per intent and per style, intent confusion, abstention precision/recall, and every
miss. A wrong value (a number stated where the label says otherwise) is counted apart: it
is the worst failure this product can have.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.answer import Answer
from bot.assistant import Assistant
from intents.query import INTENTS

REL_TOLERANCE = 0.005
EXACT_UNITS = ("CNY", "USD", "%", "ratio", "year", "years")


@dataclass
class Case:
    question: str
    label: dict
    answer: Answer
    where: str  # "question 12" or "conversation 'x' turn 2"

    @property
    def expect_refusal(self) -> bool:
        return self.label.get("intent") == "refuse"

    @property
    def correct(self) -> bool:
        if self.expect_refusal:
            return not self.answer.answered
        return self.answer.answered and self.value_matches

    @property
    def wrong_value(self) -> bool:
        """Answered with a figure or statement the label contradicts."""
        return self.answer.answered and not self.correct

    @property
    def value_matches(self) -> bool:
        label, answer = self.label, self.answer
        if "yes" in label:  # a yes/no question: the answer says which first
            first = answer.text.lstrip().split(None, 1)[0].strip(",.!").lower()
            return first == ("yes" if label["yes"] else "no")
        if "text" in label:
            # the answer's own sentences, not the "Source:" lines under them: those name the
            # source and quote the article for any figure, so "who confirmed the zones?"
            # answered "12 zones" (source line: State Council) would pass, and so would
            # another figure whose quoted sentence happens to hold the words asked for
            said = [line for line in answer.text.splitlines() if not line.startswith("Source:")]
            haystack = f"{' '.join(said)} {answer.statement or ''}".lower()
            wanted = label["text"] if isinstance(label["text"], list) else [label["text"]]
            return all(str(item).lower() in haystack for item in wanted)
        if answer.value is None or "value" not in label:
            return False
        expected, got = float(label["value"]), float(answer.value)
        # a year or a count of years is exact: 2017 is not "within 0.5%" of 2016
        dated = {str(label.get("unit", "")), answer.unit or ""} & {"year", "years"}
        if not math.isclose(got, expected, rel_tol=0 if dated else REL_TOLERANCE, abs_tol=0.01):
            return False
        return _units_agree(str(label.get("unit", "")), answer.unit or "", answer.intent)


def _units_agree(expected: str, got: str, intent: str | None = None) -> bool:
    if intent == "per_unit" and expected == "ratio":
        return True  # "8.33 warehouses per zone" is the ratio 100 / 12 a label may write
    if "/" in got:  # a rate ("CNY/USD"): a label may write it as either currency
        return expected in (*got.split("/"), "ratio", got)
    if expected in EXACT_UNITS or got in EXACT_UNITS:
        return expected == got
    return True  # two count nouns ("users" vs "consumers") name the same count


@dataclass
class Report:
    cases: list[Case] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(c.correct for c in self.cases) / len(self.cases) if self.cases else 0.0

    @property
    def wrong_values(self) -> list[Case]:
        return [c for c in self.cases if c.wrong_value]

    def render(self) -> str:
        lines = [
            f"questions: {len(self.cases)}  accuracy: {self.accuracy:.1%}  "
            f"wrong values: {len(self.wrong_values)}"
        ]
        lines += _table("by intent", self.cases, lambda c: c.label.get("intent", "?"))
        lines += _table("by style", self.cases, lambda c: c.label.get("style", "conversation"))
        lines += self._abstention()
        lines += self._confusion()
        misses = [c for c in self.cases if not c.correct]
        lines.append(f"misses ({len(misses)}):")
        for case in misses:
            got = case.answer.to_dict()
            tag = "WRONG VALUE" if case.wrong_value else "miss"
            want = case.label.get("value", case.label.get("text", "refuse"))
            lines.append(
                f"  [{tag}] {case.where}: {case.question!r}\n"
                f"      expected {case.label.get('intent')} {want} {case.label.get('unit', '')}; "
                f"got {got['intent']} {got['value']} {got['unit'] or ''}: "
                f"{case.answer.text.splitlines()[0][:110]}"
            )
        return "\n".join(lines)

    def _abstention(self) -> list[str]:
        refused = [c for c in self.cases if not c.answer.answered]
        should = [c for c in self.cases if c.expect_refusal]
        hits = [c for c in refused if c.expect_refusal]
        precision = len(hits) / len(refused) if refused else 1.0
        recall = len(hits) / len(should) if should else 1.0
        return [
            f"abstention: precision {precision:.1%} ({len(hits)}/{len(refused)}), "
            f"recall {recall:.1%} ({len(hits)}/{len(should)})"
        ]

    def _confusion(self) -> list[str]:
        pairs = Counter(
            (c.label.get("intent", "?"), c.answer.intent)
            for c in self.cases
            if c.label.get("intent") != c.answer.intent
        )
        lines = ["intent confusion (expected -> got: count):"]
        lines += [f"  {want} -> {got}: {n}" for (want, got), n in pairs.most_common()]
        return lines


def _table(title: str, cases: list[Case], key) -> list[str]:
    groups: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        groups[str(key(case))].append(case)
    lines = [f"{title}:"]
    for name in sorted(groups):
        group = groups[name]
        right = sum(c.correct for c in group)
        lines.append(f"  {name:<14} {right:>4}/{len(group):<4} {right / len(group):6.1%}")
    return lines


class LabelError(ValueError):
    """A labelled set that cannot be read."""


def load_labels(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LabelError(f"{path}: cannot read labelled questions: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("questions", []), list):
        raise LabelError(f"{path}: expected a mapping with a 'questions' list")
    labels = list(data.get("questions") or ())
    for conversation in data.get("conversations") or ():
        labels += list(conversation.get("turns") or ())
    for number, label in enumerate(labels, start=1):
        if isinstance(label, dict) and True in label:
            # YAML 1.1 reads an unquoted `yes:` key as the boolean true: the same field
            label.setdefault("yes", label.pop(True))
        if not isinstance(label, dict) or label.get("intent") not in INTENTS:
            raise LabelError(
                f"{path}: label {number}: intent must be one of {', '.join(INTENTS)}: {label!r}"
            )
    return data


def evaluate(assistant: Assistant, data: dict) -> Report:
    report = Report()
    for n, label in enumerate(data.get("questions") or (), start=1):
        question = str(label.get("q", ""))
        report.cases.append(Case(question, label, assistant.ask(question), f"question {n}"))
    for conversation in data.get("conversations") or ():
        context = None
        name = conversation.get("name", "?")
        for n, label in enumerate(conversation.get("turns") or (), start=1):
            question = str(label.get("q", ""))
            answer = assistant.ask(question, context)
            context = answer.context
            where = f"conversation {name!r} turn {n}"
            report.cases.append(Case(question, label, answer, where))
    return report
