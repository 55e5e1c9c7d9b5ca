"""Whose figure a question asks for: a fact about one subject (Russia, AliExpress) must
not answer a question about another, and a fact about a minor subject needs it named.

A mixin of `Ranker`, kept apart because these rules are about subjects, not scores.
"""

from __future__ import annotations

from functools import cached_property

from intents.analysis import Analysis
from intents.complements import whole_unit
from intents.text import is_number, stem
from intents.vocabulary import FactTerms

OTHER_ENTITY_PENALTY = 3.0
UNNAMED_ENTITY_PENALTY = 0.5
PARENT_NAMED_PENALTY = 1.0


class SubjectRules:
    """Needs `self.vocab` and `self.base` (a `Ranker` has both)."""

    def needs_subject(self, terms: FactTerms, a: Analysis) -> bool:
        """A fact about a subject other than the article's main one, asked for in words that
        other subjects' facts use too ("how much did consumers spend on foreign websites"),
        needs its subject named: whose consumers?"""
        entity = terms.fact.entity
        if entity == self.vocab.default_entity:
            return False
        parent = self.base.entities[entity].parent if entity in self.base.entities else None
        named = self.vocab.entities_named(a.stems)
        if named & {entity, parent}:
            return False
        if any(self.base.entities[e].parent == entity for e in named if e in self.base.entities):
            return False  # "AliExpress's buyers against the 2025 target": Alibaba's own
        if (terms.numbers | terms.made_of) & set(a.stems):
            return False  # the figures typed say whose fact it is
        said = set(a.stems) & (terms.measure - terms.entity) - {"not"}  # "non-" says no one
        if any(self.vocab.measure_users.get(s, set()) <= {entity} for s in said):
            return False
        if self._sole_sources.get(entity, frozenset()) & set(a.stems):
            return False  # "what target did Shen Difan give?": he speaks only of AliExpress
        if self._only_counter_of_people(terms, said, a):
            return False  # "what % of people shopped on Chinese sites?": only the survey's
        # "respondents came from how many countries?": what only this subject's figures
        # count (the survey's respondents) names it as well as its name would
        return self._sole_units.get(entity, frozenset()).isdisjoint(a.stems)

    def _only_counter_of_people(self, terms: FactTerms, said: set[str], a: Analysis) -> bool:
        """People asked about ("people", "folks", not a nationality) in measure words that
        only this subject's figures count people in: the other subjects whose measures
        say every one of those words give money or volumes, never a headcount. No subject
        may be named outside those words ("people in China": "Chinese sites" says where)."""
        entity = terms.fact.entity
        lexicon = self.vocab.lexicon
        families = lexicon.count_families
        nations = lexicon.nationality_stems
        if entity not in self._people_counters:
            return False
        if not any(families.get(w) == "people" and w not in nations for w in a.stems):
            return False
        if a.claimed or a.checking:
            return False  # "40 mil ppl window shopping, right": the figure claimed says whose
        # what they did, not who did it ("Chinese" of "Chinese sites" says where)
        said = {w for w in said if families.get(w) != "people" or w in nations}
        own = set(a.stems[a.turn_from :])
        typed = [w for i, w in enumerate(a.stems) if is_number(w) and i not in a.year_span]
        if not said & own or typed:
            return False  # an earlier turn's words, or a figure typed that says whose it is
        if self.vocab.entities_named([w for w in a.stems if w not in terms.measure]):
            return False
        users = [self.vocab.measure_users.get(w, set()) for w in said]
        others = set.intersection(*map(set, users)) - {entity}
        return not others & self._people_counters

    @cached_property
    def _people_counters(self) -> frozenset[str]:
        """The subjects with a figure that counts people (or a share of people), built once."""
        families = self.vocab.lexicon.count_families
        return frozenset(
            fact.entity
            for fact in self.base.facts.values()
            if families.get(stem(whole_unit(self.base, fact) or "")) == "people"
        )

    @cached_property
    def _sole_sources(self) -> dict[str, frozenset[str]]:
        """Each subject and the words of the names of the people who give figures of that
        subject only (Shen Difan: AliExpress), built once, on first use. An organisation
        named is no such subject ("a quote from Yandex on the spending data" asks a quote)."""
        subjects: dict[str, set[str]] = {}
        for fact in self.base.facts.values():
            if fact.source:
                subjects.setdefault(fact.source, set()).add(fact.entity)
        sole: dict[str, set[str]] = {}
        for source_id, entities in subjects.items():
            source = self.base.sources.get(source_id)
            if source is None or len(entities) != 1 or "person" not in source.kinds:
                continue
            words = {stem(w) for alias in source.aliases for w in self.vocab.lexicon.words(alias)}
            sole.setdefault(next(iter(entities)), set()).update(words)
        return {entity: frozenset(words) for entity, words in sole.items()}

    @cached_property
    def _sole_units(self) -> dict[str, frozenset[str]]:
        """Each subject and the counted units (respondents, ...) no other subject's figures
        count (built once, on first use)."""
        owners: dict[str, set[str]] = {}
        counts = {unit.lower() for unit in self.base.counts}
        for fact in self.base.facts.values():
            if fact.unit and fact.unit.lower() in counts:
                owners.setdefault(stem(fact.unit.lower()), set()).add(fact.entity)
        sole: dict[str, set[str]] = {}
        for unit, entities in owners.items():
            if len(entities) == 1:
                sole.setdefault(next(iter(entities)), set()).add(unit)
        return {entity: frozenset(units) for entity, units in sole.items()}

    def about_another(self, terms: FactTerms, a: Analysis) -> bool:
        """The question names a subject and this fact is about an unrelated one (neither the
        article's main subject nor the named one's group or member)."""
        entity = terms.fact.entity
        if entity == self.vocab.default_entity:
            return False
        if self.entity_penalty(terms, a) < OTHER_ENTITY_PENALTY:
            return False
        named = self.vocab.entities_named(a.stems)
        members = {e.id for e in self.base.entities.values() if e.parent == entity}
        return not (named & ({entity} | members))  # Alibaba's target may be AliExpress's

    def _subject_words(self, a: Analysis) -> list[str]:
        """The question's words that may name a subject: not "Chinese" in "which Chinese
        platform ...?", which describes the subject asked for (see `describing_at`), nor
        "Chinese" in "I've been following Chinese tech. How many users ...?", a sentence
        about the user, unless the question points back into it ("... does IT have?")."""
        told = a.chat_at if not a.anaphora else frozenset()
        return [s for i, s in enumerate(a.stems) if i not in a.describing_at and i not in told]

    def entity_penalty(self, terms: FactTerms, a: Analysis) -> float:
        """A fact about a subject the question does not name: heavy when it names another
        subject ("online shoppers in China" is not about Russia), light when it names none
        and the fact is not about the article's main subject."""
        entity = terms.fact.entity
        # A name the fact itself uses ("Chinese platforms" for Russia), or that its subject's
        # other facts use ("JD's Russian version"), names no other subject.
        parent = self.base.entities[entity].parent if entity in self.base.entities else None
        family = self.vocab.names_of.get(parent, set()) if parent else set()
        own = terms.measure | (self.vocab.entity_measures.get(entity, set()) - family)
        named = self.vocab.entities_named(set(self._subject_words(a)) - (own - terms.entity))
        if named & terms.subjects:
            return 0.0
        if parent and parent in named and entity in self.vocab.entities_named(a.stems):
            return PARENT_NAMED_PENALTY  # "Alibaba launched AliExpress": both named
        if named:
            return OTHER_ENTITY_PENALTY
        return 0.0 if entity == self.vocab.default_entity else UNNAMED_ENTITY_PENALTY
