"""The assistant every front end calls: `Assistant.load().ask(question, context)`.

Loading builds everything once (fact base, calculator, matcher); asking is a pure function
of the question and the previous turn's context, so Telegram, the console and tests all
share it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from bot import cache
from bot.answer import Answer
from bot.answering import Uncheckable, UnmeasuredYear, WrongKind, build
from bot.calculator import Calculator
from bot.describe import capital, describe, suggestion
from bot.operations import UnitMismatch
from bot.refusals import EXAMPLE_FACTS, build_refusal
from intents.errors import FactBaseError
from intents.facts import FactBase
from intents.loader import load_fact_base, shipped_path
from intents.matcher import Matcher
from intents.query import Refusal
from intents.text import MAX_QUESTION_CHARS

MAX_INPUT_CHARS = 100_000  # more than this is dropped before any work
# The catch-all below logs every bug here; the test suite fails any test in which it fires,
# so an apology never hides a crash from the developers.
BUG_LOGGER = "factbot.bug"
_bugs = logging.getLogger(BUG_LOGGER)

__all__ = ["Answer", "Assistant", "FactBaseError"]


class Assistant:
    def __init__(self, base: FactBase) -> None:
        """Raises `FactBaseError` for formulas that cannot be computed."""
        self.base = base
        self.calc = Calculator(base)
        problems = self.calc.formula_problems()
        if problems:
            raise FactBaseError(problems)
        computed, converted = {}, {}
        for fact in base.facts.values():
            result = self.calc.fact(fact.id)
            quantity = result.quantity
            if fact.formula is not None and quantity is not None:
                computed[fact.id] = quantity.value
            if quantity is not None and quantity.is_money and self.calc.yuan_per_dollar:
                other = "USD" if quantity.unit == "CNY" else "CNY"
                in_other = self.calc.convert(result, other).quantity
                if in_other is not None:
                    converted[fact.id] = in_other.value
        self.matcher = Matcher(base, computed=computed, converted=converted)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Assistant:
        """Load and validate a fact base; raises `FactBaseError` listing every problem.

        The built assistant is cached on disk by content (see `bot.cache`), so the second
        start skips parsing and building."""
        source = Path(path) if path is not None else shipped_path()
        try:
            raw = source.read_bytes()
        except OSError:
            return cls(load_fact_base(source))  # reports the unreadable file as usual
        key = cache.key_for(raw)
        cached = cache.load(key)
        if isinstance(cached, cls):
            return cached
        assistant = cls(load_fact_base(source))
        cache.save(key, assistant)
        return assistant

    def ask(self, question: str, context: dict | None = None) -> Answer:
        """Answer one question; never raises for anything a user can type."""
        text = question if isinstance(question, str) else str(question)
        text = text[:MAX_INPUT_CHARS]
        try:
            # Surrounding blanks carry no meaning; left in, 500 of them filled the part
            # of the question the analysis reads and it failed (IndexError).
            answer = self._ask(text.strip(), context if isinstance(context, dict) else None)
            answer.question = text
            return answer
        except Exception:  # a bug: log it, apologise, keep serving
            _bugs.exception("failed to answer %r", text[:200])
            return Answer(
                question=text,
                answered=False,
                text="Sorry, something went wrong while answering that. Please try rephrasing.",
            )

    def _ask(self, question: str, context: dict | None, retried: bool = False) -> Answer:
        understanding = self.matcher.understand(question, context)
        result = understanding.result
        memory = understanding.memory
        if isinstance(result, Refusal):
            answer = build_refusal(self.calc, result, question)
        else:
            try:
                answer = build(self.calc, result, question)
            except (UnmeasuredYear, UnitMismatch) as exc:
                earlier = (context or {}).get("before")
                mismatch = type(exc) is UnitMismatch and result.used_context
                if mismatch and earlier and not retried:
                    # "growth?" (24.7%) then "go back, what % of retail was it?": a
                    # percentage is no part of retail, so "it" is the figure before it
                    again = self._ask(question, {**context, "last": earlier}, retried=True)
                    if again.answered:
                        return again
                if isinstance(exc, UnmeasuredYear):
                    refusal = Refusal("year", near=result.facts, years=exc.years)
                else:
                    kinds = {Uncheckable: "uncheckable", WrongKind: "kind"}
                    refusal = Refusal(
                        kinds.get(type(exc), "units"), detail=str(exc), near=result.facts
                    )
                answer = build_refusal(self.calc, refusal, question)
                # no figure was given: the last answer is still the one before
                memory = {k: v for k, v in memory.items() if k not in ("last", "before")}
                for key in ("last", "before"):
                    if (context or {}).get(key) is not None:
                        memory[key] = context[key]
                if memory.get("last") and not isinstance(exc, Uncheckable):
                    # as after the matcher's own refusals: "and in dollars?" next would
                    # continue the question refused, not convert the figure before it (a
                    # claim that could not be checked leaves its figure under discussion)
                    memory["stale"] = True
        if len(question) > MAX_QUESTION_CHARS:
            answer.text += (
                f"\n(Your question was long; I read only its first {MAX_QUESTION_CHARS} "
                "characters.)"
            )
        answer.context = memory
        return answer

    # --- what front ends show besides answers ------------------------------------------
    def help_text(self) -> str:
        return (
            "I answer questions about a 2017 article on China's cross-border e-commerce: "
            "Russian shoppers, AliExpress, Alibaba, JD, Vip, the PayPal/Ipsos survey and "
            "iResearch and Ministry of Commerce figures. Ask in plain words; I can also compute "
            "shares, ratios, differences, growth and yuan/dollar conversions between figures, "
            'and follow up on the last answer ("and in yuan?").'
        )

    def topics(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for topic, ids in self.base.topics.items():
            out[topic] = [capital(describe(self.base, self.base.facts[i])) for i in ids]
        return out

    def sources_text(self) -> str:
        used = {fact.source for fact in self.base.facts.values()}
        return "\n".join(
            f"- {source.name}" for sid, source in self.base.sources.items() if sid in used
        )

    def examples(self, n: int = 3) -> list[str]:
        ids = [i for i in EXAMPLE_FACTS if i in self.base.facts] or list(self.base.facts)
        return [suggestion(self.base, self.base.facts[i]) for i in ids[:n]]
