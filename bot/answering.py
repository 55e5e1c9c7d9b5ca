"""Turns a `Query` into a computed result and the sentence that states it.

Pure: takes the calculator and the query, returns an `Answer`; raises `UnitMismatch` when
the computation asked for makes no sense.
"""

from __future__ import annotations

from decimal import Decimal

from bot.answer import Answer
from bot.calculator import Calculator, Result
from bot.describe import capital, decapital, describe, label_core, sentence, stated
from bot.numbers import bare
from bot.operations import UnitMismatch
from bot.quantity import Quantity
from bot.verdicts import claimed_after_the_figures, compared, verdict
from intents.query import Query, fits
from intents.text import stem

FIGURE = "{figure}"  # where a comparison's label puts the computed figure


class Uncheckable(UnitMismatch):
    """A yes/no claim the article can neither confirm nor deny."""


class UnmeasuredYear(Uncheckable):
    """A claim about a year after every figure found ("did Russians spend more in 2017?"):
    refused as a year the article has no figure for, naming the year it has."""

    def __init__(self, years: tuple[int, ...]) -> None:
        super().__init__(f"the article has no figure for {years}")
        self.years = years


class WrongKind(UnitMismatch):
    """The figure found is not the kind of answer the question asks for."""


KIND_WORDS = {
    "percent": "a percentage",
    "year": "a year",
    "count": "a count",
    "money": "money",
    "reason": "a reason",
    "duration": "a number of years",
    "name": "a name",
    "figure": "a number",
}


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
            growth = "compound annual growth" if op == "cagr" else "growth"
            label = (
                f"the {growth} of {label_core(base, facts[0])} "
                f"from {facts[0].year} to {facts[1].year}"
            )
    elif query.op == "complement":
        result = calc.complement(calc.fact(facts[0].id))
        label = f"the rest beside {describe(base, facts[0])}"
    elif query.op == "part" and query.amount is not None:
        # "half that?", "what's 20% of it?": a share the user names, of the figure given
        share = Result(Quantity(Decimal(query.amount[0]), "%"), None, (), ())
        result = calc.combine("share_of", share, calc.fact(facts[0].id))
        label = f"{bare(share.quantity)} of {describe(base, facts[0])}"
    elif query.op == "years-between":
        result, label = _years_between(calc, query.facts)
    elif query.op == "years-to-year" and query.amount is not None:
        result, label = _years_to_year(calc, query.facts[0], int(query.amount[0]))
    else:
        result, label = _on_demand(calc, query.op, query.facts, query.ordered, query.inverted)
    quantity = result.quantity
    wants_other_currency = query.currency is not None and quantity is not None
    if wants_other_currency and quantity.is_money and quantity.unit != query.currency:
        result = calc.convert(result, query.currency)
    return result, label


def _on_demand(
    calc: Calculator,
    op: str,
    ids: tuple[str, ...],
    ordered: bool = False,
    inverted: bool = False,
) -> tuple[Result, str]:
    """An operation the user named between two facts; order follows how people ask, and
    `inverted` turns the order so found over ("and the other way round?")."""
    base = calc.base
    first, second = calc.fact(ids[0]), calc.fact(ids[1])
    if first.quantity is None or second.quantity is None:
        raise UnitMismatch("one of these is a statement, not a number")
    names = {ids[0]: describe(base, base.facts[ids[0]]), ids[1]: describe(base, base.facts[ids[1]])}
    kinds = {base.count_kinds.get(q.unit) for q in (first.quantity, second.quantity)}
    if op == "ratio" and len(kinds) == 2 and None not in kinds:
        op = "per_unit"  # "buyers / countries": buyers per country, not "454,545 times"
    smaller_second = _size(calc, first.quantity) > _size(calc, second.quantity)
    if op == "growth" and smaller_second and not _same_series(base, ids):
        first, second = second, first  # "by what percent did X exceed Y": from the smaller
        ids = (ids[1], ids[0])
    elif op == "growth" and _same_series(base, ids) and _later_first(base, ids):
        first, second = second, first  # two years of one measure: from the earlier one
        ids = (ids[1], ids[0])
    if op == "per_unit" and _per_first(first.quantity, second.quantity, ordered):
        first, second = second, first  # the amount is shared over the count
        ids = (ids[1], ids[0])
    if op in ("ratio", "difference", "percent") and not ordered:
        # Bigger over smaller for ratios and differences; part over whole for shares.
        if _size(calc, first.quantity) < _size(calc, second.quantity):
            first, second = second, first
            ids = (ids[1], ids[0])
        if op == "percent":
            first, second = second, first
            ids = (ids[1], ids[0])
    if inverted:
        first, second = second, first
        ids = (ids[1], ids[0])
    result = calc.combine(op, first, second)
    a, b = names[ids[0]], names[ids[1]]
    label = {
        "ratio": f"{a} is {FIGURE} {b}",
        "percent": f"{a} is {FIGURE} of {b}",
        "difference": f"the difference between {a} and {b}",
        "per_unit": f"{a} per one of {b}",
        "sum": f"the sum of {a} and {b}",
        "growth": f"{b} is {FIGURE} more than {a}",
    }.get(op, f"{op} of {a} and {b}")
    return result, label


