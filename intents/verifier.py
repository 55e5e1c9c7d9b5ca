"""Checks a reading must pass before any number leaves: the constraints the question states.

Each check reads the question's analysis and the facts a reading would answer with, and
says what is wrong (a typed refusal, the words at fault) or nothing. Proposers find
readings; these decide whether the one chosen answers what was asked.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cached_property

from intents.analysis import SCALE_WORDS, Analysis, find_phrases, names_part_and_rest
from intents.checks import ARTICLE_YEAR
from intents.complements import parts_of, unit_of, whole_unit
from intents.facts import Fact, FactBase, Source, years_in
from intents.lexicon import Lexicon
from intents.query import Query, Refusal
from intents.readings import Reading, is_a_purpose
from intents.text import is_number, stem
from intents.text import stems as stems_of
from intents.vocabulary import Vocabulary

CHOICE_REACH = 3  # "which one is bigger": the comparative within three words of "which"


class Verifier:
    def __init__(self, base: FactBase, vocab: Vocabulary, depends: dict[str, set[str]]) -> None:
        self.base = base
        self.vocab = vocab
        self.depends = depends
        self.heads = self._measure_heads()
        operations = vocab.lexicon.operations
        self._sum_phrases = frozenset(p for p, op in operations.items() if op == "sum")
        self._comparing = frozenset(stem(w) for w in vocab.lexicon.comparatives)
        self._choosing = frozenset(p[0] for p in vocab.lexicon.which_one_phrases)  # "which"
        self._pairs = {fact_id: self._word_pairs(fact) for fact_id, fact in base.facts.items()}
        words = vocab.lexicon.words
        self.measure_words = {  # in order: "retail and B2B" is a pair given together
            fact_id: [stem(w) for w in words(fact.measure or "")]
            for fact_id, fact in base.facts.items()
        }
        stop = vocab.lexicon.stopwords
        self.own_words = {
            fact_id: {
                w
                for w in self.measure_words[fact_id]
                + [stem(k) for kw in fact.keywords for k in words(kw)]
                if w not in stop
            }
            for fact_id, fact in base.facts.items()
        }
        self.rate_years = {
            year
            for fact in base.facts.values()
            if fact.formula and fact.formula.op == "rate"
            for year in self._years_of_operands(fact.id)
        }

    def _measure_heads(self) -> dict[tuple[str, str], set[tuple[str, str]]]:
        """Aggregates a measure starts with ("total retail", "total e-commerce"): a question
        that names one asks about that measure, or one built on it."""
        stop = self.vocab.lexicon.stopwords
        aggregates = self.vocab.lexicon.aggregate_words
        heads: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for fact in self.base.facts.values():
            said = [stem(w) for w in self.vocab.lexicon.words(fact.measure or "")]
            said = [w for w in said if w not in stop]
            if len(said) >= 2 and said[0] in aggregates:
                heads.setdefault((said[0], said[1]), set()).add((fact.entity, fact.measure))
            if len(said) == 2 and said[0] in aggregates:  # "Russian e-commerce"
                heads.setdefault((said[1],), set()).add((fact.entity, fact.measure))
        return heads

    @staticmethod
    def _word_pairs(fact: Fact) -> frozenset[tuple[str, str]]:
        """Words side by side, either way round, in a fact's sentence and measure."""
        words = stems_of(f"{fact.clause or ''} . {fact.measure}")
        pairs = set(zip(words, words[1:], strict=False))
        return frozenset(pairs | {(b, a) for a, b in pairs})

    def other_measure_named(self, reading: Reading, a: Analysis) -> str | None:
        """The words of a measure the question names that no figure of the reading is, is
        part of, or is computed from."""
        stems = a.stems[a.context_until :]
        used = self.facts_behind(reading)
        # a share names its whole: "14 percent of total retail" is of total retail
        used |= {self.base.facts[f].of for f in used if self.base.facts[f].of in self.base.facts}
        series = {(self.base.facts[f].entity, self.base.facts[f].measure) for f in used}
        # "China's total online shopping rose 24.7 percent": the growth's own sentence says
        # it; "2 billion consumers worldwide" is a worldwide consumer base
        said = set().union(*(self._pairs[f] for f in reading.facts))
        # "Russians' total cross-border spending": with the subject named, the words of a
        # measure of another subject describe the named one's figure
        subjects = self.vocab.subjects_named(a.stems)
        answered = {self.base.facts[f].entity for f in reading.facts}
        own = subjects & answered
        for i in range(len(stems)):
            core = self.heads.get((stems[i],))
            if (
                core is not None
                and not core & series
                and not {entity for entity, _ in core} & answered
                and own
                and not self._own_measure_said(reading, stems, {i})
            ):  # "how big is Russian e-commerce?": total e-commerce is China's; Russians'
                return a.raw[a.context_until + i]  # spending is not named
            named = self.heads.get((stems[i], stems[i + 1])) if i + 1 < len(stems) else None
            if named is None or named & series:
                continue
            if (
                own
                and not {entity for entity, _ in named} & own
                and self._own_measure_said(reading, stems, {i, i + 1})
            ):
                continue
            if (stems[i], stems[i + 1]) not in said:
                start = a.context_until + i
                return " ".join(a.raw[start : start + 2])
        return None

    def _own_measure_said(self, reading: Reading, stems: list[str], apart: set[int]) -> bool:
        """A word of the answer's own measure or keywords outside the other measure's words:
        "Russians' total cross-border spending" says spending; "Russia's total e-commerce"
        names only China's measure."""
        own = set().union(*(self.own_words[f] for f in reading.facts))
        return any(w in own for i, w in enumerate(stems) if i not in apart)

    def ending_unreported(self, reading: Reading, a: Analysis) -> str | None:
        """ "When did VIPme leave overseas markets?", "how many warehouses were closed?": a
        verb of an ending the sentences behind the answer do not say (VIPme's says it was
        launched). The words of the ending, if so."""
        start = max(a.context_until, a.turn_from)
        lexicon = self.vocab.lexicon
        endings = find_phrases(a.stems[start:], lexicon.ending_verbs)
        raw = [w.lower() for w in a.raw]
        for at in range(start, len(a.stems)):
            if raw[at] in lexicon.ending_forms or (
                raw[at] in lexicon.ending_before_a_name
                and self.vocab.entities_named(a.stems[at + 1 : at + 2])
            ):
                endings.append(((a.stems[at],), at - start))
        if not endings:
            return None
        behind = self.facts_behind(reading)
        said = {s for f in behind for s in stems_of(self.base.facts[f].clause or "")}
        for ending, at in endings:
            if ending[0] not in said:
                return a.raw[start + at]  # the verb, not the words after it
        return None

    def another_time_of_a_person(self, reading: Reading, a: Analysis) -> str | None:
        """ "What did Shen Difan do before AliExpress?", "who was its first general
        manager?": the article names a person in one role at one time, so a question about
        another time of that person's working life (lexicon person_time_words) is not
        answered by the role held now. The word that asks it, if so."""
        if reading.op is not None:
            return None
        fact = self.base.facts[reading.facts[0]]
        lexicon = self.vocab.lexicon
        start = max(a.context_until, a.turn_from)
        asked = a.stems[start:]

        def named(source: Source) -> bool:  # "who ran it before SHEN DIFAN?": a figure he gave
            return fact.source == source.id and bool(
                set(stems_of(" ".join(source.aliases))) & set(asked)
            )

        people = [
            source
            for source in self.base.sources.values()
            if "person" in source.kinds
            and (fact.value in (source.name, *source.aliases) or named(source))
        ]
        if not people:
            return None
        kept = set(range(len(asked)))
        for phrase, at in find_phrases(asked, lexicon.person_time_exceptions):
            kept -= set(range(at, at + len(phrase)))  # "his first name"
        for _phrase, at in find_phrases(asked, lexicon.person_time_words):
            if at in kept:
                return a.raw[start + at]
        return None

    def horizon_unsaid(self, reading: Reading, a: Analysis) -> tuple[str, str] | None:
        """ "What long-term target did Shen Difan give?": a horizon the question says where
        the sentences behind the answer say another (his is medium-term). The words typed
        and the horizon said."""
        horizons = self.vocab.lexicon.horizons
        start = max(a.context_until, a.turn_from)
        asked = find_phrases(a.stems[start:], horizons)
        if not asked:
            return None
        said = {
            horizons[found]
            for f in self.facts_behind(reading)
            for found, _ in find_phrases(
                stems_of(f"{self.base.facts[f].measure} . {self.base.facts[f].clause or ''}"),
                horizons,
            )
        }
        for found, at in asked:
            if said and horizons[found] not in said:
                return " ".join(a.raw[start + at : start + at + len(found)]), min(said)
        return None

    def facts_behind(self, reading: Reading | Query) -> set[str]:
        """The reading's facts and those they are computed from."""
        used = set(reading.facts)
        for fact_id in reading.facts:
            used |= set(self.depends.get(fact_id, ()))
        return used

    @cached_property
    def _stating(self) -> dict[str, tuple[str, ...]]:
        """number as typed -> the facts that state it (not only in another currency), built
        once: a premise's figure is looked up, never searched for."""
        out: dict[str, list[str]] = {}
        for fact_id, terms in self.vocab.terms.items():
            if fact_id in self.base.facts:
                for number in terms.numbers - terms.converted:
                    out.setdefault(number, []).append(fact_id)
        return {number: tuple(facts) for number, facts in out.items()}

    def _premise_misdated(self, a: Analysis, start: int) -> Refusal | None:
        """ "Since cross-border volume hit 6.3 trillion yuan in 2015, what's the growth to
        2018?": the premise puts a figure of the article in a year the article does not
        give it for; what is built on it would answer a premise the article contradicts."""
        years = {y for at, y in a.year_at.items() if at < start}
        if not years:
            return None
        for i, s in enumerate(a.stems[:start]):
            if not is_number(s) or i in a.year_span:
                continue
            if a.stems[i + 1 : i + 2] and a.stems[i + 1] in self.vocab.lexicon.date_words:
                continue  # "in the past two years": a span, no figure
            dated = [f for f in self._stating.get(s, ()) if self._years_of(f)]
            if dated and not any(years & self._years_of(f) for f in dated):
                return Refusal("year", near=(dated[0],), years=tuple(sorted(years)))
        return None

    def _same_period(self, fact_id: str, shifted_from: tuple[str, ...]) -> bool:
        if fact_id in shifted_from:
            return True
        years = self._years_of(fact_id)
        return bool(years) and any(self._years_of(f) == years for f in shifted_from)

    def years_left_out(self, reading: Reading, a: Analysis) -> Refusal | None:
        """Every year the question names must be one the answer's figures cover: the CAGR
        "from 2014 to 2016" is not the 2016-2018 one."""
        start = max(a.context_until, a.main_from)  # a premise's years are not asked
        named = {y for at, y in a.year_at.items() if at >= start}
        misdated = self._premise_misdated(a, start)
        if misdated is not None:
            return misdated
        if a.span_years is not None:
            spanned = set().union(*(self._years_of(f) for f in reading.facts))
            if not spanned or max(spanned) - min(spanned) != a.span_years:
                # "the 2-yr growth of online shopping": the article's is over one year
                detail = (
                    f"that asks for a change over {a.span_years} years, and the article gives none"
                )
                return Refusal("kind", detail=detail, near=reading.facts[:1])
        if a.first_period_at and a.expects != "year":
            # "how many overseas buyers did AliExpress have in its first year?": the 2017
            # count is not of 2010; only "when was its first year?" has an answer
            detail = (
                "that asks about a first year or a launch period; the article has no figure of one"
            )
            return Refusal("kind", detail=detail, near=reading.facts[:1])
        if (
            reading.op is None
            and len(reading.facts) == 1
            and self._same_period(reading.facts[0], a.shifted_from)
        ):
            # "active users the year before": a figure over the 12 months to April 2017
            # covers 2016 too, but it is the very figure (or of the very period) the year
            # was moved from: "the conversion rate the year before" after those users
            return Refusal("year", near=reading.facts, years=tuple(sorted(named or a.years)))
        overlap = set(reading.facts) & set(a.shifted_from)
        if (
            reading.op is not None
            and overlap
            and (set(reading.facts) == set(a.shifted_from) or len(a.shifted_from) > 1)
        ):
            # "and the growth the year before that?" after the 2015-2016 change: the same
            # two figures again, in another operation, are not of the year before; nor is
            # a change into 2016 "the difference a year earlier" after one of 2016
            unmoved = [f for f in a.shifted_from if f not in reading.facts] or reading.facts[:1]
            years = named or a.years or {y + a.year_shift for y in self._years_of(unmoved[0])}
            return Refusal("year", near=tuple(unmoved[:1]), years=tuple(sorted(years)))
        if not named:
            return None
        each = [self._years_of(f) for f in reading.facts]
        covered = set().union(*each)
        made_of = set().union(*(self._years_of_operands(f) for f in reading.facts))
        asked = set(a.stems[start:])
        if a.currency is not None and asked & self.vocab.lexicon.conversion_words:
            made_of |= self.rate_years  # "the 2018 figure in dollars at the 2016 rate"
        named_operands = named & made_of - covered
        comparing = {"difference", "growth", "ratio", "percent", "cagr"} & set(a.op_names)
        span = "between" in asked or {"from", "to"} <= asked  # "between 2015 and 2016"
        if named_operands and named - named_operands <= covered and not (comparing or span):
            # "the 2015 level from 2016's figure and growth": the years of what it is built on
            covered |= named_operands
        for at, year in a.year_at.items():
            before = at - 1
            if before > start and a.stems[before] in self.vocab.lexicon.year_determiners:
                before -= 1  # "before the 2016 State Council meeting"
            bound = (
                self.vocab.lexicon.year_bounds.get(a.stems[before]) if at >= max(1, start) else None
            )
            due = a.stems[at - 1] in self.vocab.lexicon.due_by_words and all(
                self.base.facts[f].is_forecast for f in reading.facts
            )  # "expected to reach how much until 2018": the year it is due by, no bound
            if bound == "before" and covered and min(covered) >= year and not due:
                return Refusal("year", near=reading.facts[:1], years=(year - 1,))
            if bound == "after" and covered and max(covered) <= year:
                return Refusal("year", near=reading.facts[:1], years=(year + 1,))
        missing = named - covered
        in_year = {
            y
            for at, y in a.year_at.items()
            if at > start
            and (a.stems[at - 1] in self.vocab.lexicon.in_year_words or not a.stems[at].isdigit())
        }  # "grew in 2016", "grew last year" (the one year named), not "in 2016-2018"
        in_year = in_year if in_year == named else set()
        started = self._growth_starting_in(reading, in_year, asked)
        if started is not None:
            detail = f"its change starts in {started} rather than ending there"
            return Refusal("year", near=reading.facts[:1], years=(started,), detail=detail)
        if not missing and len(named) == 1 and reading.op in ("ratio", "difference", "percent"):
            # "the ratio of cross-border volume to online shopping in 2018": one year named
            # for a comparison is the year of both sides, not of either
            lacking = [
                f
                for f, years in zip(reading.facts, each, strict=True)
                if not named <= years and len(self.base.series(self.base.facts[f])) > 1
            ]  # a figure with one value only (AliExpress's buyers) is not pinned by a year
            if lacking:
                return Refusal("year", near=tuple(lacking[:1]), years=tuple(sorted(named)))
        if not missing and len(named) > 1 and reading.op in ("ratio", "difference", "growth"):
            # "how many more active users this year than last year?": two years set against
            # each other need a figure of each; the 12 months to April 2017 cover 2016 only
            # loosely, and two figures of that one period are no change between the years
            strict = set().union(*(self._strict_years(f) for f in reading.facts))
            if not named <= strict and len(strict) < 2:
                lacking = tuple(sorted(named - strict))
                return Refusal("year", near=reading.facts[:1], years=lacking)
        if not missing:
            return None
        return Refusal("year", near=reading.facts[:1], years=tuple(sorted(missing)))

    def _strict_years(self, fact_id: str) -> set[int]:
        """The years a figure is of, its 12-month periods read as the year they end in."""
        fact = self.base.facts[fact_id]
        years = set(self.base.years(fact, loosely=False))
        if fact.unit == "year" and isinstance(fact.value, Decimal):
            years.add(int(fact.value))
        return years or {ARTICLE_YEAR}

    def _growth_starting_in(self, reading: Reading, named: set[int], asked: set[str]) -> int | None:
        """ "How much did it grow in 2016?" asks the change into 2016: a growth from 2016 to
        2018 starts there and is no answer (where no span is said: "from 2016", "since").
        `named` holds the years said after "in" or "during"."""
        if len(named) != 1 or len(reading.facts) != 1 or asked & self.vocab.lexicon.span_words:
            return None
        formula = self.base.facts[reading.facts[0]].formula
        if reading.op is not None or formula is None or formula.op not in ("growth", "cagr"):
            return None
        years = self._years_of_operands(reading.facts[0])
        year = next(iter(named))
        return year if len(years) >= 2 and year == min(years) else None

    def _years_of_operands(self, fact_id: str) -> set[int]:
        """The years of the figures a computed figure is built from (2015's implied volume
        is built from 2016's volume and growth)."""
        formula = self.base.facts[fact_id].formula
        years: set[int] = set()
        for arg in formula.args if formula else ():
            if arg in self.base.facts:
                fact = self.base.facts[arg]
                years |= set(self.base.years(fact)) | set(years_in(fact.period))
        return years

    def _years_of(self, fact_id: str) -> set[int]:
        """The years a figure is about, named in it or in its period; a date is its year."""
        fact = self.base.facts[fact_id]
        covered = set(self.vocab.terms[fact_id].years | self.base.years(fact) or {ARTICLE_YEAR})
        covered |= set(years_in(fact.period))
        if fact.unit == "year" and isinstance(fact.value, Decimal):
            covered.add(int(fact.value))
        return covered

    def share_of_its_part(self, reading: Reading, a: Analysis) -> str | None:
        """ "What share of China's total e-commerce ...?": the share asked is OF China's
        e-commerce; the article's 39.2% is China's e-commerce's share of the world. A share
        whose part is the whole the question names answers another question."""
        if reading.op is not None or len(reading.facts) != 1:
            return None
        fact = self.base.facts[reading.facts[0]]
        whole = self.base.facts.get(fact.of) if fact.of else None
        formula = whole.formula if whole is not None else None
        if formula is None or formula.op != "implied_whole" or formula.args[1] != fact.id:
            return None
        part = formula.args[0]
        tails = share_tails(a, self.vocab.lexicon)
        if len(tails) != 1:
            return None
        fw = self.vocab.lexicon.function_words
        verbs = self.vocab.lexicon.state_verbs
        said = tails[0][: next((i for i, w in enumerate(tails[0]) if w in verbs), None)]
        tail = {w for w in said if w not in fw and not is_number(w) and w not in SCALE_WORDS}
        # the measures' own names, not every keyword ("online retail" is online shopping)
        part_words = set(stems_of(self.base.facts[part].measure))
        whole_words = set(stems_of(whole.measure)) - part_words
        if tail and tail <= part_words | self.vocab.terms[part].entity and not tail & whole_words:
            return self.base.facts[part].measure
        return None

    def whole_of_another_subject(self, reading: Reading, a: Analysis) -> str | None:
        """ "What percentage of Russia's total e-commerce is cross-border?": the whole the
        question names is Russia's; China's cross-border volume is no whole of Russia's. The
        subject named for the whole, when the whole computed with is another's."""
        if reading.op != "percent" or len(reading.facts) != 2:
            return None
        whole_said = whole_named(a, self.vocab.lexicon)
        if whole_said is None:
            return None
        named = self.vocab.subjects_named(whole_said)
        split = self.part_and_whole(reading.facts)
        if split is None:
            return None
        whole = self.base.facts[split[1]]
        entities = self.base.entities
        if not named or named & self.family(whole.entity):
            return None
        first = min(named)
        return entities[first].name if first in entities else None

    def share_of_its_own_part(self, reading: Reading, a: Analysis) -> str | None:
        """ "Active users as a percentage of purchasers?", "what percent of the buyers are
        active users?": the whole the question names is the part of the article's share
        (purchasers are a part of the active users), so the share the article gives, read
        the usual way round, would be a wrong figure. The part's measure, if so."""
        split: tuple[str, str] | None = None
        if reading.op is None and len(reading.facts) == 1:  # (one computed is in the order asked)
            formula = self.base.facts[reading.facts[0]].formula
            if formula is not None and formula.op == "percent" and len(formula.args) == 2:
                split = (formula.args[0], formula.args[1])
        whole_said = whole_named(a, self.vocab.lexicon) if split is not None else None
        if split is None or not whole_said or a.anaphora:  # "of THOSE buyers": the last one
            return None
        part, whole = split
        lexicon = self.vocab.lexicon
        part_only = self.own_words[part] - self.own_words[whole]
        # the subject's own name ("of AliExpress's buyers") says nothing of which figure
        names = (self.vocab.terms[part].entity | self.vocab.terms[whole].entity) - part_only
        ignored = lexicon.function_words | lexicon.pronouns | names
        said = {w for w in whole_said if w not in ignored and not is_number(w)}
        if said and said <= part_only:
            return self.base.facts[part].measure
        return None

    def part_named_by_its_subject_only(self, reading: Reading, a: Analysis) -> str | None:
        """ "What share of global e-commerce is Russia's?", "what share of Chinese online
        shopping was done by Russians?": the part is the named subject's share of that very
        whole, which the article does not give; Russians' cross-border spending is another
        measure, and the question names none of its own words. The subject, if so."""
        if reading.op != "percent" or len(reading.facts) != 2 or a.anaphora or a.turn_from:
            return None
        split = self.part_and_whole(reading.facts)
        if split is None:
            return None
        part, whole = split
        part_fact, whole_fact = self.base.facts[part], self.base.facts[whole]
        if whole_fact.entity in self.family(part_fact.entity):
            return None  # AliExpress's buyers as a share of Alibaba's aim
        behind_whole = self.depends.get(whole, set()) | {whole}
        if any(self.base.facts[f].entity == part_fact.entity for f in behind_whole):
            return None  # the world's volume is implied from China's: China's part of it
        entity_words = set(self.vocab.entity_stems)
        marks = self.own_words[part] - self.own_words[whole] - entity_words
        said = set(a.stems[a.context_until :])
        if not marks or said & marks:
            return None
        entity = self.base.entities.get(part_fact.entity)
        return entity.name if entity is not None else None

    def part_unnamed(self, reading: Reading, a: Analysis) -> str | None:
        """ "What percentage of Russian e-commerce overall is cross-border?": the share found
        is of the Chinese part of Russians' cross-border spending, and no word of the
        question names that part (what it names as the part is the whole's own measure).
        The part's measure, if so."""
        if len(reading.facts) > 2 or a.anaphora or a.turn_from or a.context_until:
            return None
        split: tuple[str, str] | None = None
        if reading.op == "percent" and len(reading.facts) == 2:
            split = self.part_and_whole(reading.facts)
        elif reading.op is None and len(reading.facts) == 1:
            share = self.base.facts[reading.facts[0]]  # "the share ... on Chinese platforms"
            split = (share.id, share.of) if share.unit == "%" and share.of else None
        if split is None:
            return None
        part, whole = split
        if whole not in self.depends.get(part, set()):
            return None  # (a part of that very whole: given as one, or computed from it)
        names = self.vocab.terms[part].entity | self.vocab.terms[whole].entity
        shares = self.vocab.lexicon.share_words
        marks = self.own_words[part] - self.own_words[whole] - names - shares
        said = set(a.stems)
        if not marks or said & marks or any(map(is_number, said)):
            return None  # ("20 million out of 60 million": the part typed as its figure)
        whole_said = whole_named(a, self.vocab.lexicon)
        if not whole_said:
            return None
        # what is said as the part ("is CROSS-BORDER") is the whole's own measure again
        lexicon = self.vocab.lexicon
        empty = lexicon.function_words | lexicon.question_words | shares | set(whole_said)
        part_said = said - empty
        if not part_said or not part_said <= self.own_words[whole] | names:
            return None  # ("share of retail?": no part said, the one the article gives)
        return self.base.facts[part].measure

    def part_and_whole(self, facts: tuple[str, ...]) -> tuple[str, str] | None:
        """Of two figures a share is taken between, the smaller as the part and the larger
        as the whole, whatever the order the question names them in."""
        values = [self.value(f) for f in facts]
        if len(facts) != 2 or values[0] is None or values[1] is None or values[0] == values[1]:
            return None
        return (facts[0], facts[1]) if values[0] < values[1] else (facts[1], facts[0])

    def share_of_another_whole(self, reading: Reading, a: Analysis) -> tuple[str, str] | None:
        """ "What share of China's cross-border e-commerce went to Russia?": the article's
        80% is a share of Russia's spending; a whole named as China's is another whole,
        and the share read the other way round would be a wrong figure. The subject named
        and the subject whose whole the share is of."""
        if reading.op is not None or len(reading.facts) != 1:
            return None
        fact = self.base.facts[reading.facts[0]]
        whole = self.base.facts.get(fact.of) if fact.of else None
        whole_said = whole_named(a, self.vocab.lexicon)
        if whole is None or not whole_said or a.turn_from:
            return None
        # the whole's owner said first ("of CHINA's cross-border trade"), not a word of
        # where its part went ("of it ended up on Chinese platforms")
        lexicon = self.vocab.lexicon
        opening = next((w for w in whole_said if w not in lexicon.function_words), None)
        if opening is None or set(whole_said[: whole_said.index(opening)]) & lexicon.pronouns:
            return None  # "of IT (ended up on Chinese platforms)": the whole is the last one
        named = self.vocab.entities_named([opening])
        if not named or named & (self.family(whole.entity) | self.family(fact.entity)):
            return None
        first, entities = min(named), self.base.entities
        if first not in entities or whole.entity not in entities:
            return None
        return entities[first].name, entities[whole.entity].name

    def share_of_another_whole_detail(self, reading: Reading, a: Analysis) -> str | None:
        """Why a share of another subject's whole is refused, when it is one."""
        other_whole = self.share_of_another_whole(reading, a)
        if other_whole is None:
            return None
        named, owner = other_whole
        return f"its share is of {owner}'s figure, and it gives no share of {named}'s"

    def family(self, entity: str) -> set[str]:
        """A subject and the group it belongs to (AliExpress and Alibaba)."""
        found = self.base.entities.get(entity)
        return {entity, found.parent} if found is not None and found.parent else {entity}

    def value(self, fact_id: str) -> Decimal | None:
        """A figure's value when the base states it or the assistant computed it."""
        value = self.base.facts[fact_id].value
        return value if isinstance(value, Decimal) else self.vocab.computed.get(fact_id)

    def mixes_counts(self, reading: Reading, a: Analysis) -> str | None:
        """A difference, growth, share or ratio between counts of different things ("from
        60m active users to the 100m target": users to warehouses) is only meant when the
        question names both ("how many more warehouses than pilot zones")."""
        if reading.op not in _BETWEEN_COUNTS or len(reading.facts) != 2:
            return None
        families = self.vocab.lexicon.count_families
        units = [unit_of(self.base, self.base.facts[f]) for f in reading.facts]
        kinds = [families.get(stem(u)) if u else None for u in units]
        if None in kinds or kinds[0] == kinds[1]:
            return None
        named = {families[s] for s in a.stems if s in families}
        now = {families[s] for s in a.stems[a.turn_from :] if s in families}
        if set(kinds) <= named and (not a.turn_from or set(kinds) & now):
            return None  # a follow-up must name one of them itself, not only earlier turns
        return f"{units[0]} and {units[1]} count different things"

    def people_for_money(self, reading: Reading, a: Analysis) -> str | None:
        """ "What percentage of Russian SHOPPERS bought from Chinese platforms?": a share of
        people is asked, and a share of money (80% of Russia's spending) is no share of the
        shoppers. The people named right after "share of" decide; "share of Russians'
        spending" names the money."""
        lexicon = self.vocab.lexicon
        families = lexicon.count_families
        wholes = {
            whole_unit(self.base, self.base.facts[f])
            for f in {*reading.facts, *self.facts_behind(reading)}
            if self.base.facts[f].unit == "%" and self.base.facts[f].of
        }
        if reading.op == "percent" and len(reading.facts) == 2:
            wholes.add(unit_of(self.base, self.base.facts[reading.facts[1]]))
        if not wholes or not wholes <= {"USD", "CNY"}:
            return None
        start = max(a.context_until, a.turn_from)
        shares = lexicon.part_words | lexicon.share_words
        adjectives = lexicon.nationality_stems
        for i in range(start, len(a.stems) - 2):
            if a.stems[i] not in shares or a.stems[i + 1] not in ("of", "from"):
                continue
            tail = range(i + 2, min(i + 5, len(a.stems)))
            named = next((k for k in tail if a.stems[k] in families), None)
            while named is not None and named + 1 < len(a.stems) and a.stems[named + 1] in families:
                named += 1  # "Russian shoppers": the noun, not the people's adjective
            if named is None or families[a.stems[named]] != "people":
                continue
            word = a.raw[named].lower()
            if a.stems[named] in adjectives or re.search(rf"(?i)\b{re.escape(word)}'", a.question):
                continue  # "share of Russian(s') cross-border spending": whose money it is
            if set(a.stems[named + 1 : named + 2]) & lexicon.money_words:
                continue  # "share of Russians' spending"
            return a.raw[named].lower()
        for i in range(start, len(a.stems) - 1):
            # "and among Russians, what share?": people counted, a nationality too
            if a.stems[i] not in lexicon.among_words:
                continue
            k = i + 1
            if families.get(a.stems[k]) != "people" and a.stems[k] not in adjectives:
                continue
            word = a.raw[k].lower()
            if set(a.stems[k + 1 : k + 4]) & lexicon.money_words or re.search(
                rf"(?i)\b{re.escape(word)}'", a.question
            ):
                continue  # "among Russians' (cross-border) spending": their money
            return word
        return None

    def unnamed_party(self, reading: Reading, a: Analysis) -> str | None:
        """A share, ratio or difference between figures of two different subjects is only
        meant when the question names the one that is not the article's main subject (or
        quotes its figure): "what share of China's e-commerce was domestic" is not Russia's
        spending as a share of it."""
        if reading.op not in _BETWEEN_COUNTS or len(reading.facts) != 2:
            return None
        facts = [self.base.facts[f] for f in reading.facts]
        if facts[0].entity == facts[1].entity:
            return None
        stems = a.stems[a.context_until :]
        named = self.vocab.entities_named(stems)
        entities = self.base.entities
        named |= {entities[e].parent for e in named if e in entities and entities[e].parent}
        quoted = {s for s in stems if is_number(s)}
        for fact in facts:
            family = {fact.entity}
            if fact.entity in entities and entities[fact.entity].parent:
                family.add(entities[fact.entity].parent)  # AliExpress is Alibaba's
            if fact.entity == self.vocab.default_entity or family & named:
                continue
            if quoted & self.vocab.terms[fact.id].numbers:
                continue
            return fact.entity
        return None

    def asks_what_goes_unnamed(self, reading: Reading, a: Analysis) -> str | None:
        """ "What regulations exactly did the government announce?", "what did the new
        regulations say?": a statement that only mentions them ("related regulations") does
        not answer which ones they are or what they hold. The noun asked, if so."""
        if reading.op is not None or a.claimed:
            return None
        fact = self.base.facts[reading.facts[0]]
        unnamed = {stem(w) for w in fact.unnamed}
        lexicon = self.vocab.lexicon
        start = max(a.context_until, a.turn_from)
        asked = a.stems[start:]
        for i, s in enumerate(asked):
            if s not in unnamed:
                continue
            before = asked[max(0, i - UNNAMED_REACH) : i]
            which = [j for j, w in enumerate(before) if w in lexicon.choosing_words]
            if which and not set(before[which[-1] + 1 :]) & lexicon.auxiliaries:
                return a.raw[start + i]  # "what (specific) regulations"
            asking = lexicon.choosing_words & set(asked[:i])
            if set(asked[i + 1 : i + 1 + UNNAMED_REACH]) & lexicon.content_verbs and asking:
                return a.raw[start + i]  # "what did the new regulations say"
        return None

    def sum_unanswered(self, question: str, result: Query | Refusal) -> bool:
        """A sum asked ("the sum of A and B", "added together") is answered by a sum only:
        a difference or a single figure found by the same words, on whatever path, is
        another number. Checked on the final answer, so it holds for every path."""
        if not isinstance(result, Query) or result.op == "sum" or result.claim is not None:
            return False
        if not find_phrases(stems_of(question), self._sum_phrases):
            return False  # cheap: most questions name no sum at all
        # read as the question is read: "the sum of money" is rewritten to an amount
        said = [stem(w) for w in self.vocab.lexicon.words(question)]
        if not find_phrases(said, self._sum_phrases):
            return False
        # "add together Chinese platforms and all the other cross-border ones": a part and
        # the rest of its whole added are that whole
        whole = (
            result.op is None and len(result.facts) == 1 and parts_of(self.base, result.facts[0])
        )
        return not (whole and names_part_and_rest(said, self.vocab.lexicon, nouns=True))

    def which_unanswered(self, question: str, result: Query | Refusal) -> bool:
        """ "Which one is bigger?", "which was larger in 2018?": a choice between figures,
        answered by one figure looked up, makes no comparison and so names no one. Checked
        on the final answer, so it holds for every path, as a sum asked is."""
        if not isinstance(result, Query) or result.op is not None or result.claim is not None:
            return False
        if len(result.facts) != 1 or self.base.facts[result.facts[0]].is_text:
            return False
        said = stems_of(question)
        if not set(said) & self._comparing:
            return False  # cheap: most questions compare nothing
        said = [stem(w) for w in self.vocab.lexicon.words(question)]
        compared = {  # "which company had MORE THAN 100 million buyers": a bound, no choice
            j
            for j, w in enumerate(said)
            if w in self._comparing
            and not (said[j + 1 : j + 2] == ["than"] and is_number((said[j + 2 :] or [""])[0]))
        }
        return any(
            w in self._choosing and compared & set(range(i + 1, i + 1 + CHOICE_REACH))
            for i, w in enumerate(said)
        )

    def month_unanswered(self, question: str, result: Query | Refusal) -> bool:
        """ "Which month?", "what month exactly?" after a year: a month asked, answered by a
        year, or by a figure none of whose sentences names a month ("12 months to April 2017"
        names April; "in 2015" names none). Checked on the final answer, for every path."""
        if not isinstance(result, Query) or result.claim is not None:
            return False
        lexicon = self.vocab.lexicon
        lowered = question.lower()
        if not all(word in lowered for word in self._month_marks):
            return False  # cheap: every way of asking a month shares its word
        if not find_phrases(stems_of(question), lexicon.month_questions):
            return False
        if result.when or any(self.base.facts[f].unit == "year" for f in result.facts):
            return True  # a year answers no month, even one whose sentence names a month
        behind = self.facts_behind(result)
        told = " ".join(
            f"{self.base.facts[f].period or ''} {self.base.facts[f].clause or ''}" for f in behind
        )
        return not set(stems_of(told)) & lexicon.month_names

    @cached_property
    def _month_marks(self) -> frozenset[str]:
        """The words every phrase of asking a month has ("month"), as stems."""
        phrases = [set(p) for p in self.vocab.lexicon.month_questions]
        return frozenset(set.intersection(*phrases)) if phrases else frozenset()

    def target_missed(self, reading: Reading, a: Analysis) -> str | None:
        """ "What share of that goal do they have now?": a target or goal the question names
        must be a figure of the answer (or one it is computed from); the share of buyers
        among active users is no share of the 100 million target."""
        words = self.vocab.lexicon.target_words
        named = [
            a.raw[i]
            for i, s in enumerate(a.stems)
            if i >= a.context_until and i < len(a.raw) and s in words
        ]
        if not named:
            return None
        used = set(reading.facts)
        for fact_id in reading.facts:
            used |= set(self.depends.get(fact_id, ()))
        for fact_id in used:
            fact = self.base.facts[fact_id]
            terms = self.vocab.terms.get(fact_id)
            if fact.is_forecast or (terms is not None and words & terms.all):
                return None  # the 100 million target; JD's platform "aimed at" markets
        return named[0]

    def pair_parts(self, fact_id: str) -> frozenset[str]:
        """The two parts a figure is given as together ("retail and B2B"), as stems."""
        said, joiners = self.measure_words[fact_id], self.vocab.lexicon.pair_joiners
        return frozenset(
            word
            for i in range(1, len(said) - 1)
            if said[i] in joiners
            for word in (said[i - 1], said[i + 1])
        )

    def asks_one_of_a_pair(
        self, reading: Reading, a: Analysis, one_kind: bool = True
    ) -> str | None:
        """ "The retail-only cross-border figure" or "B2B vs retail of the 6.3 trillion": a
        part of a figure the article gives only together ("retail and B2B"): that figure.
        `one_kind`: one of a pair of kinds named alone ("B2B e-commerce") is such a part
        too, unless the words were merged from earlier turns, where the other was said."""
        lexicon = self.vocab.lexicon
        stems = a.stems[a.context_until :]
        for fact_id in reading.facts:
            said = self.measure_words[fact_id]
            for i in range(1, len(said) - 1):
                if said[i] not in lexicon.pair_joiners:
                    continue
                pair = {said[i - 1], said[i + 1]}
                at = [j for j, w in enumerate(stems) if w in pair]
                between = (
                    set(stems[min(at) : max(at)]) if len(set(stems[j] for j in at)) > 1 else set()
                )
                if between & lexicon.pair_contrasts:
                    return fact_id  # "B2B vs retail": one against the other
                if set(stems) & lexicon.scope_words:
                    continue  # "does it include retail only?": what the figure covers
                for at, word in enumerate(stems):
                    # "retail only", "only retail", "the retail volume alone"
                    beside = set(stems[max(0, at - 3) : at]) | set(stems[at + 1 : at + 2])
                    if word in lexicon.alone_words and beside & pair:
                        return fact_id
                kinds = set(lexicon.opposites) | set(lexicon.opposites.values())
                if (
                    one_kind
                    and reading.op is None
                    and pair <= kinds
                    and len(pair & set(stems)) == 1
                ):
                    # "how big was B2B e-commerce?": one kind of trade, which the article
                    # gives only together with the other (retail and B2B)
                    return fact_id
                if self._one_part_for_the_whole(fact_id, reading, pair, set(stems)):
                    return self._of_the_same_year(fact_id, reading)
        return None

    def _of_the_same_year(self, fact_id: str, reading: Reading) -> str:
        """The figure of the series dated like the others of the reading (the 2016
        cross-border volume beside 2016's total e-commerce, not the 2018 forecast)."""
        years = {self.base.facts[f].year for f in reading.facts if f != fact_id} - {None}
        for other in self.base.series(self.base.facts[fact_id]):
            if other.year in years:
                return other.id
        return fact_id

    def _one_part_for_the_whole(
        self, fact_id: str, reading: Reading, pair: set[str], said: set[str]
    ) -> bool:
        """ "What share of total e-commerce was B2B?": one part of the pair names the figure
        found, and nothing else of its own does (not "cross-border"): that part is asked,
        and the article gives only the two together; so is a share of that figure named
        by one part of its pair ("what share of cross-border volume was retail?")."""
        if len(pair & said) != 1 or len(reading.facts) < 2 or reading.op != "percent":
            return False
        fact = self.base.facts[fact_id]
        if fact.formula is None and fact_id in (reading.facts[-1], self.larger_of(reading.facts)):
            # "what share of cross-border volume was retail?": a part of the stated pair
            # (not of a gap "between active users and the target", which is computed); the
            # larger of two figures is the whole a share is taken of, whatever their order
            return True
        others = set().union(*(self.vocab.terms[f].all for f in reading.facts if f != fact_id))
        own = set(self.measure_words[fact_id]) - others - pair
        own -= self.vocab.lexicon.stopwords | self.vocab.lexicon.pair_joiners
        return bool(own) and not own & said

    def larger_of(self, facts: tuple[str, ...]) -> str | None:
        """The larger of two stated figures in one unit (the whole a share is taken of,
        whatever their order), or None."""
        if len(facts) != 2:
            return None
        first, second = (self.base.facts[f] for f in facts)
        values = (first.value, second.value)
        if first.unit != second.unit or not all(isinstance(v, Decimal) for v in values):
            return None
        split = self.part_and_whole(facts)
        return split[1] if split else None

    def is_premise(self, reading: Reading, a: Analysis) -> bool:
        """A single figure the question itself quotes, when the question asks more than to
        restate, date, source or convert it."""
        if reading.op is not None or a.expects in ("year", "source", "subject", "text"):
            return False
        fact = self.base.facts[reading.facts[0]]
        quoted = {
            s
            for i, s in enumerate(a.stems)
            if is_number(s)
            and i >= a.context_until
            and i not in a.year_span
            and i not in a.per_unit_at
            and i not in a.aside_at  # "...? I think it's 100 million.": the user's guess
        }
        terms = self.vocab.terms[fact.id]
        if not quoted & (terms.numbers - terms.converted):
            return False  # "$921.9 billion of cross-border volume in yuan": converted back
        unit = unit_of(self.base, fact)
        if unit not in ("CNY", "USD"):
            return True
        if a.currency is None:
            return "convert" not in a.op_names  # "convert the 4.3 billion": it is converted
        return unit == a.currency

    def builds_on(self, reading: Reading, fact_id: str) -> bool:
        """Is this reading a figure computed from `fact_id` (directly or through others)?"""
        if reading.op is not None:
            return fact_id in reading.facts
        formula = self.base.facts[reading.facts[0]].formula
        if formula and fact_id in formula.args:
            return True
        return fact_id in self.depends.get(reading.facts[0], ())

    def echoes_a_name(self, reading: Reading, a: Analysis) -> bool:
        """ "Who owns Yandex?" is not answered by "Yandex": a question that asks who did
        something to a name it gives wants another name (unless it asks who that one is)."""
        raw = a.raw[a.context_until :]
        if reading.op is not None or a.expects != "text" or len(raw) < 3:
            return False
        if raw[0] not in ("who", "whom") or raw[1] in ("is", "was", "are", "were"):
            return False
        fact = self.base.facts[reading.facts[0]]
        value = fact.value
        if not isinstance(value, str):
            return False
        asked = a.stems[a.context_until :]
        if "," in value:
            # "who set up Alibaba?" is not "Alibaba Group, which set it up as ...": the name
            # a description opens with, when the question names it and the fact is another's
            head = [stem(w) for w in self.vocab.lexicon.words(value.split(",")[0])]
            echoed = self.vocab.entities_named(head) & self.vocab.entities_named(asked)
            return bool(echoed - {fact.entity})
        said = [stem(w) for w in self.vocab.lexicon.words(value)]
        if said and asked[1] == said[0]:
            return False  # "who's Shen Difan": who that one is
        return bool(said) and set(said) <= set(asked)

    def explains_another_thing(self, reading: Reading, a: Analysis) -> bool:
        """ "Why is China facing difficulties in exports?" is not answered by why
        cross-border platforms matter: a reason question must name what the figure explains,
        not only the words of its reason."""
        if a.expects != "reason" or reading.op is not None:
            return False
        lexicon = self.vocab.lexicon
        fact = self.base.facts[reading.facts[0]]
        explained = {stem(w) for w in lexicon.words(fact.measure or "")}
        if is_a_purpose(fact, lexicon):  # "why did Vip OPEN VIPme": its keywords say the act
            explained |= self.vocab.terms[fact.id].all - self.vocab.terms[fact.id].entity
        explained -= lexicon.stopwords | set(self.vocab.naming) | lexicon.question_words
        asked = set(a.stems[a.context_until :])
        return bool(explained) and not explained & asked


