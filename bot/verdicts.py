"""Yes or No for a claim the user checks, decided against the figure the claim is about.

A figure quoted in the claim must agree with the answer (converted to the claim's currency
when it names one) or with another figure of the same article sentence ("28,000 respondents
from 32 countries"); a year it names must be the figure's year. A claim without figures
is confirmed only when every word of it is in the article's own sentence; otherwise the
assistant says it cannot check it rather than guess.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from bot.calculator import Calculator, Result
from bot.quantity import CURRENCIES, LOWER, UPPER, Quantity
from intents.checks import ARTICLE_YEAR
from intents.claims import Claim, ClaimedFigure
from intents.complements import whole_of
from intents.text import stem, stems

TOLERANCE = Decimal("0.01")  # "29.4 billion yuan" confirms 29.38 billion
ROUGHLY = Decimal("0.1")  # "roughly a quarter" confirms 24.7%


def verdict(
    calc: Calculator,
    claim: Claim,
    result: Result,
    fact_ids: tuple[str, ...],
    op: str | None = None,
) -> bool | None:
    """True (Yes), False (No) or None (the claim cannot be checked)."""
    if claim.other_source or claim.swapped:
        return False  # "came from Sberbank": the article cites its own sources, not that one
    if claim.realised and any(
        calc.base.facts[i].is_forecast for i in (*fact_ids, *result.fact_ids)
    ):
        return False  # "is the 8.8 trillion for 2018 an actual result?": it is a forecast
    if claim.achieved:
        targets = [
            calc.base.facts[i]
            for i in (*fact_ids, *result.fact_ids)
            if calc.base.facts[i].is_forecast
        ]
        if any((t.year or 0) > ARTICLE_YEAR for t in targets):
            return False  # "has Alibaba reached 2 billion consumers?": due by 2025
        if targets:
            return None  # "were the 100 overseas warehouses built?": a target; met or not,
            # the article does not say
    if claim.sources:
        given = {calc.base.facts[i].source for i in (*fact_ids, *result.fact_ids)}
        given |= _named_in(calc, claim.sources, (*fact_ids, *result.fact_ids))
        if not set(claim.sources) <= given:
            return False  # "the Russian figure came from PayPal": it came from Yandex
        if not (claim.numbers or claim.years):
            return True
    dated = (*fact_ids, *result.fact_ids, *_same_sentence(calc, (*fact_ids, *result.fact_ids)))
    if claim.years and not set(claim.years) <= _years(calc, dated):
        held = _held_since(calc, result.fact_ids) if claim.state else None
        if held is not None and stem("since") in claim.blockers:
            held = None  # "since 2015" claims when it began, which was 2013
        if held is not None and any(year > ARTICLE_YEAR for year in claim.years):
            return None  # after the article: it cannot say whether the state still held
        if held is None and claimed_after_the_figures(calc, claim, result):
            return None  # "in 2019?" of a 2016 figure: the article cannot say either way
        if held is None or not all(held <= year for year in claim.years):
            return False
        if not claim.numbers and all(w.isdigit() for w in claim.words):
            return True  # "was China the largest online retail market in 2015?": since 2013
    if claim.numbers and _a_share_of_the_figure(calc, claim, result):
        return True  # "is 100 million a tenth of the 1 billion overseas consumers?"
    if claim.numbers:
        beside = _related(calc, result.fact_ids)
        if len(claim.numbers) > 1:  # "more than 60m active users, 20m purchasers": each named
            beside += _named_beside(calc, claim, result.fact_ids)
            # "1 billion of its 2 billion consumers": the part is quoted with its whole
            beside += [w for w in _wholes(calc, result.fact_ids) if w not in beside]
        related = [calc.fact(i) for i in (*result.fact_ids, *beside)]
        if op == "complement":
            related = []  # the share's own sentence states the other part, not this one
        shares = _shares_of(calc, result)
        if shares and any(f.unit == "%" for f in claim.numbers):
            # "half of Alibaba's 2 billion consumers overseas?": the share is claimed, of
            # the whole it is taken from, which the claim quotes as well
            related += [calc.fact(i) for i in _wholes(calc, result.fact_ids)]
        matched: set[int] = set()  # each figure of the article agrees with one claimed
        contradicted = False
        for figure in claim.numbers:
            if figure.unit == "%" and shares:  # "more than a quarter went to X": X's share
                if any(_agrees(calc, figure, share) for share in shares):
                    continue
                if len(claim.numbers) > 1 and _stated_beside(calc, figure, related) is not None:
                    continue  # "4.7 trillion yuan, up 24.7%": the growth its sentence states
                return False
            if result.quantity is not None and _agrees_in_kind(calc, figure, result.quantity):
                continue
            # one figure claimed, of the kind found, is about the figure found ("1 billion
            # consumers worldwide" is not the 1 billion overseas of the same sentence)
            several = len(claim.numbers) > 1 or not (
                result.quantity is not None and _same_kind(figure.unit, result.quantity)
            )
            unmatched = [r for i, r in enumerate(related) if i not in matched]
            beside = _stated_beside(calc, figure, unmatched)
            if several and beside is not None:
                matched.add(next(i for i, r in enumerate(related) if r is beside))
                continue  # "28,000 respondents from 32 countries": the same sentence agrees
            if result.quantity is not None and _same_kind(figure.unit, result.quantity):
                return False  # the figure the claim is about says otherwise
            if (
                several
                and figure.unit in ("%", "CNY", "USD")
                and any(
                    r.quantity is not None and r.quantity.unit == figure.unit
                    for i, r in enumerate(related)
                    if i not in matched
                )
            ):
                # "China's 26.1 trillion yuan was 29.2% of the global volume?": the share
                # the same sentence states is another one
                contradicted = True
                continue
            return None  # nothing of that kind to compare with: no verdict
        if contradicted:
            return False if matched else None
        return True
    if claim.years:
        return True
    if claim.explained and not claim.words:
        return True  # every word of it is the figure's own: "is Yandex described as ..."
    return _worded_in_article(calc, claim, result) or None


def _a_share_of_the_figure(calc: Calculator, claim: Claim, result: Result) -> bool:
    """ "Is 100 million a tenth of Alibaba's overseas consumers?": two figures claimed, a
    share and an amount that is not the figure found, and the amount is that share of it.
    Only ever a Yes: a share that does not work out is left to the other checks."""
    quantity = result.quantity
    if len(claim.numbers) != 2 or quantity is None or quantity.unit in ("%", "pp"):
        return False
    shares = [f for f in claim.numbers if f.unit == "%"]
    amounts = [f for f in claim.numbers if f.unit != "%"]
    if len(shares) != 1 or len(amounts) != 1 or not _same_kind(amounts[0].unit, quantity):
        return False
    amount, share = amounts[0], shares[0]
    if _agrees(calc, amount, quantity) or share.relation not in ("exact", "about"):
        return False  # the figure found itself: the share is of something else
    part = replace(quantity, value=quantity.value * share.value / 100, bound=None)
    return _agrees(calc, amount, part)


def compared(claim: Claim, op: str | None, result: Result) -> bool | None:
    """ "Is cross-border volume bigger than online shopping?": the ratio of the first to
    the second, as asked, says which is larger."""
    if claim.direction is None or op != "ratio" or result.quantity is None or claim.numbers:
        return None
    above = result.quantity.value > 1
    return above if claim.direction == "above" else not above and result.quantity.value != 1


def _stated_beside(calc: Calculator, figure: ClaimedFigure, related: list[Result]) -> Result | None:
    """The figure of the same article sentence a figure claimed beside another agrees with
    (a bound agrees with too much: "more than 7" with 6.3 trillion yuan, unless the article
    states that very bound: "more than 100 million buyers in 220 countries")."""
    return next(
        (
            r
            for r in related
            if r.quantity is not None
            and _agrees_in_kind(calc, figure, r.quantity)
            and (figure.relation in ("exact", "about") or _same_bound(figure, r.quantity))
        ),
        None,
    )


def _same_bound(figure: ClaimedFigure, quantity: Quantity) -> bool:
    bound = {"above": LOWER, "over": LOWER, "below": UPPER, "under": UPPER}.get(figure.relation)
    return bound is not None and quantity.bound == bound and quantity.value == figure.value


def _agrees_in_kind(calc: Calculator, figure: ClaimedFigure, quantity: Quantity) -> bool:
    return _same_kind(figure.unit, quantity) and _agrees(calc, figure, quantity)


def _shares_of(calc: Calculator, result: Result) -> list[Quantity]:
    """The answer as a share of the whole it is a part of: the 20% behind "up to $860
    million on other platforms", so "more than a quarter" can be checked against it."""
    if result.quantity is None or result.quantity.unit in ("%", "pp") or not result.fact_ids:
        return []
    whole = whole_of(calc.base, result.fact_ids[0])
    if whole is None:
        return []
    try:
        share = calc.apply("percent", result, calc.fact(whole))
    except Exception:  # noqa: BLE001 - a share that cannot be formed is simply not offered
        return []
    return [share.result]


