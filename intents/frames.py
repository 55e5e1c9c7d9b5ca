"""Follow-ups that lean on the last answer itself, not on the words of the last question.

The conversation state is the last answer's frame: the facts it used, the operation, the
currency. A follow-up fills only what it changes: "that in yuan?" converts the figure just
given (computed or not), "and the rest?" is the other part of its whole, "as a percent?" its
share of that whole, "the year before?" the same measure a year earlier (or a refusal when
the article has no such year: never the same figure again), "how many people is that?" the
count behind a share. Anything else goes back to reading the question as words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from intents.analysis import Analysis
from intents.complements import (
    PERCENT,
    complement,
    computed_from,
    share_is_stated,
    unit_of,
    used_by,
    whole_of,
)
from intents.facts import FactBase
from intents.lexicon import Lexicon
from intents.query import Query, Refusal
from intents.text import is_number, stem
from intents.vocabulary import typed_numbers

FRAME_VERSION = 2
INVERSE = "invers"  # the stem the lexicon rewrites "the other way round" to


@dataclass(frozen=True)
class Frame:
    """What the last answer was: enough to answer a follow-up about it."""

    facts: tuple[str, ...]
    op: str | None = None
    currency: str | None = None
    share: str | None = None  # op "part": the percentage the user named ("half that?")
    ordered: bool = False  # "the ratio of A to B": computed in the order asked
    inverted: bool = False  # "the other way round": that order turned over

    def to_memory(self) -> dict:
        memory = {
            "v": FRAME_VERSION,
            "facts": list(self.facts),
            "op": self.op,
            "cur": self.currency,
        }
        if self.share is not None:
            memory["share"] = self.share
        if self.ordered:
            memory["ord"] = True
        if self.inverted:
            memory["inv"] = True
        return memory

    def again(self, currency: str | None, confidence: float, **changes: object) -> Query:
        """The last answer's computation once more (in `currency`), as a query."""
        amount = (self.share, "%") if self.share is not None else None
        order = {"ordered": self.ordered, "inverted": self.inverted, **changes}
        return Query(
            intent_of(self), self.facts, self.op, currency, confidence, amount=amount, **order
        )

    @classmethod
    def from_memory(cls, memory: object, base: FactBase) -> Frame | None:
        """The frame stored in a context, or None for an old, foreign or damaged one."""
        if not isinstance(memory, dict) or memory.get("v") != FRAME_VERSION:
            return None
        facts = memory.get("facts")
        if not isinstance(facts, list) or not facts or len(facts) > 3:
            return None
        if not all(isinstance(f, str) and f in base.facts for f in facts):
            return None
        op, currency = memory.get("op"), memory.get("cur")
        if op is not None and not isinstance(op, str):
            return None
        if currency not in (None, "CNY", "USD"):
            return None
        share = memory.get("share")
        if op == "part" and not (isinstance(share, str) and _a_percentage(share)):
            return None
        ordered, inverted = memory.get("ord") is True, memory.get("inv") is True
        share = share if op == "part" else None
        return cls(tuple(facts), op, currency, share, ordered, inverted)


def _a_percentage(text: str) -> bool:
    try:
        return 0 < Decimal(text) <= 1000
    except ArithmeticError:
        return False


def share_of_last(
    a: Analysis, content: set[str], frame: Frame | None, base: FactBase, lexicon: Lexicon
) -> Query | None:
    """ "half that?", "what's 20% of it?": a percentage the user names, of the figure just
    given (a stated amount or count), and nothing else asked."""
    if frame is None or frame.op is not None or len(frame.facts) != 1 or not a.anaphora:
        return None
    asked = a.stems[a.context_until :]
    typed = [i for i, s in enumerate(asked) if is_number(s)]
    if len(typed) != 1 or asked[typed[0] + 1 : typed[0] + 2] != ["percent"]:
        return None
    said = [w for i, w in enumerate(asked) if i != typed[0]]
    stating = set(said) & lexicon.state_verbs and not set(said) & lexicon.question_words
    if set(said) - lexicon.part_of_last_words or stating:
        return None  # "so that's about a third?" states a share to check, asks none applied
    if content - {asked[typed[0]]} or set(a.op_names) - {"percent", "convert", "share_of"}:
        return None
    fact = base.facts[frame.facts[0]]
    if fact.is_text or unit_of(base, fact) in (PERCENT, "year", "years", None):
        return None
    share = asked[typed[0]]
    if not _a_percentage(share):
        return None
    currency = a.currency or frame.currency
    return Query(
        "share_of", frame.facts, "part", currency, 0.85, used_context=True, amount=(share, "%")
    )


