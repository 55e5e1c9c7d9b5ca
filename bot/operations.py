"""Exact arithmetic between quantities, with unit checks and a line of working for each.

Every operation returns a `Step` (the result and the calculation as people write it) or
raises `UnitMismatch` with a reason a user can read ("yuan divided by users is not a ratio").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

from bot.numbers import RATE_UNIT, bare, written
from bot.quantity import Quantity, combine

HUNDRED = Decimal(100)


class UnitMismatch(ValueError):
    """The operation makes no sense for these units."""


@dataclass(frozen=True)
class Step:
    result: Quantity
    working: str


def _unit_name(unit: str) -> str:
    return {"CNY": "yuan", "USD": "dollars", "%": "percentages", "year": "years"}.get(unit, unit)


def _need_amount(q: Quantity, role: str) -> None:
    if q.unit in ("%", "year", "ratio") or "/" in q.unit:
        raise UnitMismatch(f"the {role} must be an amount or a count, not {_unit_name(q.unit)}")


def _is_count(unit: str) -> bool:
    return unit not in ("CNY", "USD", "%", "pp", "year", "years", "ratio") and "/" not in unit


def _comparable(a: str, b: str) -> bool:
    """Same unit, or two counts (users and buyers are both numbers of people or things)."""
    return a == b or (_is_count(a) and _is_count(b))


def _need_same(a: Quantity, b: Quantity, what: str) -> None:
    if not _comparable(a.unit, b.unit):
        raise UnitMismatch(
            f"{_unit_name(a.unit)} and {_unit_name(b.unit)} cannot be compared: {what} "
            "needs two figures in the same unit"
        )


def share_of(share: Quantity, whole: Quantity) -> Step:
    """p% of a whole: 80% of $4.3 billion."""
    if share.unit != "%":
        raise UnitMismatch("a share must be a percentage")
    _need_amount(whole, "whole")
    result = combine([(share, 1), (whole, 1)], whole.value * share.value / HUNDRED, whole.unit)
    return Step(result, f"{bare(share)} × {written(whole)} = {written(result)}")


def complement(share: Quantity) -> Step:
    """The rest of a whole, as a share: 100% minus 21%. "Up to 21%" leaves "more than 79%"."""
    if share.unit != "%":
        raise UnitMismatch("only a percentage has a remainder of 100%")
    result = combine([(share, -1)], HUNDRED - share.value, "%")
    return Step(result, f"100% − {written(share)} = {written(result)}")


def percent(part: Quantity, whole: Quantity) -> Step:
    """A part as a percentage of a whole."""
    _need_amount(part, "part")
    _need_same(part, whole, "a share")
    if whole.value == 0:
        raise UnitMismatch("the whole is zero")
    value = part.value / whole.value * HUNDRED
    result = combine([(part, 1), (whole, -1)], value, "%")
    return Step(result, f"{written(part)} ÷ {written(whole)} = {written(result)}")


def ratio(numerator: Quantity, denominator: Quantity) -> Step:
    """How many times one figure is another."""
    if numerator.unit == "year" or denominator.unit == "year":
        raise UnitMismatch("years cannot be divided into a ratio")
    if not _comparable(numerator.unit, denominator.unit):
        raise UnitMismatch(
            f"{_unit_name(numerator.unit)} divided by {_unit_name(denominator.unit)} is not a ratio"
        )
    if denominator.value == 0:
        raise UnitMismatch("the second figure is zero")
    value = numerator.value / denominator.value
    result = combine([(numerator, 1), (denominator, -1)], value, "ratio")
    return Step(result, f"{written(numerator)} ÷ {written(denominator)} = {written(result)}")


def per_unit(amount: Quantity, count: Quantity) -> Step:
    """An average: an amount shared over a count (100 million buyers over 220 countries is
    454,545 buyers per country). The result keeps the amount's unit."""
    if amount.unit in ("year", "years", "%") or not _is_count(count.unit):
        raise UnitMismatch(
            f"{_unit_name(amount.unit)} per {_unit_name(count.unit)} is not an average"
        )
    if count.value == 0:
        raise UnitMismatch("the second figure is zero")
    # users per user (active users per purchaser) is a pure number: a ratio
    unit = "ratio" if amount.unit == count.unit else amount.unit
    result = combine([(amount, 1), (count, -1)], amount.value / count.value, unit)
    result = replace(result, approx=result.approx or bool(amount.bound or count.bound))
    return Step(result, f"{written(amount)} ÷ {written(count)} = {written(result)} on average")


def difference(minuend: Quantity, subtrahend: Quantity) -> Step:
    """One figure minus another; two percentages differ in percentage points."""
    _need_same(minuend, subtrahend, "a difference")
    if minuend.unit == "year":
        value = minuend.value - subtrahend.value
        result = combine([(minuend, 1), (subtrahend, -1)], value, "years")
        text = f"{int(minuend.value)} − {int(subtrahend.value)} = {int(value)} years"
        return Step(result, text)
    unit = "pp" if minuend.unit == "%" else minuend.unit
    value = minuend.value - subtrahend.value
    result = combine([(minuend, 1), (subtrahend, -1)], value, unit)
    return Step(result, f"{written(minuend)} − {written(subtrahend)} = {written(result)}")


