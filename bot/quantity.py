"""Exact quantities: a `Decimal` in absolute units, a unit, and how sure the article is.

A bound ("up to" = upper, "more than" = lower) is kept as a direction so arithmetic can
carry it honestly: 80% of "up to $4.3 billion" is still "up to", while a ratio of two
"more than" figures could be anything near the quotient, so it becomes "about".
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

UPPER, LOWER = "upper", "lower"
BOUND_OF_QUALIFIER = {"up to": UPPER, "more than": LOWER, "over": LOWER}
WORD_OF_BOUND = {UPPER: "up to", LOWER: "more than"}
CURRENCIES = ("CNY", "USD")


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    unit: str
    bound: str | None = None  # UPPER or LOWER
    approx: bool = False
    forecast: str | None = None  # "expected" or "target"

    @classmethod
    def of(cls, value: Decimal, unit: str, qualifier: str | None = None) -> Quantity:
        forecast = qualifier if qualifier in ("expected", "target") else None
        return cls(
            value,
            unit,
            bound=BOUND_OF_QUALIFIER.get(qualifier or ""),
            approx=qualifier == "about",
            forecast=forecast,
        )

    @property
    def qualifier(self) -> str | None:
        """The word to put before the number, if any."""
        if self.approx:
            return "about"
        if self.bound:
            return WORD_OF_BOUND[self.bound]
        return None

    @property
    def json_qualifier(self) -> str | None:
        """The one qualifier scripts get (`qualifier` in the JSON): the bound, or "about",
        when the figure is not exact; else "expected" or "target" for a forecast."""
        return self.qualifier or self.forecast

    @property
    def is_money(self) -> bool:
        return self.unit in CURRENCIES


def combine(operands: list[tuple[Quantity, int]], value: Decimal, unit: str) -> Quantity:
    """A result whose bound follows from each operand's bound and the direction (+1 or -1)
    in which the result moves when that operand grows."""
    bounds = set()
    approx = False
    forecast = None
    for quantity, direction in operands:
        approx = approx or quantity.approx
        forecast = forecast or quantity.forecast
        if quantity.bound:
            flipped = {UPPER: LOWER, LOWER: UPPER}[quantity.bound]
            bounds.add(quantity.bound if direction > 0 else flipped)
    if len(bounds) > 1:
        approx, bound = True, None
    else:
        bound = next(iter(bounds), None)
    if approx:
        bound = None
    return Quantity(value, unit, bound=bound, approx=approx, forecast=forecast)