def follow(
    a: Analysis,
    content: set[str],
    frame: Frame,
    base: FactBase,
    asks: str | None,
    whole: bool = False,
) -> Query | Refusal | None:
    """The answer a follow-up asks for about the last answer, or None if it asks something
    the frame cannot settle (then the question is read as words). `whole`: the turn says
    "in total" or "in all", so a count it names is the whole, not the part just given."""
    extra = content - {"not"}
    ops = {op for op in a.op_names if op != "convert"}
    if extra == {INVERSE} and not ops:
        return _inverse(frame, base)
    change = _change_since(a, ops, frame, base)
    if change is not None:  # "how much more than 2016 is that?" after the 2018 forecast
        return change
    if extra and asks == "count" and not ops and not whole:
        behind = _amount_behind(frame, base)  # "how many respondents is that?" after 79%:
        if behind is not None and extra - _wholes_typed(behind, extra, base) <= _counted(
            behind, base
        ):  # the count it stands for ("... out of 28,000?": the whole typed)
            return behind
    if extra:
        return None
    if a.as_change and a.expects == "amount" and not (ops - {"difference"} or a.years):
        change = _change_of_the_growth(frame, base, a.currency)
        if change is not None:  # "by how many yuan in absolute terms?" after a growth rate
            return change
    asked_ops = {op for op, at in a.ops if at >= a.context_until and op != "convert"}
    if a.forecast and not (asked_ops or a.years or a.currency or "not" in content):
        # "and the forecast?"; "it's expected to rise. To what level?" (the rise is told)
        ahead = _forecast_of(frame, base)
        if ahead is not None:
            return Query("lookup", (ahead,), None, None, 0.85, used_context=True)
    if a.years and not ops and "not" not in content:
        return _another_year(a, frame, base)
    if "not" in content and ops <= {"percent"}:  # "and what percentage did not?"
        # "so how much went elsewhere?" after a share: "how much", if weakly, asks money
        # ("the rest percent is how much?", read "not percent", still asks a share)
        amount = a.expects == "amount" and "percent" not in a.stems[a.context_until :]
        asked = asks or ("amount" if amount else None)
        return _rest(frame, base, "percent" if ops else asked, a.currency)
    if ops == {"percent"} and a.expects == "amount" and not a.currency:
        behind = _amount_behind(frame, base)  # "how many is that out of 28,000?" after 21%
        if behind is not None and _unit(frame, base) == PERCENT:
            return behind
    if ops or a.breakdown:
        covered = frozenset().union(*(base.years(base.facts[f]) for f in frame.facts))
        unmet = sorted(set(a.years) - covered)
        if a.year_shift and ops <= {"ratio", "percent"} and a.years:
            # "and the ratio a year earlier?" after buyers against active users: the two
            # figures are of their own year; a year away they are not in the article
            return Refusal("year", near=frame.facts[:1], years=tuple(a.years))
        over_time = ops & {"growth", "difference", "cagr"} or a.year_shift
        if unmet and covered and not over_time:
            # "how did that compare with 2015?" after 2016's figures only: not their ratio
            return Refusal("year", near=frame.facts[:1], years=tuple(unmet))
        if (
            ops == {"growth"}
            and len(a.years) == 1
            and not a.year_shift  # "compared with the year before" names the start
            and covered
            and a.years[0] < max(covered)
        ):
            # "and the growth rate in 2015?" after 2015 and 2016: their growth is 2016's;
            # the growth in 2015 is from 2014, which the article does not give
            return Refusal("year", near=frame.facts[:1], years=tuple(a.years))
        return (
            share_of_whole(frame, base) if ops <= {"percent"} else _same_pair(frame, ops, a, base)
        )
    if asks == "percent" and not a.currency:
        return share_of_whole(frame, base)
    if asks == "count" or (a.expects == "amount" and not a.currency):
        return _amount_behind(frame, base)
    if a.expects == "amount" and a.currency and _unit(frame, base) == PERCENT:
        behind = _amount_behind(frame, base)  # "and how much is that in yuan?" after 39.2%
        return replace(behind, currency=a.currency) if behind is not None else None
    if a.currency:
        forecast = _forecast_operand(frame, base) if a.forecast else None
        if forecast is not None:  # "and the forecast in dollars?" after the 2016-2018 growth
            return Query("convert", (forecast,), None, a.currency, 0.85, used_context=True)
        if _unit(frame, base) == PERCENT:
            # "that in dollars?" after Russia's 80% to China: the sum that share is, when
            # it is a share of a sum; a percentage itself has no currency
            behind = money_behind(frame, base)
            return replace(behind, currency=a.currency) if behind is not None else None
        if _unit(frame, base) not in ("CNY", "USD"):
            return None  # "in yuan?" after a ratio: not a conversion of it
        again = frame.again(a.currency, 0.85, used_context=True)
        return replace(again, intent="convert") if frame.op is None else again
    return None