def _same_series(base, ids: tuple[str, ...]) -> bool:
    """Two years of one measure: their growth runs from the earlier, whatever the sizes."""
    first, second = (base.facts[i] for i in ids)
    return (first.entity, first.measure) == (second.entity, second.measure)


def _later_first(base, ids: tuple[str, ...]) -> bool:
    first, second = (base.facts[i] for i in ids)
    return first.year is not None and second.year is not None and first.year > second.year


def _per_first(first: Quantity, second: Quantity, ordered: bool = False) -> bool:
    """Should the two figures of an average swap? Money is shared over a count, and, unless
    the question said which is per which ("active users per buyer"), a larger count over a
    smaller one ("buyers per country")."""
    if second.is_money and not first.is_money:
        return True
    if ordered:
        return False
    return not first.is_money and not second.is_money and first.value < second.value


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
    label = f"the time between {_dated(base, first, early)} and {_dated(base, second, late)}"
    fact_ids = tuple(dict.fromkeys((*calc.fact(first).fact_ids, *calc.fact(second).fact_ids)))
    return Result(quantity, None, (working,), fact_ids), label


def _years_to_year(calc: Calculator, fact_id: str, typed: int) -> tuple[Result, str]:
    """Years between an event the article dates (or the year a figure is of) and a year
    the user typed."""
    base = calc.base
    fact = base.facts[fact_id]
    year = int(fact.value) if fact.unit == "year" else fact.year  # type: ignore[arg-type]
    if year is None:
        raise UnitMismatch(f"{describe(base, fact)} has no date")
    early, late = sorted((year, typed))
    quantity = Quantity(Decimal(late - early), "years")
    working = f"{late} − {early} = {late - early} years"
    label = f"the time between {_dated(base, fact_id, year)} and {typed}"
    return Result(quantity, None, (working,), calc.fact(fact_id).fact_ids), label


def _dated(base, fact_id: str, year: int) -> str:
    """ "the year AliExpress was set up (2010)"; no parenthesis when the year is said."""
    name = describe(base, base.facts[fact_id])
    return name if str(year) in name else f"{name} ({year})"


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


def figure(calc: Calculator, result: Result) -> str:
    """The value as a sentence carries it: qualifier, number, unit and the other currency
    ("up to $4.3 billion (about 29.38 billion yuan)"); forecasts are worded by the verb."""
    if result.quantity is None:
        return str(result.statement)
    quantity = result.quantity
    shown = f"{quantity.qualifier} {bare(quantity)}" if quantity.qualifier else bare(quantity)
    return shown + _other_currency(calc, result)


def head_sentence(calc: Calculator, query: Query, label: str, result: Result) -> str:
    """The answer's first line: a single fact in its own words, a computation as
    "<what was computed> is <figure>"."""
    forecast = result.quantity.forecast if result.quantity else None
    if query.op is None:
        return sentence(calc.base, calc.base.facts[query.facts[0]], figure(calc, result), forecast)
    if FIGURE in label:  # a comparison that reads "A is 5.55 times B"
        return capital(label.replace(FIGURE, figure(calc, result))) + "."
    return stated(label, figure(calc, result), forecast, past=False)


def answer_text(calc: Calculator, head: str, result: Result, srcs: list) -> str:
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


