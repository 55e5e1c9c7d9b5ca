"""Readings that compare two facts, found by splitting the question where the comparison
joins its two sides ("total e-commerce THAN online shopping", "X AS A SHARE OF Y").

Each side is matched on its own words and its own years, so "2016 online shopping vs the
2018 cross-border forecast" pairs the right two facts even when one fact's vocabulary
overlaps the other's.
"""

from __future__ import annotations

import re

from intents.analysis import Analysis
from intents.readings import Ranker, Reading, misses_head
from intents.text import is_number

SIDE_CANDIDATES = 4
SIDE_SHORTLIST = 10  # facts per side given the full fit
UNEXPLAINED_SIDE_WORD = 1.0
SHARE_OPS = ("percent", "ratio", "growth")  # "as % of the target", "up to the goal"
AMONG_BONUS = 1.0


def split_readings(
    ranker: Ranker,
    a: Analysis,
    must: set[str],
    op: str,
    kinds: tuple[str, ...],
    cuts: frozenset[int] | None = None,
) -> list[Reading]:
    """One reading per (cut, left fact, right fact), scored side by side. The cuts are
    the lexicon's connectors ("than", "to"), or the positions given."""
    connectors = ranker.vocab.lexicon.connectors
    content = [
        i
        for i, s in enumerate(a.stems)
        if s in ranker.vocab.index
        and (i not in a.lexical or is_number(s) or op in SHARE_OPS and _target_named(ranker, a, i))
        and i not in a.currency_at
        and i not in a.year_span
        and not _only_how_compared(ranker, a, i)
        and not (i < max(a.main_from, a.context_until) and i in a.chat_at)  # a premise
    ]
    best: dict[tuple[str, str], Reading] = {}
    sides: dict[tuple[int, ...], list[tuple[str, float]]] = {}
    seen: set[tuple] = set()
    opened = _opened(ranker, a, op, content)
    for cut, word in enumerate(a.stems):
        if (cut not in cuts) if cuts is not None else (word not in connectors):
            continue
        if cut < a.context_until or cut < a.main_from and cut in a.chat_at:
            continue  # "more than 20 million" in a premise joins nothing the question compares
        if cut < opened:
            continue
        left = [i for i in content if opened < i < cut]
        right = _with_the_measure_left_out(ranker, a, left, [i for i in content if i > cut])
        left_years = {y for at, y in a.year_at.items() if at < cut}
        right_years = {y for at, y in a.year_at.items() if at > cut}
        sides_of_cut = [(left, right)]
        if op == "per_unit" and cut in a.op_span and right and right[0] in a.per_what_at:
            sides_of_cut.append(_after_the_unit(a, left, right))  # "per country shopped"
        for left, right in sides_of_cut:
            partition = (tuple(left), tuple(right), frozenset(left_years), frozenset(right_years))
            if not (left or right) or partition in seen:
                continue  # "X is how many times the Y": several cuts, one partition
            if op == "growth" and (
                _a_subject_alone(ranker, a, left, left_years, right)
                or _a_subject_alone(ranker, a, right, right_years, left)
            ):
                continue
            seen.add(partition)
            _pair_readings(
                ranker, a, op, must, kinds, sides, best, (left, left_years), (right, right_years)
            )
    return list(best.values())


def _a_subject_alone(
    ranker: Ranker, a: Analysis, side: list[int], years: set[int], other: list[int]
) -> bool:
    """ "What growth in active users did AliExpress see?": a side that only names the
    subject of the other side's figures, with no year of its own, says whose growth is
    asked; it is no second figure to grow from."""
    naming = ranker.vocab.naming
    if not side or years or not other or not all(a.stems[i] in naming for i in side):
        return False
    if any(a.stems[i] in naming for i in other):
        return False  # "JD's growth against AliExpress": two subjects, two figures
    named = {e for i in side for e in naming[a.stems[i]]}
    return any(
        ranker.base.facts[f].entity in named
        for i in other
        for f in ranker.vocab.index.get(a.stems[i], ())
    )


