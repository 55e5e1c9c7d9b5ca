"""Reading a yes/no question: the claim it makes, checked against the figure its words
find; a name, word or year put where the article has another makes the answer No.

A mixin of the matcher: claims are read with the matcher's own `interpret`, so a claim's
words mean what they mean in any question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from functools import cached_property

from intents.analysis import Analysis, analyse, find_phrases, mark
from intents.checks import ARTICLE_YEAR
from intents.claims import (
    Claim,
    SplitClaim,
    ending_length,
    split_claim,
    statement_order,
    states_a_portion,
    tagged,
)
from intents.complements import PERCENT, complement, unit_of, whole_of
from intents.english import NOUN, VERB, is_english, parts_of_speech
from intents.facts import years_in
from intents.followup import CHANGE_OPERATIONS
from intents.frames import Frame, money_behind, share_of_whole
from intents.lexicon import Lexicon, contains_phrase, leading_phrase
from intents.query import Query, Refusal
from intents.readings import Reading
from intents.roles import reversed_rank
from intents.text import is_number, stem, stems
from intents.vocabulary import FactTerms


class ClaimReading:
    def _attribution(self, split: SplitClaim, cued: bool = True) -> SplitClaim:
        """ "Did the Russian figure come from PayPal?": a claim about who gave a figure. The
        source named (one of the article's, or another, like Sberbank) is set apart from
        what the figure is; the answer compares it with the figure's own source. Without
        `cued`, no attribution word is needed ("is that from iResearch?" after a figure)."""
        lexicon = self.vocab.lexicon
        # "was the 4.3 billion figure from PayPal?": a figure, a giving word, a source (not
        # "is AliExpress from Alibaba?", "run by PayPal": whose it is, who ran it)
        given_by = any(
            noun in lexicon.figure_nouns
            and giving in lexicon.giving_words
            and (word in self.source_names or word in self.cited_names)
            for noun, giving, word in zip(
                split.whole, split.whole[1:], split.whole[2:], strict=False
            )
        )
        if cued and not set(split.whole) & lexicon.attribution_cues and not given_by:
            return split
        named: list[str] = []
        drop: set[str] = set()
        kind = lexicon.contrast_kind("companies")
        companies = set(kind.members) if kind else set()
        for at, (word, raw) in enumerate(zip(split.whole, split.whole_raw, strict=False)):
            source = self.source_names.get(word)
            after = split.whole[at + 1] if at + 1 < len(split.whole) else ""
            if source is None and (
                (at and split.whole[at - 1] in ("from", "by", "to"))
                or after in lexicon.attribution_cues
            ):  # "came from PayPal", "according to PayPal", "PayPal reported": as a source
                source = self.cited_names.get(word)
            if source is not None:
                named.append(source)
                drop.add(word)
            elif word not in self.vocab.known and (
                (word,) in companies or not is_english(raw) and word.isalpha()
            ):
                drop.add(word)  # Sberbank, Nielsen: a name the article never cites, though
                # not a measure it never gives ("made $10bn in revenue")
        outside = bool(drop - set(self.source_names) - set(self.cited_names))
        if not named and not outside:
            return split

        def keep(stems: list[str], raws: list[str]) -> tuple[list[str], list[str]]:
            kept = [(s, r) for s, r in zip(stems, raws, strict=False) if s not in drop]
            return [s for s, _ in kept], [r for _, r in kept]

        claim = replace(split.claim, sources=tuple(dict.fromkeys(named)), other_source=outside)
        return SplitClaim(claim, *keep(split.stems, split.raw), *keep(split.whole, split.whole_raw))

    def _swapped_name(
        self, question: str, split: SplitClaim, refusal: Refusal
    ) -> tuple[Query, Analysis, SplitClaim] | None:
        """ "Was VIPme launched by JD?", "Is Shen Difan the head of JD?": a claim that puts a
        company where the article has another one of the same kind. When the claim is true
        of exactly one other company of that kind, or reads as one fact once the misplaced
        name is left out, the answer is No, with what the article does say."""
        entities = self.base.entities
        typed = {w.lower() for w in refusal.words if not w.startswith("<")}
        naming = self.vocab.naming
        at = [i for i, raw in enumerate(split.raw) if raw.lower() in typed]
        if not at or len(at) != len(typed):
            return None
        if not all(split.stems[i] in naming or split.stems[i] in self.source_names for i in at):
            return None  # a word that names nothing: not a name put in the wrong place
        if set(split.stems) & self.vocab.lexicon.relating_words:
            return None  # "did JD launch before AliExpress was set up": both names meant
        if self._nationality_of_an_organisation(frozenset(split.stems), split.stems):
            return None  # "Is AliExpress a Chinese company?": not "JD is" with the swap
        named_at = {
            i: {e for e in naming.get(s, ()) if e in entities and entities[e].kinds}
            for i, s in enumerate(split.stems)
        }
        named = set().union(*named_at.values())
        found: dict[str, tuple[Query, Analysis, SplitClaim, str]] = {}
        for i, ids in named_at.items():
            kinds = {k for e in ids for k in entities[e].kinds}
            for other in entities.values():
                if other.id in named or not kinds & set(other.kinds):
                    continue
                stems_ = [*split.stems[:i], stem(other.name.lower()), *split.stems[i + 1 :]]
                raws = [*split.raw[:i], other.name, *split.raw[i + 1 :]]
                read = self._claim_reading(question, stems_, raws)
                if read is not None and self.base.facts[read[0].facts[0]].entity == other.id:
                    found[read[0].facts[0]] = (*read, stems_, raws, split.raw[i])
        if len(found) == 1:
            query, rest, stems_, raws, swapped = next(iter(found.values()))
        else:
            keep = [i for i in range(len(split.stems)) if i not in at]
            stems_ = [split.stems[i] for i in keep]
            raws = [split.raw[i] for i in keep]
            read = self._claim_reading(question, stems_, raws)
            at_named = {e for i in at for e in named_at.get(i, ())}
            if read is None or not at_named:
                return None
            query, rest = read
            fact = self.base.facts[query.facts[0]]
            kinds = {k for e in at_named for k in entities[e].kinds}
            own = entities.get(fact.entity)
            if fact.entity in at_named or own is None or not kinds & set(own.kinds):
                return None  # not the same kind of thing: no swap, a word left unexplained
            swapped = split.raw[at[0]]
        claim = replace(split.claim, swapped=swapped)
        return query, rest, SplitClaim(claim, stems_, raws, split.whole, split.whole_raw)

    def _role_claim(self, split: SplitClaim) -> tuple[Query, Claim] | None:
        """ "Is Shen Difan the CEO of Alibaba?", "Shen Difan is JD's general manager, right?":
        a claim about a person the article names, checked against the one statement of
        what that person is (title and company), not against the figures he gave, whose
        sentences also carry his description. A title or company other than that
        statement's makes the answer No; the statement's own title and company, Yes."""
        said = split.stems
        titles = self.vocab.lexicon.contrast_kind("titles")
        if titles is None or split.claim.numbers or split.claim.years:
            return None
        claimed_titles = [m for m in titles.members if contains_phrase(said, m)]
        for fact_id in self.role_facts:
            fact = self.base.facts[fact_id]
            person = stems(str(fact.value))
            if not set(person) & set(said):
                continue
            rest = [s for s in said if s not in person]
            named = self.vocab.subjects_named(rest)
            companies = {e for e in named if "company" in self.base.entities[e].kinds}
            companies |= {e for e in named if e == fact.entity}
            if not claimed_titles and not companies:
                return None  # "was it Shen Difan who said ...": not a claim about his role
            # its title, or one of its own words for it ("boss"), as a whole: "chief
            # executive" is another title, though "chief" and "executive" are words of it
            own = self.vocab.terms[fact_id].phrases
            wrong_title = next(
                (m for m in claimed_titles if not any(set(m) == p or set(m) < p for p in own)),
                None,
            )
            wrong_company = next((e for e in companies if e != fact.entity), None)
            claim = split.claim
            if wrong_title is not None:
                claim = replace(claim, swapped=" ".join(wrong_title))
            elif wrong_company is not None:
                claim = replace(claim, swapped=self.base.entities[wrong_company].name)
            else:
                claim = replace(claim, words=frozenset(), explained=True)
            return Query("lookup", (fact_id,)), claim
        return None

    def _owner_claim(self, split: SplitClaim) -> tuple[Query, Claim] | None:
        """ "Is VIPme run by JD?", "is AliExpress from Alibaba?": whose a platform is. A
        platform belongs to the company it is a name of (VIPme is Vip's) or to its parent
        (AliExpress, Alibaba's); another company named as its owner makes the answer No."""
        said = split.stems
        if split.claim.numbers or any(map(is_number, said)):
            return None  # "set up by Alibaba in 2009?": the year is what is claimed
        cues = [(key, at) for key, at in find_phrases(said, self.vocab.lexicon.owner_cues)]
        if len(cues) != 1:
            return None
        key, at = cues[0]
        naming, entities = self.vocab.naming, self.base.entities
        owned = [e for s in said[:at] for e in naming.get(s, ()) if entities[e].kinds]
        owners = [e for s in said[at + len(key) :] for e in naming.get(s, ()) if entities[e].kinds]
        if len(set(owned)) != 1 or len(set(owners)) != 1:
            return None
        thing, owner = owned[0], owners[0]
        belongs_to = {thing, entities[thing].parent} - {None}
        typed = {s for s in said[:at] if thing in naming.get(s, ())}
        facts = [f for f in self.base.facts.values() if f.is_text or f.unit == "year"]
        owner_names = set().union(*(self.vocab.names_of[e] for e in belongs_to - {thing}))
        owner_names = owner_names or self.vocab.names_of[thing]  # VIPme is Vip's own
        evidence = next(  # the sentence that says whose it is: "Alibaba ... set up AliExpress"
            (
                f.id
                for f in facts
                if f.entity in belongs_to | {thing}
                and typed & set(stems(f"{f.clause or ''} {f.measure}"))
                and set(stems(f.clause or "")) & owner_names
            ),
            None,
        )
        if evidence is None:
            return None
        claim = split.claim
        if owner in belongs_to:
            claim = replace(claim, words=frozenset(), explained=True)
        else:
            claim = replace(claim, swapped=entities[owner].name)
        return Query("lookup", (evidence,)), claim

    @cached_property
    def role_facts(self) -> tuple[str, ...]:
        """The statements of what a person the article names is ("general manager of
        AliExpress" is Shen Difan): text facts whose value names a person it cites."""
        people = {
            tuple(stems(alias))
            for source in self.base.sources.values()
            if "person" in source.kinds
            for alias in source.aliases
        }
        return tuple(
            f.id
            for f in self.base.facts.values()
            if f.is_text and tuple(stems(str(f.value))) in people
        )

    def _called_otherwise(self, rest: Analysis, fact_id: str) -> str | None:
        """The name a claim gives a statement's thing ("... is called VIPshop") when the
        statement gives it another name (VIPme): the word right after "called"/"named"."""
        fact = self.base.facts[fact_id]
        if not fact.is_text:
            return None
        value = set(stems(str(fact.value)))
        naming = self.vocab.lexicon.naming_verbs
        for i, word in enumerate(rest.stems[:-1]):
            if word in naming:
                after = rest.stems[i + 1]
                if after not in value and after not in self.vocab.lexicon.function_words:
                    return rest.raw[i + 1]
        return None

    def _described_as_another(self, rest: Analysis, clause: list[str]) -> str | None:
        """The kind a claim gives a name ("Ipsos ... a payment provider") when its sentence
        puts another of that kind right before that name ("research firm Ipsos")."""
        named = [s for s in rest.stems if s in self.names]
        if not named:
            return None
        for kind in self.vocab.lexicon.contrast_kinds:
            claimed = [m for m in kind.members if contains_phrase(rest.stems, m)]
            if not claimed:
                continue
            before_a_name = [  # "research firm Ipsos": the kind the sentence gives a name
                m
                for m in kind.members
                if any(contains_phrase(clause, (*m, name)) for name in named)
            ]
            for member in claimed:
                if member in before_a_name:
                    continue
                if any(o != member and not set(o) & set(member) for o in before_a_name):
                    return " ".join(member)
        return None

    def _another_of_its_kind(
        self, question: str, split: SplitClaim, refusal: Refusal
    ) -> tuple[Query, Analysis, SplitClaim] | None:
        """ "JD launched a French version?", "Yandex is Russia's largest search engine?",
        "Amazon and Ipsos co-authored the study?": the words the article lacks name a thing
        of a kind (a language, a title, a company, a kind of firm), and the sentence the rest
        of the claim finds names another of that kind. The answer is No, with that sentence;
        a word of no such kind ("mostly via mobile") still leaves the claim unchecked."""
        kinds = self.vocab.lexicon.contrast_kinds
        typed = [w.lower() for w in refusal.words if not w.startswith("<")]
        if not typed or set(split.stems) & self.vocab.lexicon.relating_words - {"and"}:
            return None  # "JD and VIPme launched in the same year": both names are meant
        typed_stems = [stem(w) for t in typed for w in t.split()]
        outside = self.vocab.lexicon.out_of_scope
        if any(s in self.vocab.known and (s,) not in outside for s in typed_stems):
            return None  # a word the article knows, out of place ("learn Chinese"): no swap
        at = [i for i, s in enumerate(split.stems) if s in typed_stems]
        naming = self.vocab.naming
        if any(s in naming for s in typed_stems) and any(
            s in naming for i, s in enumerate(split.stems) if i not in at
        ):
            return None  # "JD and VIPme launched in one year": two of the article's names
        claimed = [k for k in kinds if set(typed_stems) <= k.stems]
        if not at or not claimed:
            return None
        organisations = self.vocab.lexicon.organisation_nouns
        if any(k.name == "nationalities" for k in claimed) and any(
            split.stems[i + 1 : i + 2] and split.stems[i + 1] in organisations for i in at
        ):
            return None  # "Is AliExpress a Chinese company?": no sentence says a company's
            # nationality; "Chinese platforms" elsewhere is no contrast to it
        keep = [i for i in range(len(split.stems)) if i not in at]
        stems_ = [split.stems[i] for i in keep]
        raws = [split.raw[i] for i in keep]
        named = " ".join(split.raw[i] for i in at)
        # a figure claimed, or a nationality ("spent money on American sites?": the article
        # does not say they did not): only the fact the claim's words find
        only_read = bool(split.claim.numbers) or all(k.name == "nationalities" for k in claimed)
        figures = frozenset(f.value for f in split.claim.numbers)
        for fact_id, rest in self._contrast_candidates(question, stems_, raws, only_read, figures):
            said = self._sentence_of((fact_id,))
            for kind in claimed:
                others = [  # "Russians spent $4.3bn on American sites?": "Russian" is no contrast
                    m
                    for m in kind.members
                    if not set(m) <= set(typed_stems) and not contains_phrase(split.stems, m)
                ]
                if any(contains_phrase(said, m) for m in others):
                    claim = replace(split.claim, swapped=named)
                    return (
                        Query("lookup", (fact_id,)),
                        rest,
                        SplitClaim(claim, stems_, raws, split.whole, split.whole_raw),
                    )
        return None

    def _a_state(self, raw: list[str]) -> bool:
        """A claim that says what something was, with no verb of an event ("was China still
        the biggest market in 2016?", not "did China overtake the US in 2014?")."""
        being = self.vocab.lexicon.state_verbs
        return not any(
            VERB in parts_of_speech(w)
            and stem(w.lower()) not in being
            and NOUN not in parts_of_speech(w)
            for w in raw
        )

    def _contrast_candidates(
        self,
        question: str,
        stems_: list[str],
        raws: list[str],
        only_read: bool,
        figures: frozenset[Decimal] = frozenset(),
    ) -> list[tuple[str, Analysis]]:
        """The fact the rest of a claim finds, then the few others that explain all of
        its words ("was AliExpress set up by Amazon?": set up in 2010, by Alibaba Group);
        with `only_read`, the others only if they state a figure the claim gives ("did 80
        percent ... go to American platforms?": the 80% share, not the $4.3 billion)."""
        read = self._claim_reading(question, stems_, raws)
        if read is not None:
            found, rest = [read[0].facts[0]], read[1]
        else:
            found, rest = [], mark(question, stems_, raws, self.vocab, self.known_numbers)
            rest.claimed = True
        if only_read and not figures:
            return [(fact_id, rest) for fact_id in found]
        must = set(self._content(rest)) - {"not"}
        for reading in self._readings(rest, must)[:CONTRAST_CANDIDATES]:
            if reading.op is not None or reading.uncovered or reading.facts[0] in found:
                continue
            if only_read and self.computed_value(reading.facts[0]) not in figures:
                continue
            found.append(reading.facts[0])
        return [(fact_id, rest) for fact_id in found]

    def _opposite_said(
        self, question: str, split: SplitClaim, refusal: Refusal
    ) -> tuple[Query, Analysis, SplitClaim] | None:
        """ "Is AliExpress a B2B marketplace?": one word the article does not connect,
        whose opposite the sentence found with it in its place says. The answer is No,
        with what the article says."""
        opposites = self.vocab.lexicon.opposites
        typed = [w.lower() for w in refusal.words if not w.startswith("<")]
        if len(typed) != 1:
            return None
        at = [i for i, raw in enumerate(split.raw) if raw.lower() == typed[0]]
        if len(at) != 1 or split.stems[at[0]] not in opposites:
            return None
        i = at[0]
        other = opposites[split.stems[i]]
        stems_ = [*split.stems[:i], other, *split.stems[i + 1 :]]
        raws = [*split.raw[:i], other, *split.raw[i + 1 :]]
        read = self._claim_reading(question, stems_, raws)
        if read is None:
            return None
        if other not in self._sentence_of(read[0].facts):
            return None  # the article never says the opposite: it says neither
        claim = replace(split.claim, swapped=split.raw[i])
        return read[0], read[1], SplitClaim(claim, stems_, raws, split.whole, split.whole_raw)

    def _sentence_of(self, fact_ids: tuple[str, ...], statements: bool = True) -> list[str]:
        """The stems of the article's sentences behind these facts (and of the statements
        they make), which a claim is checked against word by word."""
        texts = []
        for fact_id in fact_ids:
            fact = self.base.facts[fact_id]
            texts.append(fact.clause or "")
            if statements and fact.is_text:
                texts.append(str(fact.value))
        return stems(" ".join(texts))

    def _denied_word(self, rest: Analysis, said: set[str]) -> str | None:
        """A word of the sentence found that the claim negates ("not overseas", "non-
        Chinese"): not a negated verb ("didn't spend" asks), a negated description."""
        for i in range(len(rest.stems) - 1):
            if rest.stems[i] != "not" or rest.stems[i + 1] not in said:
                continue
            if VERB in parts_of_speech(rest.raw[i + 1]):
                continue
            return f"not {rest.raw[i + 1]}"
        return None

    def _claim_reading(
        self, question: str, stems_: list[str], raws: list[str]
    ) -> tuple[Query, Analysis] | None:
        """The one plain fact a claim's words find, if they find one."""
        rest = mark(question, stems_, raws, self.vocab, self.known_numbers)
        rest.claimed = True
        found = self.interpret(rest)
        if not isinstance(found, Query) or found.op is not None or len(found.facts) != 1:
            return None
        return found, rest

    def _words_pick(self, by_words: Query | Refusal, by_figure: Query, rest: Analysis) -> bool:
        """ "Alibaba targets 1 billion consumers worldwide by 2025?": the figure quoted is
        the overseas one, but "worldwide" names the 2 billion, and the claim is checked
        against what its words name."""
        if not isinstance(by_words, Query) or by_words.op is not None or by_figure.op is not None:
            return False
        fw = self.vocab.lexicon.function_words
        said = {s for s in rest.stems if s not in fw and not is_number(s)}

        def own(fact_id: str) -> set[str]:  # its own words, not those of a whole it is of
            terms = self.vocab.terms[fact_id]
            return set().union(terms.entity, *terms.phrases)

        named, other = own(by_words.facts[0]), own(by_figure.facts[0])
        return bool((said - other) & named) and not (said - named) & other

    def _claim_about_last(self, question: str, analysis: Analysis, last: Frame) -> Query | None:
        """ "so that's half?", "is that about 50 percent?": a figure claimed of the answer
        just given, with no words of its own to find another figure by."""
        start = analysis.context_until
        split = split_claim(
            analysis.stems[start:],
            analysis.raw[start:],
            self.vocab.lexicon,
            tagged(question),
            stated=question.rstrip().endswith("?"),
            names=self.names,
            units_at=_units_at(analysis, start),
        )
        if split is None:
            return None
        lexicon = self.vocab.lexicon
        claim = split.claim
        years = {str(year) for year in analysis.years}
        dates = last.op is None and self.base.facts[last.facts[0]].unit == "year"
        if not claim.numbers and years and claim.words == years and not claim.sources and dates:
            # "so it was 2016?", "so it was 2011?" after a date: the year claimed of it; not
            # "was it more than in 2015?" after an amount, which compares it with another year
            dated = replace(claim, words=frozenset(), years=tuple(sorted(int(y) for y in years)))
            return _claimed_of(last, dated)
        if not split.claim.numbers:
            return self._source_of_last(split, last)
        subject = self.base.facts[last.facts[0]].entity if last.op in (None, "complement") else None
        named = [w for w in split.stems if subject in self.vocab.naming.get(w, ())]
        if any(
            w not in lexicon.function_words and w not in lexicon.pronouns and w not in named
            for w in split.stems
        ):
            return None  # "is the rest 40%?" names what it claims of
        if named and last.op == "complement":
            # "is China more than a third?" after the rest of the world's share: China's
            last = Frame(last.facts, None, last.currency)
        behind = None
        if {f.unit for f in split.claim.numbers} <= {"CNY", "USD"}:
            behind = money_behind(last, self.base)  # "more than $3 billion?" after the 80%
        if behind is not None:
            claim = replace(split.claim, words=frozenset(), explained=True)
            return replace(behind, claim=claim)
        if {f.unit for f in split.claim.numbers} == {"%"} and unit_of(
            self.base, self.base.facts[last.facts[0]]
        ) != "%":
            # "is that more than half?" after the 40 million who did not buy: their share
            # of the whole they are part of
            share = share_of_whole(last, self.base)
            if share is not None:
                claim = replace(split.claim, words=frozenset(), explained=True)
                return replace(share, claim=claim)
        return _claimed_of(last, split.claim)

    def _source_of_last(self, split: SplitClaim, last: Frame) -> Query | None:
        """ "Did Yandex provide those numbers?", "is that from iResearch?", "the data came
        from Sberbank?": who gave the figure just given, checked against its source."""
        split = self._attribution(split, cued=False)  # "is that from iResearch?"
        claim = split.claim
        if not (claim.sources or claim.other_source) or claim.direction is not None:
            return None  # "is that more than Amazon has?" compares; it names no source
        lexicon = self.vocab.lexicon
        left = [
            w
            for w in split.stems
            if w not in lexicon.function_words
            and w not in lexicon.pronouns
            and w not in lexicon.attribution_cues
        ]
        if left:
            return None  # it names what the figure is: not only who gave it
        return _claimed_of(last, claim)

    def _by_what_it_says(
        self, question: str, result: Query, rest: Analysis
    ) -> tuple[Query, Analysis, str] | None:
        """ "Was the US the most popular destination in 2016?": the claim names the US, a
        name the article gives as another statement's value (the countries China dislodged);
        the statement to check is the one its other words name (the most popular
        destination: China), unless they also name what only that other one says."""
        if result.op is not None or len(result.facts) != 1:
            return None
        fact = self.base.facts[result.facts[0]]
        if not fact.is_text:
            return None
        named = set(rest.stems) & self._value_names.get(fact.id, frozenset())
        if not named:
            return None
        kept = [s for s in rest.stems if s not in named]
        other = mark(question, kept, kept, self.vocab, self.known_numbers)
        other.claimed = True
        found = self.interpret(other)
        if not isinstance(found, Query) or found.op is not None or len(found.facts) != 1:
            return None
        if found.facts == result.facts or not self.base.facts[found.facts[0]].is_text:
            return None
        own = self.vocab.terms[fact.id].measure - self.vocab.terms[found.facts[0]].measure
        if set(kept) & own - named:
            return None  # "China dislodged the US?": the other statement is meant
        value = set(stems(str(self.base.facts[found.facts[0]].value)))
        if named <= value or set(kept) & value:
            return None  # "China overtook the US ...": China is claimed top, the US beaten
        said = [w for s, w in zip(rest.stems, rest.raw, strict=False) if s in named]
        return found, other, " ".join(said)

    def _a_part_claimed_whole(self, split: SplitClaim, fact_id: str) -> str | None:
        """The words claiming all of a whole ("all", "exclusively") for a figure the article
        gives as only a part of it, or a share of it short of 100 percent."""
        fact = self.base.facts[fact_id]
        share = fact.of is not None and unit_of(self.base, fact) == PERCENT and fact.value != 100
        if whole_of(self.base, fact_id) is None and not share:
            return None
        for key, at in find_phrases(split.stems, self.vocab.lexicon.entirety_words):
            return " ".join(split.raw[at : at + len(key)])
        return None

    def _another_subject_named(self, result: Query, rest: Analysis) -> str | None:
        """A claim about a statement of one subject (China, the largest online retail
        market) that names, and not that subject, a country the article gives only as
        another statement's value (the US it overtook)."""
        if result.op is not None or len(result.facts) != 1 or result.facts[0] in self._value_names:
            return None
        fact = self.base.facts[result.facts[0]]
        if fact.entity in self.vocab.entities_named(rest.stems):
            return None
        found = find_phrases(rest.stems, self._value_phrases)
        said = set(rest.stems) - self.vocab.lexicon.function_words
        own = set(self._measure_stems(fact.id))
        for key, _ in found:
            relation = set(self._measure_stems(self._value_phrases[key])) - own
            if said & relation - set(self.vocab.naming):
                return None  # "did it outperform the US that year?": the US as what it was
        return " ".join(" ".join(rest.raw[at : at + len(key)]) for key, at in found) or None

    @cached_property
    def _value_phrases(self) -> dict[tuple[str, ...], str]:
        """The capitalised keyword names of the statements' values, as phrases."""
        phrases: dict[tuple[str, ...], str] = {}
        for fact_id in self._value_names:
            for k in self.base.facts[fact_id].keywords:
                words = k.split()
                if words and all(w[:1].isupper() for w in words):
                    phrases[tuple(stem(w.lower()) for w in words)] = fact_id
        return phrases

    @cached_property
    def _value_names(self) -> dict[str, frozenset[str]]:
        """Per text statement, the words of the proper names its keywords give for its value
        ("US", "United Kingdom" for the countries China dislodged): capitalised keywords
        that are not its subject's own names."""
        names: dict[str, frozenset[str]] = {}
        for fact in self.base.facts.values():
            if not fact.is_text:
                continue
            subject = self.vocab.terms[fact.id].entity if fact.id in self.vocab.terms else set()
            value = set(stems(str(fact.value)))
            proper = {
                stem(w.lower())
                for k in fact.keywords
                for w in k.split()
                if w[:1].isupper() and stem(w.lower()) not in subject
            }
            if proper & value or len(proper) > 2:
                names[fact.id] = frozenset(proper)
        return names

    def _said_now(self, result: Query) -> bool:
        """A statement the article makes about its own present (a description, a title)."""
        if result.op is not None or len(result.facts) != 1:
            return False
        fact = self.base.facts[result.facts[0]]
        return fact.is_text and fact.year == ARTICLE_YEAR

    def _other_dimension(self, claim: Claim, result: Query) -> bool:
        """A claimed sum of money checked against a percentage, or the other way round."""
        if result.op is not None or len(result.facts) != 1:
            return False
        claimed = {_dimension(figure.unit) for figure in claim.numbers} - {None}
        # "that's 2 billion overseas users?": a bare figure past any percentage is a count
        found = _dimension(unit_of(self.base, self.base.facts[result.facts[0]]))
        if found == "percent":
            claimed |= {"count" for f in claim.numbers if f.unit is None and abs(f.value) > 1000}
        return bool(claimed) and found is not None and found not in claimed

    def _only_date_of(self, rest: Analysis) -> str | None:
        """The one date the article gives for the one subject a claim names."""
        named = self.vocab.subjects_named(rest.stems)
        if len(named) != 1:
            return None
        dates = self._dates_of.get(next(iter(named)), ())
        return dates[0] if len(dates) == 1 else None

    @cached_property
    def _dates_of(self) -> dict[str, tuple[str, ...]]:
        """Entity -> the dates (year facts) the article gives for it, in base order."""
        dates: dict[str, list[str]] = {}
        for fact in self.base.facts.values():
            if fact.unit == "year":
                dates.setdefault(fact.entity, []).append(fact.id)
        return {entity: tuple(ids) for entity, ids in dates.items()}

    def _rate_claimed(self, split: SplitClaim) -> Query | None:
        """A claim pairing one unit of a currency with an amount of another ("1 dollar is
        worth more than 7 yuan") is a claim about the rate between them."""
        figures = split.claim.numbers
        if len(figures) != 2 or len({f.unit for f in figures}) != 2:
            return None
        ones = [f for f in figures if f.value == 1 and f.relation == "exact"]
        if len(ones) != 1:
            return None
        one, other = ones[0], next(f for f in figures if f is not ones[0])
        rate = self._rate_per(one.unit) if one.unit else None
        amount = self.base.facts[rate].formula.args[0] if rate else None  # type: ignore[union-attr]
        if amount is None or unit_of(self.base, self.base.facts[amount]) != other.unit:
            return None  # "1 dollar and 7 percent": no rate between them
        claim = replace(split.claim, numbers=(other,), words=frozenset(), explained=True)
        return Query("lookup", (rate,), claim=claim)

    def _states_after_opener(self, analysis: Analysis) -> bool:
        """ "and the year before?" asks; "And JD only launched cross-border in 2017?" and
        "and the remainder is under a billion dollars?" state a figure or a year with an
        event (a verb, not in a clause about a thing: "the 80% that went to China") or in
        the order of a statement, and ask it back."""
        start = analysis.context_until
        lexicon, raw = self.vocab.lexicon, analysis.raw[start:]
        said = analysis.stems[start:]
        if states_a_portion(said, lexicon):
            return True  # "and most of that went to China?": a share claimed in words
        if not any(map(is_number, said)):
            return False
        event = any(
            set(parts_of_speech(w)) == {VERB}
            and stem(w.lower()) not in lexicon.auxiliaries
            and not (i and stem(raw[i - 1].lower()) in lexicon.relative_words)
            for i, w in enumerate(raw)
        )
        return event or statement_order(analysis.stems[start + 1 :], lexicon)

    def _rest_of_the_share(self, result: Query | Refusal, split: SplitClaim) -> Query | None:
        """ "Did non-Chinese platforms get 20 percent of Russian spending?": the claim
        negates the part a share found is of (80% on Chinese platforms), so it is about the
        rest of that share, 100% less it; never the share itself checked against 20%."""
        if not isinstance(result, Query) or result.op is not None or len(result.facts) != 1:
            return None
        fact = self.base.facts[result.facts[0]]
        negating = {"not"} | self.vocab.lexicon.excepting_words  # "the other platforms"
        if unit_of(self.base, fact) != PERCENT or not negating & set(split.stems):
            return None
        if "not" in self.vocab.terms[fact.id].measure:
            return None
        found = complement(self.base, fact.id, percent=True)
        if found is None:
            return None
        op, facts = found
        return replace(result, intent="percent", facts=facts, op=op)

    def _date_of_an_undated_target(self, question: str, claimed: Query) -> bool:
        """Does a yes/no question ask whether a target has a date ("did he give a date for
        it?", "was a deadline set?") when the figure it finds is a target with none?"""
        if claimed.op is not None or len(claimed.facts) != 1:
            return False
        fact = self.base.facts[claimed.facts[0]]
        if fact.qualifier != "target" or (fact.year is not None and fact.year > ARTICLE_YEAR):
            return False
        typed = stems(question)
        return bool(set(typed) & self.vocab.lexicon.date_asks)

    def _opens_with_a_source_question(self, question: str) -> bool:
        """Is the question typed opening with the words that ask whose figure it is?"""
        typed = stems(question)
        expects = self.vocab.lexicon.expects
        return any(
            expects.get(tuple(typed[:size])) == "source"
            for size in range(1, min(8, len(typed)) + 1)
        )

    def _check_claim(self, question: str, analysis: Analysis) -> Query | Refusal | None:
        """A yes/no question: the figure its claim is about, with the claim attached."""
        if analysis.expects == "source" and self._opens_with_a_source_question(question):
            return None  # "according to whom has China been ...?" asks a source, no yes or no
        claimed = self._claim_read(question, analysis)
        if isinstance(claimed, Query) and self._date_of_an_undated_target(question, claimed):
            # "did Shen Difan give a date for reaching the 100 million target?": the article
            # gives the target and no date for it, so there is nothing to say yes or no to
            detail = "the article gives that target without a date for reaching it"
            return Refusal("kind", detail=detail, near=claimed.facts)
        if isinstance(claimed, Query) and claimed.claim is not None:
            # "80% of CHINESE cross-border spending went to Russian platforms": Russia's
            # share read the other way round confirms nothing of China's
            reading = Reading(claimed.facts, claimed.op, "lookup", frozenset(), 0.0, 0)
            other_whole = self.verifier.share_of_another_whole_detail(reading, analysis)
            if other_whole:
                return Refusal("uncheckable", detail=other_whole, near=claimed.facts)
        if isinstance(claimed, Query) and self._change_of_another_year(claimed, analysis):
            # "did cross-border volume grow 30% in 2016?": the article's change runs from
            # 2016 to 2018, and says nothing of the change within 2016
            detail = "the article gives that change only over other years"
            return Refusal("uncheckable", detail=detail, near=claimed.facts)
        if isinstance(claimed, Query) and self._existence_in_another_year(claimed, analysis):
            detail = "the article does not give such a figure for that year, nor says there is none"
            return Refusal("uncheckable", detail=detail, near=claimed.facts)
        falls = self.vocab.lexicon.decline_words
        unread = isinstance(claimed, Refusal) and {w.lower() for w in claimed.words} & falls
        if unread or isinstance(claimed, Query) and claimed.claim is not None:
            declined = self._decline_claimed(question, analysis)
            if declined is not None:
                return declined
        return claimed

    def _nationality_of_an_organisation(self, unexplained: frozenset[str], said: list[str]) -> bool:
        """A nationality the claim's figure does not explain, said right before a noun of an
        organisation ("a French company", "a Chinese firm")."""
        kind = self.vocab.lexicon.contrast_kind("nationalities")
        if kind is None:
            return False
        organisations = self.vocab.lexicon.organisation_nouns
        return any(
            (w,) in kind.members and w in unexplained and said[i + 1] in organisations
            for i, w in enumerate(said[:-1])
        )

    def _source_stated_then_tagged(self, a: Analysis, start: int) -> bool:
        """ "Yandex is the source of the 4.3 billion, correct?": a source stated, not asked,
        and a tag that asks whether it is so (not "whose data says ...?")."""
        lexicon = self.vocab.lexicon
        asked = a.stems[start:]
        named = asked[1:2] if asked[:1] == ["the"] else asked[:1]  # "THE Ministry of ..."
        if not asked or asked[0] in lexicon.question_words or not self.names & set(named):
            return False
        return ending_length(asked, lexicon.yes_no_tails) > 0

    def _change_of_another_year(self, claimed: Query, a: Analysis) -> bool:
        """A claimed change in a year the article's change between two dated figures does
        not end in: the year check of a question holds for a claim too."""
        if claimed.claim is None or len(claimed.facts) != 1 or not a.years:
            return False
        formula = self.base.facts[claimed.facts[0]].formula
        if formula is None or formula.op not in CHANGE_OPERATIONS:
            return False
        reading = Reading(claimed.facts, claimed.op, "lookup", frozenset(), 0.0, 0)
        problem = self.ranker.year_problem(reading, a) or self.verifier.years_left_out(reading, a)
        return problem is not None

    def _existence_in_another_year(self, claimed: Query, a: Analysis) -> bool:
        """ "Is there a target for overseas warehouses for 2018?", "Is there a 2025 target
        for AliExpress users?": whether such a figure exists for a year the article does not
        give it for; its silence is no No."""
        asked = a.stems[a.context_until :]
        existential = self.vocab.lexicon.existential_openers
        if not leading_phrase(asked, existential):
            return False
        if not a.years or claimed.claim is None or claimed.claim.numbers:
            return False  # "is there 100 warehouses ...?" claims a figure: checked
        said = set()
        for fact_id in claimed.facts:
            fact = self.base.facts[fact_id]
            said |= {fact.year, *years_in(fact.period), *years_in(fact.clause)}
        return not set(a.years) <= said

    def _claim_read(self, question: str, analysis: Analysis) -> Query | Refusal | None:
        start = analysis.context_until
        lexicon = self.vocab.lexicon
        # "...? I wrote 4.3 in my notes.": the sentence about the user is no part of the
        # claim, and the question mark before it still makes one
        aside = _aside_tail(question, analysis, lexicon)
        stated = (question.rstrip().endswith("?") or aside > 0) and (
            not analysis.opener or self._states_after_opener(analysis)
        )
        if analysis.opener:  # "And JD launched it in 2017?", "and was it the US ...?"
            opening = find_phrases(analysis.stems[start : start + 2], lexicon.followup_openers)
            after = start + (len(opening[0][0]) if opening and opening[0][1] == 0 else 0)
            if stated or leading_phrase(analysis.stems[after:], lexicon.yes_no_openers):
                start = after
        end = len(analysis.stems) - aside
        split = split_claim(
            analysis.stems[start:end],
            analysis.raw[start:end],
            self.vocab.lexicon,
            tagged(question),
            stated=stated,
            names=self.names,
            units_at=_units_at(analysis, start),
        )
        dated = False
        if split is None and stated:
            # "JD launched its cross-border platform in 2016?": a year stated and asked back
            # is a claim only when what it dates is an event, not the period of a figure
            split = split_claim(
                analysis.stems[start:end],
                analysis.raw[start:end],
                self.vocab.lexicon,
                False,
                stated=True,
                dated=True,
                names=self.names,
                units_at=_units_at(analysis, start),
            )
            dated = split is not None and any(
                set(parts_of_speech(w)) == {VERB} for w in split.raw
            )  # "JD launched it in 2016?" states an event; "VIPme sales in 2016?" asks
            split = split if dated else None
        if split is None or self._offers_words(analysis):
            return None  # "is JD's platform B2B or B2C?" asks which, not whether
        if find_phrases(split.stems, lexicon.opinion_words):
            # "isn't the 26.1 trillion figure obviously padded?": a judgement of the figure,
            # which the article's sentence confirms nothing of
            return Refusal("opinion", near=())
        if analysis.expects == "reason":
            return None  # "why did Yandex say 90% went to China?" asks a reason, claims none
        if (
            analysis.expects == "source"
            and not leading_phrase(analysis.stems[start:], lexicon.yes_no_openers)
            and not self._source_stated_then_tagged(analysis, start)
        ):
            return None  # "whose data show online shopping at 4.7 trillion?" asks who gave it
        split = self._attribution(split)
        # "didn't Russians spend ...?": the question's form; "did non-Chinese platforms get
        # ...?", "the other platforms got ...": a thing of its own, which the claim keeps
        negated_form = _negated_form(question, self.vocab.lexicon.auxiliaries)
        if split.stems[:1] == ["not"] and len(split.stems) > 1 and negated_form:
            # "didn't Russians spend $4.3 billion?", "weren't the buyers overseas?": the
            # question's form, not a claim that they did not
            split = replace(split, stems=split.stems[1:], raw=split.raw[1:])
            if split.whole[:1] == ["not"]:
                split = replace(split, whole=split.whole[1:], whole_raw=split.whole_raw[1:])
        rate = self._rate_claimed(split)
        if rate is not None:  # "one US dollar buys more than 7 yuan": the implied rate
            return rate
        role = self._role_claim(split) or self._owner_claim(split)
        stated = self.base.years(self.base.facts[role[0].facts[0]]) if role else set()
        if role is not None and set(analysis.years) - stated:
            # "was Shen Difan general manager in 2019?", "... still, today?": the article says
            # what he was in 2017, nothing of another year
            when = ", ".join(map(str, sorted(stated)))
            detail = f"it says only what was so in {when}" if when else ""
            return Refusal("uncheckable", near=role[0].facts, detail=detail)
        if role is not None:
            query, claim = role
            return replace(query, claim=claim, when=False, who=False, whose=False)
        rest = mark(question, split.stems, split.raw, self.vocab, self.known_numbers)
        rest.corrections = list(analysis.corrections)
        rest.claimed = True
        units = {figure.unit for figure in split.claim.numbers}
        if units == {"%"} and rest.expects in (None, "amount") and not rest.currency:
            # "was online shopping 40 percent of total retail?": the claim is about a share
            rest.expects, rest.expects_weak = "percent", False
        if units == {"%"} and not rest.ops and "of" in rest.stems[1:]:
            # "is cross-border more than a fifth of total e-commerce?": one figure as a
            # share of the other, which the claim's words both name
            rest.ops.append(("percent", rest.stems.index("of", 1)))
        joiners = self.vocab.lexicon.multiple_joiners
        cuts = [i for i, w in enumerate(rest.stems) if i and w in joiners]
        if units == {"ratio"}:
            # "were there three times as many active users as purchasers?": the first
            # figure divided by the second is the multiple claimed
            rest.ops = [("ratio", at) if op == "difference" else (op, at) for op, at in rest.ops]
            if not rest.ops and cuts:
                rest.ops.append(("ratio", cuts[-1]))

        result = self.interpret(rest)
        result = self._of_the_source_named(result, rest, split) or result
        result = self._rest_of_the_share(result, split) or result
        if split.claim.numbers:
            # "Online shopping was 14% of total retail": the figures quoted may be what
            # picks the fact; trust that reading only when the fact is the one they quote.
            whole = mark(question, split.whole, split.whole_raw, self.vocab, self.known_numbers)
            whole.checking = True
            bounds = {  # "has more than 100 million buyers": how the figure binds, no operation
                at
                for key, at in find_phrases(whole.stems, self.vocab.lexicon.claim_qualifiers)
                if at + len(key) < len(whole.stems) and is_number(whole.stems[at + len(key)])
            }
            whole.ops = [(op, at) for op, at in whole.ops if at not in bounds]
            quoted = self.interpret(whole)
            if isinstance(quoted, Query) and quoted.facts != getattr(result, "facts", None):
                terms = self.vocab.terms[quoted.facts[0]]
                own = terms.numbers  # its own figure; its operands' only if nothing else fits
                own |= terms.made_of if isinstance(result, Refusal) else frozenset()
                if own & set(split.whole) and not self._words_pick(result, quoted, rest):
                    result = quoted
                    rest = whole
            elif (
                isinstance(quoted, Refusal)
                and quoted.reason == "year"
                and quoted.near
                and isinstance(result, Refusal)
                and result.reason == "nothing"
                and self.vocab.terms[quoted.near[0]].numbers & set(split.whole)
            ):
                # "was the 8.8 trillion yuan projection for 2020?": the figure quoted is the
                # article's own, of another year, which is what the claim gets wrong
                result, rest = quoted, whole
        unsupported = isinstance(result, Refusal) and result.reason == "unsupported"
        if unsupported and not split.claim.numbers:
            swapped = self._swapped_name(question, split, result)
            if swapped is not None:
                result, rest, split = swapped
        if isinstance(result, Refusal) and result.reason in ("unsupported", "unknown"):
            opposed = self._opposite_said(question, split, result)
            if opposed is not None:
                result, rest, split = opposed
        if isinstance(result, Refusal) and result.reason in ("unsupported", "unknown", "vague"):
            contrasted = self._another_of_its_kind(question, split, result)
            if contrasted is not None:
                result, rest, split = contrasted
        if isinstance(result, Query) and not split.claim.numbers:
            moved = self._by_what_it_says(question, result, rest)
            if moved is not None:  # "was the US the top destination?": China was
                result, rest, name = moved
                split = replace(split, claim=replace(split.claim, swapped=name))
        typed_year = any(str(y) in rest.raw for y in rest.years)
        vague = isinstance(result, Refusal) and result.reason in ("vague", "ambiguous")
        if vague and typed_year and not split.claim.numbers and not rest.opinion:
            dated = self._only_date_of(rest)
            if dated is not None:  # "is AliExpress from 2010?": the one date it has
                result = Query("lookup", (dated,))
        if isinstance(result, Refusal) and result.reason == "nothing" and split.claim.numbers:
            return None  # "so 4.7 trillion yuan in dollars?": figures, but nothing claimed
        if isinstance(result, Refusal) and result.reason == "year" and result.near:
            # "Did Russians spend $4.3 billion in 2015?": the figure exists, for another year;
            # "JD launched 2016?": of the figures near, the date of the event
            dates = [f for f in result.near if self.base.facts[f].unit == "year"]
            if dated and not dates:  # "JD launched cross-border in 2017?": the date the
                dates = [  # sentence of a figure near gives
                    f
                    for near in result.near
                    for f in self.by_clause.get(self.base.facts[near].clause or "", ())
                    if self.base.facts[f].unit == "year"
                ]
            if dated and not dates:  # "... came out in 2013?" near JD's aim: JD's one date
                entity = self.base.facts[result.near[0]].entity
                own = [f.id for f in self.base.facts.values() if f.entity == entity]
                dates = [f for f in own if self.base.facts[f].unit == "year"][:2]
                dates = dates if len(dates) == 1 else []
            near = self.base.facts[result.near[0]]
            formula = near.formula
            change = "growth" in rest.op_names or formula and formula.op in CHANGE_OPERATIONS
            # "confirmed 12 pilot zones in 2016": a count its sentence dates by an event
            event = near.is_text or near.unit == "year" or bool(years_in(near.clause or ""))
            asked = analysis.stems[analysis.context_until :]
            existential = leading_phrase(asked, lexicon.existential_openers)
            if (change or not event) and not split.claim.numbers and not existential:
                # "did cross-border volume grow in 2016 compared with 2015?", "did Russians
                # spend money on Chinese sites in 2015?": no figure claimed, and a figure
                # of other years settles nothing of this one
                return Refusal("year", near=result.near, years=result.years)
            result = Query("lookup", ((dates if dated and dates else result.near)[0],))
        if isinstance(result, Query) and not split.claim.numbers and not split.claim.swapped:
            other = self._another_subject_named(result, rest)
            if other:  # "was the US the largest online retail market?": China is
                split = replace(split, claim=replace(split.claim, swapped=other))
        if isinstance(result, Query) and not split.claim.swapped:
            turned = reversed_rank(rest.stems, rest.raw, result.facts, self.vocab, self.base)
            if turned:  # "did the US overtake China in 2013?": China overtook the US
                split = replace(split, claim=replace(split.claim, swapped=turned))
        if dated and not (
            isinstance(result, Query)
            and result.op is None
            and self.base.facts[result.facts[0]].unit == "year"
        ):
            return None
        a_date = (
            isinstance(result, Query)
            and result.op is None
            and bool(rest.years)
            and self.base.facts[result.facts[0]].unit == "year"
        )  # "China only became the largest online retail market in 2016, correct?"
        if (dated or a_date) and set(split.claim.blockers) <= self.vocab.lexicon.not_until_words:
            # "JD only launched it in 2017?": not until 2017, so the year alone settles it
            blockers = tuple(b for b in split.claim.blockers if b not in lexicon.not_until_words)
            split = replace(split, claim=replace(split.claim, blockers=blockers))
        figures = set(rest.stems) & self.vocab.lexicon.study_nouns
        if isinstance(result, Query) and rest.years and figures and self._said_now(result):
            # "did Yandex also give a figure for 2017?" is not settled by what the article
            # calls Yandex in 2017: a year claimed needs a figure or an event of that year
            return Refusal("uncheckable")
        if isinstance(result, Query) and self._other_dimension(split.claim, result):
            # "was 2015 online shopping around 3.77 trillion yuan?" is not checked against
            # the 24.7% growth its premise names: a sum in yuan is never a percentage
            return Refusal("uncheckable")
        if isinstance(result, Query):
            claim = replace(split.claim, years=tuple(rest.years))
            clause = self._sentence_of(result.facts, statements=False)
            said = set(clause)
            lexicon = self.vocab.lexicon
            first = any(contains_phrase(clause, phrase) for phrase in lexicon.first_time)
            earlier = set(claim.blockers) & lexicon.earlier_words
            if "first" in claim.words and "ever" in claim.blockers:
                # "the first time EVER": the claim says first, as the article does
                earlier -= {"ever"}
                claim = replace(claim, blockers=tuple(b for b in claim.blockers if b != "ever"))
            if earlier and first:
                # "was China the top destination already in 2015?": "for the first time in
                # 2016" says it was not
                return replace(result, claim=replace(claim, swapped=" ".join(claim.blockers)))
            lasting = set(clause) & lexicon.since_words
            if lasting and result.op is None and self._a_state(split.raw):
                # "has been ... since 2013": "was it already the largest in 2014?" is checked
                # by the year alone; "did it overtake the US in 2014?" asks for the event
                blockers = tuple(set(claim.blockers) - lexicon.ongoing_words)
                claim = replace(
                    claim,
                    blockers=blockers,
                    words=claim.words - lexicon.ongoing_words,
                    state=True,
                )
            forecast = result.op is None and self.base.facts[result.facts[0]].is_forecast
            now = find_phrases(split.stems, lexicon.now_words)
            due = self.base.facts[result.facts[0]].year or 0
            if forecast and now and claim.swapped is None and due <= ARTICLE_YEAR:
                # "have the 100 warehouses been built by now?": a target of no later year,
                # which the article does not say was met
                claim = replace(claim, achieved=True)
            elif forecast and now and claim.swapped is None:
                # "Alibaba already serves 2 billion consumers?": only expected, by 2025
                claim = replace(claim, swapped=" ".join(now[0][0]))
            claim = self._scope_claimed(split, result, claim)
            only = None
            if result.op is None and claim.swapped is None:
                only = self._fewer_named_than_listed(rest.stems, result.facts[0])
            if only is not None:
                # "did China dislodge only the US?": the article lists the UK too
                kept = tuple(b for b in claim.blockers if b not in lexicon.only_words)
                claim = replace(claim, swapped=only, blockers=kept)
            blocked = set(claim.blockers) - said
            if claim.swapped and blocked <= lexicon.ongoing_words:
                blocked = set()  # "was the US still the top destination in 2016?": China was
            if blocked:
                return Refusal("uncheckable")  # "already before 2016": the article can't say
            for i, word in enumerate(rest.stems):
                opposite = self.vocab.lexicon.opposites.get(word)
                if opposite in said and word not in said and claim.swapped is None:
                    # "were the 100 million buyers domestic?": the sentence says overseas
                    claim = replace(claim, swapped=rest.raw[i])
            if result.op is None and not claim.numbers and claim.swapped is None:
                entire = self._a_part_claimed_whole(split, result.facts[0])
                if entire is not None:  # "and that was all spent on Chinese platforms?": 80%
                    claim = replace(claim, swapped=entire)
            if result.op is None and claim.swapped is None:
                called = self._called_otherwise(rest, result.facts[0])
                if called is not None:  # "the site is called VIPshop": it is VIPme
                    claim = replace(claim, swapped=called)
            if result.op is None and claim.swapped is None:
                misnamed = self._described_as_another(rest, clause)
                if misnamed:  # "is Ipsos a payment provider?": "payment provider PayPal and
                    claim = replace(claim, swapped=misnamed)  # research firm Ipsos"
            if result.op is None and "not" not in said and claim.swapped is None:
                denied = self._denied_word(rest, said)
                if denied is not None:  # "were the buyers not overseas?": the article says
                    claim = replace(claim, swapped=denied)  # they were
            if result.op is None and not claim.numbers and not claim.direction:
                explained = self.vocab.terms[result.facts[0]].all | said
                same = self.vocab.lexicon.same_meaning
                explained |= {w for w in claim.words if same.get(w) in explained}
                claim = replace(claim, words=claim.words - explained, explained=True)
                if self._nationality_of_an_organisation(claim.words, rest.stems):
                    # "Is AliExpress a Chinese company?": no sentence gives a company's
                    # nationality ("Chinese platforms" elsewhere says nothing of it)
                    return Refusal("uncheckable")
                if claim.words & self.vocab.lexicon.change_verbs:
                    # "did Russian spending double in 2016?": a change the article never
                    # states of the figure; its year alone must not confirm it
                    return Refusal("uncheckable")
                alone = claim.words & self.vocab.lexicon.exclusive_words
                if alone and self._others_named_beside(question, result.facts[0]):
                    # "published by PayPal alone?": the article names Ipsos beside it
                    claim = replace(claim, swapped=next(iter(alone)))
            quoted = bool(claim.direction and claim.numbers) and self._sides_quoted(claim, result)
            if quoted:
                # "is the 1 billion goal bigger than the 100 million target?": the figures
                # only name the two sides compared (whose subjects they name too), which
                # the order of the ratio decides
                claim = replace(claim, numbers=())
            if claim.direction and not claim.numbers:
                named = self.vocab.entities_named(rest.stems) | {self.vocab.default_entity}
                entities = {self.base.facts[f].entity for f in result.facts}
                if result.op not in ("ratio", "difference") or not (entities <= named or quoted):
                    # "more on X than on Y" and one figure found, or a figure of a subject
                    # the claim never names (Russia's for "e-commerce outside China")
                    return Refusal("uncheckable")
                # "is A bigger than B": the ratio of A to B, in the order asked, decides
                result = replace(result, op="ratio", intent="ratio", ordered=True)
            if result.op == "ratio" and {f.unit for f in claim.numbers} == {"ratio"}:
                # "is A three times B?": A over B as said; "four times smaller than B": B
                # over A is the multiple claimed
                result = replace(result, ordered=True)
                if claim.direction == "below":
                    inverted = tuple(
                        replace(f, value=1 / f.value) for f in claim.numbers if f.value
                    )
                    claim = replace(claim, numbers=inverted)
            if claim.numbers and self._another_country_claimed(analysis, result):
                # "the US share was 25 percent": the article gives China's share, not the US's
                whose = self.base.entities[self.base.facts[result.facts[0]].entity].name
                detail = f"it gives that figure for {whose} only"
                return Refusal("uncheckable", near=result.facts, detail=detail)
            result = replace(result, claim=claim, when=False, who=False, whose=False)
        return result

    def _sides_quoted(self, claim: Claim, result: Query) -> bool:
        """Each figure claimed is the stated value of one of the two figures compared."""
        values = [self.base.facts[f].value for f in result.facts]
        if len(values) != 2 or values[0] == values[1] or len(claim.numbers) > 2:
            return False
        claimed = [f.value for f in claim.numbers]
        return len(set(claimed)) == len(claimed) and set(claimed) <= set(values)

    def _another_country_claimed(self, asked: Analysis, result: Query) -> bool:
        """The claim names a country the figure found is not about, and not the figure's own
        subject: it is about that country, which the article gives no such figure for."""
        lexicon = self.vocab.lexicon
        kind = lexicon.contrast_kind("countries")
        if kind is None:
            return False
        own = frozenset().union(
            *(self.vocab.terms[f].all for f in result.facts if f in self.vocab.terms)
        )
        said = asked.stems[asked.context_until :]
        named = self.vocab.entities_named(said)  # "China's share ... than the US's?"
        entities = {self.base.facts[f].entity for f in result.facts}
        if named & entities:
            return False
        others = [
            phrase for phrase, _ in find_phrases(said, kind.members) if not set(phrase) <= own
        ]
        return bool(others)

    def _fewer_named_than_listed(self, said: list[str], fact_id: str) -> str | None:
        """The word of "only" (lexicon only_words) when the claim names fewer of the names
        or countries than the statement lists ("did it displace just the US?", "was the US
        the only country?"), counting none of the statement's own subject."""
        value = self.base.facts[fact_id].value
        lexicon = self.vocab.lexicon
        at = next((i for i, w in enumerate(said) if w in lexicon.only_words), None)
        if not isinstance(value, str) or at is None:
            return None
        nxt = [w for w in said[at + 1 : at + 3] if w not in lexicon.function_words][:1]
        if said[at] in lexicon.only_words_before_a_name and not (
            nxt and (nxt[0] in self.names or self._country_at(said, said.index(nxt[0], at)))
        ):
            return None  # "just checking, ...": no name follows the word
        listed = len(re.split(r",\s*(?:and\s+)?|\s+and\s+", value))
        own = {self.base.facts[fact_id].entity}
        own_words = {w for w, ids in self.vocab.naming.items() if ids and set(ids) <= own}
        named, i = 0, 0
        while i < len(said):
            width = self._country_at(said, i)
            if said[i] in own_words:
                width = width or 1
            elif width or said[i] in self.names:
                named += 1
            i += max(width, 1)
        return said[at] if 0 < named < listed else None

    def _country_at(self, said: list[str], at: int) -> int:
        """How many words a country's name takes from `at` (0 when none starts there)."""
        kind = self.vocab.lexicon.contrast_kind("countries")
        if kind is None:
            return 0
        widths = [len(m) for m in kind.members if tuple(said[at : at + len(m)]) == m]
        return max(widths, default=0)

    def _others_named_beside(self, question: str, fact_id: str) -> bool:
        """Does the statement name someone the question does not, beside one it does?"""
        value = self.base.facts[fact_id].value
        if not isinstance(value, str):
            return False
        named = {s for s in stems(value) if s in self.names}
        asked = {s for s in stems(question) if s in self.names} & named
        return bool(asked) and bool(named - asked)

    def _of_the_source_named(
        self, result: Query | Refusal, rest: Analysis, split: SplitClaim
    ) -> Query | None:
        """ "Was the report published by PayPal?", "was the 4.3 billion figure published by
        Yandex?": the claim's words ("published") found the article's own publication year;
        unless the claim names the article, what is claimed is a statement of the source
        named: the one its figure is, or the one its words describe."""
        claim = split.claim
        if not claim.sources or not isinstance(result, Query) or result.op:
            return None
        if self.base.facts[result.facts[0]].source != "article":
            return None  # (a claimed source is never the article itself)
        lexicon = self.vocab.lexicon
        if set(rest.stems) & lexicon.article_words - lexicon.attribution_cues:
            return None  # "was the article published by PayPal?": it was not
        quoted = {format(f.value.normalize(), "f") for f in claim.numbers}
        content = set(self._content(rest))
        if not quoted and not content:
            return None

        def described(terms: FactTerms) -> bool:  # by the figure quoted, else by the words
            return bool(quoted & terms.numbers) if quoted else content <= terms.all

        found = [
            f.id
            for f in self.base.facts.values()
            if f.source in claim.sources
            and f.id in self.vocab.terms
            and described(self.vocab.terms[f.id])
        ]
        return Query("lookup", (found[0],), None, None, 0.85) if len(found) == 1 else None

    def _decline_claimed(self, question: str, analysis: Analysis) -> Query | Refusal | None:
        """ "Did online shopping shrink in 2016?": the claim of a fall, read as one of a
        rise, checked against a growth the article gives: denied when it rose. A fall
        claimed of a figure with no growth is neither confirmed nor denied."""
        lexicon = self.vocab.lexicon
        raw = analysis.raw[analysis.context_until :]
        falls = [i for i, w in enumerate(raw) if w.lower() in lexicon.decline_words]
        if len(falls) != 1:
            return None
        word = raw[falls[0]]
        risen = re.sub(rf"\b{re.escape(word)}\b", lexicon.rise_word, question, count=1)
        if risen == question:
            return None
        checked = self._claim_read(risen, analyse(risen, self.vocab, self.known_numbers))
        if not isinstance(checked, Query) or checked.claim is None:
            return Refusal("uncheckable")  # "did Russian spending drop?": no rise to deny
        fact = self.base.facts[checked.facts[0]]
        rises = {
            key[0] for key, op in lexicon.operations.items() if op == "growth" and len(key) == 1
        }
        growth = checked.op in ("growth", "series-growth") or (
            fact.unit == "%" and bool(set(stems(fact.measure or "")) & rises)
        )
        value = self.computed_value(fact.id) if checked.op is None else None
        if not growth or (checked.op is None and (value is None or value <= 0)):
            return Refusal("uncheckable")  # (a fall of any other figure: not checked)
        return replace(checked, claim=replace(checked.claim, swapped=word.lower()))

    def _scope_claimed(self, split: SplitClaim, result: Query, claim: Claim) -> Claim:
        """What a figure the article gives as two parts together ("retail and B2B") covers:
        "does it include B2B?" is confirmed by its measure, "is it retail only?" denied."""
        if result.op is not None or claim.swapped is not None:
            return claim
        lexicon = self.vocab.lexicon
        pair = self.verifier.pair_parts(result.facts[0])
        stems = split.stems
        named = set(stems) & pair
        if not named:
            return claim
        alone = set(stems) & (lexicon.alone_words | lexicon.claim_alone_words)
        rest = frozenset(claim.words - named - alone - lexicon.scope_words - {"or"})
        blockers = tuple(b for b in claim.blockers if b not in alone)
        if alone:  # "the 6.3 trillion is retail only?": it is retail and B2B
            return replace(claim, swapped=" ".join(sorted(alone)), words=rest, blockers=blockers)
        if set(stems) & lexicon.scope_words or not rest:
            return replace(claim, words=rest, blockers=blockers, explained=True)
        return claim


_TAG_CLAIM = re.compile(
    r"^(?P<what>[^?]{8,}?)\s*[-\u2013\u2014,:]+\s*(?P<verb>was|is|were|are)\s+(?:it|that|they)\s+"
    r"(?!(?:what|how|where|which|who|whom)\b)"  # "..., is that what the article says?"
    r"(?P<who>(?:\w[\w.'&/-]*\s*){1,4})\?*\s*$",
    re.IGNORECASE,
)


FIRST_TIME = ("first", "time")
CONTRAST_CANDIDATES = 4  # facts a claim naming another company or country is checked against
SINCE = stem("since")  # a state that began in a year and lasts
_WH_TAG = re.compile(
    r"^(?P<wh>when|how many|how much|what|which|who)\b(?P<rest>[^?]{6,}?)\s*[-\u2013\u2014,:;]*\s*"
    r"(?:was|is|were|are)\s+(?:it|that|they|this)\s+"
    # "what % increase is that FROM 100m", "how many years is this UNTIL 2017": a side of the
    # question, not an answer offered
    r"(?!(?:from|to|than|of|over|versus|vs|compared|against|until|till|since|after|before)\b)"
    r"(?P<said>(?:[\w$%.,'/-]+\s*){1,5}?)\?*\s*$",
    re.IGNORECASE,
)


def tag_to_claim(question: str, has_figure: Callable[[str], bool]) -> str:
    """ "the research firm that did the report with PayPal - was it Ipsos?" asks whether
    it was: "was the research firm that did the report with PayPal Ipsos?". A question
    with such a tag asks whether its answer is the one said: "when did Alibaba set up
    AliExpress, was it 2010?" is "did Alibaba set up AliExpress in 2010?", and "how many
    pilot zones, is it 12?" is "pilot zones 12, right?". The tag must say a figure
    (`has_figure`, in the question's language) or, after "who" or "which", a name.
    """
    asked = _WH_TAG.match(question.strip())
    said = asked["said"].strip() if asked else ""
    figure = bool(said) and has_figure(said)
    name = said[:1].isupper() and asked is not None and asked["wh"].lower() in ("who", "which")
    if asked is not None and (figure or name):  # not "how much growth is that in percent"
        wh, rest = asked["wh"].lower(), asked["rest"].strip()
        if wh == "when":
            return f"{rest} in {said}?"
        if wh == "who":
            return f"{said} {rest}, right?"
        return f"{rest} {said}, right?"
    match = _TAG_CLAIM.match(question.strip())
    if match is None:
        return question
    return f"{match['verb']} {match['what'].strip()} {match['who'].strip()}?"


def _claimed_of(last: Frame, claim: Claim) -> Query:
    """The last answer again, with a claim about it to check (its words are the answer's)."""
    return last.again(
        last.currency,
        0.8,
        claim=replace(claim, words=frozenset(), explained=True),
        used_context=True,
    )


def _dimension(unit: str | None) -> str | None:
    if unit in ("CNY", "USD"):
        return "money"
    return "percent" if unit == "%" else None


def _units_at(analysis: Analysis, start: int) -> frozenset[int]:
    """Where, from `start`, a "1" is a rate's unit right after an operation word ("yuan
    per dollar" reads "per 1 usd"), as the analysis found it; "is 1 yuan worth 0.2
    dollars?" claims its 1 yuan."""
    return frozenset(
        i - start for i in analysis.per_unit_at if i >= start and i - 1 in analysis.op_span
    )


def _negated_form(question: str, auxiliaries: frozenset[str]) -> bool:
    """Does the question open (within its first three words) with a negated auxiliary
    ("didn't", "weren't", "is it not"), the form of a yes/no question rather than a claim
    that something did not happen?"""
    words = re.findall(r"[\w']+", question.lower())[:4]
    for i, word in enumerate(words[:3]):
        if word.endswith("n't") and word != "n't":
            return True
        if word in auxiliaries and "not" in words[i + 1 : i + 3]:
            return True
    return False


def _aside_tail(question: str, analysis: Analysis, lexicon: Lexicon) -> int:
    """How many words after the last question mark are about the user ("... 4.3 billion?
    I wrote 4.3 in my notes."): no part of the claim, whose figures they would add to."""
    mark = question.rfind("?")
    if mark < 0 or question.rstrip().endswith("?"):
        return 0
    after = len(lexicon.words(question[mark + 1 :]))
    tail = range(len(analysis.stems) - after, len(analysis.stems))
    aside = 0 < after < len(analysis.stems) and all(i in analysis.aside_at for i in tail)
    return after if aside else 0