def sum_of(first: Quantity, second: Quantity) -> Step:
    """Two figures added ("the sum of the pilot zones and the warehouses"): only figures of
    one unit (money in one currency once converted); percentages of different wholes do not
    add up, so they are refused."""
    _need_same(first, second, "a sum")
    if first.unit in ("year", "%"):
        raise UnitMismatch(f"{_unit_name(first.unit)} do not add up to a total")
    if first.unit != second.unit:  # zones and warehouses: no total of one thing
        raise UnitMismatch(
            f"{_unit_name(first.unit)} and {_unit_name(second.unit)} do not add up to a total"
        )
    value = first.value + second.value
    result = combine([(first, 1), (second, 1)], value, first.unit)
    return Step(result, f"{written(first)} + {written(second)} = {written(result)}")


def growth(start: Quantity, end: Quantity) -> Step:
    """Percentage change from start to end."""
    _need_amount(start, "starting figure")
    _need_same(start, end, "growth")
    if start.value == 0:
        raise UnitMismatch("growth from zero is undefined")
    value = (end.value / start.value - 1) * HUNDRED
    result = combine([(start, -1), (end, 1)], value, "%")
    working = f"({written(end)} ÷ {written(start)} − 1) × 100 = {written(result)}"
    return Step(result, working)


def cagr(start: Quantity, end: Quantity, years: int) -> Step:
    """Compound annual growth over `years` years."""
    _need_amount(start, "starting figure")
    _need_same(start, end, "growth")
    if years <= 0:
        raise UnitMismatch("compound growth needs two different years")
    if start.value <= 0 or end.value <= 0:
        raise UnitMismatch("compound growth needs positive figures")
    with localcontext() as ctx:
        ctx.prec = 28
        factor = (end.value / start.value) ** (Decimal(1) / Decimal(years))
    value = (factor - 1) * HUNDRED
    result = combine([(start, -1), (end, 1)], value, "%")
    working = (
        f"({written(end)} ÷ {written(start)})^(1/{years}) − 1 = {written(result)} a year "
        f"over {years} years"
    )
    return Step(result, working)


def implied_whole(part: Quantity, share: Quantity) -> Step:
    """The whole of which `part` is `share` percent: 4.7 ÷ 14% = 33.57."""
    if share.unit != "%":
        raise UnitMismatch("the share must be a percentage")
    _need_amount(part, "part")
    if share.value == 0:
        raise UnitMismatch("a share of zero implies no whole")
    value = part.value / (share.value / HUNDRED)
    result = combine([(part, 1), (share, -1)], value, part.unit)
    return Step(result, f"{written(part)} ÷ {bare(share)} = {written(result)}")


def before_growth(value: Quantity, rise: Quantity) -> Step:
    """The earlier figure that grew by `rise` percent to `value`."""
    if rise.unit != "%":
        raise UnitMismatch("growth must be a percentage")
    _need_amount(value, "figure")
    factor = 1 + rise.value / HUNDRED
    result = combine([(value, 1), (rise, -1)], value.value / factor, value.unit)
    text = f"{written(value)} ÷ (1 + {bare(rise)}) = {written(result)}"
    return Step(result, text)


def rate(amount: Quantity, same_amount: Quantity) -> Step:
    """An exchange rate implied by one amount given in both currencies: yuan per dollar
    ("CNY/USD") or dollars per yuan ("USD/CNY")."""
    if {amount.unit, same_amount.unit} != {"CNY", "USD"} or same_amount.value == 0:
        raise UnitMismatch("an exchange rate needs one amount given in yuan and in dollars")
    result = Quantity(amount.value / same_amount.value, f"{amount.unit}/{same_amount.unit}")
    return Step(result, f"{bare(amount)} ÷ {bare(same_amount)} = {bare(result)}")


def convert(quantity: Quantity, currency: str, yuan_per_dollar: Decimal) -> Step:
    """A money figure in the other currency at the article's implied rate."""
    if not quantity.is_money:
        raise UnitMismatch(f"only money can be converted, not {_unit_name(quantity.unit)}")
    if quantity.unit == currency:
        return Step(quantity, written(quantity))
    if currency == "USD":
        value = quantity.value / yuan_per_dollar
        sign = "÷"
    else:
        value = quantity.value * yuan_per_dollar
        sign = "×"
    result = combine([(quantity, 1)], value, currency)
    shown = bare(Quantity(yuan_per_dollar, RATE_UNIT))
    return Step(result, f"{written(quantity)} {sign} {shown} = {written(result)}")


BINARY: dict[str, Callable[[Quantity, Quantity], Step]] = {
    "share_of": share_of,
    "percent": percent,
    "ratio": ratio,
    "difference": difference,
    "growth": growth,
    "implied_whole": implied_whole,
    "before_growth": before_growth,
    "rate": rate,
    "per_unit": per_unit,
    "sum": sum_of,
}
