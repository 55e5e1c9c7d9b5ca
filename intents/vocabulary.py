"""The searchable vocabulary built from a fact base: an inverted index from word stems to
facts, word weights, and a spelling corrector restricted to words the base or the lexicon
knows. Built once per fact base; every question then touches only the facts that share a
word with it, so cost grows with the question, not with the base.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from intents.facts import Fact, FactBase
from intents.lexicon import Lexicon
from intents.text import is_number, stem

FUNCTION_WEIGHT = 0.25


@dataclass(frozen=True)
class FactTerms:
    """The stems through which a question can reach one fact."""

    fact: Fact
    order: int
    measure: frozenset[str]
    entity: frozenset[str]
    other: frozenset[str]  # source names, unit nouns, period words
    kind: str  # amount, percent, year or text
    phrases: tuple[frozenset[str], ...] = ()  # the measure and each keyword, as stem sets

    @property
    def all(self) -> frozenset[str]:
        return self.measure | self.entity | self.other


def fact_kind(fact: Fact) -> str:
    if fact.is_text:
        return "text"
    if fact.unit == "%" or (fact.formula and fact.formula.op in ("percent", "growth", "cagr")):
        return "percent"
    if fact.unit == "year":
        return "year"
    return "amount"


class Vocabulary:
    def __init__(self, base: FactBase, lexicon: Lexicon) -> None:
        self.base = base
        self.lexicon = lexicon
        self.entity_stems: dict[str, set[str]] = defaultdict(set)  # stem -> entity ids
        for entity in base.entities.values():
            for stem_ in self._stems(entity.name, *entity.aliases):
                self.entity_stems[stem_].add(entity.id)
        self.terms: dict[str, FactTerms] = {}
        for order, fact in enumerate(base.facts.values()):
            self.terms[fact.id] = self._terms(fact, order)
        self.index: dict[str, tuple[str, ...]] = {}
        postings: dict[str, list[str]] = defaultdict(list)
        for fact_id, terms in self.terms.items():
            for stem_ in terms.all:
                postings[stem_].append(fact_id)
        self.index = {k: tuple(v) for k, v in postings.items()}
        total = len(self.terms) or 1
        self.weight = {
            k: math.log(1 + total / len(v)) * (FUNCTION_WEIGHT if k in lexicon.function_words else 1.0)
            for k, v in postings.items()
        }
        self.known = frozenset(self.index) | frozenset(lexicon.phrases())
        # A listed outside subject that is also a word of the base ("target") stays known.
        self.out_of_scope = frozenset(
            p for p in lexicon.out_of_scope
            if not (len(p) == 1 and (p[0] in self.index or p[0] in lexicon.function_words))
        )
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in sorted(self.known):
            if len(word) >= 3 and not is_number(word):
                self._by_length[len(word)].append(word)
        self.correct = lru_cache(maxsize=16384)(self._correct)

    def _stems(self, *texts: str) -> set[str]:
        found = set()
        for text in texts:
            for word in self.lexicon.words(text):
                s = stem(word)
                if s not in self.lexicon.stopwords and not is_number(s):
                    found.add(s)
        return found

    def _terms(self, fact: Fact, order: int) -> FactTerms:
        entity = self.base.entities.get(fact.entity)
        source = self.base.sources.get(fact.source)
        entity_stems = self._stems(entity.name, *entity.aliases) if entity else set()
        other = self._stems(*(source.aliases if source else ()), fact.period or "")
        if fact.unit and fact.unit not in ("%", "year", "CNY", "USD"):
            other |= self._stems(fact.unit)
        measure = self._stems(fact.measure, *fact.keywords)
        phrases = tuple(
            p for p in (frozenset(self._stems(t)) for t in (fact.measure, *fact.keywords)) if p
        )
        return FactTerms(
            fact=fact,
            order=order,
            measure=frozenset(measure),
            entity=frozenset(entity_stems),
            other=frozenset(other - measure),
            kind=fact_kind(fact),
            phrases=phrases,
        )

    def _correct(self, word: str) -> str | None:
        """The known stem a misspelt word most likely meant, or None."""
        if len(word) < 4 or is_number(word):
            return None
        cutoff = 84 if len(word) == 4 else 80
        choices = [
            w for n in range(len(word) - 2, len(word) + 3) for w in self._by_length.get(n, ())
        ]
        best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        return best[0] if best else None

    def candidates(self, stems_: set[str]) -> set[str]:
        found: set[str] = set()
        for s in stems_:
            if s not in self.lexicon.function_words:
                found.update(self.index.get(s, ()))
        return found