UNNAMED_REACH = 3  # "what new export difficulties": the question word within three words

_BETWEEN_COUNTS = ("difference", "growth", "percent", "ratio")


def share_tails(a: Analysis, lexicon: Lexicon) -> list[list[str]]:
    """What follows each "share of" / "part of" ("доля от") the turn says: the whole it
    names, up to the end of the question."""
    asked = a.stems[max(a.context_until, a.turn_from) :]
    share_words = lexicon.part_words | lexicon.share_words
    return [
        asked[i + 2 :]
        for i in range(len(asked) - 2)
        if asked[i] in share_words and asked[i + 1] in ("of", "from")
    ]


def whole_named(a: Analysis, lexicon: Lexicon) -> list[str] | None:
    """The words that name the whole of the one share the turn asks ("what percentage of
    Russia's total e-commerce is cross-border" -> Russia's total e-commerce), up to the verb,
    relative or question word where the part is said; None unless exactly one share is."""
    tails = share_tails(a, lexicon)
    if len(tails) != 1:
        return None
    ends = lexicon.state_verbs | lexicon.auxiliaries | lexicon.buyer_verbs | lexicon.flow_verbs
    ends |= lexicon.relative_words | lexicon.question_words
    tail = tails[0]
    return tail[: next((i for i, w in enumerate(tail) if w in ends), len(tail))]