def _computed_over(base: FactBase, op: str, pair: set[str]) -> str | None:
    """The fact the article computes by `op` from exactly these two figures (found through
    the formula index, never by scanning the base)."""
    for other in computed_from(base, next(iter(pair))):
        formula = base.facts[other].formula
        if formula is not None and formula.op == op and set(formula.args) == pair:
            return other
    return None


def _growth_of_the_change(base: FactBase, fact_id: str) -> str | None:
    """The growth the article computes over the same two figures as a change over time."""
    formula = base.facts[fact_id].formula
    if formula is None or formula.op != "difference":
        return None
    return _computed_over(base, "growth", set(formula.args))


def _change_of_the_growth(frame: Frame, base: FactBase, currency: str | None) -> Query | None:
    """The change in what a growth rate just given is the growth of, over its own two
    figures: "by how many yuan?" after online shopping's 24.7% is 4.7 trillion less 2015's
    3.77 trillion, not the 4.7 trillion itself."""
    if frame.op in ("growth", "series-growth") and len(frame.facts) == 2:
        pair = frame.facts
    else:
        fact_id = _single(frame)
        formula = base.facts[fact_id].formula if fact_id is not None else None
        if formula is not None and formula.op == "growth":
            pair = tuple(formula.args)
        else:  # a stated rate: the level the article gives and the one it implies before
            before = used_by(base, "before_growth", 1, fact_id) if fact_id is not None else []
            if len(before) != 1:
                return None
            pair = (before[0], base.facts[before[0]].formula.args[0])
    stated = _computed_over(base, "difference", set(pair))
    if stated is not None:
        return Query("difference", (stated,), None, currency, 0.85, used_context=True)
    series = base.series(base.facts[pair[0]])
    op = "series-difference" if any(f.id == pair[1] for f in series) else "difference"
    return Query("difference", pair, op, currency, 0.85, used_context=True)


def _change_since(a: Analysis, ops: set[str], frame: Frame, base: FactBase) -> Query | None:
    """ "How much more than 2016 is that?" after the 2018 forecast: the change the article
    computes between the figure just given and the same measure in the year the turn names
    (in the last answer's currency)."""
    if len(ops) != 1 or not ops <= {"difference", "growth"} or len(set(a.years)) != 1:
        return None
    fact_id = _single(frame)
    if fact_id is None:
        return None
    fact, op = base.facts[fact_id], next(iter(ops))
    others = [f.id for f in base.series(fact) if f.year == a.years[0] and f.id != fact_id]
    if len(others) != 1:
        return None
    change = _computed_over(base, op, {others[0], fact_id})
    if change is None:
        return None
    currency = (a.currency or frame.currency) if op == "difference" else None
    return Query(op, (change,), None, currency, 0.85, used_context=True)


def _same_pair(frame: Frame, ops: set[str], a: Analysis, base: FactBase) -> Query | None:
    """ "Online shopping as a percentage of total e-commerce?" then "and the difference in
    yuan?": the two figures just compared, compared another way."""
    if len(ops) != 1 or len(frame.facts) != 2 or frame.op not in PAIR_OPERATIONS:
        return None
    if a.expects == "duration":
        return None  # "how many years out is that?": a span, not the two figures' gap
    if set(a.years) - {base.facts[f].year for f in frame.facts}:
        return None  # "what about the growth in 2017?": not the two 2016 figures
    if any(_formula_op(base, f) == "difference" for f in frame.facts):
        return None  # "and the gap in absolute terms?" after the gap as a share: that gap
    op = next(iter(ops))
    if op == frame.op or op not in ("difference", "ratio", "growth"):
        return None  # ("as a percentage increase?" after "how many times bigger": growth)
    return Query(op, frame.facts, op, a.currency, 0.85, used_context=True)


