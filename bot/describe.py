"""Names for facts in sentences and in suggested questions."""

from __future__ import annotations

from intents.facts import Fact, FactBase


def subject(base: FactBase, fact: Fact) -> str:
    entity = base.entities[fact.entity]
    return entity.name


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def period_text(fact: Fact) -> str:
    if not fact.period:
        return ""
    period = fact.period
    if period[:4].isdigit() and len(period) == 10:  # an ISO date
        months = "January February March April May June July August September October " \
                 "November December".split()
        year, month, day = period.split("-")
        return f"by {int(day)} {months[int(month) - 1]} {year}"
    if fact.is_forecast and period.isdigit():
        return f"by {period}"
    return f"in {period}" if period[:4].isdigit() else period


def describe(base: FactBase, fact: Fact) -> str:
    """"Russia's spending on Chinese platforms in 2016"."""
    text = f"{possessive(subject(base, fact))} {fact.measure}"
    when = period_text(fact)
    return f"{text} {when}" if when else text


def suggestion(base: FactBase, fact: Fact) -> str:
    """A question the assistant answers with exactly this fact."""
    entity = base.entities[fact.entity]
    when = f" in {fact.year}" if fact.year and fact.period and fact.period.isdigit() else ""
    return f"{entity.name}: {fact.measure}{when}?"