def build(calc: Calculator, query: Query, question: str) -> Answer:
    if query.op == "list":
        return _listing(calc, query, question)
    if query.op == "amount" and query.amount is not None:
        return _typed_amount(calc, query, question)
    if query.when:
        return _when(calc, query, question)
    if query.who:
        return _who(calc, query, question)
    if query.whose:
        name = calc.base.entities[calc.base.facts[query.facts[0]].entity].name
        return _about(calc, query, question, head=name, kind="whose", statement=name)
    result, label = compute(calc, query)
    srcs = sources(calc, result)
    quantity = result.quantity
    text = answer_text(calc, head_sentence(calc, query, label, result), result, srcs)
    unit = _json_unit(quantity)
    if query.claim is None and unit and stem(unit) in query.other_counts:
        raise WrongKind(f"that asks for another count than the {unit} I found")
    per_count = query.op == "per_unit" and query.asks == "count"  # users per purchaser
    if query.claim is None and not fits(query.asks, unit) and not per_count:
        raise WrongKind(
            f"that asks for {KIND_WORDS[query.asks]}, and the figure I found is not one"
        )
    if query.claim is None and _echoes_a_premise(calc, query, result):
        # "what's 80% of 4.3 billion dollars": a computation that gives back a figure the
        # question typed answers nothing it asked
        raise WrongKind("computed, that gives back a figure you typed, so it answers nothing new")
    if query.claim is not None:
        said = compared(query.claim, query.op, result)
        if said is None:
            said = verdict(calc, query.claim, result, query.facts, query.op)
        if said is None and claimed_after_the_figures(calc, query.claim, result):
            raise UnmeasuredYear(query.claim.years)
        if said is None:
            raise Uncheckable("the article does not let me confirm or deny that claim")
        text = ("Yes. " if said else "No. The article says: ") + text
    return Answer(
        question=question,
        answered=True,
        text=text,
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


def _echoes_a_premise(calc: Calculator, query: Query, result: Result) -> bool:
    quantity = result.quantity
    if query.op is None or quantity is None or not query.quoted:
        return False
    value = quantity.value
    if query.op == "difference" and any(
        (operand := calc.fact(f).quantity) is not None and operand.value == value
        for f in query.facts
    ):
        # "2 billion consumers, 1 billion overseas: how many domestically?": the rest of a
        # whole twice its part has the part's value, and is still the other half
        return False
    return any(abs(Decimal(q) - value) <= abs(value) * Decimal("0.0005") for q in query.quoted)


def _typed_amount(calc: Calculator, query: Query, question: str) -> Answer:
    """A sum the user typed, converted at the article's implied rate, which is sourced."""
    value, unit = query.amount or ("0", "USD")
    typed = Result(Quantity(Decimal(value), unit), None, (), query.facts)
    if query.currency is None or query.currency == unit:
        raise UnitMismatch("that amount is already in that currency")
    result = calc.convert(typed, query.currency)
    quantity = result.quantity
    rate = calc.fact(query.facts[0])
    srcs = sources(calc, rate)
    head = (
        f"{bare(typed.quantity)} is about {bare(quantity)} at the rate the article implies "
        f"({figure(calc, rate)})."
    )
    unit = _json_unit(quantity)
    if quantity is not None and typed.quantity.value == 1:
        # one dollar in yuan is the rate itself: a script reading the unit learns it is a
        # rate ("CNY/USD"), not an amount of 6.83 yuan somebody spent
        unit = f"{quantity.unit}/{typed.quantity.unit}"
    return Answer(
        question=question,
        answered=True,
        text=answer_text(calc, head, result, srcs),
        intent="convert",
        value=quantity.value if quantity else None,
        unit=unit,
        facts=query.facts,
        confidence=query.confidence,
        steps=list(result.steps),
        sources=srcs,
    )


def _json_unit(quantity: Quantity | None) -> str | None:
    if quantity is None:
        return None
    return {"pp": "%"}.get(quantity.unit, quantity.unit)


def _listing(calc: Calculator, query: Query, question: str) -> Answer:
    """ "Which platforms does the article mention?": every one the fact base files as such."""
    names = list(query.listing)
    joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    kind = _plural(query.listed) if len(names) > 1 else query.listed
    srcs = [s for fact_id in query.facts for s in sources(calc, calc.fact(fact_id))[:1]]
    head = f"The article names {len(names)} {kind}: {joined}."
    if query.listed == "name":
        head = f"The article names these: {joined}."
    text = answer_text(calc, head, _NO_RESULT, srcs)
    return Answer(
        question=question,
        answered=True,
        text=text,
        intent="lookup",
        value=Decimal(len(names)),  # "how many language versions?": the count of the list
        facts=query.facts,
        confidence=query.confidence,
        sources=srcs,
        statement=joined,
    )


_NO_RESULT = Result(None, None, (), ())


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def _when(calc: Calculator, query: Query, question: str) -> Answer:
    """A "when" question about a figure: the year is the figure's period."""
    fact = calc.base.facts[query.facts[0]]
    year = Decimal(fact.year)  # type: ignore[arg-type]
    return _about(calc, query, question, head=str(fact.year), kind="when", value=year, unit="year")


def _who(calc: Calculator, query: Query, question: str) -> Answer:
    """ "Who estimated ...?": the source the article credits for the figure."""
    fact = calc.base.facts[query.facts[0]]
    srcs = sources(calc, calc.fact(fact.id))
    names = list(dict.fromkeys(name for name, _ in srcs)) or [calc.base.sources[fact.source].name]
    named = "; ".join(names)
    return _about(calc, query, question, head=named, kind="who", statement=named)


def _about(
    calc: Calculator,
    query: Query,
    question: str,
    head: str,
    kind: str,
    value: Decimal | None = None,
    unit: str | None = None,
    statement: str | None = None,
) -> Answer:
    """An answer about a figure (its year, its source) that restates the figure itself."""
    fact = calc.base.facts[query.facts[0]]
    result = calc.fact(fact.id)
    forecast = result.quantity.forecast if result.quantity else None
    said = sentence(calc.base, fact, figure(calc, result), forecast)
    srcs = sources(calc, result)
    lower = decapital(said)
    if kind == "who":
        text = f"According to {head}, {lower}"
    elif kind == "when":  # the year asked comes first, even where the sentence says it too
        text = f"In {head}: {lower}"
    elif head in said:  # the sentence names the entity already
        text = said
    else:
        text = f"It was {head}: {lower}"
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
