"""Evaluates facts and formulas into quantities with their working and the facts they used.

Formulas are evaluated on demand and memoised: the fact base is immutable once loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from bot import operations
from bot.numbers import written
from bot.quantity import Quantity, combine
from intents.errors import Problem
from intents.facts import Fact, FactBase


@dataclass(frozen=True)
class Result:
    """A computed figure (or a statement), the lines of working, and every fact used."""

    quantity: Quantity | None
    statement: str | None
    steps: tuple[str, ...]
    fact_ids: tuple[str, ...]


def _merge_ids(*groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for group in groups for i in group))


class Calculator:
    def __init__(self, base: FactBase) -> None:
        self.base = base
        self._memo: dict[str, Result] = {}
        self.yuan_per_dollar = self._implied_rate()

    def _implied_rate(self) -> Decimal | None:
        """Yuan per dollar from the first amount the base gives in both currencies."""
        for fact in self.base.facts.values():
            other = self.base.facts.get(fact.equals or "")
            if other and fact.unit == "CNY" and other.unit == "USD" and other.value and fact.value:
                return fact.value / other.value  # type: ignore[operator]
        return None

    def formula_problems(self) -> list[Problem]:
        """A formula that cannot be computed (a statement as an operand, a share that is
        not a percentage, a zero whole) is a fact-base error at load time, as `factbot
        check` reports, rather than a failure the first time someone asks."""
        problems = []
        for fact in self.base.facts.values():
            if fact.formula is None:
                continue
            try:
                self.fact(fact.id)
            except operations.UnitMismatch as exc:
                message = f"fact '{fact.id}': formula {fact.formula} cannot be computed: {exc}"
                problems.append(Problem(self.base.path, fact.line, message))
        return problems

    def fact(self, fact_id: str) -> Result:
        if fact_id not in self._memo:
            self._memo[fact_id] = self._evaluate(self.base.facts[fact_id])
        return self._memo[fact_id]

    def _evaluate(self, fact: Fact) -> Result:
        if fact.formula is None:
            if fact.is_text:
                return Result(None, str(fact.value), (), (fact.id,))
            unit = fact.unit or ""
            quantity = Quantity.of(fact.value, unit, fact.qualifier)  # type: ignore[arg-type]
            return Result(quantity, None, (), (fact.id,))
        first, second = (self.fact(arg) for arg in fact.formula.args)
        return self._combined(fact.formula.op, first, second, fact.id)

    def _combined(self, op: str, first: Result, second: Result, own_id: str | None) -> Result:
        step = self.apply(op, first, second)
        share = self._share_of(second, first)
        if op == "difference" and share is not None:
            # The remainder of a whole after a share of that same whole is (100% - p) of it:
            # it grows with the whole and shrinks as the share grows. 20% of "up to $4.3
            # billion" is "up to"; 28,000 less "up to 21%" of them is "more than".
            bounds = combine([(first.quantity, 1), (share, -1)], step.result.value, "")
            result = replace(step.result, bound=bounds.bound, approx=bounds.approx)
            working = f"{step.working.rsplit(' = ', 1)[0]} = {written(result)}"
            step = operations.Step(result, working)
        ids = _merge_ids((own_id,) if own_id else (), first.fact_ids, second.fact_ids)
        return Result(step.result, None, (*first.steps, *second.steps, step.working), ids)

    def _share_of(self, part: Result, whole: Result) -> Quantity | None:
        """The percentage `part` was computed as, when it is a share of exactly `whole`."""
        if not part.fact_ids or not whole.fact_ids:
            return None
        fact = self.base.facts.get(part.fact_ids[0])
        if fact is None or fact.formula is None or fact.formula.op != "share_of":
            return None
        if fact.formula.args[1] != whole.fact_ids[0]:
            return None
        return self.fact(fact.formula.args[0]).quantity

    def apply(self, op: str, first: Result, second: Result) -> operations.Step:
        """Apply a binary operation; raises `UnitMismatch` with a reason."""
        if first.quantity is None or second.quantity is None:
            raise operations.UnitMismatch("statements without a number cannot be computed")
        if op == "cagr":
            years = self._years_between(first, second)
            return operations.cagr(first.quantity, second.quantity, years)
        self._same_kind_of_count(op, first.quantity, second.quantity)
        a, b = self._same_currency(op, first.quantity, second.quantity)
        return operations.BINARY[op](a, b)

    def _same_kind_of_count(self, op: str, a: Quantity, b: Quantity) -> None:
        """Countries are no share, difference, growth or sum of users: a part and its whole
        count the same kind of thing. A ratio of two kinds is a figure per unit (buyers
        per country), so it is left alone."""
        if op not in ("percent", "difference", "growth", "sum"):
            return
        kinds = self.base.count_kinds
        first, second = kinds.get(a.unit), kinds.get(b.unit)
        if first and second and first != second:
            raise operations.UnitMismatch(
                f"{a.unit} and {b.unit} count different things ({first} and {second}): "
                "a share, difference, growth or sum needs two counts of the same kind"
            )

    def complement(self, share: Result) -> Result:
        """100% minus a share: the part of the whole the share leaves out."""
        if share.quantity is None:
            raise operations.UnitMismatch("a statement has no remainder")
        step = operations.complement(share.quantity)
        return Result(step.result, None, (*share.steps, step.working), share.fact_ids)

    def combine(self, op: str, first: Result, second: Result) -> Result:
        """An on-demand computation between two computed figures."""
        return self._combined(op, first, second, None)

    def _years_between(self, first: Result, second: Result) -> int:
        start = self.base.facts[first.fact_ids[0]].year
        end = self.base.facts[second.fact_ids[0]].year
        if start is None or end is None:
            raise operations.UnitMismatch("compound growth needs a year for both figures")
        return end - start

    def _same_currency(self, op: str, a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
        """Yuan against dollars: bring the second into the first's currency when asked to
        compare them (the rate is the article's own)."""
        if op == "rate" or not (a.is_money and b.is_money) or a.unit == b.unit:
            return a, b
        if self.yuan_per_dollar is None:
            return a, b
        return a, operations.convert(b, a.unit, self.yuan_per_dollar).result

    def convert(self, result: Result, currency: str) -> Result:
        if result.quantity is None or self.yuan_per_dollar is None:
            raise operations.UnitMismatch("only money can be converted")
        step = operations.convert(result.quantity, currency, self.yuan_per_dollar)
        return Result(step.result, None, (*result.steps, step.working), result.fact_ids)