PAIR_OPERATIONS = ("ratio", "percent", "difference")


def gap_of_the_pair(
    a: Analysis, frame: Frame, base: FactBase, asks: frozenset[tuple[str, ...]]
) -> Query | None:
    """ "By how much?" after two figures just set against each other as a ratio or a
    share ("is cross-border volume bigger than online shopping?"): their difference, in
    the currency asked or the last one."""
    if frame.op not in ("ratio", "percent") or len(frame.facts) != 2 or a.expects != "amount":
        return None
    said = a.stems[a.context_until :]
    if not any(tuple(said[: len(p)]) == p for p in asks):
        return None
    units = {unit_of(base, base.facts[f]) for f in frame.facts}
    if len(units) != 1 or units == {PERCENT}:
        return None
    return Query(
        "difference",
        frame.facts,
        "difference",
        a.currency or frame.currency,
        0.85,
        used_context=True,
    )


def _formula_op(base: FactBase, fact_id: str) -> str | None:
    formula = base.facts[fact_id].formula
    return formula.op if formula else None


def _inverse(frame: Frame, base: FactBase) -> Query | None:
    """ "And the other way round?" after a rate: the rate between the same two figures,
    the other way up (yuan per dollar, then dollars per yuan); after a ratio or a
    percentage of two figures, the same computation with the two swapped."""
    if frame.op in ("ratio", "percent") and len(frame.facts) == 2:
        # the same two figures in the order the last answer said them, then turned over
        return Query(
            frame.op,
            frame.facts,
            frame.op,
            None,
            0.85,
            used_context=True,
            ordered=frame.ordered,
            inverted=not frame.inverted,
        )
    fact_id = _single(frame)
    formula = base.facts[fact_id].formula if fact_id else None
    if formula is None or formula.op != "rate":
        return None
    amount, same_amount = formula.args
    for other in used_by(base, "rate", 1, amount):  # rate(same_amount, amount)
        if other in used_by(base, "rate", 0, same_amount):
            return Query("lookup", (other,), None, None, 0.85, used_context=True)
    return None


def intent_of(frame: Frame) -> str:
    """The intent a query repeating the last answer's computation carries."""
    return {
        "complement": "difference",
        "series-growth": "growth",
        "series-cagr": "cagr",
        "part": "share_of",
    }.get(frame.op or "", frame.op or "lookup")


def _unit(frame: Frame, base: FactBase) -> str | None:
    """The unit of the last answer's figure."""
    if frame.op in ("complement", "percent", "growth", "cagr", "series-growth", "series-cagr"):
        return PERCENT
    if frame.op in ("ratio", "years-between"):
        return None
    return unit_of(base, base.facts[frame.facts[0]])


def _single(frame: Frame) -> str | None:
    return frame.facts[0] if frame.op is None and len(frame.facts) == 1 else None


def _rest(
    frame: Frame, base: FactBase, asks: str | None, currency: str | None = None
) -> Query | Refusal | None:
    """ "And the rest?": the other part of the whole the last figure is a part of."""
    part = _single(frame)
    if frame.op in ("complement", "percent") and len(frame.facts) <= 2:
        part = frame.facts[0]  # "what percentage is that?" then "and the rest?": its rest
    if part is None:
        return None
    if asks == "count" and unit_of(base, base.facts[part]) == PERCENT:
        part = _count_behind(base, part) or part  # "how many didn't?" after 21% of them
    # "what percentage is that?" then "and the rest?": the other share when the article
    # states the share (Russia's 80%), the other part when it was computed from two figures
    # ("half of Alibaba's 2 billion": the other 1 billion consumers)
    as_share = asks == "percent" or (
        frame.op == "percent" and currency is None and share_is_stated(base, part)
    )
    # "... 80% on Chinese platforms" then "and the rest in dollars?": the sum, not the 20%
    # "what share went to China?" then "so how much went elsewhere?": an amount asked
    money = currency is not None or asks in ("amount", "money")
    found = complement(base, part, percent=as_share, amount=money)
    if found is None:
        return Refusal("unsupported", words=("the rest",), near=frame.facts)
    op, facts = found
    # "and the rest, in dollars?": the currency asked now, else the one of the last answer
    return Query("difference", facts, op, currency or frame.currency, 0.85, used_context=True)