def _only_how_compared(ranker: Ranker, a: Analysis, at: int) -> bool:
    """ "The 2018 forecast as a PERCENT jump OVER 2016": the percentage asked and a bound
    word between the sides say how the figures are compared; neither names a side."""
    word = a.stems[at]
    if a.expects == "percent" and at in a.expects_span and word in ("percent", "%"):
        return True
    # "over 2016", not "over 60 million users"
    return (word,) in ranker.vocab.lexicon.claim_qualifiers and at + 1 in a.year_at


def _after_the_unit(a: Analysis, left: list[int], right: list[int]) -> tuple[list[int], list[int]]:
    """ "How many respondents per country shopped on Chinese sites?": the words after
    the unit an average is per (and those joined to it: "per country and region") still
    describe what is averaged."""
    unit = [i for i in right if i in a.per_what_at]
    if not unit:
        return left, right
    end = unit[-1]
    while end + 2 < len(a.stems) and a.stems[end + 1] in ("and", "or") and end + 2 in right:
        end += 2
    kept = [i for i in right if i <= end]
    return sorted(left + [i for i in right if i > end]), kept


def _pair_readings(
    ranker: Ranker,
    a: Analysis,
    op: str,
    must: set[str],
    kinds: tuple[str, ...],
    sides: dict[tuple[int, ...], list[tuple[str, float]]],
    best: dict[tuple[str, str], Reading],
    left_side: tuple[list[int], set[int]],
    right_side: tuple[list[int], set[int]],
) -> None:
    """The readings of one partition of the question into two sides, kept in `best` when
    they explain more of their sides than another cut's."""
    left, left_years = left_side
    right, right_years = right_side
    for first, first_fit, second, second_fit in _pairs(
        ranker, a, (left, left_years), (right, right_years), kinds, sides
    ):
        if first == second or _derived_from(ranker, first, second, op):
            continue
        if op == "per_unit" and not _shared(ranker, first, second):
            continue  # an average only over figures about the same thing
        if _same_measure(ranker, first, second) and not (left_years and right_years):
            continue  # one measure twice needs a year on each side to tell them apart
        # each side was matched where it stands: the order is the question's
        reading = ranker.pair(first, second, op, a, must, related=True, as_given=True)
        if reading is None:
            continue
        reading.score = first_fit + second_fit
        if op in (*SHARE_OPS, "per_unit") and _one_counts_among_the_other(ranker, first, second):
            reading.score += AMONG_BONUS
        if not any(ranker.needs_subject(ranker.vocab.terms[f], a) for f in (first, second)):
            # of two equal fits, figures that can be compared; a side whose subject
            # is not named gets no such help ("non-China e-commerce" is not Russia's)
            reading.score -= ranker.incomparable(first, second, op)
        # Each side's words must be explained by that side's own fact: "all Russian
        # online shopping" is not Russia's spending plus China's online shopping.
        left_over = _unexplained(ranker, a, left, first, must)
        named_twice = left_over & {a.stems[i] for i in right}
        if op == "per_unit" and named_twice and left_over <= ranker.vocab.terms[second].all:
            # "if the warehouses were split among the pilot zones, how many per zone?": the
            # divisor named twice, once before the "per"
            left_over = frozenset()
        reading.uncovered = reading.uncovered | left_over
        reading.uncovered = reading.uncovered | _unexplained(ranker, a, right, second, must)
        if any(_elsewhere(ranker, a, fact_id) for fact_id in (first, second)):
            reading.uncovered = reading.uncovered | {"<subject>"}
        key = (first, second)
        if key not in best or _better(reading, best[key]):
            best[key] = reading  # of two cuts, the one whose sides explain their words


