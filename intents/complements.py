"""The other part of a whole: "how many active users did NOT buy", "what share of retail
was not online", "and the rest?".

The fact base says which figures are parts of which wholes (`of`, and formulas such as
`share_of(share, whole)` or `percent(part, whole)`); the complement is the whole minus the
part, as an amount, or 100% minus the part's share when a percentage is asked.
"""

from __future__ import annotations

from intents.facts import Fact, FactBase

PERCENT = "%"


def complement(
    base: FactBase, part_id: str, percent: bool, amount: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    """(op, facts) of the complement of `part_id`, or None when the base records no whole
    for it. `percent`: the question asks for a percentage; `amount`: for an amount (it names
    a currency), even when the part it negates is a share."""
    part = base.facts[part_id]
    # a share the article states (Russia's 80%) has a stated rest (20%); one computed from
    # two counts (1 of Alibaba's 2 billion consumers) has the other count as its rest
    computed = part.formula is not None and part.formula.op == "percent"
    if percent or (unit_of(base, part) == PERCENT and not amount and not computed):
        share = _share_of_part(base, part)
        if share is not None:
            return "complement", (share,)
        if percent:
            return None
    amount = _amount_of_part(base, part)
    if amount is None:
        return None
    whole = _whole(base, base.facts[amount])
    if whole is None or _kind(base, base.facts[whole]) != _kind(base, base.facts[amount]):
        return None
    return "difference", (whole, amount)


def whole_of(base: FactBase, fact_id: str) -> str | None:
    """The whole the fact is a part of, if the base records one."""
    return _whole(base, base.facts[fact_id])


def _whole(base: FactBase, fact: Fact) -> str | None:
    if fact.formula and fact.formula.op == "share_of":
        return fact.formula.args[1]
    if fact.formula and fact.formula.op == "difference":
        return fact.formula.args[0]  # the spend on other platforms is a part of all spending
    if fact.of and unit_of(base, fact) != PERCENT:
        return fact.of
    for other in used_by(base, "implied_whole", 0, fact.id):
        return other  # online shopping is a part of the total retail it implies
    return None


_ANY = ("*", -1)  # the index key prefix for "any operation, any position"
_INDEXES: dict[tuple[int, str], tuple[FactBase, dict]] = {}


def used_by(base: FactBase, op: str, position: int, fact_id: str) -> list[str]:
    """Facts whose formula `op` takes `fact_id` at `position`, from an index built once per
    fact base: looking them up by scanning every fact made a question on a base of 5,400
    facts take seconds."""
    return _per_base(base, "formulas", _formula_index).get((op, position, fact_id), [])


def rest_of(base: FactBase, part_id: str) -> str | None:
    """The figure the base files as the rest of a part's whole (Russian spending elsewhere
    is all of it less the Chinese part), if exactly one: "what went everywhere else"."""
    part = base.facts[part_id]
    if part.formula and part.formula.op == "difference":
        return part.formula.args[1]  # the rest of the rest is the part it was taken from
    amount = _amount_of_part(base, part) or part_id
    whole = whole_of(base, amount)
    if whole is None:
        return None
    rests = [
        f for f in used_by(base, "difference", 1, amount) if base.facts[f].formula.args[0] == whole
    ]
    return rests[0] if len(rests) == 1 else None


def filed_as(base: FactBase, op: str, facts: tuple[str, ...]) -> str | None:
    """The fact whose formula is exactly `op(facts)`: a computation the base files under a
    name of its own (all Russian spending less the Chinese part is the spending elsewhere)."""
    if not facts:
        return None
    found = [
        f
        for f in used_by(base, op, 0, facts[0])
        if base.facts[f].formula is not None and base.facts[f].formula.args == tuple(facts)
    ]
    return found[0] if len(found) == 1 else None


def computed_from(base: FactBase, fact_id: str) -> list[str]:
    """Facts whose formula takes `fact_id` as an operand, whatever the operation."""
    return _per_base(base, "formulas", _formula_index).get((*_ANY, fact_id), [])


def parts_of(base: FactBase, whole: str) -> list[str]:
    """The facts filed as parts of `whole` (the inverse of `whole_of`)."""
    return _per_base(base, "parts", _parts_index).get(whole, [])


def _per_base(base: FactBase, name: str, build) -> dict:
    """An index of the fact base, built on first use and kept while the base lives."""
    cached = _INDEXES.get((id(base), name))
    if cached is None or cached[0] is not base:
        if len(_INDEXES) > 16:
            _INDEXES.clear()
        cached = _INDEXES[(id(base), name)] = (base, build(base))
    return cached[1]


def _formula_index(base: FactBase) -> dict[tuple[str, int, str], list[str]]:
    index: dict[tuple[str, int, str], list[str]] = {}
    for fact in base.facts.values():
        if fact.formula is None:
            continue
        for at, arg in enumerate(fact.formula.args):
            index.setdefault((fact.formula.op, at, arg), []).append(fact.id)
        for arg in dict.fromkeys(fact.formula.args):
            index.setdefault((*_ANY, arg), []).append(fact.id)
    return index


def _parts_index(base: FactBase) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for fact_id in base.facts:
        whole = whole_of(base, fact_id)
        if whole is not None and whole != fact_id:
            index.setdefault(whole, []).append(fact_id)
    return index


def _amount_of_part(base: FactBase, part: Fact) -> str | None:
    """The part as an amount: itself, or the figure computed from its share."""
    if unit_of(base, part) != PERCENT:
        return part.id
    for fact_id in used_by(base, "share_of", 0, part.id):
        return fact_id  # 21% of the respondents -> the respondents who shopped
    if part.formula and part.formula.op == "percent":
        return part.formula.args[0]  # the purchasers' share of active users -> purchasers
    return None


def share_is_stated(base: FactBase, part_id: str) -> bool:
    """Does the article state the part's share (Russia's 80 percent), rather than leave it
    to be computed from two figures (Alibaba's 1 of 2 billion consumers)?"""
    share = _share_of_part(base, base.facts[part_id])
    return share is not None and base.facts[share].formula is None


def _share_of_part(base: FactBase, part: Fact) -> str | None:
    """The part as a share of its whole: itself, its stated share, or a computed one."""
    if unit_of(base, part) == PERCENT:
        if part.of or (part.formula and part.formula.op == "percent"):
            return part.id
        return None
    if part.formula and part.formula.op == "share_of":
        return part.formula.args[0]  # the spend on Chinese platforms -> the 80%
    for fact_id in used_by(base, "percent", 0, part.id):
        return fact_id  # the purchasers -> their share of active users
    for fact_id in used_by(base, "implied_whole", 0, part.id):
        formula = base.facts[fact_id].formula
        return formula.args[1] if formula else None  # online shopping -> its 14% of retail
    return None


def unit_of(base: FactBase, fact: Fact) -> str | None:
    """A fact's unit, derived through its formula when it has none of its own."""
    if fact.unit or not fact.formula:
        return fact.unit
    op, args = fact.formula.op, fact.formula.args
    if op in ("percent", "growth", "cagr"):
        return PERCENT
    if op == "ratio":
        return "ratio"
    if op == "share_of":
        return unit_of(base, base.facts[args[1]])
    if op in ("difference", "implied_whole", "before_growth"):
        return unit_of(base, base.facts[args[0]])
    return None


def whole_unit(base: FactBase, fact: Fact) -> str | None:
    """The unit of what a figure counts: a share's whole's ("21% of respondents" counts
    respondents, "80% of the spending" money), any other figure's own."""
    if fact.unit == PERCENT and fact.of and fact.of in base.facts:
        return unit_of(base, base.facts[fact.of])
    return unit_of(base, fact)


def _kind(base: FactBase, fact: Fact) -> str:
    unit = unit_of(base, fact)
    if unit in ("CNY", "USD"):
        return "money"
    return "percent" if unit == PERCENT else "count"
