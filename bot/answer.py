"""The answer object every front end shows: text for people, fields for scripts."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from bot.numbers import json_number


@dataclass
class Answer:
    question: str
    answered: bool
    text: str
    intent: str = "refuse"
    value: Decimal | None = None
    unit: str | None = None
    qualifier: str | None = None  # "up to", "more than", "about", "expected", "target"
    facts: tuple[str, ...] = ()
    confidence: float = 0.0
    suggestions: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    sources: list[tuple[str, str]] = field(default_factory=list)  # (source, clause)
    context: dict = field(default_factory=dict)
    statement: str | None = None
    reason: str | None = None  # why it was not answered (Refusal.reason); None when answered

    def explain(self) -> str:
        """The full working and every source clause: what /why shows."""
        if not self.answered:
            return "The last question was not answered, so there is no calculation to show."
        lines = [self.text.split("\n")[0], ""]
        if self.steps:
            lines.append("Calculation:")
            lines += [f"  {step}" for step in self.steps]
        else:
            lines.append("Calculation: none, the figure is stated in the article.")
        lines.append("")
        lines.append("Sources:")
        for source, clause in self.sources:
            lines.append(f"  {source}: “{clause}”")
        lines.append(f"Facts used: {', '.join(self.facts)}")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        """The JSON contract of `factbot ask --json` (documented in the README)."""
        return {
            "question": self.question,
            "answered": self.answered,
            "intent": self.intent,
            "text": self.text,
            "value": json_number(self.value) if self.value is not None else None,
            "unit": self.unit if self.value is not None else None,
            "qualifier": self.qualifier if self.value is not None else None,
            "facts": list(self.facts),
            "confidence": self.confidence,
            "suggestions": list(self.suggestions),
        }
