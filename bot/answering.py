"""Turns a `Query` into a computed result and the sentence that states it.

Pure: takes the calculator and the query, returns an `Answer`; raises `UnitMismatch` when
the computation asked for makes no sense.
"""

from __future__ import annotations

from decimal import Decimal

from bot.answer import Answer
from bot.calculator import Calculator, Result
from bot.describe import describe
from bot.numbers import bare, written
from bot.operations import UnitMismatch
from bot.quantity import Quantity
from intents.query import Query


def compute(calc: Calculator, query: Query) -> tuple[Result, str]:
    """The result and a sentence describing it (without the number)."""
    base = calc.base
    facts = [base.facts[i] for i in query.facts]
    if query.op is None:
        result = calc.fact(facts[0].id)
        label = describe(base, facts[0])
    elif query.op.startswith("series-"):
        op = query.op.removeprefix("series-")
        start, end = (calc.fact(f.id) for f in facts)
        if op == "difference":
            result = calc.combine("difference", end, start)
            label = f"the change in {describe(base, facts[0])} to {facts[1].period}"
        else:
            result = calc.combine(op, start, end)
            yearly = " a year (compound)" if op == "cagr" else ""
            label = (
                f"the growth{yearly} of {_measure(base, facts[0])} "
                f"from {facts[0].year} to {facts[1].year}"
            )
    elif query.op == "years-between":
        result, label = _years_between(calc, query.facts)
    else:
        result, label = _on_demand(calc, query.op, query.facts)
    quantity = result.quantity
    wants_other_currency = query.currency is not None and quantity is not None
    if wants_other_currency and quantity.is_money and quantity.unit != query.currency:
        result = calc.convert(result, query.currency)
    return result, label


def _measure(base, fact) -> str:
    from bot.describe import possessive, subject

    return f"{possessive(subject(base, fact))} {fact.measure}"


def _on_demand(calc: Calculator, op: str, ids: tuple[str, ...]) -> tuple[Result, str]:
    """An operation the user named between two facts; order follows how people ask."""
    base = calc.base
    first, second = calc.fact(ids[0]), calc.fact(ids[1])
    if first.quantity is None or second.quantity is None:
        raise UnitMismatch("one of these is a statement, not a number")
    names = {ids[0]: describe(base, base.facts[ids[0]]), ids[1]: describe(base, base.facts[ids[1]])}
    if op in ("ratio", "difference", "percent"):
        # Bigger over smaller for ratios and differences; part over whole for shares.
        if _size(calc, first.quantity) < _size(calc, second.quantity):
            first, second = second, first
            ids = (ids[1], ids[0])
        if op == "percent":
            first, second = second, first
            ids = (ids[1], ids[0])
    result = calc.combine(op, first, second)
    a, b = names[ids[0]], names[ids[1]]
    label = {
        "ratio": f"{a} compared with {b}",
        "percent": f"{a} as a share of {b}",
        "difference": f"the difference between {a} and {b}",
    }.get(op, f"{op} of {a} and {b}")
    return result, label


def _years_between(calc: Calculator, ids: tuple[str, ...]) -> tuple[Result, str]:
    """Years between two dated facts: a year figure's own value, else its period's year."""
    base = calc.base
    dated = []
    for fact_id in ids:
        fact = base.facts[fact_id]
        year = int(fact.value) if fact.unit == "year" else fact.year  # type: ignore[arg-type]
        if year is None:
            raise UnitMismatch(f"{describe(base, fact)} has no date")
        dated.append((year, fact_id))
    (early, first), (late, second) = sorted(dated)
    quantity = Quantity(Decimal(late - early), "years")
    working = f"{late} − {early} = {late - early} years"
    label = (
        f"the years between {describe(base, base.facts[first])} ({early}) and "
        f"{describe(base, base.facts[second])} ({late})"
    )
    fact_ids = tuple(dict.fromkeys((*calc.fact(first).fact_ids, *calc.fact(second).fact_ids)))
    return Result(quantity, None, (working,), fact_ids), label