def whole_of_last(frame: Frame, base: FactBase) -> str | None:
    """The whole the last figure is a part of: the larger figure of a gap just given (the
    active users, of those who did not buy), or the whole a single figure is stated of."""
    if frame.op == "difference" and len(frame.facts) == 2:
        return frame.facts[0]
    fact_id = _single(frame)
    if fact_id is None:
        return None
    fact = base.facts[fact_id]
    if fact.formula and fact.formula.op in ("share_of", "difference"):
        return fact.formula.args[1] if fact.formula.op == "share_of" else fact.formula.args[0]
    return fact.of


def share_of_whole(frame: Frame, base: FactBase) -> Query | None:
    """ "As a percent?": the last figure as a share of the whole it is a part of."""
    fact_id = _single(frame)
    if frame.op == "difference" and len(frame.facts) == 2:
        if whole_of(base, frame.facts[1]) not in frame.facts:
            return None  # cross-border less online shopping: no whole and its part
        found = complement(base, frame.facts[1], percent=True)  # the rest, as a share
        if found is None:
            return None
        op, facts = found
        return Query("percent", facts, op, None, 0.85, used_context=True)
    if fact_id is None:
        return None
    if unit_of(base, base.facts[fact_id]) == PERCENT:
        return None  # already a share
    growth = _growth_of_the_change(base, fact_id)
    if growth is not None:  # "the increase from 2016 to 2018, in percent?": the growth
        return Query("growth", (growth,), None, None, 0.85, used_context=True)
    whole = whole_of_last(frame, base)
    if whole is None:
        return None
    return Query("percent", (fact_id, whole), "percent", None, 0.85, used_context=True)


def _amount_behind(frame: Frame, base: FactBase) -> Query | None:
    """ "How many people is that?": the count or amount behind a share just given; "what
    amount did it reach?": the level behind a growth just given."""
    if frame.op in ("growth", "series-growth") and len(frame.facts) == 2:
        # "by how much did online shopping grow?" then "and what amount did it reach?": the
        # later of the two figures the growth runs between
        years = [base.facts[f].year or 0 for f in frame.facts]
        if years[0] == years[1]:
            return None
        later = frame.facts[0] if years[0] > years[1] else frame.facts[1]
        return Query("lookup", (later,), None, None, 0.85, used_context=True)
    if frame.op == "complement":
        part = frame.facts[0]
        if unit_of(base, base.facts[part]) == PERCENT:
            part = _count_behind(base, part) or part  # 79% of the respondents: how many?
        found = complement(base, part, percent=False)
        if found is None:
            return None
        op, facts = found
        return Query("difference", facts, op, None, 0.85, used_context=True)
    fact_id = _single(frame)
    if fact_id is None or unit_of(base, base.facts[fact_id]) != PERCENT:
        return None
    reached = [base.facts[f].formula.args[0] for f in used_by(base, "before_growth", 1, fact_id)]
    if len(set(reached)) == 1:  # the stated 24.7% growth: the 4.7 trillion it rose to
        return Query("lookup", (reached[0],), None, None, 0.85, used_context=True)
    count = _count_behind(base, fact_id)
    if count is None:
        return None
    intent = "share_of" if base.facts[count].formula else "lookup"
    return Query(intent, (count,), None, None, 0.85, used_context=True)


def _forecast_operand(frame: Frame, base: FactBase) -> str | None:
    """The one forecast sum a change just given runs to (the 2018 volume of the 2016-2018
    growth), when the change is of one measure over time."""
    fact_id = _single(frame)
    formula = base.facts[fact_id].formula if fact_id else None
    operands = formula.args if formula and formula.op in ("growth", "cagr", "difference") else ()
    if frame.op in ("growth", "difference") and len(frame.facts) == 2:
        operands = frame.facts
    money = [
        f
        for f in operands
        if f in base.facts
        and base.facts[f].is_forecast
        and unit_of(base, base.facts[f]) in ("CNY", "USD")
    ]
    return money[0] if len(money) == 1 else None