def _with_the_measure_left_out(
    ranker: Ranker, a: Analysis, left: list[int], right: list[int]
) -> list[int]:
    """ "The world's e-commerce volume than China's": a side that only names a subject
    means the other side's measure, said once for both."""
    naming = ranker.vocab.naming
    if len(right) != 1 or a.stems[right[0]] not in naming:
        return right
    alone = rf"\b{re.escape(a.raw[right[0]])}['’]s?(?=\s*(?:[?.!,;]|$|in\b|for\b|and\b))"
    if not re.search(alone, a.question, re.IGNORECASE):
        return right  # "Alibaba's 2025 goal" says its own measure
    if "not" in a.stems[: right[0]]:
        return right  # "the non-Chinese part of global e-commerce exceed China's"
    measure = [i for i in left if a.stems[i] not in naming and not is_number(a.stems[i])]
    weak = ranker.vocab.lexicon.weak_expects
    if all((a.stems[i],) in weak for i in measure):
        return right  # "China's volume ... the world's": "volume" alone names no measure
    return sorted(right + measure)


def _opened(ranker: Ranker, a: Analysis, op: str, content: list[int]) -> int:
    """Where an ordered comparison opens: "what's the ratio of A to B" has A after its
    operation word, so a figure named earlier ("say the purchasers were 20m: ...") or a
    connector before it ("what IS the ratio") is no side of it. -1 when none opens one."""
    connectors = ranker.vocab.lexicon.connectors
    for name, at in reversed(a.ops):
        word = a.stems[at]
        if name != op or word not in ranker.vocab.lexicon.ordered_ops or word in connectors:
            continue  # "A divided by B", "A as a share of B": the word is the cut itself
        after = [i for i in content if i > at]
        if after and any(a.stems[i] in connectors for i in range(after[0] + 1, len(a.stems))):
            return at
    return -1


def _better(reading: Reading, other: Reading) -> bool:
    return (len(reading.uncovered), -reading.score) < (len(other.uncovered), -other.score)


def _target_named(ranker: Ranker, a: Analysis, at: int) -> bool:
    """ "Active users as a share of the target": a goal word tells the future from the
    present, and on a side of its own it is that side's figure."""
    return at in a.forecast_at and a.stems[at] in ranker.vocab.lexicon.target_words


def _one_counts_among_the_other(ranker: Ranker, first: str, second: str) -> bool:
    """ "The ratio of active users to buyers": of the buyers the article counts, those
    among the active users (the 20 million purchasers) are the ones that ratio sets beside
    them, not the 100 million overseas buyers of all time."""
    facts = ranker.base.facts
    return facts[first].of == second or facts[second].of == first


def _shared(ranker: Ranker, first: str, second: str) -> bool:
    """Two figures of the same subject or of the same article sentence: AliExpress's
    buyers over AliExpress's countries, not over the survey's countries."""
    a, b = ranker.base.facts[first], ranker.base.facts[second]
    return a.entity == b.entity or bool(a.clause and a.clause == b.clause)


def _derived_from(ranker: Ranker, first: str, second: str, op: str) -> bool:
    """A change along one measure's years (the 2016-2018 increase) is no second figure to
    compare with one of those years: "the B2B share of the 6.3 trillion" is not the increase
    over the 6.3 trillion. Figures merely computed from one another (total retail implied
    by online shopping) remain fair pairs."""
    facts = ranker.base.facts
    for a, b in ((first, second), (second, first)):
        formula = facts[a].formula
        if formula and b in formula.args and op == "difference" == formula.op:
            other = facts[formula.args[1] if b == formula.args[0] else formula.args[0]]
            if b == formula.args[0] or other.is_forecast:
                # the target less the gap to it is only the other figure again, and users
                # less the gap between them and a target compares nothing anyone asks
                return True
        if formula and b in formula.args:
            x, y = (facts[arg] for arg in formula.args)
            if (x.entity, x.measure) == (y.entity, y.measure):
                return True
    return False


def _same_measure(ranker: Ranker, first: str, second: str) -> bool:
    a, b = ranker.base.facts[first], ranker.base.facts[second]
    return (a.entity, a.measure) == (b.entity, b.measure)


