"""Candidate readings of a question and how they are ranked.

A reading is one fact looked up, an operation between two facts, or an operation along one
fact's series over time. Ranking: fewest unexplained words, then the weighted overlap
with the question, adjusted for the kind of answer asked for ("how much" wants an amount,
"what share" a percentage) and for forecasts nobody asked about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from intents.analysis import Analysis, find_phrases
from intents.checks import ReadingChecks
from intents.complements import unit_of
from intents.english import is_english
from intents.facts import Fact
from intents.lexicon import Lexicon
from intents.query import INTENT_OF_OPERATION
from intents.subjects import OTHER_ENTITY_PENALTY, SubjectRules
from intents.text import stem, stems
from intents.vocabulary import FactTerms, Vocabulary

KIND_BONUS = 0.6
FORECAST_PENALTY = 1.5
SHARE_CUE_PENALTY = 1.5
PHRASE_WEIGHT = 0.8
YEAR_WEIGHT = 0.4
PHRASE_CANDIDATES = 12  # how many facts get the phrase comparison
MAIN_CLAUSE_WEIGHT = 0.5
CORE_PENALTY = 1.5
COMPARING = frozenset({"versu", "versus", "compar", "compare", "relativ", "relative"})


@dataclass
class Reading:
    facts: tuple[str, ...]
    op: str | None  # computed on demand; None means evaluate facts[0]
    intent: str
    uncovered: frozenset[str]
    score: float
    order: int
    kind_mismatch: bool = False
    op_unanswered: bool = False  # an operation was asked for that this reading ignores

    def rank(self) -> tuple:
        """Explain every word first; then honour the operation asked for; then prefer one
        fact that answers it over a computation between two; then the better match."""
        return (
            len(self.uncovered),
            self.op_unanswered,
            len(self.facts) if not self.op_unanswered else 0,
            -round(self.score, 6),
            self.order,
        )


class Ranker(SubjectRules, ReadingChecks):
    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.base = vocab.base
        self.depends = _dependencies(self.base)
        self.reasons = frozenset(f.id for f in self.base.facts.values() if self._says_why(f))
        self._candidates: dict[tuple, list[str]] = {}
        self._bonus: dict[tuple, float] = {}
        self.cited_names = self.source_words(cited=True)
        # per fact, the words naming its source; per word, the facts that source gave (a
        # figure restated in another currency is not read, so it is left out)
        read = [f for f in self.base.facts.values() if f.id in self.vocab.terms]
        self.cited = {
            f.id: frozenset(w for w, s in self.cited_names.items() if s == f.source) for f in read
        }
        self.citing = {
            w: {f.id for f in read if f.source == s} for w, s in self.cited_names.items()
        }

    def source_words(self, cited: bool = False) -> dict[str, str]:
        """Words that name one source only ("yandex", "ipsos", "council"): names that are no
        English word, or words of a source's aliases that no measure or keyword uses.
        `cited`: also names that are first a subject ("PayPal"), for where a question asks
        what they gave or a claim says a figure came from them."""
        lexicon = self.vocab.lexicon
        measured = {
            stem(w)
            for fact in self.base.facts.values()
            for text in (fact.measure or "", *fact.keywords)
            for w in lexicon.words(text)
        }
        owners: dict[str, set[str]] = {}
        for source in self.base.sources.values():
            for text in source.aliases:
                for word in lexicon.words(text):
                    said = stem(word)
                    if said in lexicon.function_words or not cited and said in self.vocab.naming:
                        continue  # "Alibaba" is first a subject of the article
                    if not is_english(word) or said not in measured:
                        owners.setdefault(said, set()).add(source.id)
        return {w: next(iter(ids)) for w, ids in owners.items() if len(ids) == 1}

    # --- scoring -------------------------------------------------------------------
    def overlap(self, terms: FactTerms, stems: set[str]) -> float:
        """Weighted words shared with the question; each word counts once, words that only
        name the source, unit, period or clause count half."""
        weights = terms.weights
        return sum([weights[s] for s in stems & terms.all])

    def candidates(self, stems: set[str], kinds: tuple[str, ...] = ()) -> list[str]:
        """Memoised by the question's words: one question is read several ways (as a claim,
        a complement, a follow-up), each asking for the same candidates."""
        key = (frozenset(stems), kinds)
        found = self._candidates.get(key)
        if found is None:
            if len(self._candidates) > 4096:
                self._candidates.clear()
            found = self._candidates[key] = self._find_candidates(stems, kinds)
        return list(found)

    def _find_candidates(self, stems: set[str], kinds: tuple[str, ...] = ()) -> list[str]:
        """Facts sharing a measure, entity or figure with the question, best first.

        Only the facts reached through the question's rarer words are scored (all words, in
        a base the size of the article's), and only the best of those get the costlier
        phrase comparison, so a base a hundred times larger does not cost a hundred times
        more per question."""
        scored = []
        reached = self.vocab.candidates(stems)
        for word in stems & self.citing.keys():
            reached = reached | self.citing[word]
        for fact_id in reached:
            terms = self.vocab.terms[fact_id]
            if kinds and terms.kind not in kinds:
                continue
            typed = terms.numbers | terms.made_of
            said = terms.measure & stems or terms.entity & stems or typed & stems
            if not (said or self.cited.get(fact_id, frozenset()) & stems):
                continue  # "what did the Ministry of Commerce announce": its own figures
            score = self.overlap(terms, stems) - 0.01 * len(self.depends.get(fact_id, ()))
            scored.append((-score, terms.order, fact_id))
        scored.sort()
        best = []
        for score, order, fact_id in scored[:PHRASE_CANDIDATES]:
            bonus = self.phrase_bonus(self.vocab.terms[fact_id], stems)
            best.append((score - bonus, order, fact_id))
        best.sort()
        return [fact_id for _, _, fact_id in best] + [f for _, _, f in scored[PHRASE_CANDIDATES:]]

    def phrase_bonus(self, terms: FactTerms, stems: set[str]) -> float:
        """How completely the question says one of the fact's own phrases: "total
        e-commerce" said in full beats a fact that merely shares the word "e-commerce"."""
        key = (terms.fact.id, frozenset(stems))
        found = self._bonus.get(key)
        if found is None:
            if len(self._bonus) > 65536:
                self._bonus.clear()
            found = self._bonus[key] = self._phrase_bonus(terms, stems)
        return found

    def _phrase_bonus(self, terms: FactTerms, stems: set[str]) -> float:
        best = 0.0
        for phrase in terms.phrases:
            said = len(phrase & stems)
            if said:
                value = (said if said < 3 else 3) * said / len(phrase)
                if value > best:
                    best = value
        return PHRASE_WEIGHT * best

    def _adjust(self, terms: FactTerms, a: Analysis) -> tuple[float, bool]:
        """Bonus for the kind of answer asked for, penalty for an unasked forecast or a
        percentage nobody asked for ("how much did Russians spend" is not 80%)."""
        adjust = 0.0
        mismatch = False
        kind, expects = terms.kind, a.expects
        share_cue = expects == "percent" or any(op == "percent" for op, _ in a.ops)
        is_share = terms.fact.of is not None or (
            terms.fact.formula is not None and terms.fact.formula.op == "percent"
        )
        if kind == "percent" and is_share and not share_cue and not a.ops:
            adjust -= SHARE_CUE_PENALTY
        if expects == kind or (expects == "duration" and kind == "year"):
            adjust += KIND_BONUS
        elif expects == "year" and terms.fact.year is not None:
            adjust += KIND_BONUS / 2  # "when" can be answered by the figure's period
        elif expects and not (expects == "text" and kind == "year"):
            adjust -= KIND_BONUS
            mismatch = True
        fact = terms.fact
        if fact.is_forecast and not a.forecast and not (terms.years & set(a.years)):
            adjust -= FORECAST_PENALTY
        if a.asked_unit and fact.unit and fact.unit not in ("%", "year", "CNY", "USD"):
            # "how many countries": the noun asked for is the fact's own unit
            adjust += KIND_BONUS if stem(fact.unit) == a.asked_unit else 0.0
        if a.per_currency and fact.formula and fact.formula.op == "rate":
            per = self.base.facts[fact.formula.args[1]].unit
            adjust += KIND_BONUS if per == a.per_currency else -KIND_BONUS
        if a.years and len(self.base.series(fact)) > 1 and terms.years & set(a.years):
            adjust += YEAR_WEIGHT  # the year picks within a series
        unit_words = {a.stems[i] for i in a.quoted_unit_at | a.currency_at}
        if not (terms.measure & (set(a.stems) - unit_words)):
            adjust -= 2.0  # only the entity was named
        adjust -= self.entity_penalty(terms, a)
        asked = {s for i, s in enumerate(a.stems) if i >= a.main_from}
        if terms.numbers & asked:
            adjust += 2 * KIND_BONUS  # the figure typed is this fact's own, not an operand's
        if misses_head(terms, set(a.stems), set(a.stems), self.vocab.entity_stems):
            families = self.vocab.lexicon.count_families
            kinds = {families[w] for w in terms.core if w in families}
            if not kinds & {families[w] for w in a.stems if w in families}:
                adjust -= CORE_PENALTY  # none of its head words said (nor "folks" for users)
        return adjust, mismatch

    # --- readings ------------------------------------------------------------------
    def single(self, fact_id: str, a: Analysis, must: set[str]) -> Reading | None:
        terms = self.vocab.terms[fact_id]
        stems = a.scoring_stems
        adjust, mismatch = self._adjust(terms, a)
        fact = terms.fact
        intent = INTENT_OF_OPERATION[fact.formula.op] if fact.formula else "lookup"
        # An operation asked for that this fact does not itself answer must come from a pair
        # or a series reading instead; here it counts against the fact.
        unanswered = False
        for op, at in a.ops:
            if op == "convert" and (a.currency is None or terms.kind == "amount"):
                continue  # "conversion rate" names no currency; amounts convert
            if op != "convert" and self._answers_op(terms, op, a, at):
                continue
            adjust -= 1.0
            unanswered = True
        uncovered = set(must - terms.all)
        if self._conflicts(terms, a):
            uncovered.add(f"<{a.expects}>")  # a year cannot answer "how much", and so on
        if self.needs_subject(terms, a) or self.about_another(terms, a):
            uncovered.add("<subject>")  # whose figure? not the one the question names
        if a.main_from:  # after a premise, the question proper says what is asked
            main = {s for i, s in enumerate(a.stems) if i >= a.main_from} & stems
            adjust += MAIN_CLAUSE_WEIGHT * self.overlap(terms, main)
            main_years = {y for at, y in a.year_at.items() if at >= a.main_from}
            if main_years and not terms.years & main_years:
                adjust -= 2 * YEAR_WEIGHT
        return Reading(
            facts=(fact_id,),
            op=None,
            intent=intent,
            uncovered=frozenset(uncovered),
            score=self.overlap(terms, stems) + self.phrase_bonus(terms, stems) + adjust,
            order=terms.order,
            kind_mismatch=mismatch,
            op_unanswered=unanswered,
        )

    def _conflicts(self, terms: FactTerms, a: Analysis) -> bool:
        """The kind of answer asked for is one this fact can never give."""
        kind, expects = terms.kind, a.expects
        if expects != "reason" and self.is_a_purpose(terms.fact):
            return True  # "did Vip launch VIPme in 2016?" is not answered by why it did
        if kind == "duration" and expects not in ("duration", "amount"):
            return True  # "what did the government announce in the past two years?"
        if expects == "duration":
            # a number of years needs two dated facts (a pair), unless the article states
            # the span itself ("in the past two years")
            return kind != "duration"
        if expects == "amount":
            share_cue = any(  # "online shopping compared to total retail" may be its share
                op in ("percent", "growth") or op == "ratio" and a.stems[at] in COMPARING
                for op, at in a.ops
            )
            return kind in ("year", "text") or (kind == "percent" and not share_cue)
        if expects == "year":
            return kind != "year" and terms.fact.year is None
        if expects == "text":
            return kind in ("amount", "percent", "year", "duration")
        if expects == "percent" and not a.ops:
            return kind in ("amount", "year", "text")  # "what percent" wants a percentage
        if expects == "place":
            return True  # the article locates nothing: no fact says where
        if expects == "reason":
            return not self._gives_reason(terms.fact)
        if expects == "source":
            # "which companies put out the cross-border trade report that ranked China
            # first?": the report named is whose figure it is, whatever else matches
            named = {
                self._source_phrases[p] for p, _ in find_phrases(a.stems, self._source_phrases)
            }
            return bool(named) and terms.fact.source not in named
        return False  # "subject": every fact has one

    @cached_property
    def _source_phrases(self) -> dict[tuple[str, ...], str]:
        """The names of several words that one source alone goes by ("Ministry of
        Commerce"), or a subject whose figures all come from one source ("the cross-border
        trade report"), as stem phrases, each with its source (built once). One word
        ("survey", "government") may be a subject or shared; not these."""
        given: dict[str, set[str]] = {}
        for fact in self.base.facts.values():
            given.setdefault(fact.entity, set()).add(fact.source or "")
        names = [(s.id, text) for s in self.base.sources.values() for text in (s.name, *s.aliases)]
        for entity in self.base.entities.values():
            if len(given.get(entity.id, ())) == 1:
                source = next(iter(given[entity.id]))
                names += [(source, text) for text in (entity.name, *entity.aliases)]
        owners: dict[tuple[str, ...], set[str]] = {}
        for source, text in names:
            phrase = tuple(stems(text))
            if len(phrase) > 1 and source:
                owners.setdefault(phrase, set()).add(source)
        return {p: next(iter(ids)) for p, ids in owners.items() if len(ids) == 1}

    def is_a_purpose(self, fact) -> bool:
        return is_a_purpose(fact, self.vocab.lexicon)

    def _gives_reason(self, fact) -> bool:
        return fact.id in self.reasons

    def _says_why(self, fact) -> bool:
        """Does the article's sentence for this fact say why (an aim, a purpose)?"""
        said = stems(f"{fact.measure} {fact.clause or ''}")
        markers = self.vocab.lexicon.reason_markers
        return any(tuple(said[i : i + len(m)]) == m for m in markers for i in range(len(said)))

    def _answers_op(self, terms: FactTerms, op: str, a: Analysis, at: int) -> bool:
        """Whether this one fact is itself the answer to the operation asked for: a formula
        of that operation whose own wording the question mostly repeats, or a stated share."""
        fact = terms.fact
        if op == "ratio" and a.stems[at] in COMPARING and fact.formula:
            # "purchasers vs active users": any comparison of the two will do, a share too
            return fact.formula.op in ("percent", "ratio")
        if op == "ratio" and a.stems[at] in COMPARING and fact.unit == "%" and fact.of:
            return True  # "online shopping compared to total retail": the article's 14%
        said_own_words = (
            self.phrase_bonus(terms, a.scoring_stems) >= PHRASE_WEIGHT
            and self.entity_penalty(terms, a) < OTHER_ENTITY_PENALTY
        )
        if fact.formula:
            if INTENT_OF_OPERATION[fact.formula.op] != op:
                # A compound growth rate is not the growth asked for, unless the question
                # names this very figure in its own words ("the expected increase of ...").
                increase = {op, INTENT_OF_OPERATION[fact.formula.op]} <= {"growth", "difference"}
                return increase and self.phrase_bonus(terms, a.scoring_stems) >= 3 * PHRASE_WEIGHT
            return said_own_words or op in ("share_of", "growth", "cagr")
        if op == "percent" and fact.unit == "%" and fact.of is not None:
            return said_own_words  # a stated share answers "what share" in its own words
        if op == "difference" and terms.kind == "duration" and a.expects == "duration":
            return True  # "over how many years were the regulations announced": stated
        if op == "difference" and terms.kind == "amount" and fact.formula:
            return fact.formula.op == "difference"
        # the operation's word inside one of the fact's own phrases, all of it said: "the
        # campaign to EXPAND ABROAD" names the campaign, it asks for no growth
        said = a.scoring_stems
        return a.stems[at] in terms.measure or any(
            len(phrase) > 1 and a.stems[at] in phrase and phrase <= said for phrase in terms.phrases
        )

    def _gap_less_another(self, first: str, second: str) -> bool:
        """Is one of two figures of one subject a difference the other plays no part in?
        (Chinese less non-Chinese spending is a fair gap: the second is the first taken from
        the total.)"""
        facts = self.vocab.base.facts
        if facts[first].entity != facts[second].entity:
            return False  # another subject's figure: whether it is named is checked elsewhere
        for one, other in ((first, second), (second, first)):
            formula = facts[one].formula
            if formula is not None and formula.op == "difference" and other not in formula.args:
                return True
        return False

    def pair(
        self,
        first: str,
        second: str,
        op: str,
        a: Analysis,
        must: set[str],
        related: bool = False,
        as_given: bool = False,
    ) -> Reading | None:
        """`op` between two facts. Unrelated facts must each explain a word the other does
        not; related ones (a part and its whole, a formula's operands) need not."""
        t1, t2 = self.vocab.terms[first], self.vocab.terms[second]
        if op == "difference" and self._gap_less_another(first, second):
            return None  # "how many more users to go from 60 million to the 100 million
            # target": the gap itself, never the gap less the purchasers
        if op == "sum" and self.incomparable(first, second, "difference"):
            return None  # "add the Chinese and the non-Chinese spend": two amounts, never
            # the 80% share and an amount, which no one adds
        own1, own2 = must & t1.all, must & t2.all
        if not related and (not (own1 - own2) or not (own2 - own1)):
            return None
        stems = a.scoring_stems - {s for i, s in enumerate(a.stems) if i in a.lexical}
        score = sum(self.overlap(t, stems) + self.phrase_bonus(t, stems) for t in (t1, t2))
        adjust = sum(self._forecast_adjust(t, a) for t in (t1, t2))
        adjust -= self.incomparable(first, second, op)
        ordered = (first, second) if as_given else self._order(first, second, a)
        return Reading(
            facts=ordered,
            op=op,
            intent=op,
            uncovered=frozenset(must - t1.all - t2.all),
            score=score + adjust + (0.5 if related else 0.0),
            order=min(t1.order, t2.order),
        )

    def incomparable(self, first: str, second: str, op: str) -> float:
        """ "global e-commerce than China's": of two equal fits, not yuan over pilot zones. A
        clearly better fit of another dimension still wins, and is refused when computed."""
        if op not in SAME_DIMENSION_OPS:
            return 0.0
        facts = self.base.facts
        units = unit_of(self.base, facts[first]), unit_of(self.base, facts[second])
        return 0.0 if comparable(*units) else INCOMPARABLE_PENALTY

    def _forecast_adjust(self, terms: FactTerms, a: Analysis) -> float:
        fact = terms.fact
        adjust = 0.0
        if fact.is_forecast and not a.forecast and not (terms.years & set(a.years)):
            adjust -= FORECAST_PENALTY
        if a.years:
            adjust += YEAR_WEIGHT / 2 if terms.years & set(a.years) else -YEAR_WEIGHT / 2
        return adjust

    def _order(self, first: str, second: str, a: Analysis) -> tuple[str, str]:
        """By first mention in the question."""

        def position(fact_id: str, other: str) -> int:
            mine = self.vocab.terms[fact_id].all - self.vocab.terms[other].all
            hits = [i for i, s in enumerate(a.stems) if s in mine]
            return min(hits) if hits else len(a.stems)

        if position(first, second) <= position(second, first):
            return first, second
        return second, first

    def series(self, fact_id: str, op: str, a: Analysis, must: set[str]) -> Reading | None:
        """Growth (or difference) of one measure between two of its periods."""
        fact = self.base.facts[fact_id]
        dated = sorted(
            (f for f in self.base.series(fact) if f.year is not None and f.id in self.vocab.terms),
            key=lambda f: f.year,
        )
        if len(dated) < 2:
            return None
        if len(a.years) >= 2:
            chosen = [f for f in dated if f.year in a.years]
            if len(chosen) < 2:
                return None
            start, end = chosen[0], chosen[-1]
        else:
            start, end = dated[0], dated[-1]
            if a.years and a.years[0] != end.year:
                return None  # "growth in 2015" needs 2014, which the article lacks
        terms = self.vocab.terms[fact_id]
        stems = a.scoring_stems
        both_years = 2.0 if len(a.years) >= 2 else 0.5
        words = self.vocab.terms[start.id].all | self.vocab.terms[end.id].all
        return Reading(
            facts=(start.id, end.id),
            op="series-" + op,
            intent=op,
            uncovered=frozenset(must - words),
            score=self.overlap(terms, stems) + self.phrase_bonus(terms, stems) + both_years,
            order=terms.order,
        )

    # --- checks --------------------------------------------------------------------
    def nearest(self, a: Analysis, stems: set[str]) -> tuple[str, ...]:
        """Up to three facts closest to what was asked, for suggestions."""
        if not stems:
            return ()
        return tuple(self.candidates(stems)[:3])


