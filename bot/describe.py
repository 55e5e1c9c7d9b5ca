"""Names for facts in sentences and in suggested questions."""

from __future__ import annotations

from intents.facts import Fact, FactBase, iso_date


def subject(base: FactBase, fact: Fact) -> str:
    entity = base.entities[fact.entity]
    return entity.name


def possessive(name: str) -> str:
    return f"{name}'s"


def period_text(fact: Fact) -> str:
    if not fact.period:
        return ""
    period = fact.period
    date = iso_date(period)
    if date:
        month, day, year = date
        return f"by {month} {day}, {year}"
    if fact.is_forecast and period.isdigit():
        return f"by {period}"
    return f"in {period}" if period[:4].isdigit() else period


def describe(base: FactBase, fact: Fact) -> str:
    """ "Russia's spending on Chinese platforms in 2016"; a measure that names its subject
    already ("year AliExpress was set up") is not prefixed again."""
    name = subject(base, fact)
    if name.lower().removeprefix("the ") in fact.measure.lower():
        text = fact.measure
    else:
        text = f"{possessive(name)} {fact.measure}"
    when = period_text(fact) or _operand_years(base, fact)
    if when and when.lower() in text.lower():
        return text
    if fact.period and "months" in fact.period and "months" in fact.measure:
        when = f"(to {fact.period.split(' to ', 1)[-1]})" if " to " in fact.period else ""
    return f"{text} {when}".strip()


def _operand_years(base: FactBase, fact: Fact) -> str:
    """A formula without a period of its own takes its operands' year, if they share one."""
    years = sorted(base.years(fact))
    if len(years) == 1 and not fact.period:
        return f"in {years[0]}"
    return ""


def suggestion(base: FactBase, fact: Fact) -> str:
    """A question the assistant answers with exactly this fact."""
    entity = base.entities[fact.entity]
    when = f" in {fact.year}" if fact.year and fact.period and fact.period.isdigit() else ""
    return f"{entity.name}: {fact.measure}{when}?"
