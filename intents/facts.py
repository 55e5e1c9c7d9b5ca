"""The fact model shared by understanding (`intents`) and answering (`bot`).

It lives here, below both, so that `intents` never has to import `bot`. Values are
`Decimal` in absolute units (4.3 billion is 4300000000) so arithmetic stays exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}
BASE_UNITS = ("CNY", "USD", "%", "year", "years")
QUALIFIERS = ("up to", "more than", "over", "about", "expected", "target")
# The qualifiers that make a figure a bound, and which side of the true value it is on.
BOUND_SIDES = {"up to": "upper", "more than": "lower", "over": "lower"}

# Operations a formula may name: operation -> names of its two operands.
OPERATIONS: dict[str, tuple[str, str]] = {
    "share_of": ("share", "whole"),
    "percent": ("part", "whole"),
    "ratio": ("numerator", "denominator"),
    "difference": ("minuend", "subtrahend"),
    "growth": ("start", "end"),
    "cagr": ("start", "end"),
    "implied_whole": ("part", "share"),
    "before_growth": ("value", "growth"),
    "rate": ("amount", "same_amount"),
}
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
FORMULA_PATTERN = re.compile(r"^\s*(\w+)\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*$")


def iso_date(period: str | None) -> tuple[str, int, int] | None:
    """("April", 10, 2017) for a period written as an ISO date ("2017-04-10"), else None."""
    if period and len(period) == 10 and period[4] == "-" and period[:4].isdigit():
        year, month, day = period.split("-")
        return MONTHS[int(month) - 1], int(day), int(year)
    return None


_PERIOD_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def years_in(text: str | None) -> list[int]:
    """The years a period or a sentence names ("12 months to April 2017", "In 2010, ...")."""
    return [int(y) for y in _PERIOD_YEAR.findall(text or "")]


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    line: int = 0
    kinds: tuple[str, ...] = ()  # what it is, as a list question names it ("research firm")


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    topic: str = ""
    parent: str | None = None  # a group this entity belongs to (AliExpress -> Alibaba)
    line: int = 0
    kinds: tuple[str, ...] = ()  # what it is, as a list question names it ("platform")


@dataclass(frozen=True)
class Formula:
    op: str
    args: tuple[str, str]

    def __str__(self) -> str:
        return f"{self.op}({', '.join(self.args)})"


@dataclass(frozen=True)
class Fact:
    """One figure or statement; `value` is None for formulas until evaluated."""

    id: str
    entity: str
    measure: str
    source: str
    keywords: tuple[str, ...] = ()
    value: Decimal | str | None = None
    unit: str | None = None
    qualifier: str | None = None
    period: str | None = None
    clause: str | None = None
    of: str | None = None
    equals: str | None = None
    formula: Formula | None = None
    # "keywords": a statement found only by its measure and keywords, never by the words
    # of its value ("an internet market consultancy" answers "how is iResearch described",
    # not "who invented the internet")
    found_by: str = "words"
    # "unnamed": things the statement mentions without naming or describing them ("related
    # regulations"): "what regulations?" is not answered by saying there were some
    unnamed: tuple[str, ...] = ()
    line: int = 0

    @property
    def is_text(self) -> bool:
        return isinstance(self.value, str)

    @property
    def period_years(self) -> list[int]:
        """The four-digit years its period names, in order ("2015-2016" -> 2015, 2016)."""
        return years_in(self.period)

    @property
    def year(self) -> int | None:
        """The last four-digit year of the period ("12 months to April 2017" -> 2017)."""
        years = self.period_years
        return years[-1] if years else None

    @property
    def spans_years(self) -> bool:
        """A period of several years ("2015-2016"): no event of one year."""
        return len(self.period_years) > 1

    @property
    def is_forecast(self) -> bool:
        return self.qualifier in ("expected", "target")


@dataclass
class FactBase:
    """The loaded, validated knowledge. Built once by `intents.loader`."""

    path: str
    facts: dict[str, Fact]
    entities: dict[str, Entity]
    sources: dict[str, Source]
    counts: tuple[str, ...] = ()
    count_kinds: dict[str, str] = field(default_factory=dict)  # "users" -> "people"
    topics: dict[str, list[str]] = field(default_factory=dict)
    _series: dict | None = field(default=None, repr=False)

    def fact(self, fact_id: str) -> Fact:
        return self.facts[fact_id]

    def series(self, fact: Fact) -> list[Fact]:
        """Facts measuring the same thing of the same entity in other periods."""
        if self._series is None:
            index: dict[tuple[str, str], list[Fact]] = {}
            for other in self.facts.values():
                index.setdefault((other.entity, other.measure), []).append(other)
            self._series = index
        return self._series.get((fact.entity, fact.measure), [])

    def years(self, fact: Fact, loosely: bool = True) -> frozenset[int]:
        """Years a question may name for this fact: its own period (a "12 months to April
        2017" period also covers "last year", 2016, unless `loosely` is off: "in 2016",
        typed, is the calendar year) or, for a formula, its operands' years."""
        years: set[int] = set()
        if fact.year is not None:
            years.add(fact.year)
            if loosely and "12 months" in (fact.period or ""):
                years.add(fact.year - 1)
        elif fact.formula:
            for arg in fact.formula.args:
                if arg in self.facts and arg != fact.id:
                    years |= self.years(self.facts[arg], loosely)
        return frozenset(years)

    @property
    def formula_count(self) -> int:
        return sum(1 for fact in self.facts.values() if fact.formula)