SAME_DIMENSION_OPS = ("ratio", "percent", "difference", "growth")
INCOMPARABLE_PENALTY = 0.01
_MONEY = ("CNY", "USD")


def misses_head(
    terms: FactTerms, said: set[str], typed: set[str], names: Iterable[str] = ()
) -> bool:
    """None of the fact's head words is said ("users" for its active users), nor a figure
    of its own typed, nor one of its phrases said whole ("AliExpress active vs target"),
    other than one made of subjects' names only ("Chinese")."""
    return bool(
        terms.core
        and not terms.core & said
        and not terms.numbers & typed
        and not any(phrase <= said and phrase - set(names) for phrase in terms.phrases)
    )


def comparable(first: str | None, second: str | None) -> bool:
    """Could two figures be divided or subtracted? Money with money, a percentage with a
    percentage, a date with a date, a count with a count; text (no unit) is left to the
    computation to judge."""
    if first is None or second is None or "year" in (first, second):
        return True  # "years from the launch to the April 2017 count": dates of figures
    return _dimension(first) == _dimension(second)


def _dimension(unit: str) -> str:
    if unit in _MONEY:
        return "money"
    if unit in ("%", "ratio", "years") or "/" in unit:
        return unit
    return "count"


def _dependencies(base) -> dict[str, set[str]]:
    """fact id -> every fact it is computed from or is a part of (transitively)."""
    direct: dict[str, set[str]] = {}
    for fact in base.facts.values():
        parents = set(fact.formula.args) if fact.formula else set()
        if fact.of:
            parents.add(fact.of)
        if fact.equals and base.facts[fact.equals].line < fact.line:
            parents.add(fact.equals)
        direct[fact.id] = parents
    closed: dict[str, set[str]] = {}

    def walk(fact_id: str, seen: set[str]) -> set[str]:
        if fact_id in closed:
            return closed[fact_id]
        out: set[str] = set()
        for parent in direct.get(fact_id, ()):
            if parent not in seen:
                out |= {parent} | walk(parent, seen | {parent})
        closed[fact_id] = out
        return out

    for fact_id in direct:
        walk(fact_id, {fact_id})
    return closed


def is_a_purpose(fact: Fact, lexicon: Lexicon) -> bool:
    """A statement of why something was done, and nothing else ("why Vip launched VIPme": to
    test the waters): only a reason asked is answered by it."""
    said = stems(fact.measure or "")
    purpose = isinstance(fact.value, str) and fact.value.lower().startswith("to ")
    return purpose and bool(said) and lexicon.expects.get((said[0],)) == "reason"