def _forecast_of(frame: Frame, base: FactBase) -> str | None:
    """The one forecast the article makes of the measure just given."""
    fact_id = _single(frame)
    if fact_id is None:
        return None
    ahead = [o.id for o in base.series(base.facts[fact_id]) if o.is_forecast and o.id != fact_id]
    return ahead[0] if len(ahead) == 1 else None


def money_behind(frame: Frame, base: FactBase) -> Query | None:
    """The sum a share just given stands for ("that in dollars?", "so is that more than
    three billion dollars?" after Russia's 80% to China), if it is a share of a sum."""
    if _unit(frame, base) != PERCENT:
        return None
    behind = _amount_behind(frame, base)
    if behind is None or unit_of(base, base.facts[behind.facts[0]]) not in ("CNY", "USD"):
        return None
    return behind


def asks_a_whole(a: Analysis, whole_words: frozenset[str]) -> bool:
    """ "How many respondents in total?", "... in all?": the turn asks for a whole."""
    said = a.stems[a.context_until :]
    pairs = {" ".join(said[i : i + 2]) for i in range(len(said) - 1)}
    return bool((set(said) | pairs) & whole_words)


def _counted(query: Query, base: FactBase) -> set[str]:
    """The stems of what the query's figures count ("respondents")."""
    units = (unit_of(base, base.facts[f]) or "" for f in query.facts)  # a share's: computed
    return {stem(w) for unit in units for w in unit.lower().split()}


def _wholes_typed(query: Query, said: set[str], base: FactBase) -> set[str]:
    """The numbers said that are the value of a figure the query's count is computed
    from: "out of 28,000" names the respondents 5,880 is a share of."""
    formulas = [base.facts[f].formula for f in query.facts]
    typed = set().union(
        *(typed_numbers(base.facts[arg]) for formula in formulas if formula for arg in formula.args)
    )
    return said & typed


def _count_behind(base: FactBase, share: str) -> str | None:
    """The figure a share stands for in the fact base: 5,880 respondents behind 21% (the
    share applied to its whole), or China's 26.1 trillion yuan behind its 39.2% of global
    e-commerce (the part the whole is implied from)."""
    for fact in base.facts.values():
        if fact.formula and fact.formula.op == "share_of" and fact.formula.args[0] == share:
            return fact.id
    for fact in base.facts.values():
        if fact.formula and fact.formula.op == "implied_whole" and fact.formula.args[1] == share:
            return fact.formula.args[0]
    return None


def _another_year(a: Analysis, frame: Frame, base: FactBase) -> Query | Refusal | None:
    """ "And in 2018?", "the year before?": the same measure in another year, if the article
    has it; otherwise say so rather than repeat the figure."""
    if len(set(a.years)) != 1:
        return None
    year = a.years[0]
    fact_id = _single(frame)
    if fact_id is None:  # a computed figure: one of its figures may be of that year
        for member in frame.facts:
            if base.facts[member].year == year:
                return Query("lookup", (member,), None, a.currency, 0.85, used_context=True)
        return Refusal("year", near=frame.facts[:1], years=(year,))
    fact = base.facts[fact_id]
    if fact.year == year and fact.unit == "%" and a.expects == "amount":
        # "whats the 2016 level" after the 2016 growth rate: the level that rate is of
        for other in computed_from(base, fact_id):
            formula = base.facts[other].formula
            for member in formula.args if formula else ():
                level = base.facts.get(member)
                if level is not None and level.year == year and level.unit != "%":
                    return Query("lookup", (member,), None, a.currency, 0.85, used_context=True)
    for other in base.series(fact):
        if other.year == year:
            return Query("lookup", (other.id,), None, a.currency, 0.85, used_context=True)
    if fact.year == year:
        return Query("lookup", (fact_id,), None, a.currency, 0.85, used_context=True)
    for other in computed_from(base, fact_id):  # "the year before?" after a growth rate:
        if base.facts[other].year == year:  # the level computed from it
            return Query("lookup", (other,), None, a.currency, 0.85, used_context=True)
    for member in fact.formula.args if fact.formula else ():  # the CAGR's 2018 figure
        if member in base.facts and base.facts[member].year == year:
            return Query("lookup", (member,), None, a.currency, 0.85, used_context=True)
    return Refusal("year", near=(fact_id,), years=(year,))