def _same_kind(unit: str | None, quantity: Quantity) -> bool:
    """Could a claimed figure in `unit` be a statement about `quantity`?"""
    if unit in CURRENCIES and quantity.unit.startswith(f"{unit}/"):
        return True  # "more than 7 yuan per dollar": a rate in yuan
    if unit in CURRENCIES:
        return quantity.is_money
    if unit == "%":
        return quantity.unit in ("%", "pp")
    return quantity.unit not in ("year", "years", "%", "pp")  # a count or a bare amount


def _agrees(calc: Calculator, figure: ClaimedFigure, quantity: Quantity) -> bool:
    rate = quantity.unit.startswith(f"{figure.unit}/")  # "7 yuan per dollar" and the rate
    if figure.unit in CURRENCIES and quantity.unit != figure.unit and not rate:
        if calc.yuan_per_dollar is None:
            return False
        money = Result(quantity, None, (), ())
        quantity = calc.convert(money, figure.unit).quantity or quantity
    target, value = quantity.value, figure.value
    slack = abs(target) * TOLERANCE
    if figure.relation in ("over", "under") and _rounded_to(value, target):
        target = value  # "more than a third" (33.33%) is not met by 33.333...%
    # a bound is checked as said: 39.7% is not "north of 40%", however close
    if figure.relation == "above":
        return target >= value
    if figure.relation == "over":  # "most of them", "more than half": half is not more
        return target > value or (target == value and quantity.bound == LOWER)
    if figure.relation == "below":
        return target <= value
    if figure.relation == "under":  # "less than 80%": 80% is not less
        return target < value or (target == value and quantity.bound == UPPER)
    if figure.relation == "about":
        return abs(value - target) <= abs(target) * ROUGHLY
    return abs(value - target) <= slack


