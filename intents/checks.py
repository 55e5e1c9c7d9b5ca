"""Checks on the best reading once chosen: a near tie between two figures, and a year the
chosen figure does not cover (swap in the same measure for that year, or refuse saying
what the article has).

A mixin of `Ranker`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intents.analysis import Analysis
from intents.query import Refusal

if TYPE_CHECKING:
    from intents.readings import Reading

ARTICLE_YEAR = 2017


class ReadingChecks:
    """Needs `self.vocab`, `self.base` and `self.depends` (a `Ranker` has them)."""

    def tie(self, readings: list[Reading]) -> tuple[str, ...]:
        """Two best single readings equally good, neither the basis of the other."""
        best = readings[0]
        if best.op is not None or len(readings) < 2:
            return ()
        rivals = [
            r
            for r in readings[1:]
            if r.op is None and not r.uncovered and abs(r.score - best.score) < 1e-9
        ]
        ids = [best.facts[0]] + [r.facts[0] for r in rivals]
        if len(ids) < 2:
            return ()
        for candidate in ids:
            others = [i for i in ids if i != candidate]
            if all(candidate in self.depends.get(o, ()) for o in others):
                readings.insert(
                    0,
                    readings.pop(
                        readings.index(next(r for r in readings if r.facts[0] == candidate))
                    ),
                )
                return ()
        return tuple(ids[:3])

    def year_problem(self, reading: Reading, a: Analysis) -> Refusal | None:
        """A year the chosen fact does not cover: swap in the same measure for that year,
        or refuse saying which period the article does give."""
        if not a.years or (reading.op and reading.op.startswith("series-")):
            return None
        asked = set(a.years)
        for fact_id in reading.facts:
            fact = self.base.facts[fact_id]
            if fact.unit == "year" and fact.value in asked:
                continue
            years = self.vocab.terms[fact_id].years or frozenset({ARTICLE_YEAR})
            if years & asked and not self._a_calendar_year_typed(fact_id, years & asked, a):
                continue
            swap = self._sibling(fact_id, asked)
            if swap:
                reading.facts = tuple(swap if f == fact_id else f for f in reading.facts)
                continue
            if len(reading.facts) > 1 and asked & self._years_of_others(reading, fact_id):
                continue  # "2016 online shopping vs the 2018 forecast": the year is the other's
            return Refusal("year", near=(fact_id,), years=tuple(sorted(asked)))
        return None

    def _a_calendar_year_typed(self, fact_id: str, covered: set[int], a: Analysis) -> bool:
        """ "Active users who made purchases in 2016", the year typed: the calendar year,
        which the 12 months to April 2017 are not (though "last year" loosely is)."""
        typed = {y for i, y in a.year_at.items() if i < len(a.raw) and a.raw[i].isdigit()}
        strict = self.base.years(self.base.facts[fact_id], loosely=False)
        return bool(strict) and covered <= typed and not covered & strict

    def _years_of_others(self, reading: Reading, fact_id: str) -> frozenset[int]:
        years: frozenset[int] = frozenset()
        for other in reading.facts:
            if other != fact_id:
                years |= self.vocab.terms[other].years
                fact = self.base.facts[other]
                if fact.unit == "year" and fact.value is not None and not fact.is_text:
                    years |= {int(fact.value)}  # a date: "as of 2017", the article's own
        return years

    def _sibling(self, fact_id: str, years: set[int]) -> str | None:
        for other in self.base.series(self.base.facts[fact_id]):
            if other.id == fact_id:
                continue  # itself, which was found not to cover the year
            if other.id in self.vocab.terms and self.vocab.terms[other.id].years & years:
                return other.id
        return None