def _elsewhere(ranker: Ranker, a: Analysis, fact_id: str) -> bool:
    """A side's fact about a subject the question does not name, while it names another."""
    return ranker.about_another(ranker.vocab.terms[fact_id], a)


def _unexplained(
    ranker: Ranker, a: Analysis, positions: list[int], fact_id: str, must: set[str]
) -> frozenset[str]:
    side = {a.stems[i] for i in positions} & must
    return frozenset(side - ranker.vocab.terms[fact_id].all)


def _pairs(
    ranker: Ranker, a: Analysis, left: tuple, right: tuple, kinds: tuple[str, ...], sides: dict
):
    """Candidate facts for each side. A side that names only a year ("the 2016 volume as a
    share of the 2018 one") means the other side's measure in that year."""
    (left_pos, left_years), (right_pos, right_years) = left, right

    def side(positions: list[int]) -> list[tuple[str, float]]:
        key = tuple(positions)
        if key not in sides:
            sides[key] = _side(ranker, a, positions, kinds)
        return sides[key]

    if left_pos and right_pos:
        for first, first_fit in side(left_pos):
            for second, second_fit in side(right_pos):
                yield first, first_fit, second, second_fit
        return
    named, years = (left_pos, right_years) if left_pos else (right_pos, left_years)
    own_years = left_years if left_pos else right_years
    if not years:
        return
    for fact_id, fit in side(named):
        if own_years and not ranker.vocab.terms[fact_id].years & own_years:
            continue  # "the 2016 volume" is the 2016 fact, whatever else matches its words
        for sibling in ranker.base.series(ranker.base.facts[fact_id]):
            terms = ranker.vocab.terms.get(sibling.id)
            if sibling.id != fact_id and terms is not None and terms.years & years:
                if left_pos:
                    yield fact_id, fit, sibling.id, fit
                else:
                    yield sibling.id, fit, fact_id, fit


def _side(
    ranker: Ranker, a: Analysis, positions: list[int], kinds: tuple[str, ...]
) -> list[tuple[str, float]]:
    stems = {a.stems[i] for i in positions}
    fits = [
        (fact_id, _fit(ranker, a, positions, fact_id))
        for fact_id in ranker.candidates(stems, kinds)[:SIDE_SHORTLIST]
    ]
    fits.sort(key=lambda pair: -pair[1])
    return fits[:SIDE_CANDIDATES]


def _fit(ranker: Ranker, a: Analysis, positions: list[int], fact_id: str) -> float:
    """How well one fact explains one side: its words, its phrase, the side's years, and
    whether its subject is one the question names."""
    terms = ranker.vocab.terms[fact_id]
    stems = {a.stems[i] for i in positions}
    fillers = ranker.vocab.lexicon.function_words
    unexplained = stems - terms.all - fillers
    fit = ranker.overlap(terms, stems) + ranker.phrase_bonus(terms, stems)
    fit -= UNEXPLAINED_SIDE_WORD * len(unexplained)
    fit -= 0.01 * len(ranker.depends.get(fact_id, ()))
    fit -= ranker.entity_penalty(terms, a)
    if misses_head(terms, set(a.stems), stems, ranker.vocab.entity_stems):
        fit -= 1.5  # none of its head words anywhere in the question ("than the survey
        # covered" borrows "countries" from the other side)
    if terms.numbers & stems:
        fit += 1.0  # the figure typed is this fact's own
    if a.expects == "duration" and terms.fact.unit == "year":
        fit += 0.5  # "how old is X": X's own dated event (founded, launched), not any figure
    low, high = min(positions) - 3, max(positions) + 1
    years = {year for at, year in a.year_at.items() if low <= at <= high}
    if years:
        fit += 1.0 if terms.years & years else -1.0
    elif terms.fact.is_forecast and not a.forecast:
        fit -= 1.0
    return fit