def _size(calc: Calculator, quantity: Quantity):
    if quantity.unit == "USD" and calc.yuan_per_dollar:
        return quantity.value * calc.yuan_per_dollar
    return quantity.value


def sources(calc: Calculator, result: Result) -> list[tuple[str, str]]:
    out = []
    for fact_id in result.fact_ids:
        fact = calc.base.facts[fact_id]
        if fact.clause:
            out.append((calc.base.sources[fact.source].name, fact.clause))
    return list(dict.fromkeys(out))


def answer_text(calc: Calculator, label: str, result: Result, srcs: list) -> str:
    if result.quantity is None:
        head = f"{_capital(label)}: {result.statement}."
    else:
        head = f"{_capital(label)}: {written(result.quantity)}{_other_currency(calc, result)}."
    lines = [head]
    if result.steps:
        lines.append(f"Working: {result.steps[-1]}")
    for name, clause in srcs:
        lines.append(f"Source: {name}: “{clause}”")
    return "\n".join(lines)


def _other_currency(calc: Calculator, result: Result) -> str:
    quantity = result.quantity
    if quantity is None or not quantity.is_money or calc.yuan_per_dollar is None:
        return ""
    other = "USD" if quantity.unit == "CNY" else "CNY"
    converted = calc.convert(result, other).quantity
    return f" (about {bare(converted)})" if converted else ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def build(calc: Calculator, query: Query, question: str) -> Answer:
    if query.when:
        return _when(calc, query, question)
    if query.who:
        return _who(calc, query, question)
    if query.whose:
        name = calc.base.entities[calc.base.facts[query.facts[0]].entity].name
        return _about(calc, query, question, head=name, statement=name)
    result, label = compute(calc, query)
    srcs = sources(calc, result)
    quantity = result.quantity
    return Answer(
        question=question,
        answered=True,
        text=answer_text(calc, label, result, srcs),
        intent=query.intent,
        value=quantity.value if quantity else None,
        unit=_json_unit(quantity),
        qualifier=quantity.json_qualifier if quantity else None,
        facts=result.fact_ids,
        confidence=query.confidence,
        steps=list(result.steps),
        sources=srcs,
        statement=result.statement,
    )


def _json_unit(quantity: Quantity | None) -> str | None:
    if quantity is None:
        return None
    return {"pp": "%"}.get(quantity.unit, quantity.unit)


def _when(calc: Calculator, query: Query, question: str) -> Answer:
    """A "when" question about a figure: the year is the figure's period."""
    fact = calc.base.facts[query.facts[0]]
    year = Decimal(fact.year)  # type: ignore[arg-type]
    return _about(calc, query, question, head=f"{fact.year}", value=year, unit="year")


def _who(calc: Calculator, query: Query, question: str) -> Answer:
    """ "Who estimated ...?": the source the article credits for the figure."""
    fact = calc.base.facts[query.facts[0]]
    srcs = sources(calc, calc.fact(fact.id))
    names = list(dict.fromkeys(name for name, _ in srcs)) or [calc.base.sources[fact.source].name]
    return _about(calc, query, question, head="; ".join(names), statement="; ".join(names))


def _about(
    calc: Calculator,
    query: Query,
    question: str,
    head: str,
    value: Decimal | None = None,
    unit: str | None = None,
    statement: str | None = None,
) -> Answer:
    """An answer about a figure (its year, its source) that restates the figure itself."""
    fact = calc.base.facts[query.facts[0]]
    result = calc.fact(fact.id)
    shown = written(result.quantity) if result.quantity else result.statement
    srcs = sources(calc, result)
    text = f"{head}: {describe(calc.base, fact)}: {shown}."
    for name, clause in srcs:
        text += f"\nSource: {name}: “{clause}”"
    return Answer(
        question=question,
        answered=True,
        text=text,
        intent="lookup",
        value=value,
        unit=unit,
        facts=result.fact_ids,
        confidence=query.confidence,
        steps=list(result.steps),
        sources=srcs,
        statement=statement or result.statement,
    )