def _rounded_to(claimed: Decimal, target: Decimal) -> bool:
    """A claimed figure typed with decimals is the target rounded to them: 33.33 (a third)
    is 20 million of 60 million, not less than it. A whole number says no such thing."""
    exponent = claimed.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0:
        return False
    return abs(target - claimed) < Decimal(5).scaleb(exponent - 1)


def _same_sentence(calc: Calculator, fact_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The dates the article's sentence of these facts gives: "set up by Alibaba in 2010"
    is one sentence, though the year and the company are two facts of it."""
    clauses = {calc.base.facts[i].clause for i in fact_ids} - {None}
    return tuple(
        f.id
        for f in calc.base.facts.values()
        if f.clause
        and f.unit == "year"
        and f.id not in fact_ids
        and any(f.clause in c or c in f.clause for c in clauses)  # one quotes the other
    )


def _years(calc: Calculator, fact_ids: tuple[str, ...]) -> set[int]:
    years: set[int] = set()
    for fact_id in fact_ids:
        fact = calc.base.facts[fact_id]
        if fact.unit == "year" and isinstance(fact.value, Decimal):
            years.add(int(fact.value))
        if fact.year is not None:
            years.add(int(fact.year))
        for token in (fact.period or "").replace("-", " ").replace(",", " ").split():
            if token.isdigit() and len(token) == 4:
                years.add(int(token))
    return years


def _related(calc: Calculator, fact_ids: tuple[str, ...]) -> list[str]:
    """Figures a claim about these facts may quote: those of the same article sentence,
    and those computed from these facts ("half of its consumers": the overseas share)."""
    used = set(fact_ids)
    clauses = {calc.base.facts[i].clause for i in fact_ids if calc.base.facts[i].clause}
    related = []
    for fact in calc.base.facts.values():
        if fact.id in used:
            continue
        args = set(fact.formula.args) if fact.formula else set()
        if (fact.clause and fact.clause in clauses) or args & used or fact.of in used:
            related.append(fact.id)
    return related


def _named_beside(calc: Calculator, claim: Claim, fact_ids: tuple[str, ...]) -> list[str]:
    """Figures of the same subject whose measure, or a keyword of two words or more, the
    claim names in full: a claim of two figures may quote two sentences about one subject."""
    subjects = {calc.base.facts[i].entity for i in fact_ids}
    named = []
    for fact in calc.base.facts.values():
        if fact.id in fact_ids or fact.entity not in subjects or fact.is_text:
            continue
        phrases = [set(stems(p)) for p in (fact.measure or "", *fact.keywords)]
        if any(len(p) > 1 and p <= claim.words for p in phrases):
            named.append(fact.id)
    return named


def claimed_after_the_figures(calc: Calculator, claim: Claim, result: Result) -> bool:
    """Every year claimed is the article's own or later, past the measured figures found
    (neither a forecast nor a dated event), and a figure claimed is not the article's own:
    a claim about a year nobody had measured yet, which the article neither confirms nor
    denies ("did Russians spend more in 2017?")."""
    facts = [calc.base.facts[i] for i in result.fact_ids]
    years = claim.years
    if not years:
        return False
    quantity = result.quantity
    own = quantity is not None and all(_agrees_in_kind(calc, f, quantity) for f in claim.numbers)
    if claim.numbers and own:
        return False  # the article's own figure with the wrong year: a No that says when
    # a figure computed from stated ones is dated by them: Russians' spending on Chinese
    # platforms by the 2016 spending and the share of it
    facts = [f for f in facts if f.formula is None] or facts
    if not facts or any(f.is_forecast or f.unit == "year" or f.year is None for f in facts):
        return False
    latest = max(f.year for f in facts if f.year is not None)
    if all(year >= ARTICLE_YEAR and year > latest for year in years):
        return True
    # "Russians spent $3 billion in 2015?" of the 2016 spending: an amount claimed for a
    # year the measure has no figure of, which the article neither confirms nor denies
    measured = _years(calc, result.fact_ids)
    calendar = all(str(f.period) == str(f.year) for f in facts)  # not "12 months to April"
    amounts = [f for f in claim.numbers if f.unit not in ("year", "years")]
    return calendar and bool(amounts) and not own and all(y not in measured for y in years)


def _held_since(calc: Calculator, fact_ids: tuple[str, ...]) -> int | None:
    """The year a lasting state began ("the world's largest online retail market since ...
    2013"), for a claim the reader marked as one about such a state."""
    for fact_id in fact_ids:
        fact = calc.base.facts[fact_id]
        if fact.unit == "year" and isinstance(fact.value, Decimal):
            return int(fact.value)
    return None


def _wholes(calc: Calculator, fact_ids: tuple[str, ...]) -> list[str]:
    """The wholes these facts are parts of."""
    found = (whole_of(calc.base, fact_id) for fact_id in fact_ids)
    return [whole for whole in found if whole is not None]


def _worded_in_article(calc: Calculator, claim: Claim, result: Result) -> bool:
    said: set[str] = set()
    for fact_id in result.fact_ids:
        fact = calc.base.facts[fact_id]
        said.update(stems(fact.clause or ""))
        said.update(stems(str(fact.value) if fact.is_text else ""))
        said.update(stems(calc.base.entities[fact.entity].name))
    said.update(stems(result.statement or ""))
    return bool(claim.words) and claim.words <= said


def _named_in(calc: Calculator, sources: tuple[str, ...], fact_ids: tuple[str, ...]) -> set[str]:
    """Sources a statement itself names as its actors ("PayPal and Ipsos released the
    report"): a claim that they released it is confirmed by what the article says."""
    said: set[str] = set()
    for i in fact_ids:
        if isinstance(calc.base.facts[i].value, str):
            said.update(stems(calc.base.facts[i].value))
    aliases = {s: calc.base.sources[s].aliases for s in sources}
    return {s for s in sources if any(set(stems(a)) <= said for a in aliases[s] if stems(a))}
