"""Question -> `Query` or `Refusal`.

Every meaningful word must be accounted for: by the lexicon (operations, currencies,
years, function words) or by the facts chosen. Readings are ranked by how many words
they leave unexplained, then by weighted overlap; a word nobody explains means the
article probably does not say what was asked, and the matcher refuses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property, lru_cache

from intents.analysis import (
    SCALE_WORDS,
    SENTENCE_END,
    Analysis,
    analyse,
    as_a_percentage,
    asks_a_description,
    find_phrases,
    names_part_and_rest,
    split_sentences,
    statement_as_claim,
    without_phrases,
    without_pseudo_cleft,
    without_rate_basis,
)
from intents.checks import ARTICLE_YEAR
from intents.claim_reading import ClaimReading, tag_to_claim
from intents.claims import (
    SCALES,
    UNIT_WORDS,
    Claim,
    ending_length,
    opens_with_number_of,
    statement_order,
    tagged,
)
from intents.complements import (
    PERCENT,
    complement,
    computed_from,
    filed_as,
    parts_of,
    rest_of,
    unit_of,
    used_by,
    whole_of,
)
from intents.english import VERB, is_english, only_describes_an_action, parts_of_speech, singular_of
from intents.facts import BASE_UNITS, BOUND_SIDES, MONTHS, Fact, FactBase, iso_date, years_in
from intents.followup import merge, merges
from intents.frames import (
    Frame,
    asks_a_whole,
    follow,
    gap_of_the_pair,
    share_of_last,
    whole_of_last,
)
from intents.last_answer import LastAnswer
from intents.lexicon import (
    Lexicon,
    contains_phrase,
    leading_phrase,
    load_lexicon,
    phrase,
    rewrite,
)
from intents.listing import Listing
from intents.pairs import split_readings
from intents.query import INTENT_OF_OPERATION, Query, Refusal, fits
from intents.readings import Ranker, Reading, comparable
from intents.roles import passed_unasked, reversed_rank, role_conflict
from intents.text import either, foreign_words, is_number, stem, stems
from intents.translation import (
    Language,
    Rewrite,
    language_of,
    languages,
    read_in_latin_script,
    read_latin,
)
from intents.verifier import Verifier, share_tails, whole_named
from intents.vocabulary import Vocabulary, typed_numbers

BINARY_OPS = ("ratio", "percent", "difference", "growth", "per_unit", "sum")
SERIES_OPS = ("growth", "cagr", "difference")
TOP_CANDIDATES = 8
MAX_FRAGMENT_WORDS = 4  # "China share?", "non-China share then?": a fragment, not a question
PERFECT_REACH = 4  # "has China been": "been" within three words of "has"
MAX_SLOT_WORDS = 6  # "and in US dollars, please?": a turn naming only a slot is this short
OPERAND_KINDS = {
    "growth": ("amount",),
    "ratio": ("amount",),
    "percent": ("amount",),
    "difference": ("amount", "percent", "year"),
    "per_unit": ("amount",),
}
# What a follow-up that names only a new subject ("and JD's?") keeps asking for.
INHERITED_KINDS = ("year", "source", "percent", "text")
GROWTH_OPERATIONS = frozenset({"growth", "cagr"})  # a rate of change asked of a figure
MAX_CLAIM = 300  # characters of a checked claim kept for the next turn
MAX_READINGS_KEPT = 2_000  # questions whose English reading is kept, then all forgotten
_YEAR_PHRASE = re.compile(r"\b(?:in\s+|back\s+in\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
DURATION_KINDS = ("year", "amount", "percent", "text")  # any fact with a date


@dataclass(frozen=True)
class Understanding:
    result: Query | Refusal
    memory: dict  # what a follow-up question may lean on; JSON-serialisable


class Matcher(ClaimReading, LastAnswer):
    def __init__(
        self,
        base: FactBase,
        lexicon: Lexicon | None = None,
        computed: Mapping[str, Decimal] | None = None,
        converted: Mapping[str, Decimal] | None = None,
    ) -> None:
        """`computed`: the values of the base's formulas, which users quote back ("the 3.44
        billion that went to Chinese platforms"); `converted`: money figures in the other
        currency at the article's rate ("the 23.5 billion yuan Russians spent on Chinese
        sites"). Understanding cannot evaluate either."""
        self.base = base
        self.vocab = Vocabulary(base, lexicon or load_lexicon(), computed or {}, converted)
        self.ranker = Ranker(self.vocab)
        self.known_numbers = _known_numbers(base) | {
            Decimal(n) for terms in self.vocab.terms.values() for n in terms.numbers
        }
        self.listing = Listing(base, self.vocab.lexicon)
        # each question's reading in English, kept: the gates after understanding read the
        # question again, and the reading depends on nothing but the question
        self._english_of: dict[str, str | Refusal] = {}
        self.verifier = Verifier(base, self.vocab, self.ranker.depends)
        self.count_nouns = self._count_nouns()
        self.fact_units = frozenset(stem(f.unit.lower()) for f in base.facts.values() if f.unit)
        self.measure_stems = self.verifier.measure_words
        self.source_names = self.ranker.source_words()
        # figures derived from a part and its share, or a level and its growth: what a
        # question typing both may ask for (listed once, not searched per question)
        self.derivations = tuple(
            f
            for f in base.facts.values()
            if f.formula
            and f.formula.op in ("implied_whole", "before_growth")
            and f.id in self.vocab.terms
        )
        self.article_date = next(
            (
                f.id
                for f in base.facts.values()
                if f.unit == "year" and f.source == "article" and f.value == ARTICLE_YEAR
            ),
            None,
        )  # the article's own date, for "how old was AliExpress when it came out"
        self.article_words = self.vocab.lexicon.article_words
        self._beside_numbers: dict[str, frozenset[str]] = {}
        self.by_clause: dict[str, list[str]] = {}
        for fact in base.facts.values():
            if fact.clause and fact.id in self.vocab.terms:
                self.by_clause.setdefault(fact.clause, []).append(fact.id)
        self.cited_names = self.ranker.cited_names
        # stems that name one of the article's subjects or sources ("survey", "yandex")
        self.names = frozenset(self.vocab.naming) | frozenset(self.cited_names)

    def understand(self, question: str, context: dict | None = None) -> Understanding:
        clarified = self._clarified(question, context)
        if clarified is not None:
            return clarified
        understood = self._understand_question(question, context)
        if self.verifier.sum_unanswered(question, understood.result):
            # "the sum of the overseas and domestic targets": whatever path found a figure,
            # a sum asked is answered by a sum or not at all
            refusal = Refusal("unsupported", near=understood.result.facts[:3])
            return Understanding(refusal, dict(context or {}))
        typed_elsewhere = self._operands_not_typed(question, understood.result)
        if typed_elsewhere:
            # "buyers per active user: divide 100 million by 60 million" answered with the
            # 40 million gap: the two figures typed are the operands, or nothing is computed
            detail = f"the figures you typed ({typed_elsewhere}) are not the ones I would divide"
            refusal = Refusal("kind", detail=detail, near=understood.result.facts[:2])
            return Understanding(refusal, dict(context or {}))
        if self._per_another_kind(question, understood.result):
            # "no, I meant per country on average": respondents per respondent is no
            # average per country, whatever path found it
            detail = "that asks an average per one thing, and I found it per another"
            refusal = Refusal("kind", detail=detail, near=understood.result.facts[:2])
            return Understanding(refusal, dict(context or {}))
        last = Frame.from_memory((context or {}).get("last"), self.base)
        stale = bool((context or {}).get("stale"))  # "those" may be the figure refused
        if not stale and self._more_than_its_whole(question, understood.result, last):
            # "how many active users?" (60 million), then "how many of those overseas?":
            # AliExpress's 100 million overseas buyers are no part of those 60 million
            refusal = Refusal("unsupported", near=last.facts if last else ())
            return Understanding(refusal, dict(context or {}))
        if self.verifier.which_unanswered(question, understood.result):
            # "ok which one is bigger in 2018?": on whatever path, one figure names no one
            detail = "that asks which one, and the article gives only one figure there"
            refusal = Refusal("kind", detail=detail, near=understood.result.facts[:1])
            return Understanding(refusal, dict(context or {}))
        if self.verifier.month_unanswered(question, understood.result):
            # "which month?" after a year: the article gives the year only
            detail = "that asks for a month, and the article gives only the year there"
            refusal = Refusal("kind", detail=detail, near=understood.result.facts[:1])
            return Understanding(refusal, dict(context or {}))
        if self._share_of_them_elsewhere(question, understood.result, context):
            # "what share of them were Russian?" after the survey's buyers: a share of the
            # people just given, not Russia's 80% of its own spending
            detail = "the share asked is of the figure just given, and it gives none"
            refusal = Refusal("kind", detail=detail, near=understood.result.facts[:1])
            return Understanding(refusal, dict(context or {}))
        converted = self._stated_figure_converted(question, understood.result)
        if converted is not None:
            # "the 2018 volume in dollars, as stated in the article": it states yuan only
            return Understanding(converted, dict(context or {}))
        group = self._group_figure_for_a_member(question, understood.result)
        if group is not None:
            # "how many domestic users does AliExpress have?": Alibaba's 2025 goal is the
            # group's, and the article gives no such figure of AliExpress
            return Understanding(group, dict(context or {}))
        switched = self._year_switched_the_measure(question, understood.result, context)
        if switched is not None:
            # "what was China's e-commerce in 2015?": the 2015 warehouse target is no
            # e-commerce figure; read without its year, the question names total e-commerce
            return Understanding(switched, dict(context or {}))
        if isinstance(understood.result, Refusal) and understood.result.reason == "unsupported":
            # "can't connect 'what'": the words the refusal names are the question's own
            # words of content, never a question word, "the" or a negation
            understood = replace(understood, result=self._content_words_only(understood.result))
        if isinstance(understood.result, Refusal) and self._unclear_whom(question, understood):
            # "how much did it grow?": asked with a pronoun and nothing it stands for; the
            # next turn may say what it meant
            understood = Understanding(
                understood.result, {**understood.memory, "unclear": question}
            )
        return understood

    def _stated_figure_converted(self, question: str, result: Query | Refusal) -> Refusal | None:
        """A figure asked in a currency "as the article states it" that the article states
        only in another: a conversion at the article's rate is not what it states."""
        if not isinstance(result, Query) or result.currency is None or result.op is not None:
            return None
        if result.claim is not None or len(result.facts) != 1:
            return None
        fact = self.base.facts[result.facts[0]]
        if fact.unit not in ("CNY", "USD") or fact.unit == result.currency:
            return None
        twin = self.base.facts.get(fact.equals or "")
        if twin is not None and twin.unit == result.currency:
            return None  # ("6.3 trillion yuan ($921.9 billion)": stated in both)
        readable = self._readable(question)
        lexicon = self.vocab.lexicon
        typed = stems(readable) if isinstance(readable, str) else []
        said = rewrite(typed, lexicon.rewrites)  # its currencies as read ("dollar" is "usd")
        # "its own dollar figure", "the original yuan number": a figure so stated (not "the
        # article's own dollar terms", its rate)
        figures = lexicon.stated_figure_nouns
        marked = any(
            word in lexicon.stated_currency_marks
            and contains_phrase(said[i + 1 : i + 1 + len(c)], c)
            and set(said[i + 1 + len(c) : i + 2 + len(c)]) & figures
            for i, word in enumerate(said)
            for c in lexicon.currencies
        )
        if not marked and not any(contains_phrase(typed, c) for c in lexicon.stated_figure_cues):
            return None
        if set(said) & lexicon.conversion_asks:
            return None  # "as given, at the article's rate": the conversion is asked
        stated = "yuan" if fact.unit == "CNY" else "dollars"
        detail = (
            f"the article states that figure only in {stated}; ask for it converted at the"
            " article's rate if that helps"
        )
        return Refusal("kind", detail=detail, near=result.facts)

    def _group_figure_for_a_member(self, question: str, result: Query | Refusal) -> Refusal | None:
        """A figure of a group (Alibaba) found for a question that names only one of its
        members (AliExpress): what the group serves or aims at is not the member's."""
        if not isinstance(result, Query) or result.used_context or result.claim is not None:
            return None
        readable = self._readable(question)
        if not isinstance(readable, str):
            return None
        # as typed: "ali" corrected to AliExpress may well have meant Alibaba
        named = self.vocab.entities_named(stems(readable))
        behind = self.verifier.facts_behind(result)
        found = {self.base.facts[f].entity for f in behind if f in self.base.facts}
        for member in named - found:
            group = getattr(self.base.entities.get(member), "parent", None)
            if group is not None and found == {group} and group not in named:
                detail = (
                    f"the figure found is {self.base.entities[group].name}'s, and the article"
                    f" gives no such figure of {self.base.entities[member].name}"
                )
                return Refusal("kind", detail=detail, near=result.facts[:1])
        return None

    def _year_switched_the_measure(
        self, question: str, result: Query | Refusal, context: dict | None
    ) -> Refusal | None:
        """A figure found for a question read alone only because of the year it names: read
        without that year, the question finds another measure, of which the figure is no
        other year. The year picked the measure; the measure asked has no such year."""
        if not isinstance(result, Query) or result.used_context or context:
            return None
        if result.op is not None or len(result.facts) != 1 or result.claim is not None:
            return None
        readable = self._readable(question)  # "в 2018 году" less its year is "per year"
        question = readable if isinstance(readable, str) else question
        without_years = _YEAR_PHRASE.sub(" ", question)
        if without_years == question or re.search(r"\d", without_years):
            return None  # no year typed; or figures typed too, which may pick the figure
        undated = self._understand_question(without_years, None).result
        if isinstance(undated, Refusal) and undated.reason == "kind" and len(undated.near) == 1:
            # "what will China's e-commerce be?": the measure found, its future refused
            undated = Query("lookup", undated.near)
        if not isinstance(undated, Query) or undated.op is not None or len(undated.facts) != 1:
            return None
        found, named = self.base.facts[result.facts[0]], self.base.facts[undated.facts[0]]
        if found.id == named.id or found in self.base.series(named) or found.unit == "year":
            return None  # (a year found: "was it 2009 or 2010?" names years as its options)
        if found.formula is not None and named.id in found.formula.args:
            return None  # online shopping in 2015, worked back from its 2016 growth
        named_here = self.vocab.entities_named(stems(question))
        if found.entity != named.entity and found.entity in named_here:
            return None  # "what does Alibaba expect by 2025?": Alibaba's, not AliExpress's
        years = tuple(int(typed[-4:]) for typed in _YEAR_PHRASE.findall(question))
        if set(years) <= self.vocab.terms[named.id].years:
            return None  # the measure named has that year: the year switched nothing
        return Refusal("year", near=(named.id,), years=years)

    def _content_words_only(self, refusal: Refusal) -> Refusal:
        """The refusal naming only words a user would recognise as what they asked about."""
        lexicon = self.vocab.lexicon
        empty = lexicon.stopwords | lexicon.question_words | {"not"}
        kept = tuple(w for w in refusal.words if w.startswith("<") or stem(w) not in empty)
        return refusal if kept == refusal.words else replace(refusal, words=kept)

    def _unclear_whom(self, question: str, understood: Understanding) -> bool:
        """Refused with a pronoun that stands for nothing yet, the conversation having no
        figure: the next turn may say what it meant."""
        if understood.result.reason not in UNCLEAR_REASONS or understood.memory.get("last"):
            return False
        return bool(set(stems(question)) & self.vocab.lexicon.pronouns)

    def _clarified(self, question: str, context: dict | None) -> Understanding | None:
        """ "How much did it grow?" (refused: grow what?) then "I mean China's online
        shopping last year": the question asked again with the pronoun replaced by what the
        turn names, when the turn only names something and the question so read is answered."""
        unclear = (context or {}).get("unclear")
        if not isinstance(unclear, str) or len(unclear) > MAX_UNCLEAR_CHARS:
            return None  # a context is read back from a store: bounded like a question
        opened = self._correcting_the_form.match(question)
        named = question[opened.end() :] if opened else question
        named = named.strip(" ?.!")
        a = analyse(named, self.vocab, self.known_numbers)
        if not a.stems or len(a.stems) > MAX_SLOT_WORDS or a.expects or a.ops or a.claimed:
            return None
        if not self.vocab.entities_named(a.stems) and not set(a.stems) & self.vocab.known:
            return None
        pronouns = self.vocab.lexicon.pronouns
        words = unclear.split()
        at = next(
            (i for i, w in enumerate(words) if stem(w.strip("?,.!").lower()) in pronouns), None
        )
        if at is None:
            return None
        tail = words[at][len(words[at].rstrip("?,.!")) :]
        asked = " ".join([*words[:at], named + tail, *words[at + 1 :]])
        understood = self._understand_question(asked, None)
        return understood if isinstance(understood.result, Query) else None

    def _understand_question(self, question: str, context: dict | None) -> Understanding:
        if context and find_phrases(stems(question), self.vocab.lexicon.topic_switches):
            # "switching topics - ...": no follow-up on what came before; the conversation's
            # first figure stays, for a later "back to the first figure"
            kept = {key: context[key] for key in ("first", "first_stems") if context.get(key)}
            context = kept if kept.get("first") else None
        # "how many overseas buyers did AliExpress have? not active users, the buyers": a
        # sentence after the question that opens by taking a reading back is no negation
        question = _taken_back_after(question, self.vocab.lexicon.rejecting_words)
        question = _without_rejected_alternative(question, self.vocab.lexicon.rejecting_words)
        # "in dollars, using the same rate as the 6.3 trillion figure": where the rate comes
        # from, no operand
        question = without_rate_basis(question, self.vocab.lexicon)
        question = without_pseudo_cleft(question, self.vocab.lexicon)  # "$4.3bn is what ..."
        question = statement_as_claim(question, self.vocab.lexicon)  # "... was 26.1tn yuan."
        question = as_a_percentage(question, self.vocab.lexicon)  # "of every 100 users"
        if context and context.get("asked") == "source":
            named = self._claim_named_for_its_source(question)
            if named != question:  # the claim names all it is about: no earlier words join
                question = named
                kept = {key: context[key] for key in ("first", "first_stems") if context.get(key)}
                context = kept if kept.get("first") else None
        if context and context.get("last"):
            # "And it reached 4.7 trillion yuan?" then "which was 41 percent of total
            # retail?": the relative clause goes on about the figure just given ("that was")
            meant = self.vocab.lexicon.continuing_openers
            question = _continuing_pattern(tuple(meant)).sub(
                lambda m: f"{m[1]}{meant[' '.join(m[2].lower().split())]}", question, count=1
            )
        taken_back = self._taking_back.match(question) if context else None
        taken: set[str] = set()
        if taken_back is not None and context is not None:
            # "no, I meant in total, not the Chinese part": the words taken back are neither
            # read in the turn nor carried from the conversation's earlier words
            taken = set(stems(question[taken_back.end(1) : taken_back.end()]))
            question = question[: taken_back.end(1)] + question[taken_back.end() :]
            earlier = context.get("stems")
            if isinstance(earlier, list):
                context = {**context, "stems": [s for s in earlier if s not in taken]}
        form = self._correcting_the_form.match(question) if context else None
        if form is not None:
            question = self._corrected_then_asked(question, form.end())
            form = self._correcting_the_form.match(question)
        if form is not None and self._names_only_a_form(question[form.end() :]):
            # "No, I meant as a percentage" after the rest of the respondents: the last
            # answer in another form, as "as a percentage?" would ask, not the earlier words
            question = question[form.end() :]
        first = (context or {}).get("first")
        back = self._back_to_first.search(question) if first else None
        if back is not None and context is not None:
            # "back to the first number, in yuan": the conversation's first figure is "that"
            question = f"{question[: back.start()]} that {question[back.end() :]}".strip()
            opening = context.get("first_stems")  # not the words of the turns between
            stems_ = opening if isinstance(opening, list) else []
            context = {**context, "last": first, "stale": False, "stems": stems_}
        elif first and context is not None:
            back = self._going_back.match(question)
            rest = question[back.end() :] if back else ""
            if back and self._names_the_subject_of(rest, first):
                # "Going back to China's own figure - in dollars?", "going back to the overall
                # Russian total": the turn returns to where the conversation began, whose
                # subject it names; the figure then is read against that first answer
                # (the words of the turns between are not carried)
                opening = context.get("first_stems")
                stems_ = opening if isinstance(opening, list) else []
                question, context = rest, {"first": first, "last": first, "stems": stems_}
        share = self._share_stated_for(Frame.from_memory((context or {}).get("last"), self.base))
        said = analyse(question, self.vocab, self.known_numbers).stems if share else []
        if share is not None and context is not None and "not" in said:
            # "what part of China's retail was online?" (computed, 14%), then "so what part
            # wasn't?": the rest of the share the article states for that part and whole
            context = {**context, "last": Frame((share,)).to_memory()}
        understood = self._understand_turn(question, context)
        asked = self._question_before_an_aside(question, understood)
        if asked is not None:
            # "Which company provided the Russian spending figures? It's for a media
            # literacy lesson.": the words that sank the question were only about the user
            question, understood = asked, self._understand_turn(asked, context)
        past = self._past_clauses_about_the_user(question, understood, context)
        if past is not None:
            # "As someone who carves stone for a living ... The article says cross-border
            # e-commerce was 6.3 trillion yuan. What was that dollar amount?"
            question, understood = past
        result = understood.result
        if isinstance(result, Query) and result.claim is None:
            # "% of target hit" after the gap to it, whichever way the turn was read
            understood = self._target_achieved(question, understood)
            understood = self._share_of_the_same_whole(question, understood, context)
        if taken_back is not None:
            understood = self._not_the_one_taken_back(understood, context)
        measure_taken_back = taken_back is not None and bool(taken & self._operation_stems)
        if form is not None and not measure_taken_back:
            # "no, I meant total e-commerce, not online shopping" too; not "I meant the
            # amount it reached, not the growth", which takes the measure back itself
            understood = self._corrected_subject_keeps_the_measure(question, understood, context)
        opening = (context or {}).get("first_stems") if first else understood.memory.get("stems")
        first = first or understood.memory.get("last")
        if first is not None:  # the conversation's first figure, for "back to the first"
            memory = {**understood.memory, "first": first}
            if isinstance(opening, list):  # and the words that asked it ("going back to ...")
                memory["first_stems"] = opening
            understood = Understanding(understood.result, memory)
        return understood

    def _share_stated_for(self, frame: Frame | None) -> str | None:
        """The share the article states of a part in a whole, when the last answer computed
        that part as a percent of the whole the base implies from it (online shopping over
        total retail is the stated 14%)."""
        if frame is None or frame.op != "percent" or len(frame.facts) != 2:
            return None
        for whole, part in (frame.facts, frame.facts[::-1]):  # stored in either order
            formula = self.base.facts[whole].formula
            if formula is not None and formula.op == "implied_whole" and formula.args[0] == part:
                return formula.args[1]
        return None

    def _past_clauses_about_the_user(
        self, question: str, understood: Understanding, context: dict | None
    ) -> tuple[str, Understanding] | None:
        """A long message whose only unknown words lie in clauses before its last sentence
        (who the user is, why they ask): those clauses left out, the rest is the question,
        with the article's words it quotes as its premises. Never a clause of the last
        sentence ("... on Chinese platforms, not counting crampons?" stays refused)."""
        lexicon = self.vocab.lexicon
        for _ in range(MAX_DROPPED_ROUNDS):
            result = understood.result
            if not isinstance(result, Refusal) or result.reason != "unknown" or not result.words:
                return None
            words = [w for phrase in result.words for w in phrase.split()]
            if not all(self._only_about_the_user(w, question) for w in words):
                return None  # "my daughter says French shoppers ...": another subject
            refused = {stem(w.lower()) for w in words}
            clauses = _CLAUSE_END.split(question)
            last = _LAST_SENTENCE.search(question)
            final = question.rfind(clauses[-1])  # one long sentence: its last clause asks
            asking_from = last.start() if last else final
            kept, dropped, at = [], False, 0
            for clause in clauses:
                start = question.find(clause, at)
                at = start + len(clause)
                said = set(analyse(clause, self.vocab, self.known_numbers).stems)
                premise = any(map(is_number, said))  # "as Alibaba expects 3 billion ..."
                # "what's the target in Alibaba's drive, in users?" (not "who" of "my
                # neighbour, who works at a post office")
                asks = said & (lexicon.question_words - lexicon.person_question_words)
                names = self.vocab.subjects_named(list(said))  # "JD footprint - how many ..."
                if at <= asking_from and said & refused and not (premise or asks or names):
                    dropped = True
                    continue
                kept.append(clause)
            if not dropped or not kept:
                return None
            question = " ".join(c.strip() for c in kept if c.strip())
            a = analyse(question, self.vocab, self.known_numbers)
            quoted = [s for i, s in enumerate(a.stems) if is_number(s) and i not in a.year_span]
            if a.anaphora and not quoted:
                return None  # "if online shopping was that share ...": that of a clause left out
            understood = self._understand_turn(question, context)
            if isinstance(understood.result, Query):
                return question, understood
        return None

    def _only_about_the_user(self, word: str, question: str) -> bool:
        """A word the article does not know that can only be about the user's own life:
        lower case where typed ("stone", "choir"), no figure, no subject out of scope."""
        if is_number(word) or not re.search(rf"\b{re.escape(word.lower())}\b", question):
            return False
        return not find_phrases(stems(word), self.vocab.out_of_scope)

    def _question_before_an_aside(self, question: str, understood: Understanding) -> str | None:
        """The question up to its last question mark, when words the article does not know
        sank it and all of them came after that mark, in a remark that asks nothing: no
        question word first, no figure and no word the fact base knows ("Need attribution",
        "sounds high", "That's what the fella told us"). A remark that asks ("what
        year?") or names a figure or a unit ("dollar please") is part of the question."""
        result = understood.result
        end = question.rfind("?")
        if not isinstance(result, Refusal) or result.reason != "unknown" or end < 0:
            return None
        remark = question[end + 1 :]
        tail = stems(remark)
        if not tail or find_phrases(tail, self.vocab.out_of_scope):
            return None  # "I'm asking about Kazakhstan": another subject, no aside
        if self._taking_back.match(remark.strip()) or self._correcting_the_form.match(remark):
            return None  # "I mean ...": the question corrected
        lexicon = self.vocab.lexicon
        content = self.vocab.known - lexicon.function_words
        if tail[0] in lexicon.question_words or any(is_number(w) or w in content for w in tail):
            return None  # ("whats ur guess" asks; "that's what the fella told us" does not)
        return question[: end + 1]

    def _share_of_the_same_whole(
        self, question: str, understood: Understanding, context: dict | None
    ) -> Understanding:
        """ "Cross-border volume as a share of total e-commerce?" then "and online
        shopping's share?": the share of the same whole (18%), not the share the article
        states of another whole (14% of total retail)."""
        result = understood.result
        last = Frame.from_memory((context or {}).get("last"), self.base)
        if not isinstance(result, Query) or result.op is not None or len(result.facts) != 1:
            return understood
        if last is None or last.op != "percent" or len(last.facts) != 2:
            return understood
        share = self.base.facts[result.facts[0]]
        whole = self.verifier.larger_of(last.facts)
        if share.of is None or whole is None or share.of == whole:
            return understood
        formula = self.base.facts[share.of].formula
        if formula is None or formula.op != "implied_whole" or formula.args[1] != share.id:
            return understood
        a = analyse(question, self.vocab, self.known_numbers)
        said = a.stems[a.context_until :]
        if not said or (said[0],) not in self.vocab.lexicon.followup_openers or a.years:
            return understood  # a question of its own ("what share of retail was online?")
        part = formula.args[0]
        if part in last.facts:
            return understood
        query = Query("percent", (part, whole), "percent", None, 0.85, used_context=True)
        return Understanding(query, self._memory(a, query))

    def _not_the_one_taken_back(
        self, understood: Understanding, context: dict | None
    ) -> Understanding:
        """ "No, I meant in total, not the Chinese part": the turn says the last answer was
        not what was meant, so that same figure again (in the same currency) answers
        nothing; it is refused as vague rather than given a second time."""
        result, last = understood.result, Frame.from_memory((context or {}).get("last"), self.base)
        if not isinstance(result, Query) or last is None or result.claim is not None:
            return understood
        same = result.facts == last.facts and result.op == last.op
        if not same or (result.currency or last.currency) != last.currency:
            return understood
        return Understanding(Refusal("vague", near=result.facts), dict(context or {}))

    def _corrected_subject_keeps_the_measure(
        self, question: str, understood: Understanding, context: dict | None
    ) -> Understanding:
        """ "How much did online shopping grow?" then "No wait, I meant the total
        e-commerce": the correction swaps the subject of the question just answered and keeps
        what it asked (a growth rate), so the other subject's yuan total answers nothing the
        user asked; when the article has no such rate for it, that is said."""
        result, last = understood.result, Frame.from_memory((context or {}).get("last"), self.base)
        if not isinstance(result, Query) or last is None or result.claim is not None:
            return understood
        if result.op is not None or len(result.facts) != 1:
            return understood
        a = analyse(question, self.vocab, self.known_numbers)
        lexicon = self.vocab.lexicon
        weak = {
            w for phrase, kind in lexicon.weak_expects.items() if kind == "amount" for w in phrase
        }
        asking = set(a.stems) & (lexicon.question_words | lexicon.money_words | weak)
        if asking or a.op_names or a.currency or a.percent_named:
            return understood  # "no, I meant how much they spent": the turn says what it asks
        if last.op is not None and not self.base.facts[result.facts[0]].is_text:
            return understood
        new, old = (
            unit_of(self.base, self.base.facts[f]) for f in (result.facts[0], last.facts[0])
        )
        texts = [self.base.facts[f].is_text for f in (result.facts[0], last.facts[0])]
        if texts == [True, False]:  # after a count, or a figure computed from counts
            # "how many consumers ...?" then "no wait, I meant the overseas ones": a name or
            # statement found for the corrected words answers no count
            detail = "the question just answered asked for a figure, and that is no figure"
            refusal = Refusal("kind", detail=detail, near=result.facts)
            return Understanding(refusal, dict(context or {}))
        if old != PERCENT or new == PERCENT:
            return understood
        detail = "the question just answered asked for a rate, and the article gives none for that"
        return Understanding(Refusal("kind", detail=detail, near=result.facts), dict(context or {}))

    @property
    def _taking_back(self) -> re.Pattern[str]:
        lexicon = self.vocab.lexicon
        return _taking_back_pattern(
            tuple(sorted(lexicon.correction_leads)),
            tuple(sorted(" ".join(p) for p in lexicon.correcting_openers)),
            lexicon.rejecting_words,
            lexicon.rejected_determiners,
        )

    @property
    def _correcting_the_form(self) -> re.Pattern[str]:
        lexicon = self.vocab.lexicon
        return _correction_opening_pattern(
            tuple(sorted(lexicon.correction_leads)),
            tuple(sorted(" ".join(p) for p in lexicon.correcting_openers)),
        )

    def _corrected_then_asked(self, question: str, opened: int) -> str:
        """ "No wait, I meant total e-commerce. Was that 26.1 trillion yuan?": the thing meant,
        then a sentence that points at it; read as "Was total e-commerce 26.1 trillion yuan?"."""
        rest = question[opened:]
        end = _SENTENCE_END.search(rest)
        if end is None:
            return question
        meant, asked = rest[: end.start()].strip(), rest[end.end() :].strip()
        pointing = self.vocab.lexicon.pointing_words
        tokens = asked.split()
        for i, token in enumerate(tokens):
            if meant and stem(token.strip(",;:?!")) in pointing:
                return " ".join([*tokens[:i], meant, *tokens[i + 1 :]])
        return question

    def _names_only_a_form(self, words: str) -> bool:
        """ "as a percentage", "in dollars": a form of the answer, and no figure named."""
        a = analyse(words, self.vocab, self.known_numbers)
        forms = bool(a.currency or a.percent_named or set(a.op_names) & {"convert", "ratio"})
        return forms and not self._content(a) and len(a.stems) <= MAX_FRAGMENT_WORDS

    @property
    def _back_to_first(self) -> re.Pattern[str]:
        return _back_pattern(self.vocab.lexicon.back_to_first)

    @property
    def _going_back(self) -> re.Pattern[str]:
        lexicon = self.vocab.lexicon
        leads = {*lexicon.correction_leads, *(" ".join(p) for p in lexicon.followup_openers)}
        return _going_back_pattern(lexicon.back_to_first[0], tuple(sorted(leads)))

    def _names_the_subject_of(self, words: str, memory: object) -> bool:
        first = Frame.from_memory(memory, self.base)
        if first is None or not first.facts:
            return False
        entity = self.base.facts[first.facts[0]].entity
        return entity in self.vocab.entities_named(stems(words))

    def _name_stated_back(self, question: str, understood: Understanding) -> Understanding:
        """ "So China beat the US in online retail back in 2013?", "And that made China the
        most popular destination in 2016?": a statement asked back, whose words found a fact
        that is a name, and the name is one the statement gives. It checks that name: Yes or
        No first (the years it names are checked too), never the fact alone."""
        result = understood.result
        if not isinstance(result, Query) or result.op is not None or result.claim is not None:
            return understood
        if len(result.facts) != 1 or not question.rstrip().endswith("?"):
            return understood
        fact = self.base.facts[result.facts[0]]
        if not fact.is_text or not isinstance(fact.value, str):
            return understood
        a = self._read_alone(question)
        if a is None:
            return understood
        if a.expects is not None or a.claimed or a.checking:
            return understood  # "which country ...?" asks the name
        if a.stems[a.context_until : a.context_until + 1] in (
            [w] for w in self.vocab.lexicon.question_words
        ):
            return understood  # "what was Shen Difan's job?" states nothing back
        said = set(a.stems)  # "China is most popular, yes? In 2016?": every sentence
        if said & (self.vocab.lexicon.either_links | self.vocab.lexicon.pair_contrasts):
            return understood  # "is it B2B or B2C?": a choice, answered with the one said
        value = set(stems(fact.value)) - self.vocab.lexicon.function_words
        if not value & said:
            return understood  # the statement does not give the name the fact holds
        if len(self._content(a)) < 3:
            return understood  # "and JD?": a fragment asks the same of another, no claim
        claim = Claim(years=tuple(a.years), explained=True)
        return Understanding(replace(result, claim=claim), understood.memory)

    def _part_asked_after_the_whole(
        self, question: str, understood: Understanding, context: dict | None
    ) -> Understanding:
        """ "21%?", "out of how many?" (28,000), then "how many people is that?": the last
        answer again would repeat the whole; the part the share before it gives is asked."""
        result = understood.result
        frame = Frame.from_memory((context or {}).get("last"), self.base)
        if not isinstance(result, Query) or frame is None or result.op is not None:
            return understood
        if result.facts != frame.facts or result.claim is not None:
            return understood
        before = Frame.from_memory((context or {}).get("before"), self.base)
        implied = self.base.facts[frame.facts[0]].formula
        if before is None and (implied is None or implied.op != "implied_whole"):
            return understood  # (most repeats: nothing below applies, nothing is read again)
        a = self._read_alone(question)  # "Сколько это человек?" read in English
        if a is None:
            return understood
        own = set(self._content(a))
        named = self._part_of_an_implied_whole(own, frame.facts[0], a, False)
        if named is not None:  # "and China's volume in dollars?" after the global volume
            named = replace(named, currency=a.currency or result.currency)
            return Understanding(named, self._followed_memory(a, named, context))
        if before is None:
            return understood
        part = self._part_the_share_gives(a, frame, before)
        if part is None:
            return understood
        return Understanding(part, self._followed_memory(a, part, context))

    def _understand_turn(self, question: str, context: dict | None) -> Understanding:
        understood = self._two_dates_back(question, context) or self._understand(question, context)
        understood = self._pronoun_as_its_name(question, understood, context)
        understood = self._part_asked_after_the_whole(question, understood, context)
        understood = self._name_stated_back(question, understood)
        prior = (context or {}).get("last")
        if self._which_of_two(question, understood.result, context):
            # "how many years after AliExpress was JD's launch?" then "how many users does it
            # have?": "it" may be either company, so neither's figure is given
            refusal = Refusal("ambiguous", near=understood.result.facts)
            understood = Understanding(refusal, dict(context or {}))
        if isinstance(understood.result, Refusal):
            # no figure was given: the last answer is still the one before ("and of those in
            # Russia?" refused, then "that overseas number is how many times ...?"), though
            # a turn that only changes a slot would continue the refused question
            memory = dict(understood.memory)
            for key in ("last", "before"):
                if key not in memory and (context or {}).get(key):
                    memory[key] = context[key]
            if memory.get("asked") and self._asks_another_kind(question, memory["asked"]):
                # "who announced it?", then "how many already built?" (refused): a next
                # "and pilot zones number?" asks a count, not who gave it
                del memory["asked"]
            if memory.get("last"):
                memory["stale"] = True
                # "how much of it is B2B?" refused pointed at the last answer, and a next
                # "what's it in dollars?" still does; "next year's forecast?" refused named
                # a figure of its own, which a next "and that in dollars?" points at
                memory["stale_back"] = self._points_back(question)
                self._keep_last_subject(memory, context, question)
            understood = Understanding(understood.result, memory)
        latest = understood.memory.get("last")
        if prior is not None and latest is not None and latest != prior:
            # the answer before the last one, for "years between?" after two dates
            understood = Understanding(understood.result, {**understood.memory, "before": prior})
        result = understood.result
        rechecked = (  # a source or date given, or a figure converted: not every turn
            isinstance(result, Query)
            and result.claim is None
            and (
                result.who
                or result.when
                or result.whose
                or (result.op is None and result.currency is not None)
            )
        )
        if context and rechecked:
            # the turn read on its own, for the checks on what it asks of the last answer
            alone = self._read_alone(question)
            if alone is not None:
                understood = self._the_figure_itself(alone, understood)
                understood = self._the_figure_quoted(alone, understood, context)
        frame = Frame.from_memory((context or {}).get("last"), self.base)
        if frame is not None and frame.currency is not None and not (context or {}).get("once"):
            understood = self._same_currency(question, understood, frame)
        understood = self._rest_of_the_share_given(question, understood, frame)
        return self._converted_once(question, understood, frame)

    def _operands_not_typed(self, question: str, result: Query | Refusal) -> str:
        """Figures typed for a ratio or an average ("divide 100 million by 60 million"):
        one that is no operand's own figure but a figure an operand is computed from (the 60
        million active users behind the 40 million gap) was to be divided itself. That
        figure as typed, if so."""
        if not isinstance(result, Query) or result.claim is not None or len(result.facts) != 2:
            return ""
        if result.op not in ("ratio", "per_unit", "percent"):
            return ""
        a = self._read_alone(question)
        if a is None:
            return ""
        typed = [
            (i, s)
            for i, s in enumerate(a.stems)
            if is_number(s) and i not in a.year_span and i not in a.per_unit_at
        ]
        if len(typed) != 2:
            return ""
        terms = [self.vocab.terms[f] for f in result.facts]
        own = set().union(*(t.numbers for t in terms))
        behind = set().union(*(t.made_of for t in terms)) - own
        if not any(s in own for _, s in typed):
            return ""  # "if Russians spent $4.3 billion and 80% went to China": premises
        for i, s in typed:
            after = a.stems[i + 1] if i + 1 < len(a.stems) else ""
            if s in behind and after not in self.vocab.lexicon.percent_marks:  # "14% share"
                return " ".join(a.raw[i : i + 2]) if after else a.raw[i]
        return ""

    def _per_another_kind(self, question: str, result: Query | Refusal) -> bool:
        """An average asked per one kind of thing ("per country"), computed per a thing of
        another kind (per respondent): the noun right after "per" or "each", when it is of
        a kind counted (lexicon count_families), is the kind divided by."""
        if not isinstance(result, Query) or result.op != "per_unit" or len(result.facts) != 2:
            return False
        a = self._read_alone(question)
        if a is None:
            return False
        families = self.vocab.lexicon.count_families
        asked = {
            families[a.stems[i]]
            for i in a.per_what_at
            if 0 < i < len(a.stems)
            and a.stems[i] in families
            and a.stems[i - 1] in self.vocab.lexicon.per_markers
        }
        units = [unit_of(self.base, self.base.facts[f]) for f in result.facts]
        if not asked or None in units:
            return False
        return not {families.get(stem(u), stem(u)) for u in units} & asked

    def _more_than_its_whole(
        self, question: str, result: Query | Refusal, frame: Frame | None
    ) -> bool:
        """ "How many of THOSE ...?": a part of the figure just given, which no count
        greater than that figure, in the same unit, can be."""
        if not isinstance(result, Query) or frame is None or result.claim is not None:
            return False
        if len(result.facts) != 1 or len(frame.facts) != 1 or frame.op is not None:
            return False
        said = stems(question)
        pronouns = self.vocab.lexicon.pronouns - self.vocab.lexicon.possessive_pronouns
        if not any(w == "of" and said[i + 1] in pronouns for i, w in enumerate(said[:-1])):
            return False
        part, whole = self.base.facts[result.facts[0]], self.base.facts[frame.facts[0]]
        units = unit_of(self.base, part), unit_of(self.base, whole)
        if None in units or PERCENT in units or "year" in units:
            return False
        families = self.vocab.lexicon.count_families
        kinds = {families.get(stem(u), u) for u in units}
        if len(kinds) != 1:
            return False  # buyers and users are both people; yuan and warehouses are not
        mine, theirs = self.computed_value(part.id), self.computed_value(whole.id)
        return mine is not None and theirs is not None and mine > theirs

    def _rest_of_the_share_given(
        self, question: str, understood: Understanding, frame: Frame | None
    ) -> Understanding:
        """A share just given, then the rest of its whole asked in no kind of its own ("and
        what's left for the rest of the world?" after China's 39.2% of global e-commerce):
        the rest as a share, like the figure before it, not the yuan of that rest."""
        result = understood.result
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return understood
        if not isinstance(result, Query) or result.op != "difference" or len(result.facts) != 2:
            return understood
        # the whole less the part, the whole implied by that part and the share just given
        formula = self.base.facts[result.facts[0]].formula
        if formula is None or {frame.facts[0], result.facts[1]} != set(formula.args):
            return understood
        share = complement(self.base, frame.facts[0], True)
        own = self._read_alone(question) if share is not None else None
        if own is None:
            return understood
        if own.currency or own.ops or own.expects is not None or result.claim is not None:
            return understood  # "the rest of the world in yuan?", "how much is the rest?"
        rest = Query("difference", share[1], "complement", None, 0.8, used_context=True)
        last = Frame(rest.facts, rest.op, None).to_memory()
        return Understanding(rest, {**understood.memory, "last": last})

    def _pronoun_as_its_name(
        self, question: str, understood: Understanding, context: dict | None
    ) -> Understanding:
        """ "Who did it dislodge?" after "the top destination was China": "it" is China, and
        a name asked of China is not China again; read with the name where the pronoun
        stands, the turn asks the countries China dislodged."""
        result = understood.result
        frame = Frame.from_memory((context or {}).get("last"), self.base)
        if (
            frame is None
            or not isinstance(result, Query)
            or result.claim is not None
            or result.op is not None
            or result.who
            or result.when
            or result.whose
            or tuple(result.facts) != tuple(frame.facts)
            or len(frame.facts) != 1
        ):
            return understood
        fact = self.base.facts[frame.facts[0]]
        value = str(fact.value or "")
        if not fact.is_text or len(value.split()) > 2 or not _names_something(value):
            return understood
        a = self._read_alone(question)
        if a is None:
            return understood
        anaphora = self.vocab.lexicon.anaphora
        pronouns = [i for i in sorted(a.lexical) if (a.stems[i],) in anaphora]
        if a.expects != "text" or not pronouns:
            return understood
        raw = list(a.raw)
        raw[pronouns[0]] = value
        again = self._understand(" ".join(raw), context)
        named = again.result
        if isinstance(named, Query) and tuple(named.facts) != tuple(frame.facts):
            return again
        return understood

    def _points_back(self, question: str) -> bool:
        alone = self._read_alone(question)
        return alone is not None and alone.anaphora

    def _keep_last_subject(self, memory: dict, context: dict | None, question: str) -> None:
        """ "Which platform has a Russian version?" (JD), "how many Russian buyers does it
        have?" (refused), "and its 2016 sales?": the last answer is still JD's, so the words
        that named JD stay among the conversation's words, unless the refused turn named
        another thing of JD's kind (another company) for the turns after it to go on about."""
        frame = Frame.from_memory(memory.get("last"), self.base)
        earlier = (context or {}).get("stems")
        kept = memory.get("stems")
        if frame is None or not isinstance(earlier, list) or not isinstance(kept, list):
            return
        topic = self.base.facts[frame.facts[0]].entity
        kinds = set(self.base.entities[topic].kinds)
        rivals = self.vocab.entities_named(stems(question)) - {topic}
        if not kinds or any(kinds & set(self.base.entities[e].kinds) for e in rivals):
            return
        named = [s for s in earlier if topic in self.vocab.naming.get(s, ()) and s not in kept]
        if named:
            memory["stems"] = [*named, *kept]

    def _asks_another_kind(self, question: str, asked: str) -> bool:
        """Does the turn ask, in its own words, another kind of answer than `asked`?"""
        alone = self._read_alone(question)
        return alone is not None and alone.expects is not None and alone.expects != asked

    def _converted_once(
        self, question: str, understood: Understanding, frame: Frame | None
    ) -> Understanding:
        """ "In usd?" converts the figure just given, once: the next figure ("online shopping
        same year?", "and the 2018 projection?") comes in the currency the article states
        it in. A question that asks for a currency in its own words ("so the 4.3bn is how
        much in yuan?") sets the conversation's currency instead, kept by `_same_currency`."""
        memory = {k: v for k, v in understood.memory.items() if k != "once"}
        if frame is None or len(question.split()) > MAX_SLOT_WORDS:
            return Understanding(understood.result, memory)  # no bare "in usd?": not read again
        if not isinstance(understood.result, Query):
            return Understanding(understood.result, memory)
        alone = self._read_alone(question)
        if alone is not None and self._only_a_slot(alone):
            memory["once"] = True
        return Understanding(understood.result, memory)

    def _the_figure_quoted(
        self, alone: Analysis, understood: Understanding, context: dict
    ) -> Understanding:
        """ "And the 4.3 bn in CNY?" after the $860m not spent on Chinese sites: a follow-up
        that quotes a sum to convert is about the figure that sum is, never another figure
        built from it; the one whose own number it is, if only one, else no answer."""
        result = understood.result
        if not isinstance(result, Query) or result.op is not None:
            return understood
        if result.currency is None or result.claim is not None:
            return understood
        lexicon = self.vocab.lexicon
        if set(alone.stems) & (lexicon.part_words | lexicon.share_words):
            return understood  # "what part of 4.3 billion went to China, in dollars?"
        quoted = {
            s
            for i, s in enumerate(alone.stems)
            if is_number(s)
            and i not in alone.year_span
            and i + 1 < len(alone.stems)
            and alone.stems[i + 1] in SCALE_WORDS
        }
        if not quoted or quoted <= self.vocab.terms[result.facts[0]].numbers:
            return understood
        owners = self._owners_of(quoted)
        if len(owners) != 1:
            refusal = Refusal("premise", near=result.facts)
            return Understanding(refusal, dict(context))
        fixed = replace(result, facts=(owners[0],))
        return Understanding(
            fixed,
            {**understood.memory, "last": Frame(fixed.facts, None, fixed.currency).to_memory()},
        )

    def _the_figure_itself(self, alone: Analysis, understood: Understanding) -> Understanding:
        """ "Who is the source?" then "and the figure itself?": a turn that asks for the
        value leaves who gave it, or when, to the last answer; the kind asked is this
        turn's, not the one it carried over."""
        result = understood.result
        if not isinstance(result, Query) or result.claim is not None:
            return understood
        if not (result.who or result.when or result.whose):
            return understood
        if alone.expects not in (None, "amount") or alone.ops:
            return understood
        if not set(alone.stems) & self.vocab.lexicon.value_words:
            return understood
        if any(is_number(s) for i, s in enumerate(alone.stems) if i not in alone.year_span):
            return understood  # "and for the 21 percent figure?": which figure, not its value
        if set(self._content(alone)) - self.vocab.lexicon.value_words:
            return understood  # "and the Russian spending figure?": which one, by its words
        plain = replace(result, who=False, when=False, whose=False)
        return Understanding(plain, {**understood.memory, "asked": "amount"})

    def _same_currency(
        self, question: str, understood: Understanding, frame: Frame
    ) -> Understanding:
        """ "So the 4.3bn is how much in yuan?" then "and the part that went to China?": the
        currency is a slot of the conversation like the subject; a follow-up that names
        none keeps the one just asked for."""
        result = understood.result
        if not isinstance(result, Query) or result.currency or result.claim is not None:
            return understood
        operation = (result.op or "").removeprefix("series-")  # over a series, the same
        if operation not in ("", "difference", "share_of") or len(result.facts) > 2:
            return understood
        unit = unit_of(self.base, self.base.facts[result.facts[0]])
        if unit not in ("CNY", "USD") or unit == frame.currency:
            return understood
        a = analyse(question, self.vocab, self.known_numbers)
        if a.currency or a.per_currency or not (a.opener or a.anaphora):
            return understood
        own = set().union(*(typed_numbers(self.base.facts[f]) for f in result.facts))
        premises = [
            s
            for i, s in enumerate(a.stems)
            if is_number(s)
            and s not in own
            and i not in a.year_span
            and a.stems[i + 1 : i + 2] != ["percent"]  # "the 80% that went to China": the part
        ]
        if premises:
            return understood  # "and that 4.7 is 14% of what": a premise typed in yuan
        intent = "convert" if result.intent == "lookup" else result.intent
        kept = replace(result, currency=frame.currency, intent=intent)
        memory = dict(understood.memory)
        memory["last"] = Frame(kept.facts, kept.op, kept.currency).to_memory()
        return Understanding(kept, memory)

    def _read_alone(self, question: str) -> Analysis | None:
        """The question read on its own (in English), for a check of what it asks; None
        when it cannot be read. A fresh analysis each time: callers may change it."""
        readable = self._readable(question)
        if isinstance(readable, Refusal):
            return None
        return analyse(readable, self.vocab, self.known_numbers)

    def _readable(self, question: str) -> str | Refusal:
        """The question as the matcher reads it: another language's words in English (or
        a refusal when it cannot read them), a tag turned into a claim."""
        found = self._english_of.get(question)
        if found is None:
            if len(self._english_of) > MAX_READINGS_KEPT:
                self._english_of.clear()
            found = self._english_of[question] = self._read(question)
        return found

    def _read(self, question: str) -> str | Refusal:
        unreadable = foreign_words(question)
        if unreadable:  # never answer from the Latin words and numbers left over
            english = _in_english(question, unreadable)
            if isinstance(english, Refusal):
                return english
            question = english
        else:
            question = self._read_latin(question)
        return tag_to_claim(question, self._says_a_figure)

    def _understand(self, question: str, context: dict | None = None) -> Understanding:
        readable = self._readable(question)
        if isinstance(readable, Refusal):
            return Understanding(readable, dict(context or {}))
        question = readable
        analysis = analyse(question, self.vocab, self.known_numbers)
        if analysis.anaphora and context:
            beside = self._without_likeness(question)
            if beside != question:  # "so they were confirmed in 2015, same year as ...?"
                alone = analyse(beside, self.vocab, self.known_numbers)
                named = self.vocab.subjects_named(alone.stems)
                if alone.anaphora and not named:  # not "VIPme came out the same year as JD's?"
                    question, analysis = beside, alone
        self._rates_year_dropped(analysis)
        other_rate = self._rate_of_another_year(analysis)
        if other_rate is not None:  # "and at the 2018 exchange rate?" after a conversion
            return Understanding(other_rate, dict(context or {}))
        both = self._two_figures_back(analysis, context)
        if both is not None:  # "ratio of the first to the second?"
            return both
        span = self._years_to_a_typed_year(
            analysis, Frame.from_memory((context or {}).get("last"), self.base)
        )
        if span is not None:  # "how many years before 2016 did China become the largest ..."
            return Understanding(span, self._memory(analysis, span))
        if self._tells_only(question, analysis):
            content = set(self._content(analysis))
            told = Refusal("statement", near=self.ranker.nearest(analysis, content))
            return Understanding(told, dict(context or {}))
        if not context and self._buyers_unsaid(analysis):
            content = set(self._content(analysis))
            whose = Refusal("ambiguous", near=self.ranker.nearest(analysis, content))
            return Understanding(whose, dict(context or {}))
        part = share_of_last(
            analysis,
            set(self._content(analysis)),
            Frame.from_memory((context or {}).get("last"), self.base),
            self.base,
            self.vocab.lexicon,
        )
        if part is not None:  # "half that?", "what's 20% of it?"
            return Understanding(part, self._followed_memory(analysis, part, context))
        last = Frame.from_memory((context or {}).get("last"), self.base)
        implied = self._whole_of_quoted(analysis, last) or self._whole_asked_of_its_part(analysis)
        if implied is not None:  # "4.7 trillion is 14% of what?", "out of how many ... did"
            return Understanding(implied, self._memory(analysis, implied))
        became = self._what_it_became(analysis)
        if became is not None:  # "What did China become in 2016, according to the report?"
            return Understanding(became, self._memory(analysis, became))
        last_date = Frame.from_memory((context or {}).get("last"), self.base)
        ordered = self._event_order(question, analysis, last_date) or self._which_came_first(
            analysis
        )
        if ordered is not None:  # "did JD launch its cross-border platform before AliExpress?"
            kept = ordered
            if (
                isinstance(ordered, Query)
                and last_date is not None
                and last_date.op is None
                and last_date.facts[0] in ordered.facts
            ):
                # "so that was before AliExpress was started?" after 2013: the talk is still
                # of that date ("how many years after AliExpress then?")
                kept = Query("lookup", last_date.facts, None, None, ordered.confidence)
            return Understanding(ordered, self._memory(analysis, kept))
        person = self._about_the_person(question, context)
        if person is not None:  # "who stated it?" then "what's his title?"
            return Understanding(person, self._memory(analysis, person))
        last_frame = Frame.from_memory((context or {}).get("last"), self.base)
        confirmed = self._period_confirmed(analysis, last_frame) or self._also_in_its_text(
            analysis, last_frame
        )
        if confirmed is not None:  # "as of April 10, 2017?" after the figure of that date
            return Understanding(confirmed, self._followed_memory(analysis, confirmed, context))
        # "is cross-border volume bigger than that?" after online shopping, "is that more
        # than its (60 million) active users?" after the buyers: the claim with the last
        # figure named where the pronoun stands
        checked = self._compared_with_last(analysis, context) or self._check_claim(
            question, analysis
        )
        dated = self._claim_dated_by_last(analysis, checked, last_frame)
        checked = dated or checked
        misplaced = isinstance(checked, Query) and checked.claim and checked.claim.swapped
        named = self._its_subject_for_it(question.split(), last_frame)
        if named and (misplaced or isinstance(checked, Refusal) or checked is None):
            # "When did China become the largest market?" then "It was overtake the United
            # States, yes?": China overtook them, no name put in the wrong place
            again = " ".join(named)
            read = self._check_claim(again, analyse(again, self.vocab, self.known_numbers))
            checked = read if isinstance(read, Query) and read.claim is not None else checked
        if self._only_its_operands_typed(checked, analysis):
            checked = None  # "cross-border 6.3T vs online shopping 4.7T, ratio?" asks it
        if self._year_of_a_figure_quoted(checked, analysis):
            checked = None  # "Alibaba's target year for 2 billion consumers?" asks the year
        empty_claim = isinstance(checked, Refusal) and checked.reason in ("nothing", "empty")
        if empty_claim and context and analysis.years and not analysis.context_until:
            checked = None  # "so 2015 was": no claim, a year for the last answer
        last = Frame.from_memory((context or {}).get("last"), self.base)
        if (
            isinstance(checked, Refusal)
            and (
                checked.reason == "vague"
                or checked.reason == "unsupported"
                and analysis.ops
                and not self._opens_a_yes_no(analysis)  # "is that more than ...?" claims
            )
            and last is not None
            and not _quoted(analysis)
            and not analysis.years
            and not (
                self._opens_a_yes_no(analysis) and self._names_only_its_subject(analysis, last)
            )
        ):
            # "so the global total?" after China's share, "so per country?" after the
            # buyers: no claim, a follow-up
            checked = None
        if (
            isinstance(checked, Query)
            and checked.claim is not None
            and last is not None
            and (
                not self.vocab.entities_named(analysis.stems)  # "and that China overtook ..."
                and self._they_are_another(analysis, checked, last, None)
                or self._another_by_a_measure_word(analysis, checked, last)
            )
        ):
            # "and more than 30 million of them made purchases, correct?" after AliExpress's
            # active users: a claim about them, checked with their subject named
            named = self._claimed_of_its_subject(question, last)
            keeps = isinstance(named, Query) and not self._they_are_another(
                analysis, named, last, None
            )
            checked = named if keeps else Refusal("unsupported", near=last.facts)
        if (
            isinstance(checked, Refusal)
            and checked.reason == "unsupported"
            and analysis.anaphora
            and last is not None
            and last.op is None
            and (
                self._opens_a_yes_no(analysis)
                or bool(_quoted(analysis))
                and question.rstrip().endswith("?")
            )  # "and 31% of them shopped on Chinese sites?": a claim by its figure
            and not self.vocab.subjects_named(analysis.stems)
        ):
            # "was that all spent on Chinese platforms?" after Russia's spending: the claim
            # with the last figure's subject named, kept when it is about that figure or a
            # part of it
            named = self._claimed_of_its_subject(question, last)
            if (
                isinstance(named, Query)
                and named.claim is not None
                and (
                    self._is_or_is_part_of(named.facts, last.facts[0])
                    or named.claim.numbers
                    and not self._opens_a_yes_no(analysis)
                    and self._one_subject(named.facts, last.facts)
                )
            ):
                checked = named
        checked = self._the_last_a_multiple_of(checked, analysis, last) or checked
        bare = (  # "is it 60%?": only a figure and a pronoun, found by the figure alone
            isinstance(checked, Query)
            and checked.claim is not None
            and not checked.claim.words
            and (
                analysis.anaphora
                or self._a_multiple_of_the_last(checked.claim, last)
                or self._a_bound_on_the_last_share(checked.claim, last)
            )
            and last is not None
            and set(checked.facts) != set(last.facts)
        )
        if last is not None and checked is None and analysis.anaphora:
            checked = self._claim_about_last(question, analysis, last)  # "is it 50%?"
        elif (empty_claim or bare) and checked is not None and last is not None:
            # "so that's half?": the figure claimed is the last answer's; "so in dollars?"
            # claims nothing and is read as a follow-up
            about_last = self._claim_about_last(question, analysis, last)
            converts = analysis.currency and set(analysis.op_names) <= {"convert"}
            checked = about_last or (None if empty_claim and converts else checked)
        elif (
            isinstance(checked, Refusal)
            and checked.reason in ("unknown", "nothing", "unsupported", "vague")
            and last is not None
            and (
                not self._content_beyond_a_source(analysis)
                or checked.reason == "vague"
                and self._opens_a_yes_no(analysis)
                and self._names_only_its_subject(analysis, last)
            )
            and not self._switches_to_a_source(analysis)
        ):
            # "the data came from Sberbank?": who gave the figure just given; "is China
            # more than a third?" after China's share: the figure just given
            checked = self._claim_about_last(question, analysis, last) or checked
        if (
            isinstance(checked, Refusal)
            and checked.reason == "uncheckable"
            and last is not None
            and self.base.facts[last.facts[0]].entity
            not in self.vocab.entities_named(analysis.stems)
        ):
            # "So more than $3.5 billion went to Chinese platforms?" after Russia's spending:
            # a claim whose words name no subject is about the conversation's
            named = self._claimed_of_its_subject(question, last)
            checked = named if isinstance(named, Query) and named.claim is not None else checked
        claimed = question  # what a next "and a Chinese one?" continues
        if checked is None:
            checked, claimed = self._claim_continued(
                question, analysis, (context or {}).get("claim"), last
            )
        if (
            (context or {}).get("stale")
            and isinstance(checked, Query)
            and checked.claim is not None
            and checked.claim.numbers
            and last is not None
            and set(checked.facts) == set(last.facts)
            and not checked.claim.words
        ):
            # "express that as a percentage of ..." refused, then "is that under one
            # percent?": "that" is the figure refused, not the one given before it
            return Understanding(Refusal("vague", near=last.facts), dict(context or {}))
        if checked is not None:
            memory = self._memory(analysis, checked)
            stems = (context or {}).get("stems")
            if isinstance(stems, list):  # "is that more than 20 billion yuan?" then "and in
                # 2015?": still the subject of the figure claimed about
                self._carry_subject(
                    memory, analysis, checked, [s for s in stems if isinstance(s, str)]
                )
            if isinstance(checked, Query) and checked.claim is not None:
                memory["claim"] = claimed[:MAX_CLAIM]  # "... correct?" then "by Alibaba?"
            return Understanding(checked, memory)
        another = self._another_sum(analysis, (context or {}).get("typed"))
        if another is not None:
            return Understanding(another, self._memory(analysis, another))
        frame = Frame.from_memory((context or {}).get("last"), self.base)
        stale = (context or {}).get("stale")
        pointing = stale and not (context or {}).get("stale_back")
        if frame is not None and stale and self._only_a_slot(analysis, pointing):
            # "the other 20 percent in rubles?" refused, then "then in yuan please": that
            # continues the refused question, not the figure given before it
            return Understanding(Refusal("vague", near=frame.facts), dict(context or {}))
        instead = self._what_it_was(analysis, frame) if (context or {}).get("claim") else None
        if instead is not None:  # "a third of retail, true?" (No) then "what was the actual
            # share?": the figure the article gives instead
            return Understanding(instead, self._followed_memory(analysis, instead, context))
        target = self._target_of_the_subject(analysis, frame)
        if target is not None:  # "AliExpress active users?" then "what's the target?"
            return Understanding(target, self._followed_memory(analysis, target, context))
        rate = self._rate_of_the_conversion(analysis, frame)
        if rate is not None:  # "in yuan" then "what's the rate used?": the exchange rate
            return Understanding(rate, self._memory(analysis, rate))
        applied = self._rate_applied(analysis, frame)
        if applied is not None:  # the rate, then "apply it to the 26.1 trillion yuan"
            return Understanding(applied, self._memory(analysis, applied))
        asked = (context or {}).get("asked")
        undated = frame is not None and any(self.base.facts[f].unit != "year" for f in frame.facts)
        if asked == "year" and undated:  # a year asked of a figure: kept by an event named
            lexicon = self.vocab.lexicon
            cues = {w for key in lexicon.forecast_cues for w in key}  # "the warehouse target"
            figure = lexicon.figure_nouns | cues | lexicon.date_words  # "... past yr"
            said = set(analysis.stems)
            # "when was the guideline announced?" then "and the pilot zones?": the same
            # question of another thing (not after a bare "what year?" of a count asked,
            # where "and the pilot zones?" goes back to counting)
            again = analysis.opener and (context or {}).get("asked_of_its_own")
            event = (said & lexicon.dated_nouns or again) and not said & figure
            asked = "year" if event and self._bare_phrase(analysis) else None
        if (
            (analysis.opener or self._bare_phrase(analysis))
            and (analysis.expects is None or asked == "source" and self._names_kind_only(analysis))
            and asked in INHERITED_KINDS
            and frame is not None
            and (
                self._switches_subject(analysis, frame)
                or asked in ("source", "year")
                and analysis.opener  # "and for the 26.1 trillion?"; not "Overseas warehouse
                # target?", a figure of its own asked after "confirmed by which body?"
                and self._names_another_figure(analysis, frame)
            )
        ):
            # "and JD's cross-border platform?" after a "when"; "and for the 26.1 trillion
            # yuan figure?" after "who is the source for the $4.3 billion?"
            analysis.expects = asked
        self._shift_year(analysis, frame)
        no_year: Refusal | None = None  # the last answer's measure has no such year
        between = self._years_from_last(analysis, frame)
        if between is not None:  # "how many years after AliExpress was that?"
            return Understanding(between, self._followed_memory(analysis, between, context))
        itself = self._last_by_its_operation(analysis, frame)
        if itself is not None:  # "2.5 trillion yuan added", then "that added amount in $?"
            return Understanding(itself, self._followed_memory(analysis, itself, context))
        per = self._per_unit_of_last(analysis, frame)
        if per is not None:  # "how many overseas buyers?" then "per country and region?"
            return Understanding(per, self._followed_memory(analysis, per, context))
        again = (
            self._how_many_of_last(analysis, frame)
            or self._when_of_last(analysis, frame)
            or self._year_of_the_last_event(analysis, frame)
            or self._deadline_of_last(analysis, frame)
        )
        if again is not None:  # "What did the Ministry announce?" then "How many?"
            return Understanding(again, self._followed_memory(analysis, again, context))
        whole = self._out_of_what(analysis, frame) or self._whole_of_last(analysis, frame)
        if whole is not None:  # "and all cross-border together?" after the Chinese part
            return Understanding(whole, self._followed_memory(analysis, whole, context))
        if frame is not None and self._refers_back(analysis):
            last_reading = Reading(frame.facts, frame.op, "lookup", frozenset(), 0.0, 0)
            together = self.verifier.asks_one_of_a_pair(last_reading, analysis)
            if together and frame.op is None:  # "ok, and retail only?" after retail and B2B
                refusal = Refusal("breakdown", near=(together,))
                return Understanding(refusal, dict(context or {}))
            content = set(self._content(analysis))
            if content & self.vocab.lexicon.excepting_words:  # "what percentage went elsewhere?"
                content = (content - self.vocab.lexicon.excepting_words) | {"not"}
            if analysis.currency:  # "convert that at the article's implied rate"
                content -= self.vocab.lexicon.conversion_words
            said = analysis.stems
            rest_given = frame.op in ("difference", "complement") or any(
                "not" in self._measure_stems(f) for f in frame.facts if f in self.measure_stems
            )
            pointed = any(
                w == "not" and i and said[i - 1] in ("that", "this") for i, w in enumerate(said)
            )
            if rest_given and pointed:
                content.discard("not")  # "that remainder", just given: not the rest of it
            followed = (
                None
                if self._quotes_another(analysis, frame)
                else gap_of_the_pair(analysis, frame, self.base, self.vocab.lexicon.gap_asks)
                or follow(
                    analysis,
                    content,
                    frame,
                    self.base,
                    self._asks(analysis),
                    asks_a_whole(analysis, self.vocab.lexicon.whole_words),
                )
            )
            if isinstance(followed, Refusal) and "not" in content:
                # "out of how many?" (the whole) then "so how many didn't?": the whole has
                # no rest of its own; the rest of the part asked before it
                before = Frame.from_memory((context or {}).get("before"), self.base)
                followed = self._rest_after_its_whole(analysis, content, frame, before) or followed
            if isinstance(followed, Query) and followed.asks is None:
                followed = replace(followed, asks=self._asks(analysis))  # checked like any
            if isinstance(followed, Query) and analysis.expects == "source" and not followed.op:
                followed = replace(followed, who=True)  # "who reported the 2016 figure?"
            if followed is None and content:
                followed = self._share_of_named_whole(analysis, content, frame)
            before = Frame.from_memory((context or {}).get("before"), self.base)
            if followed is None and (
                not content or self._names_the_last_two(content, frame, before)
            ):
                # "what share of the total is cross-border?" after total e-commerce, then
                # cross-border: the last figure as a share of the one before it
                followed = self._share_of_the_figure_before(analysis, frame, before)
            stale = bool((context or {}).get("stale"))
            if followed is None and self._asks_the_figure_again(analysis, content, stale):
                # "is it more than 30 million?" then "what's the actual figure then?";
                # "who came up with those numbers?": their source
                followed = frame.again(frame.currency, 0.85, who=analysis.expects == "source")
            lexicon = self.vocab.lexicon
            parts = lexicon.part_words | lexicon.share_words  # "China share?" after a sum
            if followed is None and (analysis.anaphora or parts & set(analysis.stems)):
                # "and which part went to China?": a part of the figure just given
                followed = self._part_of_last(analysis, content, frame)
                if followed is not None and not analysis.breakdown:  # "what part of it": any
                    followed = replace(followed, asks=self._asks(analysis))
            if isinstance(followed, Refusal) and followed.reason == "year":
                alone = self.interpret(analysis)  # "and the 2018 forecast?" after the rate:
                # a figure of that year, not the last one's; "the 2018 forecast for that?"
                # after total retail points at retail, which has none
                if (
                    isinstance(alone, Query)
                    and not analysis.points_back
                    and (self._content(analysis) or set(alone.facts) & self._kin(frame.facts))
                ):  # "next year's forecast?" after online shopping names nothing of its own:
                    # cross-border's forecast is no figure of what the conversation is about
                    return Understanding(alone, self._memory(analysis, alone))
                if not analysis.anaphora and not analysis.year_shift:
                    # "the 2018 expected figure in dollars" (no "that", a year named): the
                    # conversation's words may find it
                    no_year, followed = followed, None
            if isinstance(followed, Query) and self._money_for_a_count(analysis, followed):
                # "then how much money do they make?" after AliExpress's user target
                followed = Refusal("kind", detail="that asks for money", near=followed.facts)
            if followed is not None:
                return Understanding(followed, self._followed_memory(analysis, followed, context))
        alone = self.interpret(analysis)
        if frame is None and (isinstance(alone, Refusal) or self._a_span_elsewhere(alone)):
            # "how many years passed between China overtaking the US and the 2016 data?"
            alone = self._years_between_said(analysis) or alone
        if (
            frame is None
            and not analysis.context_until
            and isinstance(alone, Query)
            and self._pronoun_as_operand(analysis)
            and self._operand_is_a_bare_pronoun(analysis)
        ):  # "active users as a percent of it", asked first: "it" is nothing said yet
            alone = Refusal("vague", near=alone.facts)
        alone = self._settled_by_last(analysis, alone, frame)
        before = Frame.from_memory((context or {}).get("before"), self.base)
        against = self._against_last(analysis, alone, frame, before)
        if (
            against is not alone
            and isinstance(against, Query)
            and (
                self._names_last(analysis, frame)
                or self._pointed_into_last_two(analysis, frame, before)
                or self._same_base(analysis, frame)
                or self._pronoun_as_operand(analysis)
                or self._share_of_another_asked(analysis, alone, frame)
            )
        ):
            # "X as a percent of those buyers": set against the last answer by its own noun,
            # not read again with the last question's words
            return Understanding(against, self._followed_memory(analysis, against, context))
        if against is not alone and isinstance(against, Refusal) and against.reason == "ambiguous":
            return Understanding(against, dict(context or {}))  # "increase is that from 100m"
        alone = against
        bigger = self._bigger_than_last(analysis, frame)
        if bigger is not None:  # "how many times bigger is the Chinese part?" after the rest
            return Understanding(bigger, self._followed_memory(analysis, bigger, context))
        swapped = self._other_operand(analysis, alone, frame)
        if swapped is not None:  # "and online shopping?" after cross-border's share of a whole
            return Understanding(swapped, self._followed_memory(analysis, swapped, context))
        divisor = self._times_another_figure(analysis, frame)
        if divisor is not None:  # "and how many times the cross-border figure?"
            return Understanding(divisor, self._followed_memory(analysis, divisor, context))
        rewholed = self._share_of_another_whole_next(analysis, frame)
        if rewholed is not None:  # "and what share of global e-commerce?" after a share
            return Understanding(rewholed, self._followed_memory(analysis, rewholed, context))
        memory = self._memory(analysis, alone)
        stems = (context or {}).get("stems")
        previous = [s for s in stems if isinstance(s, str)] if isinstance(stems, list) else None
        self._carry_subject(memory, analysis, alone, previous)
        thin = self._only_common_words(analysis)  # "to what volume?"
        brief_follow_up = (
            analysis.opener and len(self._content(analysis)) <= 2 and not analysis.asks_anew
        ) or thin
        elsewhere = self._bare_turn_elsewhere(analysis, alone, frame)
        brief_follow_up = brief_follow_up or elsewhere  # "yoy?" after Russia's figure
        if isinstance(alone, Query) and frame is not None and previous:
            same = self._same_subject(analysis, alone, frame, previous)
            if same is not None:  # "what percent had bought?" after the survey: the survey's
                result, own = same[0], self._asks(analysis)
                if isinstance(result, Query) and own is not None and result.claim is None:
                    # "and what were its first-year sales?" after VIPme's launch date: money
                    # is asked by the turn's own words, whatever the last question asked
                    result = replace(result, asks=own)
                return Understanding(result, self._memory(same[1], result))
            if self._they_are_another(analysis, alone, frame, previous):
                # "and a year earlier, how much did they spend in total?" after the Russians:
                # China's online shopping is not what "they" spent
                refusal = Refusal("unsupported", near=frame.facts)
                return Understanding(refusal, dict(context or {}))
        if (
            no_year is not None
            and isinstance(alone, Query)
            and frame is not None
            and not self._content(analysis)
            and not set(alone.facts) & self._kin(frame.facts)
        ):
            # "next year's forecast?" after online shopping: the article forecasts
            # cross-border volume, not what the conversation is about
            return Understanding(no_year, dict(context or {}))
        part = self._part_named_by_a_fragment(analysis, alone, frame)
        if part is not None:  # "China share?" after Russia's spending: its Chinese part
            return Understanding(part, self._followed_memory(analysis, part, context))
        if isinstance(alone, Query) and not analysis.anaphora and not brief_follow_up:
            return Understanding(alone, memory)  # a question that stands alone ignores context
        if (
            isinstance(alone, Query)
            and not analysis.anaphora
            and self._pinned_by_years(analysis, alone)
        ):
            # "and cross-border 2018 versus 2016?": the turn names its measure, its operation
            # and a year for each side, so no word of the last question is borrowed
            return Understanding(alone, self._followed_memory(analysis, alone, context))
        if (
            brief_follow_up
            and not thin
            and not analysis.anaphora
            and self._another_of_its_figures(analysis, alone, frame)
        ):
            return Understanding(alone, memory)  # "and the overseas buyer count?"
        if brief_follow_up and not analysis.anaphora and self._whole_spread(analysis, alone, frame):
            return Understanding(alone, self._followed_memory(analysis, alone, context))
        if self._built_on_last(alone, frame):
            # "what share of retail was it?" then "so all retail, that is how much?": the
            # whole the last share implies, which the turn names itself
            return Understanding(alone, self._followed_memory(analysis, alone, context))
        # "My aunt wants it in rubles. What's that?": a currency the article never uses is
        # not dropped by reading the turn with the last question's words
        currencies = self.vocab.lexicon.other_currencies
        other_unit = (
            isinstance(alone, Refusal)
            and alone.reason == "unknown"
            and any(phrase(w) in currencies for w in alone.words)
        )
        if previous and not other_unit and self._leans_on_context(analysis, alone):
            refers_back = analysis.anaphora or analysis.opener
            first = None
            topic = self.base.facts[frame.facts[0]].entity if frame is not None else None
            for merged in merges(analysis, list(previous), self.vocab, self.known_numbers, topic):
                self._shift_year(merged, None)  # "and the year before that?" stays shifted
                if merged.year_shift and frame is not None and not merged.shifted_from:
                    merged.shifted_from = frame.facts  # not the very figures moved from
                leaning = self.interpret(merged, used_context=True)
                own_kind = self._asks(analysis)
                if (
                    isinstance(leaning, Query)
                    and analysis.ops
                    and leaning.asks != own_kind
                    and (own_kind is not None or leaning.asks == "year")  # keep a count, money
                ):
                    # "2-yr CAGR?" after "base-year volume ...": the turn's own operation
                    # says what kind of answer it wants, not an earlier turn's "year"
                    leaning = replace(leaning, asks=own_kind)
                if (
                    isinstance(leaning, Query)
                    and leaning.op is None
                    and "ratio" in analysis.op_names
                    and self.base.facts[leaning.facts[0]].unit not in ("ratio", "times")
                ):  # "the ratio of those who didn't to those who did": one figure is none
                    leaning = Refusal("unsupported", near=leaning.facts)
                if (
                    isinstance(leaning, Query)
                    and "not" in analysis.stems[analysis.context_until :]
                    and frame is not None
                    and leaning.facts == frame.facts
                    and not leaning.op
                ):  # "remaining share?" after the Chinese share: not that share again
                    leaning = Refusal("vague", near=leaning.facts)
                # "who said that?" after 2013: of the two figures of that sentence, the one
                # just given
                leaning = self._settled_by_last(merged, leaning, frame)
                if (
                    no_year is not None
                    and isinstance(leaning, Query)
                    and frame is not None
                    and frame.op is not None
                    and leaning.op != frame.op
                    and not self._content(analysis)
                ):
                    # "what about in 2015?" after offline retail (retail less online
                    # shopping): online shopping's 2015 figure is one operand of it, not it
                    leaning = no_year
                if frame is not None and self._switches_subject(analysis, frame):
                    merged, leaning = self._without_old_words(
                        analysis, merged, leaning, previous, frame
                    )
                if (
                    isinstance(leaning, Query)
                    and frame is not None
                    and (context or {}).get("stale")
                    and self._they_are_another(analysis, leaning, frame, None)
                ):
                    # "how many years after AliExpress was that?" refused, then "how many
                    # users does it have?": "it" is still JD, not the AliExpress just named
                    leaning = Refusal("unsupported", near=frame.facts)
                if isinstance(leaning, Query) and self._sum_of_another_turn(analysis, leaning):
                    # "the 2.5 trillion yuan gap in dollars?", then "the 23.5 billion yuan
                    # Russians spent?": not the sum the earlier turn typed
                    leaning = Refusal("unknown", words=tuple(analysis.unknown_numbers), near=())
                if isinstance(leaning, Query) and self._repeats_last(
                    analysis, leaning, frame, alone, previous
                ):
                    # "what's it meant to do?" after the language versions: nothing the turn
                    # says is read, so the last answer again would answer nothing it asked
                    leaning = Refusal("vague", near=leaning.facts)
                if isinstance(leaning, Query) and self._keeps_old_subject(analysis, leaning, frame):
                    # "and AliExpress?" after Alibaba's 2025 target: not Alibaba's figure again
                    words = tuple(self.vocab.lexicon.words(" ".join(self._content(analysis))))
                    leaning = Refusal("unsupported", words=words[:2], near=leaning.facts)
                if (
                    isinstance(leaning, Query)
                    and isinstance(alone, Refusal)
                    and alone.reason == "year"
                    and alone.near
                    and not set(leaning.facts) & set(alone.near)
                    and set(self._content(analysis)) & set(self._measure_stems(alone.near[0]))
                ):
                    # "and retail in 2015?" after total retail: the turn names retail, which
                    # has no 2015 figure; online shopping's, found with earlier words, is not it
                    leaning = alone
                if self._own_measure_left_out(analysis, alone, leaning):
                    # "and which consultancy gave the online shopping data?" after Yandex's
                    # name: the turn names online shopping, not Russia's spending again
                    leaning = alone
                if (
                    isinstance(leaning, Query)
                    and leaning.op == "years-between"
                    and analysis.expects not in ("duration", "year")
                    and not set(analysis.stems) & self.vocab.lexicon.date_words  # "in years?"
                ):
                    # "how many years after AliExpress?" then "and its user count": a count
                    # asked, not the years from AliExpress's founding to its user count
                    leaning = Refusal("vague", near=leaning.facts)
                if isinstance(leaning, Query) and self._growth_across_measures(analysis, leaning):
                    # "and the growth?" after online shopping's share of retail: a growth is a
                    # change of one measure over time, not retail set against online shopping
                    leaning = Refusal("vague", near=leaning.facts)
                if isinstance(leaning, Query) and self._a_share_for_money(analysis, leaning):
                    # "and the forecast in dollars?" after the 2016-2018 growth: money is
                    # asked, and the growth again answers nothing in dollars
                    leaning = Refusal("kind", detail="that asks for money", near=leaning.facts)
                if isinstance(leaning, Query) and self._forecast_for_now(leaning, analysis):
                    detail = "that asks about the present, and the article gives only forecasts"
                    leaning = Refusal("kind", detail=detail, near=leaning.facts)
                if isinstance(leaning, Query) and self._operand_from_old_words(
                    analysis, leaning, frame
                ):
                    # "and how much did world e-commerce grow in 2016?" after its volume:
                    # not its size over cross-border trade, found by an earlier turn's words
                    leaning = Refusal(
                        "unsupported", words=tuple(analysis.raw[-1:]), near=leaning.facts
                    )
                if (
                    frame is not None
                    and analysis.points_back
                    and set(analysis.op_names) & GROWTH_OPERATIONS
                    and not self._content(analysis)
                    and (
                        isinstance(leaning, Query)
                        and not set(leaning.facts) & self._kin(frame.facts)
                        or isinstance(leaning, Refusal)
                    )
                ):
                    # "what was the growth rate of that?" after China's total e-commerce:
                    # "that" is the figure just given, which has no growth; the cross-border
                    # growth found with the earlier words is of another figure, and the
                    # refusal offers that figure's own measures, not the article's topics
                    detail = "growth rate for the figure just given"
                    leaning = Refusal("vague", near=frame.facts, detail=detail)
                first = first or (leaning, merged)
                if first[1] is not merged and self._own_word_refused(first[0], analysis):
                    # "and USA alone?" after the rest of the world's share: read with the
                    # whole last question, the turn's own word is what the article lacks; the
                    # subject alone ("world") would find another figure for it
                    break
                if isinstance(leaning, Query) and self._counts_what_is_asked(analysis, leaning):
                    return Understanding(leaning, self._memory(merged, leaning))
            leaning, merged = first
            if thin and isinstance(leaning, Query):
                return Understanding(leaning, self._memory(merged, leaning))
            if elsewhere and isinstance(leaning, Refusal) and frame is not None:
                # "yoy?" after Russia's spending: the article has no such figure for Russia,
                # and China's online shopping growth answers nothing the turn asked
                return Understanding(Refusal("vague", near=frame.facts), dict(context or {}))
            if self._year_of_the_subject(analysis, alone, leaning, frame):
                # "and in 2015, how much spent?" after the Russians: they have no 2015
                # figure, and China's 2015 online shopping is not what they spent
                return Understanding(leaning, dict(context or {}))
            if isinstance(alone, Query):
                return Understanding(alone, memory)
            if refers_back or _less_informative(alone):
                memory = self._memory(merged, leaning)
                if isinstance(leaning, Refusal) and self._names_only_old_words(leaning, analysis):
                    # "revenue" refused, then "and PayPal's partner on the report?": a refusal
                    # names the words of this turn, never one the user typed turns ago
                    return Understanding(alone, memory)
                return Understanding(leaning, memory)
        if isinstance(alone, Refusal) and no_year is not None:
            return Understanding(no_year, dict(context or {}))  # nothing else: no such year
        if isinstance(alone, Refusal) and previous:
            memory = dict(context or {})  # an unanswered aside keeps the conversation's topic
        return Understanding(alone, memory)

    def _own_word_refused(self, refusal: Query | Refusal, a: Analysis) -> bool:
        """A refusal for a country the turn itself names ("and USA alone?"), none of an
        earlier turn's words."""
        if not isinstance(refusal, Refusal) or refusal.reason not in ("unsupported", "unknown"):
            return False
        countries = self.vocab.lexicon.contrast_kind("countries")
        own = {w.lower() for w in a.raw[a.context_until :]} | set(a.stems[a.context_until :])
        words = {w for w in refusal.words if not w.startswith("<")}
        return (
            countries is not None
            and bool(words)
            and words <= own
            and all((w,) in countries.members for w in words)
        )

    def _year_of_the_subject(
        self, a: Analysis, alone: Query | Refusal, leaning: Query | Refusal, frame: Frame | None
    ) -> bool:
        """A year asked of the conversation's subject, read with its words, that the article
        lacks, while the turn's own words, naming no subject, find another subject's
        figure of that year."""
        if frame is None or not isinstance(alone, Query) or not isinstance(leaning, Refusal):
            return False
        if leaning.reason != "year" or not leaning.near or not a.years:
            return False
        if self.vocab.subjects_named(a.stems):
            return False  # "and China's 2015 online shopping?" names its subject
        subject = self.base.facts[frame.facts[0]].entity
        facts = self.base.facts
        return facts[leaning.near[0]].entity == subject and facts[alone.facts[0]].entity != subject

    def _without_old_words(
        self,
        a: Analysis,
        merged: Analysis,
        leaning: Query | Refusal,
        previous: list[str],
        frame: Frame,
    ) -> tuple[Analysis, Query | Refusal]:
        """ "When was JD's cross-border platform launched?" then "and Vip's?": Vip's
        platform is not called cross-border. A word only the earlier turn said, that the new
        subject has no figure for, is left behind rather than named in a refusal the user
        cannot make sense of."""
        if not isinstance(leaning, Refusal) or leaning.reason != "unsupported" or not leaning.words:
            return merged, leaning
        own = set(a.stems)
        old = {
            s
            for s, raw in zip(merged.stems[: merged.turn_from], merged.raw, strict=False)
            if raw in leaning.words and s not in own
        }
        if not old or len(old) < len(leaning.words):
            # "When did JD roll out its cross-border B2C platform?" then "And VIPme?": the
            # refusal names the new subject, for the old turn's words ("B2C") fit only JD;
            # those the new subject's figures never use are left behind
            old = self._words_only_the_old_subject_has(a, previous, own)
        if not old:
            return merged, leaning
        kept = [s for s in previous if s not in old]
        again = merge(a, kept, self.vocab, self.known_numbers)
        self._shift_year(again, None)
        retried = self.interpret(again, used_context=True)
        before = unit_of(self.base, self.base.facts[frame.facts[0]]) if frame.op is None else None
        now = (
            unit_of(self.base, self.base.facts[retried.facts[0]])
            if isinstance(retried, Query)
            else ""
        )
        if not isinstance(retried, Query) or retried.op is not None or now != before:
            return merged, leaning  # the same kind of figure as before, or nothing
        return again, retried

    def _claimed_of_its_subject(self, question: str, last: Frame) -> Query | Refusal | None:
        """The claim read again with the last figure's subject named before it, so that
        "them", "that" stand for what the last answer was about."""
        topic = self.base.entities[self.base.facts[last.facts[0]].entity].name
        about = f"{topic} {question}"
        return self._check_claim(about, analyse(about, self.vocab, self.known_numbers))

    def _names_only_its_value(self, best: Reading, a: Analysis) -> bool:
        """Do the question's words name only the names a statement gives as its value (the
        US, the UK of the countries China dislodged), and nothing it is about?"""
        names = self._value_names.get(best.facts[0])
        own = a.stems[max(a.context_until, a.turn_from) :]  # a follow-up's own words
        content = set(self._content(a)) & set(own)
        return bool(names) and bool(content) and content <= names

    def _one_subject(self, facts: tuple[str, ...], others: tuple[str, ...]) -> bool:
        """Are both figures about one subject (the survey's respondents and its share)?"""
        entity = {self.base.facts[f].entity for f in facts}
        return len(entity) == 1 and entity == {self.base.facts[f].entity for f in others}

    def _is_or_is_part_of(self, facts: tuple[str, ...], whole: str) -> bool:
        """The figure itself, or a part the base files under it (80% of the spending, the
        spend on Chinese platforms, the purchasers among the active users)."""
        if facts == (whole,):
            return True
        return len(facts) == 1 and whole_of(self.base, facts[0]) == whole

    def _without_likeness(self, question: str) -> str:
        """ "So they were confirmed in 2015, same year as the warehouse guideline?" ->
        "So they were confirmed in 2015?": the thing set beside "they" is no subject of
        the claim about the last answer."""
        found = _likeness_pattern(self.vocab.lexicon.likeness_phrases).search(question)
        if found is None:
            return question
        return question[: found.start()].rstrip(" ,;-") + "?"

    def _words_only_the_old_subject_has(
        self, a: Analysis, previous: list[str], own: set[str]
    ) -> set[str]:
        """The earlier turn's words that no figure of the subject this turn names uses."""
        named = self.vocab.subjects_named(a.stems)
        theirs = [t.all for t in self.vocab.terms.values() if t.fact.entity in named]
        if not theirs:
            return set()
        said = frozenset().union(*theirs)
        return {s for s in previous if s in self.vocab.index and s not in own | said}

    def _rest_beside(
        self, premises: list[str], a: Analysis, must: set[str], used_context: bool
    ) -> Query | None:
        """The rest of a whole beside a part the question quotes ("the 4.7tn was 14% of
        retail, so what's the rest of retail?"), or beside a part it negates when it quotes
        the whole ("with 2bn consumers in 2025, how many would be non-overseas?")."""
        asked = set(a.stems[a.context_until :])
        if "not" in must:
            found = self._complement(
                a, must - {"not"} - {s for s in must if is_number(s)}, used_context
            )
            if isinstance(found, Query):
                return found
        if not asked & (self.vocab.lexicon.excepting_words | {"not"}):
            return None
        for premise in premises:
            whole = whole_of(self.base, premise)
            if whole is None or unit_of(self.base, self.base.facts[premise]) == PERCENT:
                continue
            if not self._quoted_in_full(premise, a):
                continue  # "the other 20 percent" quotes no 20 million buyers
            reading = Reading((whole, premise), "difference", "difference", frozenset(), 0.0, 0)
            return self._dated_query(reading, a, used_context)
        return None

    def _names_the_quoted(self, premise: str, worded: set[str]) -> bool:
        """Are the turn's words, beside the figure, only words of that figure's own measure
        or keywords ("total e-commerce" for the 26.1 trillion)?"""
        phrases = self.vocab.terms[premise].phrases
        return bool(worded - {"not"}) and worded <= frozenset().union(*phrases)

    def _unnamed_part(self, reading: Reading, premises: list[str], must: set[str]) -> bool:
        """Is the reading a part of a whole the user typed, with no word of the question
        (beyond the whole's own) naming that part?"""
        if reading.op is not None:
            return False
        fact = self.base.facts[reading.facts[0]]
        whole = whole_of(self.base, fact.id) or fact.of  # a part, or a share, of it
        if whole not in premises:
            return False
        own = {s for s in must - self.vocab.terms[whole].all if not is_number(s)}
        return not own & self.vocab.terms[reading.facts[0]].all

    def _rests_on(self, reading: Reading, premise: str, a: Analysis) -> bool:
        """A figure the question may ask for on the strength of a figure it quotes: one
        computed from it, or the whole it is a part of when the question asks for a whole
        ("if 5,880 of them shopped on Chinese sites, how many were surveyed in total?")."""
        if self.verifier.builds_on(reading, premise):
            return True
        if reading.op is None and self._labels_its_sentence(reading.facts[0], premise, a):
            return True  # "what number of countries were the 28,000 respondents drawn from?"
        if reading.op is None and self._grown_to(reading.facts[0], premise, a):
            return True  # "if online shopping grew 24.7%, what did it reach?"
        whole = whole_of(self.base, premise)
        asked = set(a.stems[a.context_until :])
        return (
            reading.op is None
            and whole is not None
            and reading.facts[0] == whole
            and bool(asked & self.vocab.lexicon.whole_words)
        )

    def _another_month(self, best: Reading, a: Analysis) -> tuple[int, ...]:
        """The years of a month and year the question names ("in April 2016") when the
        figure's period names that month in another year ("12 months to April 2017")."""
        if best.op is not None or not a.year_at:
            return ()
        months = set(self.vocab.lexicon.months)
        asked = {
            (a.stems[at - 1], year)
            for at, year in a.year_at.items()
            if at >= a.context_until and at and a.stems[at - 1] in months
        }
        period = (self.base.facts[best.facts[0]].period or "").lower().split()
        pairs = zip(period, period[1:], strict=False)
        given = {(w, int(y)) for w, y in pairs if w in months and y.isdigit()}
        if not asked or not given:
            return ()
        return tuple(sorted({y for m, y in asked if (m, y) not in given and m in dict(given)}))

    def _grown_to(self, fact_id: str, premise: str, a: Analysis) -> bool:
        """Is `fact_id` the level a growth quoted as `premise` reached, asked as such?"""
        if not find_phrases(a.stems[a.context_until :], self.vocab.lexicon.grown_to_words):
            return False
        return any(
            f.formula is not None
            and f.formula.op == "before_growth"
            and tuple(f.formula.args) == (fact_id, premise)
            for f in self.derivations
        )

    def _labels_its_sentence(self, fact_id: str, premise: str, a: Analysis) -> bool:
        """ "the 28,000 respondents": a count quoted after "the" (or "its", "their")
        names what it counts, and so another figure of the same sentence of the article
        may be asked about it (the 32 countries they came from)."""
        clause = self.base.facts[premise].clause
        if fact_id == premise or not clause or self.base.facts[fact_id].clause != clause:
            return False
        units = {unit_of(self.base, self.base.facts[f]) for f in (fact_id, premise)}
        if len(units) != 2 or PERCENT in units:
            return False  # a share quoted ("the 21 percent") is a figure to work with
        labels = self.vocab.lexicon.labelling_determiners | self.vocab.lexicon.possessive_pronouns
        own = self.vocab.terms[premise].numbers
        # "says 28,000 respondents - from how many countries?": the count with its noun
        counted = self.vocab.terms[premise].measure if a.expects == "amount" else frozenset()
        return any(
            s in own
            and (
                i
                and a.stems[i - 1] in labels
                or a.stems[i + 1 : i + 2]
                and a.stems[i + 1] in counted
            )
            for i, s in enumerate(a.stems)
        )

    def _names_only_old_words(self, refusal: Refusal, a: Analysis) -> bool:
        """Does the refusal name only words this turn does not say (earlier turns' words)?"""
        if not refusal.words:
            return False
        typed = {w.lower() for w in a.raw} | set(a.stems)
        return not any(
            w.lower() in typed or any(p in typed for p in self.vocab.lexicon.words(w))
            for w in refusal.words
        )

    def _switches_to_a_source(self, a: Analysis) -> bool:
        """ "And the State Council?" after the Ministry's 100 warehouses: another body's
        figure is asked for, not whether the State Council gave the last one ("the data
        came from Sberbank?", "by PayPal?" say so with a word of giving)."""
        lexicon = self.vocab.lexicon
        said = set(a.stems[a.context_until :])
        giving = lexicon.attribution_cues | lexicon.giving_words
        return bool(a.opener) and not said & giving

    def _nothing_its_own(self, reading: Reading, a: Analysis) -> bool:
        """Who was passed, asked with nothing that asks it (see `roles.passed_unasked`)."""
        fact = self.base.facts[reading.facts[0]]
        if not fact.is_text or fact.clause is None:
            return False
        siblings = [f for f in self._facts_of_clause[fact.clause] if f != fact.id]
        asked = a.stems[max(a.context_until, a.turn_from) :]
        return passed_unasked(fact.id, self._measure_stems(fact.id), asked, siblings, self.vocab)

    @cached_property
    def _facts_of_clause(self) -> dict[str, list[str]]:
        """The facts read from each sentence of the article (built once, on first use)."""
        clauses: dict[str, list[str]] = {}
        for fact in self.base.facts.values():
            if fact.clause is not None:
                clauses.setdefault(fact.clause, []).append(fact.id)
        return clauses

    def _goods_asked(self, a: Analysis) -> str | None:
        """ "What did the respondents buy?", "what do AliExpress buyers order mostly?": what
        opens the question and the verb of buying has no object, so the goods are asked
        (the verb typed), not a figure; a currency or a word for the amount asks money."""
        lexicon = self.vocab.lexicon
        asked = a.stems[a.turn_from :]
        opening = [i for i, w in enumerate(asked) if w in lexicon.thing_question_words]
        if not opening or a.currency or a.ops:
            return None
        at = opening[0]
        if not (asked[at + 1 : at + 2] and (asked[at + 1],) in lexicon.yes_no_openers):
            return None  # "what share bought", "what volume did they buy"
        if set(asked) & (lexicon.value_words | lexicon.money_words):
            return None
        raw = a.raw[a.turn_from :]
        verbs = [i for i in range(at + 2, len(asked)) if asked[i] in lexicon.goods_verbs]
        return raw[verbs[0]] if verbs else None

    def _quotes_another(self, a: Analysis, frame: Frame) -> bool:
        """ "And the 4.3 bn in CNY?" after the $860m not spent on Chinese sites: the turn
        quotes a figure that is not the last answer's, so it is about that figure."""
        quoted = {
            s
            for i, s in enumerate(a.stems)
            if is_number(s)
            and i >= a.turn_from
            and i not in a.year_span
            and i in a.lexical
            and i not in a.ignored_at  # "at the 2016 implied rate": the rate's year
        }
        # "how many is that out of 28,000?" after the 21%: the whole it is a share of
        whole = whole_of_last(frame, self.base) if a.expects == "amount" else None
        own = set().union(
            *(self.vocab.terms[f].numbers for f in (*frame.facts, whole) if f in self.vocab.terms)
        )
        return bool(quoted - own)

    def _how_many_of_last(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "What did the Ministry of Commerce announce in 2015?" then "How many?": a turn
        that is only a question of amount asks for the figure just given, when it is a
        count; the last question's words ("announce") need not be read again."""
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return None
        if a.ops or a.years or a.currency or a.expects != "amount" or a.asked_unit:
            return None
        lexicon = self.vocab.lexicon
        said = a.stems[a.context_until :]
        if not all(s in lexicon.question_words or s in lexicon.function_words for s in said):
            return None  # "how many people did they ask": a count of its own
        if set(said) & lexicon.money_nouns:
            return None  # "then how much money do they make?": money, not the count again
        if set(said) & lexicon.whole_words and whole_of_last(frame, self.base) is not None:
            return None  # "and total" after the overseas part asks the whole, not "how many"
        fact = self.base.facts[frame.facts[0]]
        if unit_of(self.base, fact) not in self.base.counts:
            return None
        return Query("lookup", frame.facts, None, None, 0.85, used_context=True)

    def _growth_across_measures(self, a: Analysis, query: Query) -> bool:
        """A growth of one measure over another (online shopping and total retail) that is
        neither the same measure in another period nor a target to grow towards, which no
        one means by "growth" unless the turn's own words set them against each other."""
        if query.op != "growth" or len(query.facts) != 2:
            return False
        first, second = (self.base.facts[f] for f in query.facts)
        wholes = {whole_of_last(Frame((f,)), self.base) for f in query.facts}
        whole_and_part = bool(wholes & set(query.facts)) or bool(
            {first.of, second.of} & set(query.facts)
        )
        targets = self.vocab.lexicon.target_words
        goal = any(
            f.is_forecast and set(self._measure_stems(f.id)) & targets for f in (first, second)
        )  # the 100 million target, not the 2018 cross-border forecast of another measure
        towards = goal and not whole_and_part
        if second in self.base.series(first) or towards:
            return False  # "what growth would close that gap?" from active users to target
        lexicon = self.vocab.lexicon
        said = without_phrases(a.stems[a.context_until :], lexicon.period_phrases)
        return not set(said) & lexicon.comparing_words  # ("over" the past year compares none)

    def _when_of_last(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "What's VIPme?" then "when?": a turn that is only a question of time, after a
        statement (not a figure, whose time is its own period), asks for the date of the
        statement's subject, when the article gives that subject one."""
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return None
        if a.ops or a.years or a.currency or a.expects != "year" or a.forecast:
            return None  # "when does he expect to hit it?": a date to come, never given
        lexicon = self.vocab.lexicon
        said = a.stems[a.context_until :]
        if not all(s in lexicon.question_words or s in lexicon.function_words for s in said):
            return None  # "when was the survey published": a date of its own
        fact = self.base.facts[frame.facts[0]]
        dates = self._dates_of.get(fact.entity, ())
        if not fact.is_text or len(dates) != 1:
            return None  # "by when?" after a target: its own deadline, not the subject's date
        if fact.clause and not self._same_sentence(fact.clause, self.base.facts[dates[0]].clause):
            # "who is AliExpress's general manager?" then "in what year?": the manager's
            # sentence has no date, and AliExpress's founding is not the year he was one
            return None
        return Query("lookup", dates, None, None, 0.85, used_context=True)

    @staticmethod
    def _same_sentence(clause: str, other: str | None) -> bool:
        """One clause quotes the other: both are of one sentence of the article."""
        return bool(other) and (clause in other or other in clause)

    def _year_of_the_last_event(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "How many warehouses did the guideline promote?" then "Which year was that
        announced?": a year asked of the figure just given, with no word but those of its
        own sentence ("announced"), is the one year the figure is dated by (2015); not the
        year of another figure the verb alone would find. "It is set up which year" after
        AliExpress's buyers asks the date of their subject, when the article gives one."""
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return None
        if a.ops or a.years or a.currency or a.expects != "year" or a.expects_weak or a.forecast:
            return None
        if not (a.points_back or a.anaphora or a.opener or len(a.stems) <= 3):
            return None  # ("announced which yr?": a turn too short to ask anything else)
        lexicon = self.vocab.lexicon
        asked = [
            s
            for i, s in enumerate(a.stems)
            if i >= a.context_until
            and i not in a.expects_span
            and s not in lexicon.question_words
            and s not in lexicon.pronouns
        ]
        said = {s for s in asked if s not in lexicon.function_words}
        # "when was it set up?": everyday words too ("set", "up"), when they are all it says
        said = said or {s for s in asked if s not in lexicon.stopwords}
        fact = self.base.facts[frame.facts[0]]
        own = set(stems(f"{fact.measure or ''} {fact.clause or ''}"))
        years = set(fact.period_years)
        if fact.is_text and len(years) == 1 and years != {ARTICLE_YEAR} and said <= own:
            # "What did the report find China became?" then "In what year?": the one year
            # the statement is of (2016), never the year the article came out; the date of
            # its sentence when it has one (JD's launch, for the languages it launched with)
            date = self._date_of(fact.id, by_subject=False)
            if date is not None:
                return Query("lookup", (date,), None, None, 0.85, used_context=True)
            return Query("lookup", frame.facts, None, None, 0.85, used_context=True, when=True)
        if not said or fact.unit == "year" or fact.is_text:
            return None  # (a date or a statement: "when?" of those has its own rule; "by
            # when?" of a target, its deadline)
        dates = self._dates_of.get(fact.entity, ())
        if len(dates) == 1 and said <= set(self._measure_stems(dates[0])):
            # before the figure's own sentence: "set up" of the buyers' sentence is
            # AliExpress's founding, which the article dates itself
            return Query("lookup", dates, None, None, 0.85, used_context=True)
        if said <= own and len(set(fact.period_years)) == 1:
            return Query("lookup", frame.facts, None, None, 0.85, used_context=True, when=True)
        return None

    def _deadline_of_last(self, a: Analysis, frame: Frame | None) -> Query | Refusal | None:
        """ "100 million users" then "by when is that target supposed to be hit?": a
        deadline asked of the figure just given, naming nothing else, is its forecast year;
        a target the article dates with no year has none, so the turn is refused (never
        another forecast's year)."""
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return None
        if not a.points_back and self._content(a):  # "that target", "by what year?": the last
            return None
        if a.ops or a.years or a.currency or not self._asks_a_deadline(a):
            return None
        fact = self.base.facts[frame.facts[0]]
        lexicon = self.vocab.lexicon
        phrases = (*lexicon.deadline_cues, *lexicon.by_when_cues)
        cues = {w for p in phrases if contains_phrase(a.stems, p) for w in p}  # "target date"
        # "that target" is the figure just given only if it is one (not its giver's job)
        aims = lexicon.target_words | {w for p in lexicon.forecast_cues for w in p}
        targets = aims if fact.is_forecast else frozenset()
        terms = self.vocab.terms[fact.id]
        # its sentence's other words ("... one of the medium-term TARGETS ...", of the
        # general manager who said it) name nothing of the figure itself
        own = (terms.all if fact.is_forecast else terms.measure | terms.entity) | targets | cues
        said = {s for s in a.stems[a.context_until :] if s not in lexicon.function_words}
        said -= own | lexicon.question_words | lexicon.stopwords | self._only_restating(a)
        if said:
            return None  # "by when will Alibaba serve 2 billion?": another figure named
        if not self._no_deadline_for(fact.id, a):
            return Query("lookup", (fact.id,), None, None, 0.85, used_context=True, when=True)
        detail = "that asks by when, and the article gives no date for it"
        return Refusal("kind", detail=detail, near=(fact.id,))

    def _names_kind_only(self, a: Analysis) -> bool:
        """Is the kind of answer the turn seems to ask only implied by a word of the figure
        it names ("the 26.1 trillion yuan total e-commerce figure"), not asked with a
        question word ("how much")?"""
        asked = {a.stems[i] for i in a.expects_span if i < len(a.stems)}
        return a.expects == "amount" and not asked & self.vocab.lexicon.question_words

    def _names_another_figure(self, a: Analysis, frame: Frame) -> bool:
        """Does the turn, read alone, name one of the article's figures other than the
        last answer's ("and for the 21 percent figure?")?"""
        if a.ops or a.currency:
            return False
        alone = self.interpret(a)
        return (
            isinstance(alone, Query)
            and alone.op is None
            and alone.claim is None
            and not set(alone.facts) & set(frame.facts)
        )

    def _bare_phrase(self, a: Analysis) -> bool:
        """ "JD's cross-border platform?" after "when was AliExpress set up": a turn that
        only names something, with no question word, verb or operation of its own."""
        lexicon = self.vocab.lexicon
        said = a.stems[a.context_until :]
        if a.ops or a.years or a.currency or set(said) & lexicon.question_words:
            return False
        content = self._content(a)
        return 0 < len(content) <= 4 and not any(
            set(parts_of_speech(raw)) == {VERB} for raw in a.raw[a.context_until :]
        )

    def _carry_subject(
        self, memory: dict, a: Analysis, alone: Query | Refusal, previous: list[str] | None
    ) -> None:
        """ "When did JD launch its platform?" then "language versions?": the second turn is
        still about JD, so JD stays among the conversation's words for the turns after it
        ("registered users on it?" is then about JD, not AliExpress)."""
        if not isinstance(alone, Query) or not previous or "stems" not in memory:
            return
        background = {self.vocab.default_entity}
        if self.vocab.entities_named(a.stems) - background:
            return
        about = {self.base.facts[f].entity for f in alone.facts}
        named = [s for s in previous if self.vocab.naming.get(s, background) & about - background]
        memory["stems"] = [*named, *[s for s in memory["stems"] if s not in named]]

    def _they_are_another(
        self, a: Analysis, alone: Query, frame: Frame, previous: list[str] | None
    ) -> bool:
        """A turn that points back with a pronoun and names no subject, read alone about
        another subject than the one the user named before (not one an answer brought in;
        with no earlier words given, the last answer's subject)."""
        if not set(a.stems[a.context_until :]) & self.vocab.lexicon.pronouns:
            return False
        if self.vocab.subjects_named(a.stems):
            return False
        topic = self.base.facts[frame.facts[0]].entity
        default = self.vocab.default_entity
        if topic == default:
            return False
        about = {self.base.facts[f].entity for f in alone.facts}
        if about == {default} and set(stems(self.base.entities[default].name)) <= set(a.stems):
            return False  # "and China's total cross-border volume that year?": China, named
        if previous is not None and topic not in self.vocab.entities_named(previous):
            return False
        entities = self.base.entities
        family = {topic, getattr(entities.get(topic), "parent", None)} - {None}
        about = {self.base.facts[f].entity for f in alone.facts}
        about |= {entities[e].parent for e in about if e in entities and entities[e].parent}
        return not about & family  # AliExpress's figures are Alibaba's too

    @cached_property
    def _operation_stems(self) -> frozenset[str]:
        """Every word of an operation's phrasings ("yoy", "growth", "share")."""
        return frozenset(w for phrase in self.vocab.lexicon.operations for w in phrase)

    def _bare_turn_elsewhere(
        self, a: Analysis, alone: Query | Refusal, frame: Frame | None
    ) -> bool:
        """A turn of a word or two that names no subject ("yoy?"), read alone as a figure of
        another subject than the last answer's: it continues the conversation instead."""
        content = set(self._content(a))
        if frame is None or not isinstance(alone, Query) or len(content) > 2:
            return False
        if not content and not (a.points_back and set(a.op_names) & GROWTH_OPERATIONS):
            return False  # but "what was the growth rate of that?" points at the last figure
        shared = (  # "GMV?": no subject, figure or year, only a measure several subjects have
            not any(map(is_number, a.stems))
            and not self.vocab.entities_named(a.stems)
            and all(map(self._names_no_one, content))
        )
        if not (content <= self._operation_stems or shared):
            return False  # "and overseas warehouses?", "the 26.1 trillion figure?": a new question
        if self.vocab.subjects_named(a.stems):
            return False
        if a.points_back and content <= self._operation_stems:
            # "yoy growth of that?" after China's total e-commerce: "that" is the figure just
            # given, and online shopping's growth, the only year-on-year figure, is of
            # another measure of the same country
            return not set(alone.facts) & self._kin(frame.facts)
        entities = self.base.entities
        topic = self.base.facts[frame.facts[0]].entity
        family = {topic, getattr(entities.get(topic), "parent", None)} - {None}
        about = {self.base.facts[f].entity for f in alone.facts}
        about |= {entities[e].parent for e in about if e in entities and entities[e].parent}
        return not about & family

    def _kin(self, facts: tuple[str, ...]) -> set[str]:
        """Figures tied to these: themselves, what they are computed from or part of, what
        is computed from them, and the others of their sentence (a level and its growth)."""
        depends = self.ranker.depends
        kin = set(facts)
        for fact_id in facts:
            kin |= depends.get(fact_id, set()) | self.dependents.get(fact_id, set())
            clause = self.base.facts[fact_id].clause
            kin |= set(self.by_clause.get(clause, ())) if clause else set()
        for fact_id in list(kin):  # the rate's volume, and the forecast of its sentence
            clause = self.base.facts[fact_id].clause
            kin |= set(self.by_clause.get(clause, ())) if clause else set()
        return kin

    @cached_property
    def dependents(self) -> dict[str, set[str]]:
        """fact id -> the facts computed from it or part of it (transitively): the other
        way round from the ranker's dependencies, built once."""
        out: dict[str, set[str]] = {}
        for fact_id, parents in self.ranker.depends.items():
            for parent in parents:
                out.setdefault(parent, set()).add(fact_id)
        return out

    def _names_no_one(self, word: str) -> bool:
        """A measure word figures of several subjects share ("volume", and "GMV" read as
        it): alone, it says whose figure is meant no more than "yoy" does."""
        facts = self.vocab.index.get(word) or ()
        return len({self.base.facts[f].entity for f in facts}) > 1

    def _event_order(
        self, question: str, a: Analysis, last: Frame | None = None
    ) -> Query | Refusal | None:
        """ "Did JD launch its cross-border platform before AliExpress was set up?", "is
        AliExpress older than JD's platform?", "were JD's platform and VIPme launched in the
        same year?": two events the article dates, in the order claimed. The answer shows
        both years; before or after in the same year is refused (the article gives no months
        to order them by). After a date was given, "so that's before JD's platform, right?"
        and "same year as VIPme?" order that date."""
        said = a.stems[a.context_until :]
        raw = a.raw[a.context_until :]
        lexicon = self.vocab.lexicon
        cue = self._date_relation(said)
        if cue is None:
            return None
        at, size, relation = cue
        last_date = (
            last.facts[0]
            if last is not None
            and last.op is None
            and len(last.facts) == 1
            and self.base.facts[last.facts[0]].unit == "year"
            else None
        )
        opening = raw[:1]
        asked_back = question.rstrip().endswith("?") and self._only_the_last(opening, last)
        fragment = relation == "same" and last_date is not None and question.rstrip().endswith("?")
        opener = leading_phrase(said, lexicon.yes_no_openers)  # "True or false, ..."
        yes_no = self._opens_a_yes_no(a) or tagged(question) or a.checking or bool(opener)
        if not (yes_no or asked_back or fragment):
            return None  # ("that's after AliExpress was set up?" after JD's launch year)
        bound = self._event_against_a_year(a, raw[opener:], at - opener, size, relation)
        if bound is not None:  # "was AliExpress set up before 2015?"
            return bound
        if a.years or a.ops:
            return None
        if a.expects or any(map(is_number, said)):
            return None  # "why did JD launch ... before ...?"; "five years after ...?"
        first, second = self._event_sides(raw[opener:], at - opener, size, relation)
        dates = [
            self._date_named(first) if first else None,
            self._date_named(second) if second else None,
        ]
        for side, words in enumerate((first, second)):
            if dates[side] is None and (not words or self._only_the_last(words, last)):
                dates[side] = last_date  # "so that's before ...?", "vipme same year?"
        if None in dates or dates[0] == dates[1]:
            return None
        years = [int(self.base.facts[f].value) for f in dates if f]  # type: ignore[arg-type]
        if relation != "same" and years[0] == years[1]:
            return Refusal("uncheckable")  # both in 2015: which came first is not said
        holds = {
            "before": years[0] < years[1],
            "after": years[0] > years[1],
            "same": years[0] == years[1],
        }[relation]
        claim = Claim(explained=True) if holds else Claim(swapped=raw[at])
        pair = (dates[0], dates[1])
        return Query("difference", pair, "years-between", None, 0.85, claim=claim)  # type: ignore[arg-type]

    def _event_against_a_year(
        self, a: Analysis, raw: list[str], at: int, size: int, relation: str
    ) -> Query | None:
        """ "Was AliExpress set up before 2015?", "did JD launch its platform after 2016?": one
        dated event, then "before" or "after" and a typed year right after it. Yes or No
        with the event's year; the same year is neither before nor after it."""
        if relation == "same" or len(a.years) != 1 or a.ops or at < 1:
            return None
        typed = raw[at + size : at + size + 1]
        if typed != [str(a.years[0])]:
            return None
        date = self._date_named(raw[:at])
        if date is None:
            return None
        year = int(self.base.facts[date].value)  # type: ignore[arg-type]
        holds = year < a.years[0] if relation == "before" else year > a.years[0]
        claim = Claim(explained=True) if holds else Claim(swapped=raw[at])
        return Query("lookup", (date,), None, None, 0.85, claim=claim)

    def _date_relation(self, said: list[str]) -> tuple[int, int, str] | None:
        """Where the one word or phrase that orders two events stands, its length, and
        the order it claims: before, after or same."""
        lexicon = self.vocab.lexicon
        phrases = find_phrases(said, lexicon.date_relations)
        if len(phrases) == 1:
            key, at = phrases[0]
            return at, len(key), lexicon.date_relations[key]
        if phrases:
            return None
        bounds = lexicon.year_bounds
        at = [i for i, w in enumerate(said) if w in bounds]
        if len(at) != 1 or at[0] == 0 or at[0] == len(said) - 1:
            return None
        return at[0], 1, bounds[said[at[0]]]

    def _event_sides(
        self, raw: list[str], at: int, size: int, relation: str
    ) -> tuple[list[str], list[str]]:
        """The words naming the first event and the second: either side of the ordering
        words, or, for "were A and B launched in the same year?", either side of "and"."""
        lexicon = self.vocab.lexicon
        openers = {w for phrase in lexicon.followup_openers for w in phrase}
        first = [w for w in raw[:at] if any(ch.isalnum() for ch in w)]
        second = [w for w in raw[at + size :] if any(ch.isalnum() for ch in w)]
        while first and (stem(first[0]) in lexicon.auxiliaries or stem(first[0]) in openers):
            first = first[1:]  # "did JD launch ..." -> "JD launch ...", "and Vip's ..."
        joined = [i for i, w in enumerate(first) if w.lower() in lexicon.pair_joiners]
        if relation == "same" and not second and len(joined) == 1:
            cut = joined[0]
            first, second = first[:cut], first[cut + 1 :]
        return first, second

    def _the_last_a_multiple_of(
        self, checked: Query | Refusal | None, a: Analysis, last: Frame | None
    ) -> Query | None:
        """ "Is that four times what went to other platforms?" right after the $3.44 billion
        to China: the multiple claimed is of the figure just given over the one named, not
        of the one named alone (which is no multiple of anything)."""
        if not isinstance(checked, Query) or checked.claim is None or not a.anaphora:
            return None
        if last is None or last.op is not None or len(last.facts) != 1:
            return None
        numbers = checked.claim.numbers
        if not numbers or any(figure.unit != "ratio" for figure in numbers):
            return None
        if checked.op is not None or len(checked.facts) != 1 or checked.facts == last.facts:
            return None
        facts = (last.facts[0], checked.facts[0])
        return replace(
            checked, facts=facts, op="ratio", intent="ratio", ordered=True, used_context=True
        )

    @staticmethod
    def _a_multiple_of_the_last(claim: Claim, last: Frame | None) -> bool:
        """ "So 20 times, right?" right after a ratio: only a multiple is claimed, and the
        last answer is the one multiple in view (not the 20 million buyers)."""
        return (
            last is not None
            and last.op == "ratio"
            and bool(claim.numbers)
            and all(figure.unit == "ratio" for figure in claim.numbers)
        )

    @cached_property
    def _giver_kinds(self) -> dict[str, frozenset[str]]:
        """Each source's kinds, as the words a question names givers by ("person", "firm")."""
        nouns = self.vocab.lexicon.organisation_nouns
        return {
            source.id: frozenset(w for kind in source.kinds for w in stems(kind) if w in nouns)
            for source in self.base.sources.values()
        }

    def _giver_of_the_kind_named(
        self, best: Reading, readings: list[Reading], a: Analysis
    ) -> Reading | None:
        """ "Which person talked about Alibaba's targets?": of the figures the words fit,
        one whose giver is of the kind the question names (Shen Difan, not Alibaba Group)."""
        every = frozenset().union(*self._giver_kinds.values())
        named = set(a.stems[a.context_until :]) & every
        if not named:
            return best

        def fits(reading: Reading) -> bool:
            source = self.base.facts[reading.facts[0]].source
            kinds = self._giver_kinds.get(source or "", frozenset())
            return not kinds or bool(named & kinds)

        if fits(best):
            return best
        return next(
            (r for r in readings if r.op is None and r.uncovered <= best.uncovered and fits(r)),
            None,
        )

    def _a_bound_on_the_last_share(self, claim: Claim, last: Frame | None) -> bool:
        """ "More than a third?" right after China's share of global e-commerce: a bound
        on a percentage, said with no words of its own, is about the share just given, not
        about whichever share of the article happens to equal it."""
        if last is None or not claim.numbers:
            return False
        if last.op is None:
            share = len(last.facts) == 1 and unit_of(self.base, self.base.facts[last.facts[0]])
            if share != PERCENT:
                return False
        elif last.op != "percent":
            return False
        return all(f.unit == PERCENT and f.relation != "exact" for f in claim.numbers)

    def _only_the_last(self, words: list[str], last: Frame | None) -> bool:
        """ "so that's", "it was": words that only point at the last answer, a date."""
        if last is None or last.op is not None or len(last.facts) != 1:
            return False
        if self.base.facts[last.facts[0]].unit != "year":
            return False
        lexicon = self.vocab.lexicon
        said = [stem(w.lower()) for w in words]
        pointing = [w for w in said if w in lexicon.pronouns - lexicon.possessive_pronouns]
        rest = [w for w in said if w not in pointing]
        fillers = lexicon.discourse_fillers | lexicon.auxiliaries
        return len(pointing) == 1 and all(w in fillers for w in rest)

    def _which_came_first(self, a: Analysis) -> Query | None:
        """ "Which came first, AliExpress or JD's cross-border platform?": both dates,
        as the years between them (the earlier is the one with the smaller year)."""
        said = a.stems[a.context_until :]
        lexicon = self.vocab.lexicon
        if not said or said[0] not in lexicon.question_words or a.years or a.ops or a.opinion:
            return None  # "which is better for a first store, X or Y?" asks a view
        links = [i for i, w in enumerate(said) if w in lexicon.either_links]
        if len(links) != 1 or not find_phrases(said, lexicon.earlier_asks):
            return None
        cut = links[0]
        raw = a.raw[a.context_until :]
        named = [s for s in said[:cut] if s in self.vocab.naming]
        if not named or cut == len(said) - 1:
            return None
        dates = [self._date_named(words) for words in ([named[-1]], raw[cut + 1 :])]
        if None in dates:
            return None
        years = {int(self.base.facts[f].value) for f in dates}  # type: ignore[arg-type]
        if len(set(dates)) != 2 or len(years) != 2:
            return None  # the same event, or the same year: no order to give
        return Query("difference", tuple(dates), "years-between", None, 0.85)

    def _a_span_elsewhere(self, found: Query | Refusal) -> bool:
        """A span of years found, or a figure where a span is asked: the two sides the
        question names, each dated, say which span ("the 2016 cross-border figure and the
        forecast year": 2016 to 2018, not a 2016 statement to the article's own year)."""
        if not isinstance(found, Query):
            return False
        if found.op in ("years-between", "years-to-year"):
            return True
        return found.op is not None and not any(
            self.base.facts[f].unit in ("year", "years") for f in found.facts
        )

    def _years_between_said(self, a: Analysis) -> Query | None:
        """ "How many years passed between China overtaking the US and the 2016 data?", "JD
        came how many years after AliExpress?": a span asked, and its two sides, parted by
        "between ... and", "after", "when" and the like, each name one dated thing (an event
        the article dates, a figure of a year, or a year typed alone). None unless exactly
        two sides are dated, in different years."""
        lexicon = self.vocab.lexicon
        if a.expects != "duration" or a.checking or a.claimed or a.turn_from:
            return None
        start = a.context_until
        said, raw = a.stems[start:], a.raw[start:]
        asking = {k for k, kind in lexicon.expects.items() if kind == "duration"}
        cut = {at + i for key, at in find_phrases(said, asking) for i in range(len(key))}
        cut |= {i for i, w in enumerate(said) if w in lexicon.span_separators}
        sides: list[list[int]] = [[]]
        for i in range(len(said)):
            if i in cut:
                sides.append([])
            else:
                sides[-1].append(i)
        dates = []
        quiet = lexicon.function_words | lexicon.time_passing | lexicon.question_words
        quiet -= lexicon.forecast_nouns  # "and the forecast year": a side of its own
        named = [side for side in sides if not all(said[i] in quiet for i in side)]
        for side in named:
            dates.append(self._dated_side([said[i] for i in side], [raw[i] for i in side]))
        if len(dates) == 2 and dates.count(None) == 1:
            # "the 2016 cross-border figure and the forecast year": the side that names no
            # subject of its own is of the other side's ("the cross-border forecast")
            lone, other = (0, 1) if dates[0] is None else (1, 0)
            side = named[lone] + [i for i in named[other] if not is_number(said[i])]
            dates[lone] = self._dated_side([said[i] for i in side], [raw[i] for i in side])
        if len(dates) != 2 or None in dates:
            return None
        (first, early), (second, late) = dates  # type: ignore[misc]
        if early == late or (first is None and second is None):
            return None
        if first is not None and second is not None:
            if first == second:
                return None
            return Query("difference", (first, second), "years-between", None, 0.8)
        fact, typed = (first, late) if first is not None else (second, early)
        return Query("difference", (fact,), "years-to-year", None, 0.8, amount=(str(typed), "year"))

    def _dated_side(self, words: list[str], raw: list[str]) -> tuple[str | None, int] | None:
        """One side of a span: a year typed alone ("the 2016 data") as (None, 2016), or the
        one dated thing its words name (JD's cross-border launch) as (its id, its year)."""
        lexicon = self.vocab.lexicon
        years = [int(w) for w in words if is_number(w) and len(w) == 4 and w.isdigit()]
        plain = lexicon.function_words | lexicon.value_words | lexicon.time_passing
        rest = [w for w in words if w not in plain and not is_number(w)]
        if len(years) == 1 and all(w in lexicon.date_words for w in rest):
            # "the 2016 figures", "the year 2016"; a year the article has nothing of (2030)
            # is no date of its own
            return (None, years[0]) if years[0] in self._years_known else None
        found = self.interpret(analyse(f"when {' '.join(raw)}", self.vocab, self.known_numbers))
        if not isinstance(found, Query) or found.op is not None or len(found.facts) != 1:
            return None
        fact = self.base.facts[found.facts[0]]
        year = int(fact.value) if fact.unit == "year" else fact.year  # type: ignore[arg-type]
        return None if year is None else (fact.id, year)

    @cached_property
    def _years_known(self) -> frozenset[int]:
        """Every year the article has a figure of, or dates an event in."""
        known = {f.year for f in self.base.facts.values() if f.year is not None}
        known |= {
            int(f.value)
            for f in self.base.facts.values()
            if f.unit == "year" and isinstance(f.value, Decimal)
        }
        return frozenset(known)

    def _date_named(self, words: list[str]) -> str | None:
        """The one dated event words name: "JD's cross-border platform" (its launch), or a
        subject alone with a single date ("AliExpress": set up in 2010)."""
        asked = analyse(f"when {' '.join(words)}", self.vocab, self.known_numbers)
        found = self.interpret(asked)
        if isinstance(found, Query):
            one = found.op is None and len(found.facts) == 1
            return (
                found.facts[0] if one and self.base.facts[found.facts[0]].unit == "year" else None
            )
        return self._only_date_of(asked)

    def _what_it_became(self, a: Analysis) -> Query | None:
        """ "What did China become in 2016, according to the trade report?": what the
        article says a subject rose to be, the statement that names the subject as its
        value (the most popular destination) or the date it became so (the largest online
        retail market, 2013), one of them picked by the year or the source the question
        names. None when no such statement, or more than one, fits."""
        lexicon = self.vocab.lexicon
        said = a.stems[a.context_until :]
        if a.ops or a.claimed or a.checking or a.expects not in (None, "text", "subject"):
            return None
        if not said or said[0] not in lexicon.become_asks:
            return None  # "what did ..." only; "when did China become ..." asks a date
        at = next((i for i, s in enumerate(said) if s in lexicon.becoming_verbs), None)
        if at is None or at == 0 or said[at - 1] not in self.vocab.naming:
            return None  # the subject names itself right before the verb
        subjects = self.vocab.naming[said[at - 1]]
        subjects_said = set().union(*(self.vocab.names_of[e] for e in subjects))
        found = []
        for fact in self.base.facts.values():
            if fact.entity not in subjects or fact.formula is not None:
                continue
            becomes = set(stems(fact.measure or "")) & lexicon.becoming_verbs
            # a statement whose value is the subject's name itself ("China"), not one that
            # mentions it among other words
            value = [w for w in stems(str(fact.value)) if w not in lexicon.function_words]
            itself = fact.is_text and bool(value) and all(w in subjects_said for w in value)
            if fact.unit == "year" and becomes or itself:
                found.append(fact)
        typed = set(a.years)
        if typed:
            found = [f for f in found if typed & {*years_in(str(f.value)), *f.period_years}]
        names = self._names_of_sources
        cited = [f for f in found if find_phrases(said, names.get(f.source or "", frozenset()))]
        found = cited or found
        return Query("lookup", (found[0].id,), None, None, 0.85) if len(found) == 1 else None

    @cached_property
    def _names_of_sources(self) -> dict[str, frozenset[tuple[str, ...]]]:
        """What each source goes by, name, aliases and kinds ("the report", "PayPal", "the
        ministry"), as the stem phrases a question may say (built once: the phrase search
        keeps an index per table)."""
        return {
            source.id: frozenset(
                tuple(stems(text))
                for text in (source.name, *source.aliases, *source.kinds)
                if stems(text)
            )
            for source in self.base.sources.values()
        }

    def _claim_named_for_its_source(self, question: str) -> str:
        """ "who reported the 4.3 billion?" then "And that China's been the largest online
        retail market since 2013?" or "and the claim that ...?": a statement named after
        "and" while sources are asked asks whose it is, as "who says that ...?" would; not
        whether it holds, which an auxiliary first or a "right?" last would ask."""
        lexicon = self.vocab.lexicon
        said = stems(question)
        opening = find_phrases(said[:2], lexicon.followup_openers)
        if not opening or opening[0][1] != 0:
            return question
        rest = said[len(opening[0][0]) :]
        that = rest.index("that") if "that" in rest[:3] else None
        if that is None or that and rest[0] != "the":  # "that", "the claim that"
            return question
        claim = rest[that + 1 :]
        if (
            not claim
            or claim[0] in lexicon.figure_nouns  # "and that figure was Yandex's?": a claim
            or is_number(claim[0])
            or not statement_order(claim, lexicon)
            or ending_length(claim, lexicon.yes_no_tails)
            or tagged(question)
        ):
            return question
        found = re.search(r"\bthat\b", question, re.IGNORECASE)
        return f"who says that {question[found.end() :].strip()}" if found else question

    def _year_of_a_figure_quoted(self, checked: Query | Refusal | None, a: Analysis) -> bool:
        """A figure quoted with a year asked and no yes-or-no opener ("the target year for 2
        billion consumers?"): the figure says which fact, the question asks its year."""
        if not (isinstance(checked, Query) and checked.claim is not None):
            return False
        if a.expects != "year" or a.claimed or self._opens_a_yes_no(a):
            return False
        lexicon = self.vocab.lexicon
        said = a.stems[a.context_until :]
        opened = any(at == 0 for _, at in find_phrases(said, lexicon.yes_no_openers))
        if opened or any(said[-len(t) :] == list(t) for t in lexicon.yes_no_tails):
            return False  # "true or false: ... by April 10 of the article's year"
        claim = checked.claim
        return bool(claim.numbers) and not claim.years

    def _opens_a_yes_no(self, a: Analysis) -> bool:
        """ "Is that more than ...?", "does it ...?": an auxiliary first asks yes or no;
        "so per country?" does not."""
        said = a.stems[a.context_until :]
        return bool(said) and said[0] in self.vocab.lexicon.auxiliaries

    def _years_to_a_typed_year(self, a: Analysis, frame: Frame | None = None) -> Query | None:
        """ "How many years before 2016 did China become the largest online retail
        market?", "how long ago did JD launch it, counting from 2017?": the years between
        an event the article dates and a year the user types after "before", "after",
        "from" or "since", when no figure of the article is of that year's event."""
        typed = {at: y for at, y in a.year_at.items() if at >= a.context_until}
        if a.checking or len(typed) != 1:
            return None
        said = a.stems[a.context_until :]
        spans = [
            key
            for key, kind in self.vocab.lexicon.expects.items()
            if kind == "duration" and tuple(said[: len(key)]) == key
        ]
        if a.expects != "duration" and not spans:
            return None  # "how many years before 2016 ...": a span, read as a difference
        at, year = next(iter(typed.items()))
        lexicon = self.vocab.lexicon
        if not at or not (
            a.stems[at - 1] in lexicon.year_bounds or a.stems[at - 1] in lexicon.span_links
        ):
            return None
        if a.stems[at - 1] in lexicon.event_year_links and at < min(a.expects_span, default=at):
            return None  # "since JD launched it in 2010, how old is it?": the event's own
            # year as the user states it, not the end of the span asked
        plain = replace(
            a,
            years=[],
            year_at={},
            year_span=set(),
            expects="year",
            ops=[],
            lexical=a.lexical
            | {at - 1, at}
            | a.expects_span
            | set(range(a.context_until, a.context_until + max(map(len, spans), default=0))),
            ignored_at=a.ignored_at | {at},
        )
        found = self.interpret(plain)
        if not isinstance(found, Query) and a.anaphora and frame is not None:
            # "how many years before 2016 was that?" after the year China became the largest
            found = frame.again(None, 0.85) if len(frame.facts) == 1 else found
        if not isinstance(found, Query) or found.op is not None or len(found.facts) != 1:
            return None
        fact = self.base.facts[found.facts[0]]
        if fact.unit != "year" or int(fact.value) == year:  # type: ignore[arg-type]
            return None  # only an event the article dates by its year is set against it
        if a.stems[at - 1] in lexicon.span_end_links and fact.source == "article":
            return None  # "by 2016 how many years had it held the spot?": not since 2017
        return Query(
            "difference", found.facts, "years-to-year", None, 0.85, amount=(str(year), "year")
        )

    def _a_share_for_money(self, a: Analysis, leaning: Query) -> bool:
        """A percentage read for a turn that names a currency and no percentage."""
        if a.currency is None or a.percent_named or leaning.claim is not None:
            return False
        if leaning.intent in ("growth", "percent", "cagr"):
            return True
        return leaning.op is None and all(
            unit_of(self.base, self.base.facts[f]) == "%" for f in leaning.facts
        )

    def _money_for_a_count(self, a: Analysis, leaning: Query) -> bool:
        """A count (users, zones) read for a turn that asks for money by name ("how much
        money", "what revenue"): the last answer's subject, but not the figure asked."""
        if leaning.claim is not None or leaning.op not in (None, "difference", "sum"):
            return False
        if not set(a.stems[a.context_until :]) & self.vocab.lexicon.money_nouns:
            return False
        return unit_of(self.base, self.base.facts[leaning.facts[0]]) not in ("USD", "CNY")

    def _operand_from_old_words(self, a: Analysis, leaning: Query, frame: Frame | None) -> bool:
        """A growth of the last figure over another figure, read with an earlier turn's
        words, when no word of this turn names that other figure (and not the last)."""
        if frame is None or leaning.claim is not None or len(leaning.facts) != 2:
            return False
        if leaning.op != "growth" or not set(leaning.facts) & set(frame.facts):
            return False  # a growth of the last figure over another, not asked by name
        first, second = leaning.facts
        if self.base.facts[first].entity == self.base.facts[second].entity and (
            self.base.series(self.base.facts[first]) == self.base.series(self.base.facts[second])
        ):
            return False  # the same measure in two years: a change over time
        said = set(self._content(a))
        for fact_id, other in ((first, second), (second, first)):
            if fact_id in frame.facts or fact_id not in self.vocab.terms:
                continue
            own = (
                self.vocab.terms[fact_id].all
                - self.vocab.terms.get(other, self.vocab.terms[fact_id]).all
            )
            if not own & said:
                return True
        return False

    def _keeps_old_subject(self, a: Analysis, leaning: Query, frame: Frame | None) -> bool:
        """A turn that names a new subject, answered with figures of none of the subjects
        it names."""
        if frame is None or not self._switches_subject(a, frame):
            return False
        named = self.vocab.subjects_named(a.stems)
        entities = self.base.entities
        about = {self.base.facts[f].entity for f in leaning.facts}
        about |= {entities[e].parent for e in about if e in entities and entities[e].parent}
        if named & about:
            return False
        said = {s for i, s in enumerate(a.stems) if named & set(self.vocab.naming.get(s, ()))}
        own = set().union(
            *(self.vocab.terms[f].measure for f in leaning.facts if f in self.vocab.terms)
        )
        return not said & own  # "and what % of the whole world was that": China's share of it

    def _switches_subject(self, a: Analysis, frame: Frame) -> bool:
        """Does the turn name a subject the last answer was not about ("and JD's?")?"""
        named = self.vocab.subjects_named(a.stems)
        last = {self.base.facts[f].entity for f in frame.facts}
        return bool(named) and not named & last

    def _buyers_unsaid(self, a: Analysis) -> bool:
        """ "How much did they spend?" as a first question: "they" points to buyers nobody
        has named yet (Russians? Chinese shoppers?), and no other word says whose spending.
        The article's main subject is no answer to a pronoun."""
        lexicon = self.vocab.lexicon
        s = a.stems
        raw = a.raw if len(a.raw) == len(s) else s
        pointing, pronoun = False, False
        for i, w in enumerate(raw[:-1]):
            # "did they spend", "did those guys spend", "did people spend"
            at = i
            if w in lexicon.vague_people_determiners and raw[i + 1] in lexicon.vague_people:
                at = i + 1
            if at >= len(s) - 1:
                continue
            who = raw[at]
            if (
                (who in lexicon.subject_pronouns or who in lexicon.vague_people)
                and s[at + 1] in lexicon.buyer_verbs
                and (i == 0 or s[i - 1] in lexicon.auxiliaries)  # not "people who say they buy"
            ):
                pointing, pronoun = True, who in lexicon.subject_pronouns
                break
            if w in lexicon.passive_auxiliaries and s[i + 1] in lexicon.buyer_verbs:
                pointing = True  # "how much WAS SPENT?": by whom, nobody says
                break
        if not pointing or self.vocab.subjects_named(s):
            return False
        if not pronoun and self.vocab.entities_named(s):
            return False  # "how much money was spent online in China?": the Chinese
        # "how much did they spend on foreign sites?": only Russians' figures say both
        pointer = {s[j] for j in range(i, at + 1)}
        users = [
            self.vocab.measure_users.get(w, set()) for w in self._content(a) if w not in pointer
        ]
        return len(set.intersection(*users) if users else set()) > 1

    def _tells_only(self, question: str, a: Analysis) -> bool:
        """ "Hi! I'm writing a report on Chinese e-commerce": the user says who they are or
        what they do, and asks nothing yet. Its topic words would find a figure; answering
        with it would answer a question nobody asked."""
        lexicon = self.vocab.lexicon
        if question.rstrip().endswith("?") or a.ops or a.expects:
            return False
        said = a.stems
        at = 0
        while size := leading_phrase(said[at:], lexicon.greetings):
            at += size
        if not leading_phrase(said[at:], lexicon.self_statements):
            return False
        if set(said) & lexicon.question_words:
            return False
        return not any(leading_phrase(said[i:], lexicon.request_words) for i in range(len(said)))

    @cached_property
    def _rewritten_phrases(self) -> frozenset[tuple[str, ...]]:
        """Phrases of more than one word the lexicon rewrites ("vice versa")."""
        return frozenset(key for key in self.vocab.lexicon.rewrites if len(key) > 1)

    def _rewritten_phrase_words(self, question: str) -> set[str]:
        """Words of a phrase the lexicon rewrites, typed whole ("vice versa"): English read as
        a phrase, though no dictionary lists its words alone."""
        said = re.findall(r"[^\W\d_]+", question.lower())  # as typed, before any rewrite
        return {w for key, _ in find_phrases(said, self._rewritten_phrases) for w in key}

    def _read_latin(self, question: str) -> str:
        """A question typed in another language's Latin spelling ("skolko potratili
        rossiyane"), rewritten into English when every word of it can be read."""
        known = self.vocab.known
        phrased: set[str] = set()  # "vice versa": English, read as a phrase

        def keep(word: str) -> bool:
            return stem(word.lower().replace("-", "")) in known or word.lower() in phrased

        odd = [
            w
            for w in re.findall(r"[^\W\d_]{2,}", question)
            if not keep(w) and not is_english(w.lower())
        ]
        if not odd:
            return question  # every word is English or the fact base's: no language to load
        phrased.update(self._rewritten_phrase_words(question))
        odd = [w for w in odd if not keep(w)]
        if not odd:
            return question
        for language in languages():
            theirs = read_in_latin_script(question, language, keep)
            if theirs is not None and not theirs.unknown and theirs.text:
                return theirs.text  # "¿Cuánto gastaron los rusos en 2016?"
            spelled = read_latin(question, language, keep)
            if spelled is not None:
                rewritten = language.rewrite(spelled)
                if not rewritten.unknown and rewritten.text:
                    return rewritten.text
        return self._mixed_words(question, odd)

    def _mixed_words(self, question: str, odd: list[str]) -> str:
        """ "the cross-border volume en China in 2016?", "cuántos respondents": an English
        question with a word or two of a language factbot reads (in Latin letters), each
        put in English as that language's file says; a word no file reads stays."""
        parts = SENTENCE_END.split(question.strip())
        asking = parts[-1] if parts[-1].strip() else question
        before = question[: question.rfind(asking)] if asking in question else ""
        for word in dict.fromkeys(odd):
            for language in languages():
                if language.script != "LATIN":
                    continue
                rewritten = language.rewrite(word)
                if not rewritten.unknown:  # "hola" reads as nothing: a greeting
                    pattern = rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])"
                    asking = re.sub(pattern, rewritten.text, asking)
                    break
        # only the asking sentence: a foreign word in a sentence before it stays foreign,
        # and is judged as one ("JD has a versión en español? when was it launched?")
        return before + asking

    def _another_of_its_figures(
        self, a: Analysis, alone: Query | Refusal, frame: Frame | None
    ) -> bool:
        """ "And the overseas buyers?" after AliExpress's countries: read alone, another
        figure of the same subject that the turn's words name in full, not the last one."""
        if not isinstance(alone, Query) or frame is None or alone.op is not None:
            return False
        if set(alone.facts) & set(frame.facts):
            return False
        facts = self.base.facts
        if any(facts[f].of in frame.facts for f in alone.facts) or any(
            facts[f].of in alone.facts for f in frame.facts
        ):
            return False  # "and what share went to China?": a part of the last, read with it
        topic = {facts[f].entity for f in frame.facts}
        if any(topic.isdisjoint(self.verifier.family(facts[f].entity)) for f in alone.facts):
            return False  # (AliExpress's target after Alibaba's 2025 aim is of the family)
        content = set(self._content(a))
        terms = self.vocab.terms[alone.facts[0]]
        # "and China's e-commerce total?" after China's share of the world's: the subject's
        # own name says whose; the rest names the figure
        own = facts[alone.facts[0]].entity
        content = {w for w in content if own not in self.vocab.naming.get(w, ())}
        return bool(content) and any(content <= phrase for phrase in terms.phrases)

    def _whole_spread(self, a: Analysis, alone: Query | Refusal, frame: Frame | None) -> bool:
        """ "And how many respondents per country?" after those who shopped on Chinese
        sites: the turn names the whole the last figure is a share of, by that whole's own
        measure, so the whole is spread, not the part the last question's words name."""
        if not isinstance(alone, Query) or alone.op != "per_unit" or frame is None:
            return False
        if frame.op is not None or len(frame.facts) != 1:
            return False
        formula = self.base.facts[frame.facts[0]].formula
        if formula is None or formula.op != "share_of" or formula.args[1] != alone.facts[0]:
            return False
        named = set(self._content(a)) - self.vocab.terms[alone.facts[1]].measure
        return bool(named) and named <= self.vocab.terms[alone.facts[0]].measure

    def _same_subject(
        self, a: Analysis, alone: Query, frame: Frame, previous: list[str]
    ) -> tuple[Query, Analysis] | None:
        """A question that names no subject, read alone about another subject than the
        conversation's: the reading about the conversation's subject, if there is one."""
        named = self.vocab.entities_named(a.stems)
        if named - {self.vocab.default_entity}:
            return None
        topic = self.base.facts[frame.facts[0]].entity
        if any(self.base.facts[f].entity == topic for f in alone.facts):
            return None
        own = named & {self.base.facts[f].entity for f in alone.facts}
        if own and not self._named_as_a_measure(a, own, topic):
            return None  # "and China's total e-commerce?" after the global volume: named
        for merged in merges(a, previous, self.vocab, self.known_numbers, topic):
            self._shift_year(merged, None)
            leaning = self.interpret(merged, used_context=True)
            if self._own_measure_left_out(a, alone, leaning):
                return None  # "the consultancy behind the online shopping data?": China's
            if isinstance(leaning, Query) and all(
                self.base.facts[f].entity == topic for f in leaning.facts
            ):
                return leaning, merged
        return None

    def _another_by_a_measure_word(self, a: Analysis, checked: Query, last: Frame) -> bool:
        """ "Is the Chinese share more than three quarters?" after the Russians' spending:
        read alone it is China's share of global e-commerce, but "Chinese" is a word of the
        Russians' own figures (spending on Chinese platforms), so the claim is about them."""
        topic = self.base.facts[last.facts[0]].entity
        if any(self.base.facts[f].entity == topic for f in checked.facts):
            return False
        named = self.vocab.entities_named(a.stems)
        return bool(named) and topic not in named and self._named_as_a_measure(a, named, topic)

    def _named_as_a_measure(self, a: Analysis, entities: set[str], topic: str) -> bool:
        """ "How much went to Chinese platforms?" after the Russians' spending: "Chinese" is
        a word of one of their own figures (spending on Chinese platforms), so it names what
        they spent on, not China as the subject asked about."""
        words = [s for s in a.stems if set(self.vocab.naming.get(s, ())) & entities]
        measures = self._measure_words_of.get(topic, frozenset())
        return bool(words) and all(s in measures for s in words)

    @cached_property
    def _measure_words_of(self) -> dict[str, frozenset[str]]:
        """Entity -> every word of its figures' measures."""
        words: dict[str, set[str]] = {}
        for fact_id, measure in self.measure_stems.items():
            words.setdefault(self.base.facts[fact_id].entity, set()).update(measure)
        return {entity: frozenset(found) for entity, found in words.items()}

    def _since_when(self, a: Analysis) -> bool:
        """ "Since when", "since what year": when a state began is asked."""
        said = a.stems[a.context_until :]
        since, asking = self.vocab.lexicon.since_words, self.vocab.lexicon.question_words
        return any(s in since and nxt in asking for s, nxt in zip(said, said[1:], strict=False))

    def _began_unsaid(self, fact: Fact, a: Analysis) -> bool:
        """A statement asked when it began, by an event verb ("appointed", "hired")."""
        if a.years:
            return False
        lexicon = self.vocab.lexicon
        own = self.vocab.terms[fact.id].all if fact.id in self.vocab.terms else frozenset()
        for s, raw in zip(a.stems[a.context_until :], a.raw[a.context_until :], strict=False):
            if s in lexicon.state_verbs or s in own or s in self.names:
                continue
            if set(parts_of_speech(raw)) == {VERB}:
                return True  # "appointed", "hired": an event the article does not date
        return False

    def _other_operand(
        self, a: Analysis, alone: Query | Refusal, frame: Frame | None
    ) -> Query | None:
        """ "What fraction of total e-commerce is that?" then "and online shopping?": the
        same computation with the figure the turn names in place of the first one. Only
        for a short turn that names one figure of the same kind and asks nothing new."""
        if frame is None or frame.op not in ("percent", "ratio", "difference"):
            return None
        connectors = self.vocab.lexicon.connectors
        # "and than cross-border volume?", "and compared with it?": the other side named anew
        other_side = self.vocab.lexicon.other_side_connectors
        against = any(s in other_side for s in a.stems[a.context_until :][1:2])
        joined = all(a.stems[i] in connectors for i in a.op_span)
        if len(frame.facts) != 2 or not a.opener or a.ops and not joined or a.years:
            return None
        if a.expects and not a.expects_weak:
            return None
        if against:  # the side named, read without the word that sets it against the other
            alone = self.interpret(self._without_connectors(a))
        if not isinstance(alone, Query) or alone.op is not None or len(alone.facts) != 1:
            return None
        if against and alone.facts[0] == frame.facts[1]:
            # "and versus online shopping?" after total e-commerce against online shopping:
            # the comparison just made, not online shopping against some other figure
            return Query(frame.op, frame.facts, frame.op, frame.currency, 0.8, used_context=True)
        if len(self._content(a)) > 3 or alone.facts[0] in frame.facts:
            return None
        new, (old, other) = alone.facts[0], frame.facts
        if against and unit_of(self.base, self.base.facts[new]) == unit_of(
            self.base, self.base.facts[other]
        ):
            return Query(frame.op, (old, new), frame.op, frame.currency, 0.8, used_context=True)
        values = [self.computed_value(f) for f in frame.facts]
        whole_named = False
        if None not in values and values[0] != values[1]:
            # the figures were compared bigger to smaller (part to whole); the turn's own
            # figure replaces the smaller one ("and online shopping?" after cross-border's
            # share of total e-commerce), or the whole when it says "of" ("and of retail?")
            smaller = 0 if values[0] < values[1] else 1
            whole_named = frame.op == "percent" and "of" in a.stems[a.context_until :]
            replaced = 1 - smaller if whole_named else smaller
            old, other = frame.facts[replaced], frame.facts[1 - replaced]
        if unit_of(self.base, self.base.facts[new]) != unit_of(self.base, self.base.facts[old]):
            return None
        if whole_named:  # the part stays the part, whichever is bigger
            return Query(
                "percent", (other, new), "percent", None, 0.8, used_context=True, ordered=True
            )
        return Query(frame.op, (new, other), frame.op, frame.currency, 0.8, used_context=True)

    def _share_of_another_whole_next(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "What share of total e-commerce is that?" (cross-border's), then "and what share
        of global e-commerce?": the same part, of the whole this turn names. Only a turn
        that opens with "and", asks a share of one figure, and names no year or part."""
        if frame is None or frame.op != "percent" or len(frame.facts) != 2 or not a.opener:
            return None
        if a.years or a.anaphora:
            return None
        lexicon = self.vocab.lexicon
        own = a.stems[a.context_until :]
        at = next(
            (
                i
                for i, w in enumerate(own)
                if w in lexicon.share_words and own[i + 1 : i + 2] == ["of"]
            ),
            None,
        )
        if at is None:
            return None
        tail = [w for w in own[at + 2 :] if w not in lexicon.function_words]
        if not tail or len(tail) > 3 or any(is_number(w) for w in tail):
            return None  # (a figure typed for the whole is read by the other paths)
        named = self.interpret(analyse(" ".join(own[at + 2 :]), self.vocab, self.known_numbers))
        if not isinstance(named, Query) or named.op is not None or len(named.facts) != 1:
            return None
        split = self.verifier.part_and_whole(frame.facts)
        if split is None:
            return None
        part, whole = split[0], named.facts[0]
        if whole in frame.facts or unit_of(self.base, self.base.facts[whole]) != unit_of(
            self.base, self.base.facts[part]
        ):
            return None
        return Query(
            "percent", (part, whole), "percent", None, 0.8, used_context=True, ordered=True
        )

    def _times_another_figure(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "How many times the online shopping figure is that?" (total e-commerce over
        online shopping), then "and how many times the cross-border figure?": the same
        figure over the one the turn names, which takes the place of the one divided by."""
        if frame is None or frame.op != "ratio" or len(frame.facts) != 2 or not a.opener:
            return None
        if a.op_names != ["ratio"] or a.years:
            return None
        end = max(a.op_span, default=a.ops[0][1]) + 1
        named = self.interpret(analyse(" ".join(a.raw[end:]), self.vocab, self.known_numbers))
        if not isinstance(named, Query) or named.op is not None or len(named.facts) != 1:
            return None
        new = named.facts[0]
        if new in frame.facts:
            return None
        if frame.ordered:  # "the ratio of A to B": A is the figure set against the others
            kept = frame.facts[1] if frame.inverted else frame.facts[0]
        else:  # the bigger over the smaller: the smaller was the one divided by
            values = [self.computed_value(f) for f in frame.facts]
            if None in values or values[0] == values[1]:
                return None
            kept = frame.facts[0] if values[0] > values[1] else frame.facts[1]
        if unit_of(self.base, self.base.facts[new]) != unit_of(self.base, self.base.facts[kept]):
            return None
        return Query("ratio", (kept, new), "ratio", frame.currency, 0.8, used_context=True)

    def _without_connectors(self, a: Analysis) -> Analysis:
        connectors = self.vocab.lexicon.connectors
        kept = [r for r, s in zip(a.raw, a.stems, strict=False) if s not in connectors]
        return analyse(" ".join(kept), self.vocab, self.known_numbers)

    def _whole_for_a_share(self, best: Reading, a: Analysis) -> Reading | Refusal | None:
        """ "What's 14% of total retail?" found total retail, the whole implied by online
        shopping being 14% of it: the answer is that part, when the share quoted is the
        article's; another share of it is no figure the article gives."""
        if "share_of" not in a.op_names or best.op is not None or len(best.facts) != 1:
            return None
        formula = self.base.facts[best.facts[0]].formula
        if formula is None or formula.op != "implied_whole":
            return None
        part, share = formula.args
        at = next(at for op, at in a.ops if op == "share_of")
        asking = self.vocab.lexicon.question_words
        before = set(a.stems[max(a.context_until, at - 4) : at])
        if not before & asking or set(a.stems[at + 1 :]) & asking:
            return None  # "4.7tn is 14% of total retail, so what's total retail?": a premise
        after = set(a.stems[at + 1 : at + 6]) - self.vocab.lexicon.function_words
        if not after & self.vocab.terms[best.facts[0]].measure:
            return None  # "online shopping is 14% of it": the whole is what is asked
        quoted = {s for s in a.stems[a.context_until :] if is_number(s)}
        if quoted & typed_numbers(self.base.facts[share]):
            return Reading((part,), None, "lookup", frozenset(), best.score, best.order)
        return Refusal("unsupported", near=(best.facts[0], part))

    def _share_of_its_whole(self, best: Reading, a: Analysis) -> Reading | None:
        """ "What part of Russian money did not go to Chinese sites, in percent?": the rest,
        named by a negation, set against a figure the words after "part of" do not name,
        when those words name the rest's own whole: the rest as a share of that whole (20%,
        not 25% of the Chinese part, nor 0.1% of China's cross-border volume)."""
        if best.op != "percent" or len(best.facts) != 2:
            return None
        part, other = best.facts
        whole = whole_of(self.base, part)
        if whole is None or whole == other or "not" not in self._measure_stems(part):
            return None  # only the rest, named by a negation ("did not go to China")
        lexicon = self.vocab.lexicon
        sibling = whole_of(self.base, other) == whole  # the Chinese part beside the rest
        if sibling and find_phrases(a.stems[a.context_until :], lexicon.removing_words):
            # "what share is left of the spending once you take out the Chinese part?": the
            # part taken out is no base of the share
            return Reading((part, whole), "percent", "percent", frozenset(), best.score, best.order)
        tails = share_tails(a, lexicon)
        if len(tails) != 1:
            return None
        ends = lexicon.state_verbs | {"not"}
        end = next((i for i, w in enumerate(tails[0]) if w in ends), len(tails[0]))
        if "not" not in tails[0][end : end + 3]:
            return None
        tail = {w for w in tails[0][:end] if w not in lexicon.function_words}
        own = set(self._measure_stems(other)) - set(self._measure_stems(whole))
        names_other = tail & own if sibling else tail <= self.vocab.terms[other].all
        if tail and tail <= self.vocab.terms[whole].all and not names_other:
            return Reading((part, whole), "percent", "percent", frozenset(), best.score, best.order)
        return None

    def _names_only_its_subject(self, a: Analysis, last: Frame) -> bool:
        """Does the turn name nothing but the last answer's subject ("is China more than a
        third?" after China's share of global e-commerce, or after the rest of it)?"""
        if last.op not in (None, "complement"):
            return False  # a computation of two figures has no one subject
        entity = self.base.facts[last.facts[0]].entity
        # the figure claimed ("50 percent") is no name
        content = [s for s in self._content(a) if not is_number(s) and s not in UNIT_WORDS]
        return bool(content) and all(entity in self.vocab.naming.get(s, ()) for s in content)

    def _content_beyond_a_source(self, a: Analysis) -> bool:
        """Does the turn name a figure's subject or measure, not only who gave it?"""
        lexicon = self.vocab.lexicon
        return any(
            s in self.vocab.known
            and s not in lexicon.attribution_cues
            and s not in self.source_names
            for s in self._content(a)
        )

    def _two_dates_back(self, question: str, context: dict | None) -> Understanding | None:
        """ "When was AliExpress set up?", "and JD's platform?", then "years between?": the
        years between the last two dates given, when the turn names nothing else."""
        last = Frame.from_memory((context or {}).get("last"), self.base)
        before = Frame.from_memory((context or {}).get("before"), self.base)
        if last is None or before is None or last.op is not None or before.op is not None:
            return None
        if len(last.facts) != 1 or len(before.facts) != 1:
            return None
        dates = (before.facts[0], last.facts[0])
        if not all(self._dated(f) for f in dates):
            return None  # only after two dated events (a launch, the 2015 guideline's
            # target) is the question read a second time
        if self._event_year(dates[0]) == self._event_year(dates[1]):
            return None
        english = self._readable(question)  # "Сколько лет между этими событиями?"
        if isinstance(english, Refusal):
            return None
        a = analyse(english, self.vocab, self.known_numbers)
        if a.expects != "duration" or a.years:
            return None
        if set(self._content(a)) - self.vocab.lexicon.event_nouns:
            return None  # "these events", "the two dates": the dates just given
        query = Query("difference", dates, "years-between", None, 0.8, used_context=True)
        last_frame = Frame(dates, "years-between", None).to_memory()
        memory = {"stems": [], "last": last_frame, "asked": "year"}  # dates are compared
        return Understanding(query, memory)

    def _pointed_into_last_two(
        self, a: Analysis, frame: Frame | None, before: Frame | None
    ) -> tuple[str, set[int]] | None:
        """The figure the words after the one pronoun name, of the last answer's figures or,
        when the last two answers gave one figure each, of those two: "that overseas goal"
        after the overseas consumers, then all of them, is the overseas one."""
        pointed = self._pointed_into(a, frame)
        if pointed is not None or frame is None or before is None:
            return pointed
        if frame.op is not None or before.op is not None:
            return None
        if len(frame.facts) != 1 or len(before.facts) != 1 or frame.facts == before.facts:
            return None
        return self._pointed_into(a, Frame((before.facts[0], frame.facts[0])))

    def _against_last(
        self, a: Analysis, alone: Query | Refusal, frame: Frame | None, before: Frame | None = None
    ) -> Query | Refusal:
        """ "Total e-commerce in 2016?" then "cross-border as a share of that?": one figure
        the turn names, set against the one just given ("that", "it"), in the order said."""
        ops = [(op, at) for op, at in a.ops if op in ("percent", "ratio", "growth")]
        if frame is None or len(ops) != 1:
            return alone
        pronouns = self.vocab.lexicon.pronouns
        pointing = self._pointing(a)
        pointed = self._pointed_into_last_two(a, frame, before)
        same_base = self._same_base(a, frame)
        operands = frame.facts  # the figures the last answer was computed from
        if pointed is not None:  # "that overseas figure" after overseas as a share of all
            frame, named_there = replace(frame, facts=(pointed[0],), op=None), pointed[1]
        elif same_base:  # "active users as a percent of those buyers", then "and purchasers
            # as a percent of them?": of the same buyers
            frame, named_there = replace(frame, facts=frame.facts[1:], op=None), set()
        elif frame.op is not None and filed_as(self.base, frame.op, frame.facts):
            # "and the rest?" computed, then "how many times smaller is that than ...?": the
            # figure the base files for that computation
            frame = replace(frame, facts=(filed_as(self.base, frame.op, frame.facts),), op=None)
            named_there = set()
        elif frame.op is not None or len(frame.facts) != 1:
            return alone
        else:
            named_there = set()
        op, at = ops[0]
        refused = isinstance(alone, Refusal) and alone.reason in ("unsupported", "unknown", "units")
        # "Russian spending as a share of that?": not Russia's own share of something else
        other_whole = (
            isinstance(alone, Query) and alone.op is None and frame.facts[0] not in alone.facts
        )
        named_last = self._names_last(a, frame) | named_there
        elsewhere = isinstance(alone, Query) and frame.facts[0] not in alone.facts
        operand = bool(named_last) or self._pronoun_as_operand(a)
        if not (refused or other_whole or operand and elsewhere):
            return alone
        content = [
            s
            for i, s in enumerate(a.stems)
            if s not in pronouns and i not in named_last and s in self._content(a)
        ]
        if op == "growth" and len(pointing) == 1 and not content:
            # "what % increase is that from 100m": the other side is a typed figure
            content = [
                s
                for i, s in enumerate(a.stems)
                if i > pointing[0] and i not in a.year_span and (is_number(s) or s in SCALE_WORDS)
            ]
        if len(pointing) != 1 or not content:
            return alone
        years = [str(y) for at, y in sorted(a.year_at.items()) if at not in named_last]
        named = self.interpret(
            analyse(" ".join(content + years), self.vocab, self.known_numbers)
        )  # "... to the 2018 cross-border forecast": that year's figure
        if not isinstance(named, Query) or named.op is not None or len(named.facts) != 1:
            named = self._operand_of_alone(alone, op, content)
        if named is None:
            named = self._rest_of_last(frame, content)
        if named is None:
            named = self._operand_among(a, operands, frame.facts[0], content)
        if named is None and op == "growth" and (operand and elsewhere or refused):
            # "what % increase is that from 100m" after the 1 billion goal: "that" is the
            # figure just given, so a growth between two others is no answer
            return Refusal("ambiguous", near=frame.facts)
        if named is None:
            return alone
        last, other = frame.facts[0], named.facts[0]
        if other == last:
            return alone
        if other_whole and pointing[0] < at:
            return alone  # "that" before the operation: the turn's own reading stands
        first = pointing[0] < at or a.stems[pointing[0] + 1 : pointing[0] + 2] == ["than"]
        if op == "growth":  # "the % increase from that to X" starts at that; "is that from X",
            # "to that from X" end at it
            first = a.stems[pointing[0] - 1 : pointing[0]] != ["from"]
        if op == "percent" and self._share_asked_of_it(a, pointing[0]):
            first = True  # "what share of the 2 billion target is that?": that of the target
        facts = (last, other) if first else (other, last)  # "is that than X": that / X
        reading = Reading(facts, op, INTENT_OF_OPERATION[op], frozenset(), 0.0, 0)
        return self.verifier.years_left_out(reading, a) or self._query(reading, a, True)

    def _rest_of_last(self, frame: Frame, content: list[str]) -> Query | None:
        """ "How many times more is that than what went everywhere else?" after the Chinese
        part: words that only negate ("everywhere else" reads as "not") name the rest of the
        figure just given, when the base files one."""
        lexicon = self.vocab.lexicon
        said = set(content) - lexicon.function_words - lexicon.flow_verbs - lexicon.part_words
        said -= lexicon.exceeding_verbs | lexicon.buyer_verbs  # "what was spent elsewhere"
        rest = rest_of(self.base, frame.facts[0])
        if rest is None or not said:
            return None
        own = set(self.vocab.terms[rest].all)
        if said != {"not"} and not (said <= own and said <= set(self.vocab.naming)):
            return None  # "the China part" after the rest: the Chinese part it was taken from
        if said == {"not"} or "not" not in self._measure_stems(rest):
            return Query(intent="lookup", facts=(rest,), used_context=True)
        return None

    def _meaning_asked(self, a: Analysis) -> bool:
        """ "What is e-commerce?", "what does cross-border mean?": a word's meaning, not a
        figure: the turn opens by asking what something is, then names only topic words,
        with no subject, year, number or word of size ("what is the cross-border volume?",
        "what's China's e-commerce?" ask figures)."""
        lexicon = self.vocab.lexicon
        said = a.stems[a.turn_from :]
        if a.context_until > a.turn_from or a.years or a.currency or a.ops:
            return False  # "what is the sum of ...": an operation asked
        meaning = {
            i + k
            for key, i in find_phrases(said, lexicon.definition_words)
            for k in range(len(key))
        }
        opened = leading_phrase(said, lexicon.definition_openers)
        if opened == 1 and said[0] == "what":
            # "what's X?" (stemmed to "what"), not "what languages?": as typed
            typed = a.question.lstrip().lower().replace("’", "'")
            whats = a.turn_from == 0 and typed.startswith(("what's ", "whats "))
            opened = 1 if whats else 0
        if not (opened or meaning and said[:1] == ["what"]):
            return False
        rest = [
            s
            for i, s in enumerate(said[opened:], opened)
            if i not in meaning and i + a.turn_from not in a.aside_at
        ]
        topic = [s for s in rest if s not in lexicon.function_words]
        if not topic or len(topic) > 4:
            return False
        blocked = lexicon.definition_blockers | set(self.vocab.naming) | set(self.source_names)
        if any(s in blocked or is_number(s) for s in rest):
            return False
        return all(s in self.vocab.known for s in topic)  # a word it lacks: not its topic

    def _share_of_another_asked(
        self, a: Analysis, alone: Query | Refusal, frame: Frame | None
    ) -> bool:
        """ "What share of Alibaba's 2 billion target is that?" after AliExpress's buyers:
        the share of that figure in the one named, unless the share the turn's words find
        alone is one the base computes with that figure ("what share of the world is that?"
        after China's e-commerce: its 39.2%)."""
        pointing = self._pointing(a)
        if frame is None or len(pointing) != 1 or not self._share_asked_of_it(a, pointing[0]):
            return False
        if not isinstance(alone, Query):
            return False  # read with the conversation's words instead, as before
        last = set(frame.facts)
        for fact_id in alone.facts:
            linked = {fact_id, *computed_from(self.base, fact_id)}
            if any(linked & {f, *computed_from(self.base, f)} for f in last):
                return False
        return True

    def _operand_among(
        self, a: Analysis, facts: tuple[str, ...], last: str, content: list[str]
    ) -> Query | None:
        """ "How many times greater was the Chinese portion than that?" after the spending
        elsewhere: the turn's words name one of the figures the last answer was computed
        from (all spending, the Chinese part), and only that one; never when it types a
        figure of its own ("the 2bn target vs those buyers")."""
        typed = (
            is_number(s) and i not in a.year_span for i, s in enumerate(a.stems) if i >= a.turn_from
        )
        if any(typed):
            return None
        said = set(content) - self.vocab.lexicon.function_words
        if not said:
            return None
        named = [
            f
            for f in facts
            if f != last
            and said <= set(self.vocab.terms[f].all)
            and ("not" in said or "not" not in self._measure_stems(f))
        ]
        if len(named) != 1:
            return None
        return Query(intent="lookup", facts=(named[0],), used_context=True)

    def _bigger_than_last(self, a: Analysis, frame: Frame | None) -> Query | Refusal | None:
        """ "How many times bigger is the Chinese part?" after the spending elsewhere: a
        multiple asked of one figure the turn names, with nothing said to set it against,
        is that figure over the one just given."""
        ops = [(op, at) for op, at in a.ops if at >= a.context_until]
        if frame is None or [op for op, _ in ops] != ["ratio"] or self._pointing(a):
            return None
        if set(a.stems[a.context_until :]) & (
            self.vocab.lexicon.comparing_words | self.vocab.lexicon.base_markers
        ):
            return None  # "... than X", "... of X": the turn names both sides
        last = frame.facts[0] if frame.op is None and len(frame.facts) == 1 else None
        if frame.op is not None:
            last = filed_as(self.base, frame.op, frame.facts)
        if last is None:
            return None
        content = [s for s in self._content(a) if s not in self.vocab.lexicon.pronouns]
        named = self._operand_among(a, frame.facts, last, content)
        if named is None or unit_of(self.base, self.base.facts[named.facts[0]]) != unit_of(
            self.base, self.base.facts[last]
        ):
            return None
        reading = Reading((named.facts[0], last), "ratio", "ratio", frozenset(), 0.0, 0)
        return self.verifier.years_left_out(reading, a) or self._query(reading, a, True)

    def _operand_of_alone(
        self, alone: Query | Refusal, op: str, content: list[str]
    ) -> Query | None:
        """ "The ratio of Chinese-platform spending to that amount" after the non-Chinese
        part: the turn's words alone lack the subject, but the whole question read on its own
        found the same operation with one operand they name; that operand is the other side."""
        if not isinstance(alone, Query) or alone.op != op or len(alone.facts) != 2:
            return None
        fw = self.vocab.lexicon.function_words
        named = [f for f in alone.facts if set(self._measure_stems(f)) - fw <= set(content)]
        return replace(alone, facts=(named[0],), op=None) if len(named) == 1 else None

    def _settled_by_last(
        self, a: Analysis, alone: Query | Refusal, frame: Frame | None
    ) -> Query | Refusal:
        """ "Since when has China been the largest online retail market?" then "which
        country did it overtake?": of the figures the turn could mean, the one from the
        same article sentence as the last answer."""
        if frame is None or not isinstance(alone, Refusal) or alone.reason != "ambiguous":
            return alone
        if "not" in a.stems[a.turn_from :]:
            return alone  # "remaining share?" after the Chinese share: not that share again
        clauses = {self.base.facts[f].clause for f in frame.facts} - {None}
        same = [f for f in alone.near if f in frame.facts] or [
            f for f in alone.near if self.base.facts[f].clause in clauses
        ]
        if len(same) != 1:
            return alone
        reading = Reading((same[0],), None, "lookup", frozenset(), 0.0, 0)
        if self._no_deadline_for(same[0], a):
            return alone  # "by when is that target to be hit?" (see _no_deadline_for)
        if self._names_only_its_value(reading, a):
            return alone  # "and in the US?" after the survey's share: no figure of the US
        return self.verifier.years_left_out(reading, a) or self._query(reading, a, True)

    def _whole_of_quoted(self, a: Analysis, last: Frame | None = None) -> Query | None:
        """ "4.7 trillion is 14% of what?", "if 14% = 4.7tn, what's 100%?": a part and its
        share, both typed, and the whole asked for: the whole the article implies from them
        (or, when the rest is asked, the whole less the part). Likewise a level and its
        growth, both typed, and the year before asked ("the 2015 volume implied by ...")."""
        asking = a.stems[a.context_until :]
        said = set(a.stems)
        of_what = any(w == "of" and asking[i + 1 : i + 2] == ["what"] for i, w in enumerate(asking))
        hundred = "100" in asking and "percent" in asking
        rest = any(  # "what's the rest": the lexicon reads "the rest" as "not"
            w == "not" and i and asking[i - 1] in ("what", "the", "is")
            for i, w in enumerate(asking)
        )
        implied = bool(said & self.vocab.lexicon.computing_words)
        # an increase asked, or a claim checked, is not the year before itself
        year_before = set(a.op_names) <= {"growth"} and bool(
            set(asking) & (self.vocab.lexicon.question_words | self.vocab.lexicon.computing_words)
        )  # "what 2015 volume ...", "derive the 2015 volume ...": asked, not claimed
        if not (of_what or hundred or rest or (year_before and (implied or a.years))):
            return None
        for fact in self.derivations:
            formula = fact.formula
            if formula is None:
                continue
            if formula.op == "before_growth":
                # "what 2015 volume is implied by the 24.7% growth to 4.7 trillion?"
                asked = year_before and (implied or fact.year in a.years)
            else:
                asked = formula.op == "implied_whole" and (of_what or hundred or rest)
            if not asked:
                continue
            part, share = formula.args
            typed = [self.vocab.terms[f].numbers & said for f in (part, share)]
            pointed = a.anaphora and last is not None and last.op is None and last.facts == (part,)
            if not (all(typed) or (typed[1] and pointed and of_what)):
                continue  # "It was 14 percent of what?" after online shopping: "it" is the part
            if rest and formula.op == "implied_whole":
                found = complement(self.base, part, False, False)
                if found is None:
                    return None
                op, facts = found
                reading = Reading(facts, op, "difference", frozenset(), 0.0, 0)
            else:
                reading = Reading((fact.id,), None, "implied_whole", frozenset(), 0.0, 0)
            query = self.verifier.years_left_out(reading, a) or self._query(reading, a, False)
            return replace(query, quoted=()) if isinstance(query, Query) else None
        return None

    def _two_figures_back(self, a: Analysis, context: dict | None) -> Understanding | None:
        """ "Total e-commerce?", "and online shopping?", then "ratio of the first to the
        second?" or "the difference between them?": an operation on the last two answers,
        when the turn points at them and names nothing else. "The first"/"the former" is
        the earlier answer, "the second"/"the latter" the later one, and the one the turn
        names first is the first operand."""
        last = Frame.from_memory((context or {}).get("last"), self.base)
        before = Frame.from_memory((context or {}).get("before"), self.base)
        two = self._last_two_figures(last, before)
        if two is None:
            return None
        facts = self.base.facts
        if any(facts[f].is_text or facts[f].unit == "year" for f in two):
            return None  # statements have no arithmetic; dates have their own rule
        if a.expects == "duration":
            return None  # "and how many years from now?": a span of time, no gap of counts
        ops = {op for op in a.op_names if op != "convert"}
        shared = self._shared_over_the_other(a, two, last, before) if ops == {"per_unit"} else None
        if shared is not None:  # "avg per country?" after the buyers, then the countries
            per = Query("per_unit", shared, "per_unit", None, 0.8, used_context=True, ordered=True)
            return self._pair_turn(per, context)
        over = self._one_over_the_other(a, two) if ops <= {"ratio"} and not a.years else None
        if over is not None:  # "total over cross-border?" after those two figures
            ratio = Query("ratio", over, "ratio", None, 0.8, used_context=True, ordered=True)
            return self._pair_turn(ratio, context)
        if len(ops) != 1 or not ops <= {"ratio", "percent", "difference", "growth", "sum"}:
            return None
        if a.years:
            return None
        lexicon = self.vocab.lexicon
        earlier, later = lexicon.earlier_answer_words, lexicon.later_answer_words
        pointing = earlier | later | lexicon.both_answer_words
        content = set(self._content(a)) - pointing - set(lexicon.comparatives)
        first, second = two
        by_name = self._named_of_two(a, content, two) if set(a.stems) & pointing else None
        if by_name is not None and ops <= {"ratio", "percent", "difference"}:
            # "how many times bigger is the Chinese figure?" after Russia's spending and
            # China's volume: the one named is set against the other, in the order said
            op = ops.pop()
            query = Query(INTENT_OF_OPERATION[op], by_name, op, a.currency, 0.8, used_context=True)
            return self._pair_turn(query, context)
        if (
            last.op == "ratio"
            and len(last.facts) == 2
            and "ratio" not in ops
            and not content - lexicon.comparing_words
            and not a.anaphora
        ):
            # "diff in usd" right after the ratio of two figures: the same two, by the
            # other operation (a gap is the larger less the smaller)
            op = ops.pop()
            query = Query(INTENT_OF_OPERATION[op], two, op, a.currency, 0.8, used_context=True)
            return self._pair_turn(query, context)
        if last.op is not None or before is None or before.op is not None:
            return None  # "the first"/"the second" are the last two answers themselves
        # "the increase in usd?" after one measure in two years: the change between them
        series = {f.id for f in self.base.series(facts[second])}
        a_change = ops <= {"difference", "growth"} and first in series and not a.anaphora
        leftover = content - lexicon.comparing_words
        if leftover:
            return None  # the turn names another figure
        # "what's the difference?", "and as a ratio?" right after two figures of different
        # measures: those two, though the turn does not point at them
        pointed = bool(set(a.stems) & pointing)
        bare = (
            not pointed
            # "what share is that?": the last answer, of its own whole; but "how many times
            # is that?" sets it against the answer before, the only other figure in view
            and (not a.anaphora or ops == {"ratio"})
            and first not in series
            and ops <= {"ratio", "percent", "difference"}
        )
        if not (pointed or a_change or bare):
            return None
        if bare and not self._comparable(first, second):
            return None  # "what's the difference?" between a count and a sum of money
        at = {s: i for i, s in reversed(list(enumerate(a.stems)))}
        said_first = min((at[w] for w in earlier if w in at), default=None)
        said_second = min((at[w] for w in later if w in at), default=None)
        op = ops.pop()
        years = facts[first].year, facts[second].year
        if said_first is not None and said_second is not None:
            if said_second < said_first:
                first, second = second, first
        elif said_second is not None:
            first, second = second, first  # "how much bigger is the second?"
        elif said_first is None and None not in years and years[0] != years[1]:
            ordered_years = (first, second) if years[0] < years[1] else (second, first)
            # the change from the earlier year to the later one
            first, second = ordered_years if op == "growth" else ordered_years[::-1]
        elif op == "growth":
            return None  # "the growth between them": from which one is not said
        intent = INTENT_OF_OPERATION[op]
        # "the difference between the last two answers", both given in dollars: in dollars
        shown = last.currency if last.currency == before.currency else None
        currency = a.currency or (shown if op == "difference" else None)
        query = Query(intent, (first, second), op, currency, 0.8, used_context=True)
        return self._pair_turn(query, context)

    def _last_two_figures(self, last: Frame | None, before: Frame | None) -> tuple[str, str] | None:
        """The last two figures given: the answer before the last and the last one, or the
        two a comparison just set against each other (the earlier operand first)."""
        if last is None:
            return None
        if last.op in ("ratio", "percent", "difference") and len(last.facts) == 2:
            return last.facts[0], last.facts[1]
        if before is None or last.op is not None or before.op is not None:
            return None
        if len(last.facts) != 1 or len(before.facts) != 1 or last.facts == before.facts:
            return None
        return before.facts[0], last.facts[0]

    def _shared_over_the_other(
        self, a: Analysis, two: tuple[str, str], last: Frame, before: Frame | None
    ) -> tuple[str, str] | None:
        """ "Avg per country?" right after the buyers, then the countries they come from: the
        figure the word after "per" does not name, shared over the one it does. Only when
        the turn names nothing else and the two were given one after the other."""
        if last.op is not None or before is None or before.op is not None or a.years:
            return None
        per = {a.stems[i] for i in a.per_what_at if i < len(a.stems)}
        fw = self.vocab.lexicon.function_words
        said = {s for i, s in enumerate(a.stems) if i not in a.op_span and s not in fw}
        if len(per) != 1 or a.anaphora or said - per:
            return None  # "average respondents per country?": which figure is shared, said
        units = {f: stem(str(self.base.facts[f].unit)) for f in two}
        named = [f for f in two if units[f] in per]  # "per country": the one counting countries
        if len(named) != 1:
            return None
        over = named[0]
        shared = next(f for f in two if f != over)
        if unit_of(self.base, self.base.facts[over]) in ("CNY", "USD", PERCENT):
            return None  # shared over money or a percentage: no average
        return shared, over

    def _one_over_the_other(self, a: Analysis, two: tuple[str, str]) -> tuple[str, str] | None:
        """ "Total over cross-border?", "the ratio, total over online?": words of one of the
        two figures, "over", words of the other; that one divided by the other. Every word
        of the turn must fit one of the two, each side only one of them."""
        found = find_phrases(a.stems, self.vocab.lexicon.ratio_joiners)
        if len(found) != 1:
            return None
        key, at = found[0]
        lexicon = self.vocab.lexicon
        ignored = lexicon.function_words
        index = self.vocab.index
        sides: list[set[str]] = []
        for positions in (range(at), range(at + len(key), len(a.stems))):
            fits, said = set(two), False
            for i in positions:
                if i in a.op_span:
                    continue  # "the ratio, total over online?"
                hits = {f for f in two if f in index.get(a.stems[i], ())}
                if not hits and a.stems[i] in ignored:
                    continue
                if not hits:
                    return None  # a word of neither figure
                said = True
                if len(hits) == 1:
                    fits &= hits  # "total" fits both; "online" only online shopping
            if not said:
                return None
            sides.append(fits)
        left, right = sides
        if len(left) == 2 and len(right) == 1:
            left = set(two) - right
        elif len(right) == 2 and len(left) == 1:
            right = set(two) - left
        if len(left) != 1 or len(right) != 1 or left == right:
            return None
        first, second = left.pop(), right.pop()
        return (first, second) if self._comparable(first, second) else None

    def _a_date_against_a_number(self, reading: Reading, a: Analysis) -> bool:
        """A difference or ratio of a date and a figure that is no date, when the question
        asks an amount, a count or a share (not the years between two events)."""
        if reading.op not in ("difference", "ratio", "percent") or len(reading.facts) != 2:
            return False
        units = [unit_of(self.base, self.base.facts[f]) for f in reading.facts]
        if units.count("year") != 1:
            return False
        return self._asks(a) in ("count", "amount", "money", "percent")

    def _comparable(self, first: str, second: str) -> bool:
        """Two figures arithmetic can set against each other (money with money, a count
        with a count, a percentage with a percentage)."""
        return comparable(*(unit_of(self.base, self.base.facts[f]) for f in (first, second)))

    def _pair_turn(self, query: Query, context: dict | None) -> Understanding:
        """A computation on the last two figures, remembered as the last answer; the
        conversation's words stay its topic."""
        memory = dict(context or {})
        memory["last"] = Frame(query.facts, query.op, query.currency).to_memory()
        return Understanding(query, memory)

    def _named_of_two(
        self, a: Analysis, content: set[str], two: tuple[str, str]
    ) -> tuple[str, str] | None:
        """ "The Chinese figure", "the Russian one as a percent of the Chinese one": two
        figures of different subjects, pointed at by their subjects' names and nothing
        else; the first named is the first operand."""
        entities = [self.base.facts[f].entity for f in two]
        if entities[0] == entities[1]:
            return None
        naming = self.vocab.naming
        if not content or content - self.vocab.lexicon.comparing_words - set(naming):
            return None
        order: list[str] = []
        for s in a.stems:
            if s not in content or s not in naming:
                continue
            hits = [f for f, e in zip(two, entities, strict=True) if e in naming[s]]
            if len(hits) != 1:
                return None  # a name of neither subject, or of both
            if hits[0] not in order:
                order.append(hits[0])
        if not order:
            return None
        first, second, *_ = order + [f for f in two if f not in order]
        return first, second

    def _years_from_last(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "When did JD launch its platform?" then "how many years after AliExpress was
        that?": the years between the date just given and the one the turn names."""
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return None
        last = self._date_of(frame.facts[0])
        asked = a.stems[a.context_until :]
        how_many_years = any(asked[i : i + 3] == ["how", "many", "year"] for i in range(3))
        duration = a.expects == "duration" or how_many_years
        lexicon = self.vocab.lexicon
        relative = bool(set(asked) & lexicon.relative_dates) and not (
            set(asked) & lexicon.comparison_links
        )  # "how many years later did JD ...?": later than the date just given
        spanned = how_many_years and bool(set(asked) & lexicon.span_from_last)
        if not duration or not (a.anaphora or relative or spanned) or last is None:
            return None  # ("how many years before X" reads "the year before" as a shift)
        content = set(self._content(a))
        article = self.article_words | self.vocab.lexicon.time_passing
        of_article = (
            set(asked) & self.article_words
            and content <= article
            and set(a.years) <= {ARTICLE_YEAR}  # "the article's 2016 data": 2016, not 2017
        )
        typed_now = not content and a.years == [ARTICLE_YEAR]
        if self.article_date and last != self.article_date and (of_article or typed_now):
            # "how many years before 2017 is that?", "... after the article's publication?",
            # "how many years away was that when the article came out?"
            facts = (self.article_date, last)
            return Query("difference", facts, "years-between", None, 0.8, used_context=True)
        if not content or (a.years and not a.year_shift):
            return None
        named = [
            f
            for f in self.ranker.candidates(content)[:TOP_CANDIDATES]
            if f != last
            and self.base.facts[f].unit == "year"
            and content <= self.vocab.terms[f].all
        ]
        if len(named) != 1:
            return None  # none, or more than one date the words could name
        return Query("difference", (named[0], last), "years-between", None, 0.8, used_context=True)

    def _date_of(self, fact_id: str, by_subject: bool = True) -> str | None:
        """The date a figure is, or the one date its article sentence gives ("the US" China
        overtook is dated by "in 2013", JD's language versions by its 2015 launch); with
        `by_subject`, a statement with no date of its own takes its subject's one date."""
        fact = self.base.facts[fact_id]
        if fact.unit == "year":
            return fact_id
        if fact.clause is None:
            return None
        dates = [
            f.id
            for f in self.base.facts.values()
            if f.unit == "year" and f.clause == fact.clause and f.id != fact_id
        ]
        if not dates and fact.is_text and by_subject:  # "which group set it up?": 2010
            dates = list(self._dates_of.get(fact.entity, ()))
        return dates[0] if len(dates) == 1 else None

    def _whole_of_last(self, a: Analysis, frame: Frame | None) -> Query | None:
        """ "And all cross-border together?", "and in total?" after a part (Russians'
        spending on Chinese platforms): the whole that part is of, when the turn says a
        word of wholeness and names nothing the whole does not."""
        taken_of = None
        if frame is not None and frame.op == "percent" and len(frame.facts) == 2:
            # "online shopping is 14% of total retail", then "then the whole retail would be
            # how much?": the whole that share was taken of
            values = [self.computed_value(f) for f in frame.facts]
            if None in values:
                return None
            part, taken_of = frame.facts if values[0] <= values[1] else frame.facts[::-1]
            frame = replace(frame, facts=(part,), op=None)
        if frame is None or frame.op is not None or len(frame.facts) != 1:
            return None
        if set(a.op_names) - {"convert"}:
            return None  # "all together in yuan?" converts the whole; other operations no
        whole = taken_of or self._whole_of_frame(frame)
        if whole is None or whole not in self.vocab.terms:
            return None
        wholeness = set(a.stems) & self.vocab.lexicon.whole_words
        owner = self.base.facts[whole].entity
        # "so global in usd?" after China's share of global e-commerce: the whole's own
        # subject named, where the part's is another (and, below, nothing the whole is not)
        named = owner != self.base.facts[frame.facts[0]].entity and owner in (
            self.vocab.entities_named(a.stems)
        )
        if not (wholeness or named):
            return None
        part_owner = self.base.facts[frame.facts[0]].entity
        if owner != part_owner and not named and part_owner in self.vocab.entities_named(a.stems):
            return None  # "and China's e-commerce total?" after China's share of the world's
        if not (a.opener or a.anaphora or self._bare_phrase(a) or named):
            return None  # "so the global total?"
        if wholeness and not named and wholeness <= self.vocab.terms[frame.facts[0]].measure:
            return None  # "the total e-commerce" after China's total e-commerce: its own name
        if a.years and not set(a.years) & self.base.years(self.base.facts[whole]):
            return None  # "and in 2018, the total?": not the 2016 whole
        content = set(self._content(a)) - self.vocab.lexicon.whole_words
        if not content <= self.vocab.terms[whole].all:
            return None
        currency = a.currency or frame.currency
        unit = unit_of(self.base, self.base.facts[whole])
        intent = "convert" if currency and unit in ("CNY", "USD") and unit != currency else "lookup"
        return Query(intent, (whole,), None, currency, 0.85, used_context=True)

    def _part_named_by_a_fragment(
        self, a: Analysis, alone: Query | Refusal, frame: Frame | None
    ) -> Query | None:
        """ "Russia x-border spend 2016?" then "China share?": a turn of a word or two that
        names a part of the figure just given asks that part, though the words alone would
        find another figure (China's share of the world's e-commerce)."""
        if frame is None or not isinstance(alone, Query) or set(alone.facts) & set(frame.facts):
            return None
        content = set(self._content(a))
        # "what percent didn't go to China?" is as thin as a fragment: one word beside "not"
        thin = "not" in content and len(content) <= 2 and self._asks(a) == "percent"
        if len(a.raw) > MAX_FRAGMENT_WORDS and not thin or not content or a.years or a.claimed:
            return None
        if "not" in content and len(frame.facts) == 1:
            # "Non-China share then?" after the Chinese part's 80%: the rest of that part,
            # when the words negated are the last figure's own
            said = self.vocab.terms[frame.facts[0]].all
            if content - {"not"} <= said:
                rest = follow(a, {"not"}, frame, self.base, self._asks(a))
                return rest if isinstance(rest, Query) else None
        part = self._part_of_last(a, content, frame)
        if part is None or set(part.facts) == set(alone.facts):
            return None
        return replace(part, asks=self._asks(a))

    def _part_of_last(self, a: Analysis, content: set[str], frame: Frame) -> Query | None:
        """ "And what part of it went to Chinese platforms?": a part of the figure just
        given, named by the follow-up's own words; an amount unless a share is asked."""
        wanted = content - {"not"}
        named = self._side_named(a, wanted, frame)
        if named is not None:  # "give me China's part in dollars" after the world less China
            return named
        if frame.op is not None or len(frame.facts) != 1 or not wanted:
            return None
        if set(a.op_names) - {"percent", "convert"}:
            return None
        whole = frame.facts[0]
        if a.years:
            return None
        # "what part of it went to China?" asks the amount; "..., %?" names a percentage
        percent = self._asks(a) == "percent" and (not a.breakdown or a.percent_named)
        rest = self._rest_of_implied(a, content, whole, percent)
        if rest is not None:
            return rest
        implied = self._part_of_an_implied_whole(content, whole, a, percent)
        if implied is not None:  # "and China's part?" after the global volume
            return implied
        if wanted <= self.vocab.terms[whole].all:
            return None  # "what did they spend, the year before?": no part named
        parts = []
        subtracted = None
        for fact in self.base.facts.values():
            formula = fact.formula
            is_part = (
                fact.of == whole
                or (
                    formula is not None
                    and (  # "the 2016-2018 increase" is no part of 2016's volume: it is subtracted
                        (formula.op == "share_of" and whole in formula.args[1:])  # its whole's
                        or (formula.op == "difference" and formula.args[0] == whole)
                    )
                )
            )
            negated = "not" in self._measure_stems(fact.id)
            if negated != ("not" in content):
                continue  # "the part that went to China" is not the non-Chinese part
            taken = formula.args[1] if formula is not None and formula.op == "difference" else None
            named = taken in self.vocab.terms and wanted <= self.vocab.terms[taken].all
            if named:  # "how far are the active users from it?": the gap's own word
                gap_words = self.vocab.terms[fact.id].all - self.vocab.terms[taken].all
                named = not set(a.stems[a.context_until :]) & gap_words
            if is_part and named and "not" not in content:
                subtracted = taken  # "how many active users now?" after the target: those
                continue  # users, not the gap from them to the target
            if is_part and fact.id != whole and wanted <= self.vocab.terms[fact.id].all:
                parts.append(fact.id)
        parts.sort(key=lambda f: (unit_of(self.base, self.base.facts[f]) == "%") != percent)
        if not parts and subtracted is not None:
            if percent:  # "what % of that target do its 60m active users represent?"
                facts = (subtracted, whole)
                return Query("percent", facts, "percent", None, 0.8, used_context=True)
            return Query("lookup", (subtracted,), None, a.currency, 0.8, used_context=True)
        if not parts:
            return None
        if percent and unit_of(self.base, self.base.facts[parts[0]]) != PERCENT:
            # "what share of them made purchases?" after the active users: the part the
            # article counts, as a share of the figure just given, when a pronoun after the
            # share word points at it ("active users as a percent of that buyer total"
            # names both sides; "this is what percent of ..." makes the last one the part)
            at = next((i for op, i in a.ops if op == "percent"), -1)
            points = any(  # "of them", not "what % of X is that"; "how much of them
                # bought in China, in percent?" names the percentage after it
                i > at and a.stems[i - 1] == "of"
                for i in self._pointing(a)
            )
            # "and what share didn't go to China?": no other base named after the share word
            unbased = at >= 0 and "of" not in a.stems[at + 1 :]
            if (points or unbased) and not content & set(self._measure_stems(whole)):
                facts = (parts[0], whole)
                return Query("percent", facts, "percent", None, 0.8, used_context=True)
        return Query("lookup", (parts[0],), None, a.currency, 0.8, used_context=True)

    def _side_named(self, a: Analysis, wanted: set[str], frame: Frame) -> Query | None:
        """ "Give me China's part in dollars" after the global volume less China's: of the
        two figures just compared, the one whose subject the turn names as a part."""
        if frame.op not in ("difference", "complement") or len(frame.facts) != 2:
            return None
        if not set(a.stems) & self.vocab.lexicon.part_words or self._asks(a) == "percent":
            return None
        named = self.vocab.entities_named(wanted)
        sides = [f for f in frame.facts if self.base.facts[f].entity in named]
        if len(sides) != 1:
            return None
        return Query("lookup", (sides[0],), None, a.currency, 0.8, used_context=True)

    def _part_of_an_implied_whole(
        self, wanted: set[str], whole: str, a: Analysis, percent: bool
    ) -> Query | None:
        """ "And China's part?", "China's volume in dollars?" after the global volume (the
        whole China's 26.1 trillion implies): the part, named by its own subject."""
        formula = self.base.facts[whole].formula
        if percent or "not" in wanted or formula is None or formula.op != "implied_whole":
            return None
        part = self.base.facts[formula.args[0]]
        named = self.vocab.entities_named(wanted)
        if part.entity not in named or self.base.facts[whole].entity in named:
            return None
        return Query("lookup", (part.id,), None, a.currency, 0.8, used_context=True)

    def _rest_of_implied(
        self, a: Analysis, content: set[str], whole: str, percent: bool
    ) -> Query | None:
        """ "So total retail was?" then "and the offline portion of it?": total retail is
        implied by online shopping, so its offline part is the whole less that part."""
        formula = self.base.facts[whole].formula
        if percent or "not" not in content or formula is None or formula.op != "implied_whole":
            return None
        part = formula.args[0]
        if not content - {"not"} <= self.vocab.terms[part].all:
            return None
        return Query("difference", (whole, part), "difference", a.currency, 0.8, used_context=True)

    def _followed_memory(self, a: Analysis, result: Query | Refusal, context: dict | None) -> dict:
        """After a follow-up about the last answer, the topic is still the conversation's:
        the last question's words refined by this one, and the new answer's frame."""
        if not isinstance(result, Query):
            return dict(context or {})
        stems = (context or {}).get("stems")
        previous = [s for s in stems if isinstance(s, str)] if isinstance(stems, list) else []
        merged = merge(a, previous, self.vocab, self.known_numbers) if previous else a
        return self._memory(merged, result)

    def _counts_what_is_asked(self, a: Analysis, query: Query) -> bool:
        """ "From how many countries?" after the buyers: a count of countries, not buyers."""
        asked = a.asked_unit
        if asked not in self.count_nouns or query.op is not None:
            return True
        unit = stem((self.base.facts[query.facts[0]].unit or "").lower())
        families = self.vocab.lexicon.count_families
        # "how many people did they ask?" after the survey's authors: its respondents; a
        # word no figure counts in ("folks") stands for its family too
        generic = families.get(asked) is not None and (
            stem(families[asked]) == asked or asked not in self.fact_units
        )
        return unit == asked or (generic and families.get(unit) == families[asked])

    def _refers_back(self, a: Analysis) -> bool:
        """ "that in yuan?", "and the rest?", "as a percent?": a turn with next to nothing
        of its own, or one that points at the last answer."""
        content = set(self._content(a))
        if a.currency:  # "in dollars at the implied rate?": the rate only says how
            content -= self.vocab.lexicon.conversion_words
        return a.anaphora or a.opener or a.year_shift != 0 or a.same_year or len(content) <= 1

    def _shift_year(self, a: Analysis, frame: Frame | None) -> None:
        """ "The year before": the year of the figure just given (or, in a question that
        stands alone, of the figure it names), moved by one."""
        start = a.context_until
        if not (a.year_shift or a.same_year) or any(at >= start for at in a.year_at):
            return
        year = None
        told = {y for at, y in a.year_at.items() if at < start}
        if len(told) == 1 and start:
            year = told.pop()  # "It rose 24.7% last year. So what was it the year before?"
        elif a.years:
            return
        if year is None and frame is not None:
            # "since when ...?" (2013), then "the online retail volume that year?": the year
            # a date just given names, not the year of some figure the turn's words find
            dated = a.same_year and a.expects not in ("duration", "year")
            year = (self._date_given(frame) if dated else None) or self._year_of(frame.facts[-1])
            a.shifted_from = frame.facts if a.year_shift else ()
        if year is None:  # "online shopping was 4.7 trillion yuan - the year before that?"
            owner = self._only_owner_of_a_figure_typed(a)
            year = self._year_of(owner) if owner else None
            a.shifted_from = (owner,) if owner and year and a.year_shift else ()
        found_undated = False
        if year is None:
            found = self.interpret(replace(a, year_shift=0, same_year=False))
            if isinstance(found, Query) and len(found.facts) == 1:
                year = self._year_of(found.facts[0])
                a.shifted_from = found.facts if a.year_shift else ()
                found_undated = year is None and found.op is None
        if year is not None:
            a.years[:] = [year + a.year_shift]
            asked = [at for at in a.year_span if at >= start] or sorted(a.year_span)[:1] or [0]
            a.year_at[min(asked)] = year + a.year_shift
        elif a.year_shift and found_undated:
            a.undated_shift = True

    def _only_owner_of_a_figure_typed(self, a: Analysis) -> str | None:
        """The one stated fact whose own figure the question quotes, if one: the figure "that"
        points at, whatever else its words find."""
        typed = {
            s
            for i, s in enumerate(a.stems)
            if is_number(s) and i not in a.year_span and i >= a.turn_from
        }  # "online shopping came to 4.7 trillion yuan. And the year before that?"
        if not typed:
            return None
        owners = [f for f in self._owners_of(typed) if self.base.facts[f].formula is None]
        return owners[0] if len(owners) == 1 else None

    def _when_a_forecast_was_made(self, reading: Reading, a: Analysis) -> bool:
        """ "When did Alibaba set the 2 billion target?": a year asked with a verb of making
        it, of a forecast or target whose year is the one it is for."""
        if a.expects != "year" or reading.op is not None or len(reading.facts) != 1:
            return False
        fact = self.base.facts[reading.facts[0]]
        if not fact.is_forecast or fact.unit == "year":
            return False
        if fact.year is None or fact.year <= ARTICLE_YEAR:
            return False  # the 2015 guideline's year is when it was announced
        return bool(find_phrases(a.stems[a.context_until :], self.vocab.lexicon.making_verbs))

    def _asked_at_home(self, reading: Reading, a: Analysis) -> bool:
        """ "How many AliExpress buyers are in China?": the article counts its buyers
        overseas only; a place at home asked of a figure counted abroad is another figure,
        unless the question says abroad itself."""
        lexicon = self.vocab.lexicon
        asked = a.stems[a.context_until :]
        if reading.op is not None:  # "2bn with 1bn overseas - how many in China?": the rest
            return False
        if set(asked) & lexicon.abroad_measure_words or not find_phrases(
            asked, lexicon.home_places
        ):
            return False
        return any(
            set(stems(self.base.facts[f].measure)) & lexicon.abroad_measure_words
            for f in reading.facts
        )

    def _year_echoed_as_figure(self, best: Reading, a: Analysis) -> int | None:
        """ "What was the cross-border figure in 2015?": a figure asked for a year, and the
        only reading is the year of an event, the very year named. The year named, then."""
        if best.op is not None or len(best.facts) != 1:
            return None
        fact = self.base.facts[best.facts[0]]
        if fact.unit != "year" or not isinstance(fact.value, Decimal):
            return None
        year = int(fact.value)
        asked = a.stems[max(a.context_until, a.turn_from) :]
        figure_words = self.vocab.lexicon.value_words - {"itself", "exactly"}
        figure = any(
            w in figure_words and not (asked[i + 1 : i + 2] and self._ranks(asked[i + 1]))
            for i, w in enumerate(asked)
        )  # "number one since 2013" ranks; it asks no figure
        return year if year in a.years and figure else None

    def _priced_goods(self, asking: list[str]) -> set[str]:
        """ "The total value of (the) purchases on AliExpress": the worth of things bought,
        which is money spent, never a count of the buyers."""
        lexicon = self.vocab.lexicon
        found = set()
        for i, word in enumerate(asking[:-2]):
            if word not in lexicon.price_words or asking[i + 1] != "of":
                continue
            rest = [w for w in asking[i + 2 : i + 4] if w not in lexicon.function_words]
            if rest and rest[0] in lexicon.uncounted_nouns:
                found.add(word)
        return found

    def _ranks(self, word: str) -> bool:
        """ "number ONE", "number 2": a rank after "number", not a figure asked."""
        spelled = self.vocab.lexicon.number_words
        return is_number(word) or (spelled is not None and spelled.small(word) == 1)

    @cached_property
    def _own_words_of_reasons(self) -> dict[str, frozenset[str]]:
        """The words a statement of why says ("hopes", "difficulties", "exports") that no
        figure of the article shares."""
        terms = self.vocab.terms
        own = {}
        statements = [
            f.id
            for f in self.base.facts.values()
            if f.id in self.ranker.reasons
            and isinstance(f.value, str)
            and len(f.value.split()) > 4
            and f.entity == self.vocab.default_entity
        ]  # a sentence about the article's own subject, not a name or a company's aim
        figures = [f for f in terms if not isinstance(self.base.facts[f].value, str)]
        others = set().union(*(set(terms[f].all) for f in figures))
        for reason in statements:
            own[reason] = frozenset(set(terms[reason].all) - others)
        return own

    def _reason_unsupported(self, best: Reading, a: Analysis) -> bool:
        """A statement of why ("cross-border platforms raise fresh hopes for high economic
        growth") read from words any figure shares ("what about the growth in 2017?", "what
        will cross-border e-commerce be in 2017?"): nothing asked is what it says."""
        if best.op is not None or len(best.facts) != 1:
            return False
        if best.facts[0] not in self._own_words_of_reasons:
            return False
        said = stems(self.base.facts[best.facts[0]].measure or "")[:1]
        if not a.turn_from and self.vocab.lexicon.expects.get(tuple(said)) != "reason":
            return False  # asked alone, a statement of what was done: its own words chose it
        if self._asks(a) == "reason":
            return False
        asked = set(a.stems[a.context_until :])
        return not asked & self._own_words_of_reasons[best.facts[0]]

    def _home_place_chose(
        self, best: Reading, rest: tuple[str, ...], a: Analysis, must: set[str]
    ) -> bool:
        """ "How many users does AliExpress have in China?": only the place's own word made
        Alibaba's overseas consumers the best reading; without it AliExpress's active users
        lead. The place then picked the figure, and the rest at home answers nothing asked
        (unless the reading without it is one of that rest's own figures)."""
        place = {w for p in self.vocab.lexicon.home_places for w in p}
        unplaced = [r for r in self._readings(a, must - place) if not r.uncovered]
        return bool(unplaced) and not set(unplaced[0].facts) <= {*best.facts, *rest}

    def _earlier_edition(self, a: Analysis) -> bool:
        """ "What was that share in the previous survey?", "the 2018 forecast in the prior
        iResearch report": a word of an earlier edition before a piece of research (a name
        or two between) asks for a work the article never mentions."""
        lexicon = self.vocab.lexicon
        asked = a.stems[a.context_until :]
        return any(
            word in lexicon.earlier_edition_words
            and set(asked[i + 1 : i + 4]) & lexicon.released_works
            for i, word in enumerate(asked)
        )

    def _typed_amount(self, a: Analysis, must: set[str]) -> Query | None:
        """ "What's 1 trillion yuan in dollars at the article's rate?": a sum the user types
        in one currency, converted to the other at the rate the article implies. Only when
        the question asks nothing else; a figure of the article is converted as that figure."""
        converting = bool(a.ops) and set(a.op_names) == {"convert"}
        if a.currency is None and not converting:
            return None
        for i in range(max(a.context_until, 0), len(a.stems)):
            if not is_number(a.stems[i]) or i in a.year_span:
                continue
            scale, source = self._sum_at(a, i)
            if source is None or source == a.currency:
                continue
            # "convert 4.7 trillion yuan": into the other currency
            target = a.currency or _other_currency(source)
            quoted = {a.stems[i]} | ({scale} if scale else set())
            value = Decimal(a.stems[i]).scaleb(SCALES.get(scale or "", 0))
            # "the 2.5 trillion yuan increase between 2016 and 2018 in dollars" quotes in
            # full a figure the article's figures give only computed: that figure converted
            derived = value.normalize() in self.vocab.derived_values
            if a.ops and not converting and not derived:
                return None
            if must - quoted - self.vocab.lexicon.conversion_words and not derived:
                return None  # "Russians' 4.3 billion in yuan": the article's figure
            return self._conversion(value, source, target, 0.9)
        return None

    def _another_sum(self, a: Analysis, typed: object) -> Query | None:
        """ "and 26.1?" after "4.7 trillion yuan in dollars?": the next sum the user types,
        in the last one's scale and currency unless the turn names its own."""
        if not isinstance(typed, list) or len(typed) != 3:
            return None
        value, unit, target = typed
        if unit not in ("CNY", "USD") or target not in ("CNY", "USD", None):
            return None
        try:
            last = Decimal(str(value))
        except ArithmeticError:
            return None
        at = [i for i, s in enumerate(a.stems) if is_number(s) and i not in a.year_span]
        if len(at) != 1 or a.ops and set(a.op_names) != {"convert"}:
            return None
        i = at[0]
        if i in a.per_unit_at:
            return None  # "so one dollar is how many yuan?": the rate, not $1 trillion
        scale, named = self._sum_at(a, i)
        said = {a.stems[i], scale} | self.vocab.lexicon.conversion_words
        if set(self._content(a)) - said:
            return None  # "and 26.1 trillion of e-commerce?": the article's figure, read as words
        if scale is None:
            exponent = max((e for e in SCALES.values() if abs(last) >= Decimal(10) ** e), default=0)
        else:
            exponent = SCALES[scale]
        source = named or unit  # "and 26.1 yuan?", "and $5 billion?"
        target = a.currency if a.currency and a.currency != source else None
        target = target or _other_currency(source)
        return self._conversion(Decimal(a.stems[i]).scaleb(exponent), source, target, 0.85)

    def _sum_of_another_turn(self, a: Analysis, query: Query) -> bool:
        """Is the query a typed sum converted that this turn did not type?"""
        if query.op != "amount" or query.amount is None:
            return False
        typed = {Decimal(s) for s in a.stems if is_number(s)}
        shown = Decimal(query.amount[0])
        return not any(shown == n.scaleb(e) for n in typed for e in (0, *SCALES.values()))

    def _sum_at(self, a: Analysis, i: int) -> tuple[str | None, str | None]:
        """The scale word after the number at `i` ("trillion") and the currency written
        right after it or right before it ("yuan", "$"), each None if absent."""
        stems = a.stems
        scale = stems[i + 1] if i + 1 < len(stems) and stems[i + 1] in SCALE_WORDS else None
        j = i + (2 if scale else 1)
        currencies = self.vocab.lexicon.currencies
        after = currencies.get((stems[j],)) if j < len(stems) else None
        before = currencies.get((stems[i - 1],)) if i > 0 else None
        return scale, after or before

    def _conversion(
        self, value: Decimal, source: str, target: str, confidence: float
    ) -> Query | None:
        """A typed sum converted at the article's implied rate (None without a rate)."""
        rate = self._rate_per("USD")
        if rate is None:
            return None
        return Query(
            "convert",
            (rate,),
            "amount",
            target,
            confidence,
            amount=(str(value), source),
            asks="money",
        )

    def _negates_a_unit(self, a: Analysis) -> bool:
        """Is every negation in the question about a unit ("not the percent", "not in
        yuan") rather than about what is measured?"""
        units = self.vocab.lexicon.answer_units
        stop = self.vocab.lexicon.stopwords
        typed = set(stems(a.question))
        if "not" not in typed and typed & self.vocab.lexicon.excepting_words:
            return False  # "how much is the rest in yuan?": the rest asked, in yuan
        negated = [
            next((w for w in a.stems[i + 1 : i + 4] if w not in stop), "")
            for i, s in enumerate(a.stems)
            if s == "not"
        ]
        return bool(negated) and all(w in units for w in negated)

    def _one_measure(self, facts: tuple[str, ...]) -> bool:
        """Two periods of one measure (online shopping in 2015 and 2016)."""
        first = self.base.facts[facts[0]]
        return all(self.base.facts[f] in self.base.series(first) for f in facts[1:])

    def _to_a_goal(self, facts: tuple[str, ...]) -> bool:
        """A figure of today and a target or forecast: the growth still to come."""
        return len({self.base.facts[f].is_forecast for f in facts}) == 2

    def _present_state(self, fact_id: str) -> bool:
        """ "The general manager in 2017" is the article's present, no event to count
        years from or to."""
        return self.base.facts[fact_id].is_text and self._event_year(fact_id) == ARTICLE_YEAR

    def _event_year(self, fact_id: str) -> int | None:
        """The year a dated figure happened in: its value when it is a year (2010 for
        AliExpress's founding), else the year it is of."""
        fact = self.base.facts[fact_id]
        return int(fact.value) if fact.unit == "year" else self._year_of(fact_id)  # type: ignore[arg-type]

    def _of_the_family_asked(self, tie: list[str], a: Analysis) -> list[str]:
        """Of figures tied for a "how many <noun>" question, those that count the noun's
        kind of thing (people, places, ...)."""
        asked = self.vocab.lexicon.count_families.get(a.asked_unit or "")
        if not tie or asked is None:
            return []
        return [f for f in tie if self._kind_counted(f) == asked]

    def _which_one_counted(self, reading: Reading, a: Analysis) -> bool:
        """A question of which one of several things, answered with a figure (a count)."""
        asked = a.stems[max(a.context_until, a.turn_from) :]
        if not find_phrases(asked, self.vocab.lexicon.which_one_phrases):
            return False
        return not self.base.facts[reading.facts[0]].is_text or reading.op is not None

    def _role_asked_elsewhere(self, reading: Reading, a: Analysis) -> str | None:
        """A word only the article's statements of a person's role use ("heads", "boss"),
        asked of a figure or statement that is no such role: the role it asks about is not
        one the article gives."""
        if reading.op is not None or reading.facts[0] in self.role_facts:
            return None
        asked = a.stems[max(a.context_until, a.turn_from) :]
        if not {"who", "whom"} & set(asked):
            return None  # "which company runs VIPme?" asks for a company
        hit = next((w for w in asked if w in self._role_words), None)
        return a.raw[a.stems.index(hit)] if hit is not None else None

    @cached_property
    def _role_words(self) -> frozenset[str]:
        """Words of the role statements' vocabulary that no other fact uses."""
        roles = set().union(
            *(self.vocab.terms[f].all - self.vocab.terms[f].entity for f in self.role_facts)
        )
        others = set().union(
            *(t.all for f, t in self.vocab.terms.items() if f not in self.role_facts)
        )
        return frozenset(roles - others)

    def _forecast_for_now(self, reading: Reading | Query, a: Analysis) -> bool:
        """A forecast or target, or a figure computed from them only, for a question
        about the present ("... have now?", "how many does it serve now?" after the rest
        of Alibaba's 2025 goal, or "how many domestic consumers does it serve now?")."""
        if not all(self._foreseen(f) for f in reading.facts):
            return False
        if a.claimed:
            return False  # "Alibaba already serves 2 billion?": checked, and denied, as a claim
        asked = a.stems[a.context_until :]
        return bool(find_phrases(asked, self.vocab.lexicon.now_words))

    def _asked_of_a_plan(self, best: Reading | Query, a: Analysis) -> Refusal | None:
        """ "How many overseas users does Alibaba have now?", "how many warehouses were
        actually established?": the article gives a target or a forecast."""
        asked_of_a_plan = (
            "about the present"
            if self._forecast_for_now(best, a)
            else "what actually came of it"
            if isinstance(best, Reading) and self._outcome_of_a_plan(best, a)
            else None
        )
        if asked_of_a_plan is None:
            return None
        aim = "a target" if self.base.facts[best.facts[0]].qualifier == "target" else None
        detail = (
            f"that asks {asked_of_a_plan}, and the article gives that figure only as "
            f"{aim or 'a forecast'}"
        )
        return Refusal("kind", detail=detail, near=best.facts)

    def _foreseen(self, fact_id: str) -> bool:
        """A forecast or target, or a figure computed from such figures only (the domestic
        rest of Alibaba's 2025 goal)."""
        if self.base.facts[fact_id].is_forecast:
            return True
        depends = self.verifier.depends.get(fact_id, ())
        return bool(depends) and all(self.base.facts[f].is_forecast for f in depends)

    def _outcome_of_a_plan(self, reading: Reading, a: Analysis) -> bool:
        """A target or forecast, for a question about what came of it ("how many overseas
        warehouses were actually established?"), unless the question names the plan itself
        ("what was the target, actually?", "what did the guideline actually call for?")."""
        if a.forecast:
            return False
        if not all(self.base.facts[f].is_forecast for f in reading.facts):
            return False
        asked = a.stems[a.context_until :]
        lexicon = self.vocab.lexicon
        if find_phrases(asked, lexicon.plan_words):
            return False
        if a.claimed:
            # "and were they all built?" asks what came of the 100 warehouses; a claim that
            # types a figure or a year checks the target itself ("is the target 100?")
            return not any(is_number(w) for w in lexicon.words(a.question))
        # "how many have been built?", "... so far": what was done by the article's date
        return (
            bool(find_phrases(asked, lexicon.outcome_words))
            or self._up_to_now(asked)
            or self._done_in_the_past(asked)
        )

    def _done_in_the_past(self, asked: list[str]) -> bool:
        """ "How many overseas warehouses were built?", "how many did China build?": a verb
        of carrying the plan out, within three words after "were", "got" or "did"."""
        lexicon = self.vocab.lexicon
        for _, at in find_phrases(asked, lexicon.done_verbs):
            before = asked[max(0, at - 3) : at]
            aux = [i for i, w in enumerate(before) if w in lexicon.done_auxiliaries]
            # "when was the target set up?": the plan itself was made, not carried out
            if aux and not set(before[aux[-1] :]) & lexicon.target_words:
                return True
        return False

    def _past_for_the_future(self, reading: Reading, a: Analysis) -> bool:
        """A figure of the past, for a question about the future ("which country will be top
        next?", "how much will Russians spend?"): none of the facts is a forecast or target,
        and the question names none of their years."""
        if a.claimed or not find_phrases(a.stems[a.main_from :], self.vocab.lexicon.future_cues):
            return False
        depends = self.verifier.depends
        used = set(reading.facts).union(*(depends.get(f, ()) for f in reading.facts))
        if any(self.base.facts[f].is_forecast for f in used):
            return False
        years = {y for f in reading.facts for y in self.vocab.terms[f].years}
        return not (years & set(a.years))

    def _the_forecast_of(self, a: Analysis) -> str | None:
        """The one figure the article forecasts for the year a question names with no
        other word ("the 2018 forecast?"): a stated figure, not one computed from it."""
        named = set(a.stems[a.context_until :]) & self.vocab.lexicon.forecast_nouns
        if not named or len(a.years) != 1 or a.opinion:
            return None
        found = [
            f.id
            for f in self.base.facts.values()
            if f.qualifier == "expected"
            and not f.formula
            and a.years[0] in self.vocab.terms[f.id].years
        ]
        return found[0] if len(found) == 1 else None

    def _the_other_bound(self, reading: Reading, a: Analysis) -> str | None:
        """The bound asked ("minimum", "upper figure"), when the figure found is the other."""
        if reading.op is not None:
            return None
        stated = BOUND_SIDES.get(self.base.facts[reading.facts[0]].qualifier or "")
        asked = {
            self.vocab.lexicon.bound_words[key]
            for key, _ in find_phrases(a.stems[a.context_until :], self.vocab.lexicon.bound_words)
        }
        if stated is None or not asked or stated in asked:
            return None
        return {"upper": "maximum", "lower": "minimum"}[next(iter(asked))]

    def _unrounded_of_a_bound(self, reading: Reading, a: Analysis) -> bool:
        """ "The exact number of buyers, not the rounded figure": the article says only
        "more than 100 million", so no exact number is there to give."""
        if reading.op is not None:
            return False
        qualifier = self.base.facts[reading.facts[0]].qualifier
        if qualifier not in (*BOUND_SIDES, "about"):
            return False
        return bool(find_phrases(a.stems[a.context_until :], self.vocab.lexicon.unrounded_words))

    def _rate_of_another_year(self, a: Analysis) -> Refusal | None:
        """A conversion "at the 2015 exchange rate": the article implies one rate, from
        its figures of one year; a rate of another year is none it gives."""
        rates, _, years = self._rates
        other = [year for year in self._rate_years(a).values() if year not in years]
        return Refusal("year", near=rates[:1], years=(other[0],)) if other else None

    def _rate_years(self, a: Analysis) -> dict[int, int]:
        """Years said right before a rate word ("at the 2016 implied rate"): position ->
        year; in a conversion they date the rate, not the figure."""
        if not a.currency:
            return {}
        rate_words = self._rates[1]
        return {
            at: year for at, year in a.year_at.items() if set(a.stems[at + 1 : at + 4]) & rate_words
        }

    @cached_property
    def _rates(self) -> tuple[tuple[str, ...], frozenset[str], frozenset[int]]:
        """The implied exchange rates, the words that name a rate, and the year they are of."""
        rates = [f for f in self.base.facts.values() if f.formula and f.formula.op == "rate"]
        words = {s for f in rates for k in f.keywords for s in stems(k)}
        years = frozenset(y for f in rates if (y := self._year_of(f.id)) is not None)
        return (
            tuple(f.id for f in rates),
            frozenset(words & self.vocab.lexicon.conversion_words),
            years,
        )

    def _rates_year_dropped(self, a: Analysis) -> None:
        """ "In dollars at the 2016 implied rate?": the year dates the rate, not the figure
        to convert (the 2018 forecast just given)."""
        years = self._rates[2]
        for at, year in self._rate_years(a).items():
            if year in years:
                del a.year_at[at]
                a.years = [y for y in a.years if y != year or y in a.year_at.values()]
                a.year_span.discard(at)
                a.ignored_at.add(at)
                a.lexical.add(at)

    def _claim_dated_by_last(
        self, a: Analysis, checked: Query | Refusal | None, last: Frame | None
    ) -> Query | None:
        """ "And the pilot zones were confirmed that same year too, right?" after the 2015
        guideline: the claim with the year of the last answer (moved by "the year before")
        written where the words for it stand, so that it can be checked."""
        if last is None or not (a.same_year or a.year_shift) or a.years:
            return None
        if isinstance(checked, Query):
            claim = checked.claim
            if claim is None or claim.years or claim.numbers:
                return None
        elif not isinstance(checked, Refusal) or checked.reason != "uncheckable":
            return None
        span = sorted(at for at in a.year_span if at >= a.context_until)
        fact = self.base.facts[last.facts[-1]]
        dated = fact.unit == "year" and isinstance(fact.value, (int, Decimal))
        year = int(fact.value) if dated else self._year_of(fact.id)  # a date is its year
        if not span or year is None:
            return None
        words = [w for at, w in enumerate(a.raw) if at not in span]
        words.insert(span[0], f"in {year + a.year_shift}")
        again = " ".join(words) + "?"
        read = self._check_claim(again, analyse(again, self.vocab, self.known_numbers))
        return read if isinstance(read, Query) and read.claim is not None else None

    def _date_given(self, frame: Frame) -> int | None:
        """The year the last answer gave when it was a date, or the first of the dates a
        span was counted between ("how many years before the article was that?" after 2013:
        still 2013)."""
        dates = [self.base.facts[f] for f in frame.facts]
        if not dates or any(d.unit != "year" or d.value is None for d in dates):
            return None
        first = dates[0].value
        return int(first) if first == int(first) else None

    def _year_of(self, fact_id: str) -> int | None:
        """A figure's year, or for one computed from dated figures the latest of theirs."""
        fact = self.base.facts[fact_id]
        if fact.year is not None:
            return int(fact.year)
        years = self.base.years(fact)
        return max(years) if years else None

    def _pinned_by_years(self, analysis: Analysis, alone: Query) -> bool:
        """A comparison of one measure in two years, each year typed in the turn."""
        if alone.op is None or len(alone.facts) != 2 or not analysis.ops:
            return False
        first, second = (self.base.facts[f] for f in alone.facts)
        if first.measure != second.measure or first.entity != second.entity:
            return False
        typed = set(analysis.years)
        return all(set(years_in(f.period)) & typed for f in (first, second))

    def _leans_on_context(self, analysis: Analysis, alone: Query | Refusal) -> bool:
        signals = (
            analysis.anaphora
            or analysis.opener
            or analysis.ops
            or analysis.years
            or analysis.currency
            or analysis.expects
            or self._content(analysis)
        )
        if not signals:
            return False  # "hello", "thanks": small talk, not a follow-up
        if isinstance(alone, Refusal):
            return alone.reason in (
                "nothing",
                "unsupported",
                "ambiguous",
                "unknown",
                "year",
                "vague",
            )
        return analysis.anaphora or analysis.opener or len(self._content(analysis)) <= 1

    def _share_of_the_whole_named(self, found: str, a: Analysis) -> str | None:
        """The share the article states of a part in a whole it implies from them, when
        the question asks how much of the one the other is: "how much of the world's
        e-commerce is China's?" (the whole found, China named: 39.2%), "how much of total
        retail is online shopping?" (the part found, the whole named: 14%)."""
        said = set(a.stems[a.context_until :])
        named = {e for s in said for e in self.vocab.naming.get(s, ())}
        stop = self.vocab.lexicon.function_words
        shares = set()
        formula = self.base.facts[found].formula
        if formula is not None and formula.op == "implied_whole":  # the whole was found
            part, share = formula.args
            entity = self.base.facts[part].entity
            if entity != self.base.facts[found].entity and entity in named:
                shares.add(share)
        for whole in used_by(self.base, "implied_whole", 0, found):  # the part was found
            own = set(self._measure_stems(whole)) - set(self._measure_stems(found)) - stop
            if said & own:
                shares.add(self.base.facts[whole].formula.args[1])  # type: ignore[union-attr]
        return next(iter(shares)) if len(shares) == 1 else None

    def _what_the_people_counted_do(self, a: Analysis, at: int) -> str | None:
        """A verb right after the people counted that no figure of the article is about
        ("buyers listen to podcasts", "users own a dog"): it narrows them to a group the
        article never counts. Verbs of giving figures or of the article's own measures
        ("respondents said they shopped", "users made purchases") narrow nothing new."""
        lexicon = self.vocab.lexicon
        allowed = (
            lexicon.function_words
            | lexicon.auxiliaries
            | lexicon.do_forms
            | lexicon.source_verbs
            | lexicon.attribution_cues
        )
        for k in range(at + 1, min(at + 3, len(a.stems))):
            said = a.stems[k]
            if said in self.vocab.index or said in allowed or is_number(said):
                continue
            if set(parts_of_speech(a.raw[k])) != {VERB}:
                return None
            if any(s in self.vocab.index for s in a.stems[k + 1 : k + 4]):
                return None  # "users were making purchases": the article's own measure
            return a.raw[k]
        return None

    def _only_the_year_typed(self, best: Reading, a: Analysis) -> bool:
        """A date found by the year the fragment typed and no question word: it would only
        say that year back, which nothing asked ("cross-border 2015?")."""
        fact = self.base.facts[best.facts[0]]
        if best.op is not None or fact.unit != "year" or not isinstance(fact.value, Decimal):
            return False
        if a.expects is not None or a.claimed or a.checking or a.ops:
            return False
        if set(a.stems) & self.vocab.lexicon.question_words:
            return False  # "what did JD launch in 2015?": the thing of that date is asked
        return int(fact.value) in a.years

    def _fact_typed(self, amount: tuple[str, str]) -> str | None:
        """The one figure of the article a typed sum is, to the unit (6.3 trillion yuan)."""
        value, unit = amount
        same = [
            f.id
            for f in self.base.facts.values()
            if f.formula is None and f.unit == unit and f.value == Decimal(value)
        ]
        return same[0] if len(same) == 1 else None

    def _own_measure_left_out(
        self, analysis: Analysis, alone: Query | Refusal, leaning: Query | Refusal
    ) -> bool:
        """The turn read alone finds one figure by its measure's own words said together
        ("online shopping"), which no measure of the figure found with an earlier turn's
        words says together."""
        if not (isinstance(alone, Query) and isinstance(leaning, Query)):
            return False
        if alone.op is not None or len(alone.facts) != 1 or leaning.facts == alone.facts:
            return False
        lexicon = self.vocab.lexicon
        plain = lexicon.function_words | lexicon.date_words | set(self.vocab.entity_stems)
        own = [w for w in self._measure_stems(alone.facts[0]) if w not in plain]
        asked = analysis.stems[analysis.context_until :]
        said = [
            tuple(own[i:j])
            for i in range(len(own))
            for j in range(i + 2, len(own) + 1)
            if _contains(asked, own[i:j])
        ]
        if not said:
            return False
        longest = max(said, key=len)
        return not any(_contains(self._measure_stems(f), longest) for f in leaning.facts)

    def _content(self, analysis: Analysis) -> list[str]:
        fw = self.vocab.lexicon.function_words
        return [
            s
            for i, s in enumerate(analysis.stems)
            if i not in analysis.lexical
            and s not in fw
            and not (s == "not" and i in analysis.chat_at)  # "I don't think in yuan"
        ]

    def _memory(self, analysis: Analysis, result: Query | Refusal) -> dict:
        """What a follow-up may lean on: the words of the question that the answer was
        about (its facts' words, its year, currency and operation), not every word that
        earlier turns ever brought in."""
        if not isinstance(result, Query):
            return {"stems": list(analysis.stems)}
        if result.op == "amount" and result.amount is not None:
            # a sum the user typed is no figure of the article to lean on; "and 26.1?"
            # converts another sum the same way
            memory: dict = {"stems": [], "typed": [*result.amount, result.currency]}
            stated = self._fact_typed(result.amount)
            if stated is not None:  # "6.3 trillion yuan in dollars" then "what percent of
                # that is Russia's spending?": that is the cross-border volume, converted
                memory["last"] = Frame((stated,), None, result.currency).to_memory()
            return memory
        share = result.amount[0] if result.op == "part" and result.amount else None
        last = Frame(
            result.facts, result.op, result.currency, share, result.ordered, result.inverted
        ).to_memory()
        about: set[str] = set()
        for fact_id in result.facts:
            if fact_id in self.vocab.terms:
                about |= self.vocab.terms[fact_id].all
        structure = self.vocab.lexicon.connectors | self.vocab.lexicon.stopwords
        # a figure claimed is kept only if the article states it ("80 percent of that went to
        # China"); "so that's like a third?" leaves no 33.33 for the next turn to quote
        stated: set[str] = set()
        if result.claim is not None:
            stated = set().union(*(typed_numbers(self.base.facts[f]) for f in result.facts))
        kept = [
            s
            for i, s in enumerate(analysis.stems)
            if (s in about or s in structure or i in analysis.lexical or i in analysis.expects_span)
            and not (result.claim is not None and is_number(s) and s not in stated)
        ]
        if (
            analysis.anaphora
            and result.used_context
            and len(result.facts) == 1
            # "apply it to the 26.1 trillion": the sum typed names the figure, not "it"
            and not any(
                is_number(s) and i not in analysis.year_span for i, s in enumerate(analysis.stems)
            )
        ):
            measure = self.vocab.terms[result.facts[0]].measure
            own = [s for s in stems(self.base.facts[result.facts[0]].measure) if s in measure]
            if not set(kept) & set(own):
                # "were they confirmed by the Ministry?" after the pilot zones: "they" stays
                # the pilot zones for the next turn, as if the user had named them
                kept += own
        subjects = {self.base.facts[f].entity for f in result.facts}
        named = self.vocab.entities_named(analysis.stems)
        if analysis.expects in ("text", "subject") and len(subjects) == 1 and not named & subjects:
            # "which platform launched a Russian version?": the subject the answer names
            # is the one a next "its" points at, as if the user had named it
            kept += list(stems(self.base.entities[next(iter(subjects))].name))
        memory = {"stems": kept, "last": last}
        # "base-year (2016) volume in USD?" answered with a sum asked no date for the next
        # turns to ask again
        dated = all(self.base.facts[f].unit == "year" for f in result.facts)
        asked_a_date = analysis.expects != "year" or dated
        # "what year did the State Council confirm the pilot zones?" ("In 2016: ..."): a year
        # asked of a figure, which a next turn keeps only when it names an event
        asked_a_date = asked_a_date or result.when
        if analysis.expects in INHERITED_KINDS and not analysis.expects_weak and asked_a_date:
            memory["asked"] = analysis.expects  # "when was X founded?" ... "and JD's?"
            memory["asked_of_its_own"] = not result.used_context  # not "what year?" alone
        return memory

    def interpret(self, a: Analysis, used_context: bool = False) -> Query | Refusal:
        result = self._interpret(a, used_context)
        asked = self._asked_past_a_premise(a, result, used_context)
        if asked is not None:
            return asked
        if self._whose_instead(a, result):
            # "who expects to serve 2 billion consumers by 2025?": no statement answers
            # "who", but the figure the words name is one subject's: that subject
            again = self._interpret(replace(a, expects="subject"), used_context)
            pinned = isinstance(again, Query) and self.vocab.terms[again.facts[0]].numbers & set(
                a.stems
            )  # the figure typed is that subject's own: "who ... 2 billion consumers"
            if pinned and again.whose and not self._names_subject_of(again, a):
                return again
        return result

    def _asked_past_a_premise(
        self, a: Analysis, result: Query | Refusal, used_context: bool
    ) -> Query | None:
        """ "Online shopping was 14% of total retail. What was total retail then?": a sentence
        before the question that states a figure is a premise; its words helped the figure
        it states outscore the one the question asks. When the asking sentence alone
        finds a figure of its own, that is the one asked."""
        if not a.context_until or used_context or a.anaphora:
            return None
        if not any(map(is_number, a.stems[: a.context_until])):
            return None
        asking = " ".join(a.raw[a.context_until :])
        alone = self._interpret(analyse(asking, self.vocab, self.known_numbers), used_context)
        if not isinstance(alone, Query) or alone.claim is not None:
            return None
        if isinstance(result, Query) and set(alone.facts) == set(result.facts):
            return None
        premised = self.vocab.subjects_named(a.stems[: a.context_until])
        own = {self.base.facts[f].entity for f in alone.facts}
        named = self.vocab.entities_named(a.stems[a.context_until :])
        if premised and not premised & own and not named & own:
            return None  # "Alibaba wants 3 billion consumers? so how many are overseas": not
            # the overseas warehouses, which the question found alone
        return alone

    def _no_company_to_name(self, reading: Reading, a: Analysis) -> bool:
        """ "Which platform launched VIPme?" names the company whose figure it is; "which
        platforms got the Russians' money?" would name Russia, no company at all: the
        subject answered must be of a kind a company question can name."""
        if a.expects != "subject" or reading.op is not None:
            return False
        question_words = self.vocab.lexicon.naming_question_words
        if all(a.stems[i] in question_words for i in a.expects_span):
            return False  # "who set the 100 warehouses target?": any body may be named
        return not self.base.entities[self.base.facts[reading.facts[0]].entity].kinds

    def _names_subject_of(self, query: Query, a: Analysis) -> bool:
        entity = self.base.entities[self.base.facts[query.facts[0]].entity]
        return bool(set(stems(" ".join((entity.name, *entity.aliases)))) & set(a.stems))

    def _whose_instead(self, a: Analysis, result: Query | Refusal) -> bool:
        """A name asked ("who", "which company") that no statement gives."""
        if a.expects != "text" or not isinstance(result, Refusal) or a.claimed:
            return False
        asked = set(a.stems[a.context_until :]) & self.vocab.lexicon.naming_question_words
        return bool(asked) and result.reason == "unsupported" and "<text>" in result.words

    def _kind_its_value_names(self, best: Reading, a: Analysis) -> frozenset[str]:
        """The word asked for a kind ("country" of "which country") when the statement's
        value names one of that kind the lexicon lists (China, the United States)."""
        fact = self.base.facts[best.facts[0]]
        if not fact.is_text:
            return frozenset()
        lexicon = self.vocab.lexicon
        value = [s for s in stems(str(fact.value)) if s not in lexicon.function_words]
        asked = {a.stems[i] for i in a.expects_span if i < len(a.stems)}
        for kind in lexicon.contrast_kinds:
            named = set(stems(kind.name)) & asked
            found = [m for m in kind.members if contains_phrase(value, m)]
            # the value is nothing but names of that kind ("the United States and the
            # United Kingdom"), not a sentence that mentions one ("China faces ...")
            if named and found and set(value) <= {w for m in found for w in m}:
                return frozenset(named)
        return frozenset()

    def _interpret(self, a: Analysis, used_context: bool = False) -> Query | Refusal:
        if not a.raw:
            return Refusal("empty")
        own = self._the_users_own_subject(a)
        if own is not None:  # "how much did my cousin spend?": nothing the article reports
            return Refusal("unsupported", words=(own,), near=())
        if a.undated_shift:  # "and the year before?" after the past 12 months' active users
            detail = "the article gives that figure for one period only, with no year before it"
            return Refusal("kind", detail=detail)
        if self._earlier_edition(a):  # "in the previous survey": the article reports one
            detail = "the article reports one edition of that work only, not an earlier one"
            return Refusal("kind", detail=detail)
        in_money = any(at >= a.turn_from for at in a.currency_at) and not a.percent_named
        if a.yearly_amount or "cagr" in a.op_names and in_money:
            # "average annual increase, in RMB": the compound rate is a percentage, not that
            detail = (
                "that asks for an average yearly change as an amount;"
                " I give yearly growth in percent"
            )
            return Refusal("kind", detail=detail)
        fw = self.vocab.lexicon.function_words
        must = {
            s
            for i, s in enumerate(a.stems)
            if i not in a.lexical
            and s not in fw
            and i >= a.context_until
            and i not in a.aside_at  # "... I always get these ministries muddled."
            and not (s == "not" and i in a.chat_at)  # "I didn't catch the level": not the figure
        }
        quotes_money = any(
            is_number(s) and i + 1 < len(a.stems) and a.stems[i + 1] in SCALE_WORDS
            for i, s in enumerate(a.stems)
        )
        if a.currency and (must - self.vocab.lexicon.conversion_words or quotes_money):
            must -= self.vocab.lexicon.conversion_words  # "... in dollars at the article's rate"
        # A figure the user quotes must belong to the facts used: "100 million users" is
        # not Alibaba's 2 billion consumers.
        must |= {
            s
            for i, s in enumerate(a.stems)
            if is_number(s)
            and i not in a.year_span
            and i not in a.per_unit_at
            and i not in a.ignored_at  # "to 2 decimal places"
            and i not in a.aside_at  # "What's China's share? I want to say it's forty."
            and i >= a.context_until
            and not self._counts_the_answer(a, i)
        }
        if "not" in must and self._negates_a_unit(a):
            # "the dollar amount, not the percent": the unit is negated, not the figure
            must.discard("not")
            a = replace(a, stems=["the" if s == "not" else s for s in a.stems])
        other_rate = self._rate_of_another_year(a)
        if other_rate is not None:  # "at the 2018 exchange rate": the article implies 2016's
            return other_rate
        typed = self._typed_amount(a, must)
        if typed is not None:
            return typed
        if a.opinion:
            return Refusal("opinion", near=self.ranker.nearest(a, must))
        if self._meaning_asked(a):
            detail = "that asks what a word means; the article gives figures, not definitions"
            return Refusal("kind", detail=detail, near=self.ranker.nearest(a, must))
        if a.procedure:
            return Refusal("procedure", near=self.ranker.nearest(a, must))
        bought = self._goods_asked(a)
        if bought is not None:  # "and what did they buy mostly?": the goods, never named
            return Refusal("unsupported", words=(bought,), near=self.ranker.nearest(a, must))
        if a.task:
            return Refusal("task")
        asked = a.stems[a.context_until :]
        if a.expects == "reason" and set(asked) & self.vocab.lexicon.mechanism_verbs:
            # "how do flash sales work?": how a thing works, which the article never explains
            working = next(
                (
                    w
                    for w in a.raw[a.context_until :]
                    if stem(w.lower()) in self.vocab.lexicon.mechanism_verbs
                ),
                "work",
            )
            return Refusal("unsupported", words=(working,), near=self.ranker.nearest(a, must))
        listed = self.listing.answer(a, must)
        if listed is not None:
            return listed
        outside = list(a.outside)
        if a.outside_before and (a.points_back or not must or not a.context_until):
            # "I worked in customs. How many pilot zones were confirmed?" asks on its own;
            # "I shop on Ozon. How many buyers does it have?" asks about Ozon
            outside += a.outside_before
        if outside:
            near = self.ranker.nearest(a, must)
            return Refusal("unknown", words=tuple(dict.fromkeys(outside)), near=near)
        unknown = tuple(s for s in a.stems if s in must and s not in self.vocab.known)
        unknown = tuple(dict.fromkeys(unknown))
        harmless = self._harmless(a, unknown)
        unknown = tuple(s for s in unknown if s not in harmless)
        must -= harmless
        foreign = [
            raw
            for i, (s, raw) in enumerate(zip(a.stems, a.raw, strict=False))
            if i < a.context_until
            and s not in self.vocab.known
            and "'" not in raw
            and not is_english(raw)
        ]
        if a.anaphora and len(foreign) > 1:  # "JD has a versión en español? when was it launched?"
            return Refusal("unknown", words=tuple(dict.fromkeys(foreign)), near=())
        if a.unknown_numbers:
            near = self.ranker.nearest(a, must - set(unknown))
            return Refusal("unknown", words=tuple(a.unknown_numbers), near=near)
        must -= set(unknown)
        if a.per_currency and not {"growth", "cagr"} & set(a.op_names):  # a rate is no growth
            rate = self._rate_per(a.per_currency)
            left = self._beyond_a_given_conversion(must - self.vocab.lexicon.conversion_words)
            relaxed = rate is not None and not used_context and "convert" not in a.op_names
            named = self._rate_words(rate) if relaxed and rate else set()
            if rate is not None and not left - named:
                # "what is 1 yuan worth in dollars", "yuan per dollar", "... at the rate
                # the article's cross-border figures imply": the figures it is taken from
                reading = Reading((rate,), None, "ratio", frozenset(), 0.0, 0)
                # "the dollar-yuan rate today": the article's rate is of 2016
                dated = self.verifier.years_left_out(reading, a)
                asked = a.stems[a.context_until :]
                if asked[:1] == ["now"]:
                    asked = asked[1:]  # "now, which rate does the article imply?" moves on
                if dated is None and find_phrases(asked, self.vocab.lexicon.now_words):
                    # "сейчас", "currently": no year named, the present still asked
                    detail = "that asks for today's rate, and the article implies only its own"
                    return Refusal("kind", detail=detail, near=(rate,))
                return dated or self._query(reading, a, used_context)
        if not must and a.context_until and not used_context:
            # "I need Yandex's figure for Russian spending in 2016. What was it?": the
            # asking sentence only points back; the sentences before it say what is asked.
            # A negation there of a word that names nothing ("they didn't bother to give a
            # dollar figure") is not the figure's ("... had NOT shopped. Work that out?").
            lexicon = self.vocab.lexicon
            fillers = lexicon.function_words - lexicon.stopwords
            negations = {
                i
                for i, s in enumerate(a.stems[: a.context_until])
                if s == "not" and a.stems[i + 1 : i + 2] and a.stems[i + 1] in fillers
            }
            whole = replace(a, context_until=0, chat_at=a.chat_at | negations)
            return self.interpret(whole, used_context)
        if not must and a.anaphora and a.aside_at and not a.context_until and not used_context:
            # "..., and I heard China's online shopping is enormous, what did it come to in
            # 2016?": "it" is what the aside about the user names
            named = {i for i in a.aside_at if a.stems[i] in self.vocab.index}
            if named:  # its words of the article's measures are read, the rest stays aside
                kept = replace(a, aside_at=a.aside_at - named, chat_at=a.chat_at - named)
                return self.interpret(kept, used_context)
        spans_to_a_year = a.expects == "duration" and bool(set(a.years) - {ARTICLE_YEAR})  # to 2025
        forecast = self._the_forecast_of(a) if not must else None
        if forecast is not None:  # "the article's 2018 forecast - how many yuan?"
            reading = Reading((forecast,), None, "lookup", frozenset(), 0.0, 0)
            return self._dated_query(reading, a, used_context)
        if not must and not spans_to_a_year:
            if unknown:
                return Refusal("unknown", words=_raw_words(a, unknown), near=())
            return Refusal("nothing", near=self.ranker.nearest(a, set()))
        counted = a.asked_unit if a.expects == "amount" and not a.claimed else None
        lexicon = self.vocab.lexicon
        if counted in lexicon.user_world_nouns or counted in lexicon.uncounted_nouns:
            # "how many episodes of our podcast covered AliExpress?": no count of those
            word = a.raw[a.stems.index(counted)]
            return Refusal("unknown", words=(word,), near=self.ranker.nearest(a, must))
        if lexicon.count_families.get(counted or "") == "people":
            at = a.stems.index(counted)
            working = [w for w in a.raw[at + 1 : at + 4] if stem(w.lower()) in lexicon.staff_verbs]
            if working:  # "how many people is work in Alibaba?": its staff, not its consumers
                return Refusal("unknown", words=(working[0],), near=self.ranker.nearest(a, must))
            doing = self._what_the_people_counted_do(a, at)
            if doing:  # "how many AliExpress buyers listen to podcasts?": not all its buyers
                return Refusal("unknown", words=(doing,), near=self.ranker.nearest(a, must))
        readings = self._readings(a, must)
        dated = [r for r in readings if self._a_date_against_a_number(r, a)]
        if dated and len(dated) < len(readings):
            # "how many more active users than buyers did AliExpress have?": never the
            # purchasers less the year AliExpress was set up
            readings = [r for r in readings if r not in dated]
        if not readings:
            return Refusal(
                "unsupported", words=tuple(sorted(must)), near=self.ranker.nearest(a, must)
            )
        if not a.checking:
            offered = _alternatives(a, fw, self.vocab.lexicon.yes_no_words)
            for reading in readings:
                if not used_context:  # figures of earlier turns are no quotes of this one
                    reading.uncovered = frozenset(reading.uncovered - self._beside(reading))
                if offered:
                    reading.uncovered = frozenset(
                        reading.uncovered - self._declined(reading, offered)
                    )
                if self._whole_misplaced(reading, a):
                    reading.uncovered = reading.uncovered | {"<of>"}
                if self._negates_another(reading, a):
                    reading.uncovered = reading.uncovered | {"not"}
            readings.sort(key=Reading.rank)
        premises: list[str] = []
        quoted_readings: list[Reading] = []
        while (
            readings
            and not (a.breakdown or a.checking)
            and self.verifier.is_premise(readings[0], a)
        ):
            # "What does the 39.2% share imply for global e-commerce?": a figure the user
            # gave is a premise; the answer is another figure, computed from it or beside
            # it, or none. The premise's own words are explained for figures built on it.
            premises.append(readings[0].facts[0])
            quoted_readings.append(readings[0])
            readings = [r for r in readings if r.op is not None or r.facts[0] not in premises]
            for reading in readings:
                if any(self._rests_on(reading, p, a) for p in premises):
                    explained = set().union(*(self.vocab.terms[p].all for p in premises))
                    explained.add(f"<{a.expects}>")
                    owners = {self.base.facts[p].entity for p in premises}
                    if self.base.facts[reading.facts[0]].entity in owners:
                        explained.add("<subject>")  # "the 28,000 respondents" name the survey
                    reading.uncovered = frozenset(reading.uncovered - explained)
                    if self._unnamed_part(reading, premises, must):
                        # "run the $4.3bn through that": nothing but the whole's own words
                        # names the Chinese part computed from it
                        reading.uncovered = reading.uncovered | {"<part>"}
            readings.sort(key=Reading.rank)
        worded = {s for s in must if not is_number(s)}
        scope = self.vocab.lexicon.scope_words
        if (
            premises
            and (a.opener or worded & scope)
            and not used_context  # merged with earlier words, the turn's own are not alone
            and not (a.ops or a.years or a.year_shift or unknown or a.claimed or a.checking)
            and "not" not in a.stems  # "and the remainder is under a billion dollars?"
            and a.expects in (None, "amount")
            and (
                self._names_the_quoted(premises[0], worded - scope)
                # "what does the 6.3 trillion figure include?": nothing but what it covers
                or worded <= scope
                and self._quoted_in_full(premises[0], a)
            )
        ):
            # "and the 26.1 trillion total e-commerce?": the figure quoted, by its own words,
            # is the one asked about (in the currency the conversation uses); "what does the
            # 6.3 trillion yuan cross-border estimate include?": what that figure covers
            return self._dated_query(quoted_readings[0], a, used_context)
        if premises and not worded:
            # "what is the 26.1 trillion yuan?", "where did the 4.3 billion come from?": the
            # figure quoted is what is asked about, if quoted in full and alone
            typed = [s for s in must if is_number(s)]
            share = self.base.facts[premises[0]].unit == PERCENT  # "the 14% - a share of?"
            ops = set(a.op_names) - ({"percent"} if share else set())
            alone = len(typed) == 1 and not (unknown or a.claimed or a.checking or ops or a.years)
            markers = self.vocab.lexicon.whole_markers
            # "how many people is that of 28000?": a figure typed as the whole is not asked
            whole = any(
                is_number(s) and i and a.stems[i - 1] in markers for i, s in enumerate(a.stems)
            )
            if alone and not whole and self._quoted_in_full(premises[0], a):
                return self._dated_query(quoted_readings[0], a, used_context)
            return Refusal("premise", near=tuple(premises))  # "what is 2 plus 2"
        if premises and (not readings or readings[0].uncovered):
            rest = None if unknown else self._rest_beside(premises, a, must, used_context)
            if rest is not None:  # "not counting the 20 million who bought, how many ...?"
                return rest
            return Refusal("premise", near=tuple(premises))
        best = self._of_the_number_asked(readings, a, self._of_the_kind_asked(readings, a))
        best = self._not_a_count_for_how_much(readings, a, best)
        best = self._partner_in_the_same_unit(readings, best)
        best = self._not_named_already(readings, best, a)
        best = self._whole_unless_the_part_is_marked(readings, best, a)
        owner = self._owner_of_the_number_said(readings, best, a)
        if owner is None:
            return Refusal("ambiguous", near=self.ranker.nearest(a, must))
        best = owner
        if not self._names_a_measure(best, a) and self._asks_what_it_is(a, must):
            described = self._readings(a, must | {self.vocab.lexicon.described})
            if described and not described[0].uncovered and described[0].op is None:
                return self._dated_query(described[0], a, used_context)  # "what is JD?"
            named = self._named_by_value(readings, a)
            if named is not None:  # "who's Shen Difan": the general manager of AliExpress
                return self._dated_query(named, a, used_context)
        if not (
            self._names_a_measure(best, a)
            or self._one_source(readings, a)
            or self._one_date(readings, best, a)
        ):
            return Refusal("vague", near=self.ranker.nearest(a, must))
        if unknown:  # every meaningful word must be accounted for
            return Refusal(
                "unknown", words=_raw_words(a, unknown), near=self.ranker.nearest(a, must)
            )
        if self._a_figure_asked_of_a_statement(best, a):
            # "what's the cross-border figure for 2017?": no 2017 volume, and why the
            # platforms matter (a 2017 statement) is no figure
            detail = "that asks for a figure, and the article gives only a statement there"
            return Refusal("kind", detail=detail, near=self.ranker.nearest(a, must))
        comparing = {"ratio", "difference", "growth"} & set(a.op_names)
        if "not" in must and not comparing and not self._negation_is_named(best, a):
            rest = self._complement(a, must - {"not"}, used_context)
            if rest is None:
                rest = self._excluding(a, must - {"not"}, used_context)
            if isinstance(rest, Query) and "per_unit" in a.op_names:
                # "how many non-buying users per buyer?": the rest is found, the division
                # asked of it is not made, and the rest alone does not answer
                detail = "that asks the rest per one of another figure, which I can't compute"
                return Refusal("kind", detail=detail, near=rest.facts)
            if (
                isinstance(rest, Query)
                and "sum" in a.op_names
                and rest.op == "difference"
                and names_part_and_rest(a.stems[a.turn_from :], self.vocab.lexicon, nouns=True)
            ):
                # "overseas users plus non-overseas ones", "those who bought plus those who
                # didn't": a part and the rest of its whole added are the whole
                whole = Reading(rest.facts[:1], None, "lookup", frozenset(), 0.0, 0)
                return self._dated_query(whole, a, used_context)
            if isinstance(rest, Query):
                # "how many domestic consumers does Alibaba serve now?": the rest of a goal
                return self._asked_of_a_plan(rest, a) or rest
            if rest is not None:
                return rest
            if (
                best.op in (None, "per_unit")
                and not (a.claimed or a.checking)
                and self._negates_its_own_measure(best, a)
            ):
                # "how many of AliExpress's buyers are not overseas / are domestic?": the
                # figure found is of the very buyers the question excludes, and the article
                # gives no whole to take them from
                return Refusal("unsupported", words=_raw_words(a, ("not",)), near=best.facts)
        if "not" in best.uncovered and best.op == "difference" and self._whole_and_part(best):
            best.uncovered = best.uncovered - {"not"}  # "retail minus online: the offline part"
        if best.uncovered:
            best.uncovered = frozenset(best.uncovered - self._only_restating(a))
        if best.uncovered and a.expects == "subject" and best.op is None:
            # "which platform has 100 million overseas buyers?": the kind asked is the
            # answer's own (AliExpress is a platform), not a word of its measure
            kinds = self.base.entities[self.base.facts[best.facts[0]].entity].kinds
            asked = {a.stems[i] for i in a.expects_span if i < len(a.stems)}
            own = {stem(w) for k in kinds for w in k.split()} & asked
            best.uncovered = frozenset(best.uncovered - own)
        if best.uncovered and a.expects == "text" and best.op is None:
            # "which country was the top destination?": China is a country, so the kind
            # asked is the answer's own, as above
            best.uncovered = frozenset(best.uncovered - self._kind_its_value_names(best, a))
        if (
            best.op is None
            and not (a.claimed or a.checking)
            and self._names_only_its_value(best, a)
        ):
            # "and in the US?" after the survey: the US is named by the statement of the
            # countries China dislodged, which is no figure of the US
            start = max(a.context_until, a.turn_from)
            said = zip(a.raw[start:], a.stems[start:], strict=False)
            named = tuple(w for w, s in said if s in must)  # this turn's words, not earlier ones
            return Refusal("unsupported", words=named, near=self.ranker.nearest(a, must))
        counted = self._count_of_a_list(best, a)
        if counted is not None:  # "how many language versions did JD's platform come with?"
            return counted
        if best.uncovered:
            return Refusal(
                "unsupported",
                words=_raw_words(a, tuple(best.uncovered)),
                near=self.ranker.nearest(a, must),
            )
        asked = [op for op in a.op_names if op in (*BINARY_OPS, "cagr")]
        if best.op is None and best.op_unanswered and asked and not a.breakdown:
            # A share, ratio or change was asked for and no reading computes it: answering
            # with a plain figure would answer another question.
            typed = next(a.raw[at] for op, at in a.ops if op == asked[0])
            return Refusal("unsupported", words=(typed,), near=self.ranker.nearest(a, must))
        growth = [op for op in a.op_names if op in ("growth", "cagr")]
        fact_unit = unit_of(self.base, self.base.facts[best.facts[0]])
        formula = self.base.facts[best.facts[0]].formula
        a_change = formula is not None and formula.op in ("difference", "growth", "cagr")
        unasked = best.op_unanswered or not self.base.facts[best.facts[0]].is_text
        if (
            growth
            and best.op is None
            and fact_unit != "%"
            and not a_change
            and not a.breakdown
            and unasked
        ):
            # "what yearly growth does that need" and only the exchange rate found
            typed = next(a.raw[at] for op, at in a.ops if op == growth[0])
            return Refusal("unsupported", words=(typed,), near=self.ranker.nearest(a, must))
        if a.breakdown and best.op is None and not self._is_part(best.facts[0]):
            share = None if used_context else self._share_of_the_whole_named(best.facts[0], a)
            if share is not None:  # "how much of global e-commerce does China account for?"
                reading = replace(best, facts=(share,), intent="lookup")
                return self._dated_query(reading, a, used_context)
            return Refusal("breakdown", near=best.facts)
        if (
            a.breakdown
            and best.op == "per_unit"
            and not set(a.stems) & self.vocab.lexicon.averaging_words
        ):  # "how many from each country, country by country?": each one's, no average
            return Refusal("breakdown", near=best.facts[:1])
        together = (
            None if a.claimed else self.verifier.asks_one_of_a_pair(best, a, not used_context)
        )
        if together:  # "the retail-only cross-border figure": the article gives retail and B2B
            return Refusal("breakdown", near=(together,))
        tie = self.ranker.tie(readings) or self._bare_share_of_many(readings, best, a)
        if tie and a.expects == "text" and not (a.claimed or a.checking):
            said = a.stems[a.context_until :]
            unsaid = [f for f in tie if not self._says_its_name(f, said)]
            if len(unsaid) == 1:  # "who did China dislodge?": of two names, the one the
                best = next(r for r in readings if r.facts[0] == unsaid[0])  # question does
                tie = []  # not say
        counted = self._of_the_family_asked(tie, a)
        if len(counted) == 1:  # "how many folks took part?": people, not countries
            best = next(r for r in readings if r.facts[0] == counted[0])
            tie = []
        reasons = [f for f in tie if (self.base.facts[f].measure or "").startswith("why ")]
        asks_why = a.expects == "reason" or any(
            self.vocab.lexicon.expects.get((s,)) == "reason" for s in a.stems
        )
        if len(reasons) == 1 and asks_why:  # "why was VIPme launched?": not its launch year
            best = next(r for r in readings if r.facts[0] == reasons[0])
            tie = []
        dates = [f for f in tie if self.base.facts[f].unit == "year"]
        said = set(a.stems[a.context_until :])
        event = a.expects is None and bool(said & self.vocab.lexicon.dated_nouns)  # "VIPme launch?"
        if tie and len(dates) == 1 and (a.claimed and a.years or self._asks(a) == "year" or event):
            # "AliExpress was set up in 2012, right?": of a date and a statement about the
            # same event, a claimed year is checked against the date
            best = next(r for r in readings if r.facts[0] == dates[0])
        elif tie and a.claimed and len({self.base.facts[f].clause for f in tie}) == 1:
            pass  # a claim about one sentence of the article: any of its figures checks it
        elif tie and (rate := self._quoted_pair(tie, a)) is not None:
            # "USD/CNY implied by the article": a pair quoted the market's way, per one of
            # the first currency named
            if find_phrases(a.stems[a.context_until :], self.vocab.lexicon.now_words):
                detail = "that asks for today's rate, and the article implies only its own"
                return Refusal("kind", detail=detail, near=(rate,))  # "usdcny spot now"
            best = next(r for r in readings if r.facts[0] == rate)
        elif tie and self._one_source_asked(tie, a):
            pass  # "who says China is the largest online retail market?": one source for all
        elif tie:
            return Refusal("ambiguous", near=tie)
        mixed = self.verifier.mixes_counts(best, a)
        if mixed:  # "from 60m active users to the 100m target" is not users to warehouses
            return Refusal("units", detail=mixed)
        people = self.verifier.people_for_money(best, a)
        if people:  # "what percentage of Russian shoppers bought from Chinese sites?"
            detail = f"that asks a share of the {people}, and the article gives a share of money"
            return Refusal("kind", detail=detail, near=best.facts)
        excepted = self._excepting_unanswered(best, a)
        if excepted:  # "what percent went to other platforms?": not the Chinese share
            return Refusal("unsupported", words=(excepted,), near=self.ranker.nearest(a, must))
        if self._negated_unasked(best, a):
            # "how much landed at Chinese online stores?": not the non-Chinese part
            kept = [
                r
                for r in readings
                if r.uncovered <= best.uncovered and not self._negated_unasked(r, a)
            ]
            if not kept:
                return Refusal("unsupported", near=self.ranker.nearest(a, must))
            best = kept[0]
        whole_given = self._whole_for_a_share(best, a)
        if whole_given is not None:  # "what's 14% of total retail?": not total retail itself
            if isinstance(whole_given, Refusal):
                return whole_given
            return self._dated_query(whole_given, a, used_context)
        missed = self.verifier.target_missed(best, a)
        if missed:  # "what share of that goal do they have now?": not the buyers' share
            level = [
                r
                for r in readings
                if not r.uncovered
                and (
                    abs(r.score - best.score) < 1e-6
                    and r.op == best.op
                    # "active users as % of the target": the share computed with the target,
                    # not a share the article gives of something else
                    or (best.op is None and r.op is not None and r.op in a.op_names)
                )
            ]
            aimed = [  # never a share of counts of two kinds (countries of users)
                r
                for r in level
                if not self.verifier.target_missed(r, a) and not self.verifier.mixes_counts(r, a)
            ]
            if not aimed:  # of two equally good readings, the one with the target named
                return Refusal("unsupported", words=(missed,), near=self.ranker.nearest(a, must))
            best = aimed[0]
        unnamed = None if used_context else self.verifier.unnamed_party(best, a)
        if unnamed:  # "what share of China's e-commerce was domestic": not Russia's spending
            return Refusal("unnamed", words=(self.base.entities[unnamed].name,), near=best.facts)
        if a.expects == "source" and best.op is None:
            giver = self._giver_of_the_kind_named(best, readings, a)
            if giver is None:  # "which person estimated the cross-border volume?": never
                # the firm that did, named as if it were a person
                source = self.base.sources.get(self.base.facts[best.facts[0]].source or "")
                credited = f", and the article credits it to {source.name}" if source else ""
                detail = f"that asks for a giver of another kind{credited}"
                return Refusal("kind", detail=detail, near=best.facts)
            best = giver
        if a.expects == "reason" and best.op is None:  # "why did Vip open VIPme?": the aim
            aim = replace(best, facts=self._purpose_of_its_sentence(best.facts[0]))
            best = best if self.verifier.explains_another_thing(aim, a) else aim
        if self.verifier.explains_another_thing(best, a):
            return Refusal("unsupported", words=(a.raw[0],), near=self.ranker.nearest(a, must))
        if self._only_the_year_typed(best, a):
            # "cross-border 2015?": not "JD rolled out its cross-border platform in 2015",
            # a date that only says back the year typed, which no question asked
            return Refusal("year", near=self.ranker.nearest(a, must), years=tuple(a.years))
        if self._names_of_another_kind(best, a):
            # "which countries took part in the survey?": not the countries China dislodged
            return Refusal("unsupported", near=self.ranker.nearest(a, must))
        head = self._head_of_another_measure(best, readings, a)
        if head is not None:
            # "what's the user target of Alibaba's push abroad?": the target, not the name
            # of the campaign its "of" describes
            if isinstance(head, Refusal):
                return head
            best = head
        if self.verifier.echoes_a_name(best, a):
            # "who did China dislodge?": not China; the next plain reading that fits every
            # word and names someone else, if there is one
            verbs = {  # what was done ("dislodge"), said in the measure of the one meant
                s
                for s, raw in zip(a.stems, a.raw, strict=False)
                if set(parts_of_speech(raw)) == {VERB}
                and s not in self.vocab.lexicon.function_words
            }
            # "who does the article describe as Russia's largest e-payment service?": the
            # verb only restates how the article puts it; any other name fits it
            describing = verbs & self.vocab.lexicon.description_words
            verbs -= describing
            others = [
                r
                for r in readings[1:TOP_CANDIDATES]
                if r.op is None
                and not r.uncovered - describing
                and self.base.facts[r.facts[0]].is_text
                and (
                    verbs <= set(stems(self.base.facts[r.facts[0]].measure))
                    if verbs
                    else describing
                )
                and not self.verifier.echoes_a_name(r, a)
            ]
            if len(others) != 1:
                return Refusal("unsupported", words=(a.raw[1],), near=self.ranker.nearest(a, must))
            best = others[0]
        own_whole = self._share_of_its_whole(best, a)
        if own_whole is not None:  # "what part of Russian money did not go to China, in %"
            best = own_whole
        foreign_whole = self.verifier.whole_of_another_subject(best, a)
        if foreign_whole:  # "what % of Russia's total e-commerce": no whole of Russia's
            detail = f"the whole it names is {foreign_whole}'s, and the article gives no such total"
            return Refusal("kind", detail=detail, near=best.facts)
        own_part = self.verifier.share_of_its_own_part(best, a)
        if own_part:  # "active users as a percentage of purchasers": not 33.3%
            detail = f"the share it gives is the other way round, with {own_part} as the part"
            return Refusal("kind", detail=detail, near=best.facts)
        echoed = self._year_echoed_as_figure(best, a)
        if echoed:  # "what was the cross-border figure in 2015?": not "JD launched in 2015"
            detail = f"it gives no such figure for {echoed}, only something that happened then"
            return Refusal("kind", detail=detail, near=self.ranker.nearest(a, must))
        if self._reason_unsupported(best, a):  # "what about the growth in 2017?": no
            # figure, and not a word of why cross-border platforms matter
            return Refusal("unsupported", near=self.ranker.nearest(a, must))
        other_whole = self.verifier.share_of_another_whole_detail(best, a)
        if other_whole:  # "what share of China's cross-border trade went to Russia?"
            return Refusal("kind", detail=other_whole, near=best.facts)
        unnamed_part = self.verifier.part_unnamed(best, a)
        if unnamed_part:  # "what % of Russian e-commerce overall is cross-border?": not 80%
            detail = (
                f"the article gives a share of that whole for one part only ({unnamed_part}),"
                " which the question doesn't name"
            )
            return Refusal("kind", detail=detail, near=best.facts)
        subject_only = self.verifier.part_named_by_its_subject_only(best, a)
        if subject_only:  # "what share of global e-commerce is Russia's?": not its spending
            detail = f"the article gives no part of that whole that is {subject_only}'s"
            return Refusal("kind", detail=detail, near=best.facts)
        reversed_share = self.verifier.share_of_its_part(best, a)
        if reversed_share:  # "what share of China's e-commerce": not China's share of the world
            return Refusal("unsupported", words=("share of",), near=self.ranker.nearest(a, must))
        other = self.verifier.other_measure_named(best, a)
        if other:  # "how fast did total RETAIL grow": online shopping's growth is not it
            return Refusal("unsupported", words=(other,), near=self.ranker.nearest(a, must))
        if self._asked_at_home(best, a):  # "Alibaba's 2025 consumers in China": the rest
            share = self._asks(a) == "percent"
            found = complement(self.base, best.facts[0], share, not share)
            if found is not None and not self._home_place_chose(best, found[1], a, must):
                rest = Reading(found[1], found[0], "difference", frozenset(), 0.0, 0)
                left_out = self.verifier.years_left_out(rest, a)  # "in China by 2020": 2025's
                if left_out is not None:
                    return left_out
                home = self._query(rest, a, used_context)
                return self._asked_of_a_plan(home, a) or home
            detail = "the article counts that only abroad, and gives no figure for China itself"
            return Refusal("kind", detail=detail, near=best.facts)
        ended = self.verifier.ending_unreported(best, a)
        if ended:  # "when did VIPme leave overseas markets": it reports the launch
            return Refusal("unsupported", words=(ended,), near=self.ranker.nearest(a, must))
        earlier = self.verifier.another_time_of_a_person(best, a)
        if earlier:  # "what did Shen Difan do before AliExpress": it names his role now
            period = self.base.facts[best.facts[0]].period or ARTICLE_YEAR  # (the article's)
            detail = f"it gives only the person's role in {period}, not what “{earlier}” asks"
            return Refusal("kind", detail=detail, near=best.facts)
        horizon = self.verifier.horizon_unsaid(best, a)
        if horizon:  # "the long-term user target": the article's is medium-term
            detail = f"the article gives a {horizon[1]}-term figure there, not a {horizon[0]} one"
            return Refusal("kind", detail=detail, near=best.facts)
        unnamed = self.verifier.asks_what_goes_unnamed(best, a)
        if unnamed:  # "what regulations did the government announce?": it names none
            detail = f"the article mentions {unnamed} but does not say which or what they are"
            return Refusal("kind", detail=detail, near=best.facts)
        if self._which_one_counted(best, a):  # "which one opened first?" after 12 zones
            detail = "that asks which one, and the article names none of them"
            return Refusal("kind", detail=detail, near=best.facts)
        if self._no_company_to_name(best, a):  # "which platforms got that money?"
            detail = "that asks which company or platform, and the article names none for it"
            return Refusal("kind", detail=detail, near=best.facts)
        elsewhere = self._given_by_another_source(best, a, must)
        if elsewhere is not None:  # "China's share of global e-commerce per iResearch"
            return elsewhere
        unnamed = self._name_asked_of_the_unnamed(best, a)
        if unnamed:  # "what are the names of the regulations?": the article names none
            return Refusal("unsupported", words=(unnamed,), near=best.facts)
        if self._company_asked_of_a_person(best, a):
            # "which company runs AliExpress?": a company, never its general manager
            others = [
                r
                for r in readings[1:TOP_CANDIDATES]
                if r.op is None
                and not r.uncovered
                and self.base.facts[r.facts[0]].is_text
                and not self._company_asked_of_a_person(r, a)
            ]
            if not others:
                return Refusal("kind", detail="that asks for a company", near=best.facts)
            best = others[0]
        role_word = self._role_asked_elsewhere(best, a)
        if role_word:  # "who heads JD's cross-border business?": no JD manager is named
            return Refusal("unsupported", words=(role_word,), near=self.ranker.nearest(a, must))
        if self._figure_asked_of_a_name(best, a):  # "and the 2017 figure?" after its source
            detail = "that asks for a figure, and the article gives only a name for it"
            return Refusal("kind", detail=detail, near=best.facts)
        planned = self._asked_of_a_plan(best, a)
        if planned is not None:
            return planned
        if self._when_a_forecast_was_made(best, a):
            detail = (
                "the article gives the year the target or forecast is for, not when it was made"
            )
            return Refusal("kind", detail=detail, near=best.facts)
        if self._past_for_the_future(best, a):  # "which country will be top next?"
            detail = "that asks about the future, and the article reports that only as it was"
            return Refusal("kind", detail=detail, near=best.facts)
        if self._unrounded_of_a_bound(best, a):
            return Refusal("bound", near=best.facts)
        other = self._the_other_bound(best, a)
        if other:  # "the minimum Russians spent": the article gives only the most, "up to"
            given = "an upper" if other == "minimum" else "a lower"
            detail = f"that asks for a {other}, and the article gives only {given} bound"
            return Refusal("kind", detail=detail, near=best.facts)
        year_problem = self.ranker.year_problem(best, a) or self.verifier.years_left_out(best, a)
        if year_problem:
            built = self._of_the_year_asked(best, readings, a)
            if built is None:
                return year_problem
            best = built  # "online shopping in 2015, from the growth": the 2015 figure
        other_month = self._another_month(best, a)
        if other_month:  # "active users in April 2016": the article counts to April 2017
            return Refusal("year", near=best.facts, years=other_month)
        start = a.context_until
        owner = self._a_sources_own_measure(best, a)
        if owner:  # "Yandex's share of Russian e-payments": Yandex only gave figures
            return Refusal("unsupported", words=(owner,), near=best.facts)
        misread = role_conflict(a.stems[start:], a.raw[start:], best.facts, self.vocab, self.base)
        if misread:  # "Chinese shoppers on Russian sites": the figures are the other way round
            return Refusal("unsupported", words=misread, near=self.ranker.nearest(a, must))
        own = max(start, a.turn_from)  # this turn's words, not those an earlier turn lent
        turned = reversed_rank(a.stems[own:], a.raw[own:], best.facts, self.vocab, self.base)
        if turned and not (a.claimed or a.checking):  # "who overtook China?": none did
            return Refusal("unsupported", words=(turned,), near=self.ranker.nearest(a, must))
        if best.op is None and not (a.claimed or a.checking) and self._nothing_its_own(best, a):
            # "which country has been the largest online retail market since 2013?": China,
            # not the US it passed; no word the question says tells that statement apart
            # from the others its sentence gives
            return Refusal("ambiguous", near=best.facts)
        fact = self.base.facts[best.facts[0]]
        year = fact.value if fact.unit == "year" else fact.year if a.expects == "year" else None
        if a.asks_day and best.op is None and year is not None and not _gives_a_day(fact):
            # "on what date was the report published?": the article gives the year only
            detail = f"that asks for a date, and the article gives only the year ({year})"
            return Refusal("kind", detail=detail, near=best.facts)
        if best.op is None and self._no_deadline_for(fact.id, a):
            detail = "that asks by when, and the article gives no date for it"
            return Refusal("kind", detail=detail, near=best.facts)
        began = self._since_when(a) or a.expects == "year" and self._began_unsaid(fact, a)
        if best.op is None and began and self._present_state(fact.id):
            # "since when has Shen Difan been general manager?", "when was he appointed?":
            # the article says only that he was general manager in 2017, not when that began
            detail = f"the article says only that it was so in {fact.year}, not when it began"
            return Refusal("kind", detail=detail, near=best.facts)
        return self._query(self._share_of_the_whole_not_the_rest(best, a), a, used_context)

    def _share_of_the_whole_not_the_rest(self, best: Reading, a: Analysis) -> Reading:
        """ "What share didn't go to Chinese platforms?": the words of the Chinese part are
        said once, for the negated rest, so the rest is a share of the whole it and the part
        make up, never of the part ("25% of the Chinese spending")."""
        if best.op != "percent" or len(best.facts) != 2 or a.claimed:
            return best
        rest, part = best.facts
        if rest_of(self.base, part) != rest or "not" not in a.stems[a.context_until :]:
            return best
        whole = whole_of(self.base, rest)
        if whole is None or whole == part:
            return best
        fw = self.vocab.lexicon.function_words
        shared = (set(self._measure_stems(part)) & set(self._measure_stems(rest))) - fw
        asked = a.stems[a.context_until :]
        if not shared or any(asked.count(s) > 1 for s in shared):
            return best  # "the non-Chinese spending as a share of the Chinese spending"
        return replace(best, facts=(rest, whole))

    def _no_deadline_for(self, fact_id: str, a: Analysis) -> bool:
        """A deadline asked ("by when ...?") of a figure that has none: only a forecast's
        own year to come is one, never the year of the sentence that names a target (the
        2015 guideline's 100 warehouses)."""
        fact = self.base.facts[fact_id]
        ahead = fact.is_forecast and fact.year is not None and fact.year > ARTICLE_YEAR
        if ahead or not self._asks_a_deadline(a):
            return False
        # "by when had AliExpress passed 100 million buyers?" asks when it happened
        undated = fact.year is None and fact.unit != "year"  # "by when do they hope to reach it?"
        return undated or fact.is_forecast or self._asks_a_deadline(a, by_when=False)

    def _asks_a_deadline(self, a: Analysis, by_when: bool = True) -> bool:
        """ "By when ...?", "when is it supposed to ...", "when will ...": a year to come
        (`by_when`: "by when", "by what year" count, which ask it only of a target)."""
        if a.expects != "year":
            return False
        asked = a.stems[a.main_from :]
        lexicon = self.vocab.lexicon
        return bool(
            find_phrases(asked, lexicon.deadline_cues)
            or find_phrases(asked, lexicon.future_cues)
            or by_when
            and find_phrases(asked, lexicon.by_when_cues)
        )

    def _rate_words(self, rate: str) -> set[str]:
        """Words that name a rate by the figures it is computed from."""
        formula = self.base.facts[rate].formula
        args = formula.args if formula is not None else ()
        named = {w for f in args if f in self.vocab.terms for w in self.vocab.terms[f].measure}
        # "one yuan in dollars, based on the 6.3 trillion figure": its figures, quoted
        quoted = {
            w for f in args if f in self.base.facts for w in typed_numbers(self.base.facts[f])
        }
        return named | quoted | set(SCALE_WORDS) | set(self.vocab.lexicon.study_nouns)

    def _beyond_a_given_conversion(self, must: set[str]) -> set[str]:
        """What is left to explain once a figure quoted in both currencies ("where 6.3
        trillion yuan equals $921.9 billion") is set aside: that pair only states the rate."""
        numbers = {s for s in must if is_number(s)}
        if not numbers:
            return must
        for fact in self.base.facts.values():
            if fact.equals not in self.base.facts:
                continue
            own = typed_numbers(fact)
            twin = typed_numbers(self.base.facts[fact.equals])
            if numbers & own and numbers & twin:
                return must - (own | twin)
        return must

    def _beside(self, reading: Reading) -> frozenset[str]:
        """Figures a question may quote around a single figure it asks: the whole it is
        part of ("of the 2 billion consumers, how many overseas?"), the others of its own
        clause ("of the 28,000 respondents from how many countries?") and those it is
        computed from ("if 80% of $4.3bn went to China, how much went elsewhere?")."""
        if reading.op is not None:
            return frozenset()
        fact_id = reading.facts[0]
        if fact_id not in self._beside_numbers:  # once per fact: it depends on the base only
            self._beside_numbers[fact_id] = self._numbers_beside(fact_id)
        return self._beside_numbers[fact_id]

    def _numbers_beside(self, fact_id: str) -> frozenset[str]:
        fact = self.base.facts[fact_id]
        beside = {fact.of} if fact.of in self.vocab.terms else set()
        beside |= {f for f in self.ranker.depends.get(fact.id, ()) if f in self.vocab.terms}
        if fact.clause:
            beside |= set(self.by_clause.get(fact.clause, ()))
        beside.discard(fact.id)
        numbers: set[str] = set()
        for other in beside:
            numbers |= self.vocab.terms[other].numbers
        return frozenset(numbers)

    def _offers_words(self, a: Analysis) -> bool:
        """Does the question offer a choice of two descriptions ("B2B or B2C"), not of two
        names ("the State Council or the Ministry": a claim about who did it)?"""
        names = self.names
        return any(
            left not in names and right not in names
            for left, right in _alternatives(
                a, self.vocab.lexicon.function_words, self.vocab.lexicon.yes_no_words
            )
        )

    def _declined(self, reading: Reading, offered: list[tuple[str, str]]) -> set[str]:
        """ "B2B or B2C?": of two words offered as alternatives, the one a statement's own
        words do not pick is explained by the other, which they do."""
        if reading.op is not None:
            return set()
        value = self.base.facts[reading.facts[0]].value
        if not isinstance(value, str):
            return set()
        said = {stem(w) for w in self.vocab.lexicon.words(value)}
        declined = set()
        for left, right in offered:
            if left in said and right not in said:
                declined.add(right)
            elif right in said and left not in said:
                declined.add(left)
        return declined

    def _bare_share_of_many(self, readings: list[Reading], best: Reading, a: Analysis) -> tuple:
        """ "What's the real share?": a share named by nothing but the word "share" is any
        of the article's shares, not the one whose words happen to score highest."""
        if best.op is not None or a.claimed or a.checking or a.ops or "not" in a.stems:
            return ()  # "remaining share", "ratio of those who didn't": more than a share
        lexicon = self.vocab.lexicon
        shares = lexicon.share_words
        rest = [s for s in self._content(a) if s not in shares]
        if rest or not shares & set(a.stems[a.context_until :]):
            return ()  # "china's share?": China's share of the world, its own
        entity = self.base.facts[best.facts[0]].entity
        found = [
            r.facts[0]
            for r in readings
            if r.op is None
            and len(r.facts) == 1
            and not r.uncovered
            and self.base.facts[r.facts[0]].entity == entity
            and self.base.facts[r.facts[0]].unit == PERCENT
            and shares & self.vocab.terms[r.facts[0]].all
        ]
        return tuple(dict.fromkeys(found)) if len(set(found)) > 1 else ()

    def _operand_is_a_bare_pronoun(self, a: Analysis) -> bool:
        """ "... as a percent of IT?": the pronoun stands alone for an operand (not "its
        online shopping", a possessive followed by what it owns)."""
        lexicon = self.vocab.lexicon
        pointing = [
            i
            for i, s in enumerate(a.stems)
            if s in lexicon.pronouns - lexicon.possessive_pronouns and i >= a.context_until
        ]
        return len(pointing) == 1 and not [
            s
            for s in a.stems[pointing[0] + 1 :]
            if s not in lexicon.function_words and s in self.vocab.known
        ]

    def _a_sources_own_measure(self, best: Reading, a: Analysis) -> str | None:
        """ "What is Yandex's share of Russian e-payments?", "iResearch's users": a measure
        owned by a source that is no subject of the article asks the source's own figure,
        which the article never gives (unlike "Yandex's figure for ...", "iResearch's
        forecast": what the source gave)."""
        lexicon = self.vocab.lexicon
        subjects = {self.base.facts[f].entity for f in best.facts}
        owned = lexicon.share_words | set(lexicon.count_families) | lexicon.money_words
        cues = lexicon.attribution_cues | lexicon.dated_nouns  # "warehouse guideline"
        for i, word in enumerate(a.raw[: len(a.stems) - 1]):
            name = a.stems[i]
            if name not in self.source_names or name in subjects:
                continue
            if not re.search(rf"(?i)\b{re.escape(word)}'s\b", a.question):
                continue
            after = a.stems[i + 1 : i + 3]
            if after[:1] and after[0] in owned and not set(after) & cues:
                return word
        return None

    def _the_users_own_subject(self, a: Analysis) -> str | None:
        """ "How much did MY cousin spend?", "how many users does OUR shop have?": the
        question's subject, right after its auxiliary, is the user's own person or thing,
        which no figure of the article is about (unlike "my cousin asks how much Russians
        spent", where the user's words only say who asks). The word after the possessive."""
        lexicon = self.vocab.lexicon
        for i in range(max(1, a.context_until), len(a.raw) - 2):
            if a.raw[i + 1].lower() not in lexicon.user_possessives:
                continue
            asked = set(a.stems[max(0, i - 2) : i]) & lexicon.question_words  # "how much did"
            if a.stems[i] in lexicon.auxiliaries and asked:
                return a.raw[i + 2]
        return None

    def _harmless(self, a: Analysis, unknown: tuple[str, ...]) -> set[str]:
        """Unknown words that only say how something happened ("splurged", "reportedly"),
        or who is asking ("my nephew works in logistics. What was ...?")."""
        if not unknown:
            return set()  # nothing to excuse: the phrase scans below are not needed
        mine = self.vocab.lexicon.user_possessives
        purposes = self.vocab.lexicon.purpose_words
        owned = {  # "for my worksheet", "in our book club"; never "what did my rivals spend"
            i
            for i in range(2, len(a.stems))
            for j in (i - 1, i - 2)
            if j >= 1
            and a.raw[j].lower() in mine
            and a.raw[j - 1].lower() in purposes
            and all(a.stems[k] not in self.vocab.known for k in range(j + 1, i))
        }
        owned |= self._purpose_phrases(a)  # "for the lower third graphic"
        users = a.chat_at | owned | self._chatter_before(a) | self._decorating_phrases(a)
        about_user = {s for i, s in enumerate(a.stems) if i in users and not is_number(s)}
        about_user -= {s for i, s in enumerate(a.stems) if i not in users}
        return {s for s in self._only_restating(a) | about_user if s in unknown}

    @cached_property
    def _figure_words(self) -> frozenset[str]:
        """Words that name a figure by themselves: its measure's words and one-word keywords
        (not "still" of "still missing"), for telling chatter from a premise; built on the
        first question of more than one sentence, not at start-up."""
        lexicon = self.vocab.lexicon
        return (
            frozenset(
                stem(w)
                for fact in self.base.facts.values()
                for text in (fact.measure or "", *(k for k in fact.keywords if " " not in k))
                for w in lexicon.words(text)
            )
            - lexicon.function_words
        )

    def _chatter_before(self, a: Analysis) -> set[int]:
        """ "Battery low. China online shopping share of total retail", "still awake.
        ratio of ...": sentences before the question that name nothing the article has
        (no word of its figures, no name, no number) are about the user, not the figure."""
        lexicon = self.vocab.lexicon
        sentences = split_sentences(a.question, lexicon)
        said = [w for sentence in sentences[:-1] for w in lexicon.words(sentence)]
        if not said or [stem(w) for w in said] != a.stems[: len(said)]:
            return set()  # one sentence, or words read differently from the question's
        before = range(len(said))
        if any(
            a.stems[i] in self._figure_words
            or a.stems[i] in self.vocab.naming
            or is_number(a.stems[i])
            or a.stems[i] in self.vocab.lexicon.question_words
            for i in before
        ):
            return set()
        return set(before)

    def _decorating_phrases(self, a: Analysis) -> set[int]:
        """ "China's total e-commerce in dollars, please, with a flourish!", "..., chilled to
        the bone?": a phrase set off by punctuation after the question has begun, of two or
        more words, that names nothing the article knows (only words it does not know and
        words that say nothing), and that opens with no preposition that could narrow the
        figure ("..., on mobile?", "..., in Latvia?"), decorates the question."""
        lexicon = self.vocab.lexicon
        phrases = [p for p in _PHRASE_BREAK.split(a.question) if p.strip()]
        found = self._while_clauses(a)
        at = 0
        for number, text in enumerate(phrases):
            said = [stem(w) for w in lexicon.words(text)]
            if said != a.stems[at : at + len(said)]:
                return found  # words read differently from the question's: no phrases
            span = range(at, at + len(said))
            at += len(said)
            if number == 0 or len(said) < 2 or said[0] in lexicon.narrowing_prepositions:
                continue
            if set(said) & lexicon.standing_in:
                continue  # "..., coastal ones?": the words describe the thing asked
            if said[0] in lexicon.auxiliaries | lexicon.modal_openers or (
                set(said) & lexicon.question_words
            ):
                continue  # "..., would you trust it?", "..., what % were happy": it asks
            unknown = [s for s in said if s not in self.vocab.known]
            if unknown and all(
                s in lexicon.function_words or (s in unknown and not is_number(s)) for s in said
            ):
                found.update(span)
        return found

    def _while_clauses(self, a: Analysis) -> set[int]:
        """ "ok quick one while the dough proves what was ...": a clause opened by "while"
        (lexicon chatter_openers) and closed by a question word, of words the article does
        not know and words that say nothing, with a word of the user or a thing of the
        moment ("I'm", "my", "the": lexicon chatter_owners), tells what the user is doing."""
        lexicon = self.vocab.lexicon
        found: set[int] = set()
        for i, s in enumerate(a.stems):
            if s not in lexicon.chatter_openers:
                continue
            end = next(
                (j for j in range(i + 1, len(a.stems)) if a.stems[j] in lexicon.question_words),
                None,
            )
            if end is None or end - i < 2:
                continue
            said = a.stems[i + 1 : end]
            if not set(a.raw[i + 1 : end]) & lexicon.chatter_owners:
                continue  # "while prices fell", "while in Kazan": what, not who, it is about
            unknown = [w for w in said if w not in self.vocab.known and not is_number(w)]
            if unknown and all(w in unknown or w in lexicon.function_words for w in said):
                found.update(range(i, end))
        return found

    def _purpose_phrases(self, a: Analysis) -> set[int]:
        """Positions of "for the graphic", "for a class exercise", "for another slide": up
        to four words after "for" and an article, naming nothing the article or its out-of-
        scope list knows, the last of them a common English noun the base does not know."""
        articles = self.vocab.lexicon.purpose_articles
        found: set[int] = set()
        if not _SET_OFF_FOR.search(a.question):
            return found  # "spend for a pizza": what was bought, not why the user asks
        for j in range(1, len(a.raw) - 1):
            if a.raw[j - 1].lower() != "for" or a.raw[j].lower() not in articles:
                continue
            phrase = []
            for k in range(j + 1, min(j + 5, len(a.raw))):
                if a.stems[k] in self.names or (a.stems[k],) in self.vocab.out_of_scope:
                    break
                if is_number(a.stems[k]) or a.stems[k] in self.vocab.lexicon.question_words:
                    break
                phrase.append(k)
            while phrase and not self._a_plain_noun(a, phrase[-1]):
                phrase.pop()
            found.update(phrase)
        return found

    def _given_by_another_source(
        self, reading: Reading, a: Analysis, must: set[str]
    ) -> Refusal | None:
        """A figure asked "according to" a source that did not give it: when the question
        without the source's name is one figure of another source, the name only pulled a
        computation together ("China's share of global e-commerce according to iResearch":
        the 39.2% is the Ministry of Commerce's)."""
        named = {s for s in must if s in self.source_names}
        if reading.op is None or not named:
            return None
        alone = self._readings(a, must - named)
        if not alone or alone[0].op is not None or alone[0].uncovered:
            return None
        fact = self.base.facts[alone[0].facts[0]]
        if self.ranker.cited.get(fact.id, frozenset()) & named:
            return None
        sources = self.base.sources
        given = sources[fact.source].name if fact.source in sources else "another source"
        asked = self.source_names[next(s for s in a.stems if s in named)]
        typed = (sources[asked].aliases or (sources[asked].name,))[0] if asked in sources else asked
        detail = f"the article gives that figure from {given}, not from {typed}"
        return Refusal("kind", detail=detail, near=alone[0].facts)

    def _company_asked_of_a_person(self, reading: Reading, a: Analysis) -> bool:
        """ "Which company runs AliExpress?" asks for an organisation; a statement of a
        person's role (its general manager) names none."""
        if reading.op is not None or reading.facts[0] not in self.role_facts:
            return False
        asked = {a.stems[i] for i in a.expects_span if i < len(a.stems)}
        return bool(asked & self.vocab.lexicon.organisation_nouns)

    def _name_asked_of_the_unnamed(self, reading: Reading, a: Analysis) -> str | None:
        """A name asked ("the names of the regulations", "what is it called") of a
        statement that names nothing, in capitals or otherwise: the word that asks it."""
        if reading.op is not None:
            return None
        fact = self.base.facts[reading.facts[0]]
        value, words = fact.value, self.vocab.lexicon.name_words
        if not isinstance(value, str) or _names_something(value):
            return None
        if set(self._measure_stems(fact.id)) & words:
            return None  # "the name of Alibaba's campaign": a name, if in lower case
        for i in range(a.context_until, len(a.stems)):
            if a.stems[i] in words:
                return a.raw[i]
        return None

    def _a_plain_noun(self, a: Analysis, at: int) -> bool:
        """A common English word the fact base does not know and that names nothing out of
        its scope ("graphic", "exercise"; never "Ozon", "Brazil", "Target")."""
        word = a.raw[at].lower()
        return (
            a.stems[at] not in self.vocab.known
            and (a.stems[at],) not in self.vocab.out_of_scope
            and not is_number(a.stems[at])
            and is_english(word)
        )

    def _only_restating(self, a: Analysis) -> set[str]:
        """Words that are verbs or adverbs with no noun or adjective reading, other than
        those that change what is measured ("sell", "earn", "export") and source names:
        they restate how something happened, and no fact needs to explain them."""
        lexicon = self.vocab.lexicon
        restating = {
            i
            for i, (s, raw) in enumerate(zip(a.stems, a.raw, strict=False))
            if s != "not"
            and s not in lexicon.meaning_verbs
            and raw not in lexicon.meaning_verbs
            and s not in self.source_names
            and only_describes_an_action(raw)
        }
        # A negation restates only when what it negates does ("it is not written directly");
        # "offline" is "not online", and that changes the figure.
        negations = {
            i
            for i, s in enumerate(a.stems)
            if s == "not"
            and (i + 1 in restating or i + 2 in restating and a.stems[i + 1] in lexicon.stopwords)
        }
        return {a.stems[i] for i in restating | negations}

    def _names(self, fact_id: str, words: set[str]) -> bool:
        """Does the fact's subject or measure say one of these words?"""
        fact = self.base.facts[fact_id]
        named = {e for w in words for e in self.vocab.naming.get(w, ())}
        return fact.entity in named or bool(words & set(self._measure_stems(fact_id)))

    def _complement(
        self, a: Analysis, must: set[str], used_context: bool
    ) -> Query | Refusal | None:
        """ "How many active users did NOT make a purchase": the whole minus the part the
        question negates, when the base records that part of that whole."""
        typed = {s for s in must if is_number(s)}
        singles = [
            r
            for r in self._readings(a, must - typed)
            if r.op is None and "not" not in self._measure_stems(r.facts[0])
        ]  # the part negated, never a figure that is itself the rest
        asks = self._asks(a)
        percent, amount = asks == "percent", bool(a.currency) or asks == "count"
        # "what is world e-commerce excluding China?": a sum named and no share asked for
        sums = [r for r in singles[:TOP_CANDIDATES] if not r.uncovered and not self._is_share(r)]
        amount = amount or (asks is None and not a.percent_named and bool(sums))
        negated = {a.stems[i + 1] for i, s in enumerate(a.stems[:-1]) if s == "not"}
        # "what share is that?" then "and the domestic rest?": a share word only an earlier
        # turn said asks no share of a rest that is a count (the other billion consumers)
        own = a.stems[max(a.context_until, a.turn_from) :]
        carried = bool(a.turn_from) and not set(own) & self.vocab.lexicon.share_words
        found = None
        for reading in singles[:TOP_CANDIDATES]:
            if reading.uncovered:
                continue
            part = reading.facts[0]
            if reading is not singles[0] and not self._names(part, negated):
                continue  # "global e-commerce not China": the part is China's, not the world's
            # "... share ... on Chinese platforms?" then "and the rest in dollars?": money
            asked_share = percent and not (
                carried and (self._computed_share(part) or a.currency is not None)
            )
            found = complement(self.base, part, asked_share, amount)
            if found is not None and self._negates_the_whole(found[1], part, negated):
                found = None  # "Russians' spending in offline shops": online is what the
                # whole is, so no part of it is what is not online
            if found is not None:
                break
        if found is None and singles and negated and not percent:
            # "global e-commerce not China": the whole is named; the part is the one of its
            # parts the negated word names (China's total e-commerce)
            whole = singles[0].facts[0]
            parts = [f for f in parts_of(self.base, whole) if self._names(f, negated)]
            if len(parts) == 1:
                part, found = parts[0], ("difference", (whole, parts[0]))
        if found is None:
            return None
        op, facts = found
        if typed - set().union(*(self.vocab.terms[f].all for f in (part, *facts))):
            return None  # a quoted figure that is neither the part nor its whole
        reading = Reading(facts, op, "difference", frozenset(), 0.0, 0)
        query = self.verifier.years_left_out(reading, a) or self._query(reading, a, used_context)
        if isinstance(query, Query) and percent and not asked_share:
            query = replace(query, asks=None)  # the share word was an earlier turn's
        return query

    def _computed_share(self, fact_id: str) -> bool:
        """A share the assistant computes from two counts, not one the article states."""
        formula = self.base.facts[fact_id].formula
        return formula is not None and formula.op == "percent"

    def _is_share(self, reading: Reading) -> bool:
        return unit_of(self.base, self.base.facts[reading.facts[0]]) == PERCENT

    def _negates_the_whole(self, facts: tuple[str, ...], part: str, negated: set[str]) -> bool:
        """Does the question negate a word the whole itself says, and its part does not?"""
        if self._names(part, negated):
            return False
        wholes = [f for f in facts if f != part]
        return any(w in self.vocab.terms[f].measure for f in wholes for w in negated)

    def _excluding(self, a: Analysis, must: set[str], used_context: bool) -> Query | None:
        """ "Total e-commerce excluding online shopping": one figure less another that the
        article does not file as its part, in the same unit. Only when both sides are
        named and the first is the larger (a difference, never a negative "rest")."""
        start = a.context_until
        cuts = frozenset(
            i for i, s in enumerate(a.stems) if s == "not" and start < i < len(a.stems) - 1
        )
        if len(cuts) != 1:
            return None
        kinds = OPERAND_KINDS["difference"]
        found = [
            r
            for r in split_readings(self.ranker, a, must, "difference", kinds, cuts)
            if not r.uncovered and not self.ranker.incomparable(*r.facts, "difference")
        ]
        found.sort(key=Reading.rank)
        if not found or (len(found) > 1 and found[1].score == found[0].score):
            return None
        reading = found[0]
        units = {unit_of(self.base, self.base.facts[f]) for f in reading.facts}
        if len(units) != 1 or units & {PERCENT, "year"}:
            return None  # yuan less dollars, a rate less a share: no figure "excluding" one
        if len({self.base.facts[f].entity for f in reading.facts}) != 1:
            return None  # one subject's figure less a part of it, not another's
        cut = next(iter(cuts))
        fw = self.vocab.lexicon.function_words
        negated = {s for s in a.stems[cut + 1 : cut + 4] if s not in fw and not is_number(s)}
        whole, part = (self.vocab.terms[f].measure for f in reading.facts)
        if negated and negated <= whole and not negated & (part - whole):
            return None  # "Russians on domestic (not overseas) sites": overseas is the whole
        first, second = (self.computed_value(f) for f in reading.facts)
        if first is None or second is None or first <= second:
            return None
        return self.verifier.years_left_out(reading, a) or self._query(reading, a, used_context)

    def _quoted_in_full(self, fact_id: str, a: Analysis) -> bool:
        """Is the fact's figure typed with its scale or percent ("26.1 trillion", "14%",
        "28,000"), not as a bare small number ("2" is no quote of 2 billion)?"""
        fact = self.base.facts[fact_id]
        value = self.computed_value(fact_id)
        if value is None:
            return False
        for i, s in enumerate(a.stems):
            if not is_number(s) or i in a.year_span:
                continue
            after = a.stems[i + 1] if i + 1 < len(a.stems) else ""
            scale = SCALES.get(after, 0)
            typed = Decimal(s).scaleb(scale)
            if typed != value and not (fact.unit == PERCENT and Decimal(s) == value):
                continue
            if scale or after in ("percent", "percentage") or len(s.replace(".", "")) >= 3:
                return True
        return False

    def _claim_continued(
        self, question: str, a: Analysis, last: object, frame: Frame | None = None
    ) -> tuple[Query | Refusal | None, str]:
        """After a claim was checked, the next one may lean on it: "and that 80% of it
        went to Chinese platforms?" is a claim of its own once "and" is dropped; "by Alibaba
        Group?" adds to the last claim ("AliExpress founded in 2010 by Alibaba Group?");
        "and a Russian one?" is the last claim with another word. With the claim read, the
        claim's text a next turn may continue."""
        if not isinstance(last, str) or not question.rstrip().endswith("?"):
            return None, question
        words = question.strip().split()
        lexicon = self.vocab.lexicon
        if a.opener and len(words) > 1:
            preambles = {p[0] for p in lexicon.claim_preambles if len(p) == 1}
            drop = 2 if stem(words[1].lower()) in preambles else 1  # "and that ..."
            rest = " ".join(words[drop:])
            named = self._its_subject_for_it(words[drop:], frame)
            rest = " ".join(named) if named else rest
            checked = None
            if len(words) > 2:
                checked = self._check_claim(rest, analyse(rest, self.vocab, self.known_numbers))
            if isinstance(checked, Query) and checked.claim:
                return checked, question
            if set(a.stems) & (lexicon.alone_words | lexicon.claim_alone_words):
                # "and that figure covers only retail sales?": one part alone claimed of the
                # figure the last claim was about, checked with that claim said first
                joined = f"{self._without_tag(last).rstrip('?. ')} and {rest}"
                checked = self._check_claim(joined, analyse(joined, self.vocab, self.known_numbers))
                if isinstance(checked, Query) and checked.claim:
                    return checked, last
            if self._bare_phrase(a) and not a.years and not a.year_span:
                return self._claim_with_another(a, last)  # ("and the total retail that
                # year?" asks another figure of the claim's year)
            return None, question
        asks = a.currency or a.ops or set(a.stems) & lexicon.question_words  # "in usd?"
        if len(words) <= 5 and stem(words[0].lower()) in lexicon.continuing_words and not asks:
            # the year of the last claim was checked with it: "set up in 2010" + "by Alibaba
            # Group?" asks who set it up
            body = " ".join(_YEAR_PHRASE.sub(" ", self._without_tag(last)).split())
            joined = f"is it true that {body} {question.strip()}"
            checked = self._check_claim(joined, analyse(joined, self.vocab, self.known_numbers))
            return (checked if isinstance(checked, Query) and checked.claim else None), question
        return None, question

    def _only_its_operands_typed(self, checked: Query | Refusal | None, a: Analysis) -> bool:
        """A computation between figures the question types as its operands, with no
        comparing word, no yes/no opening and no yes/no tail that would claim anything of
        them ("cross-border 6.3T vs online shopping 4.7T, ratio?"): the result is asked."""
        if not isinstance(checked, Query) or checked.claim is None or checked.op is None:
            return False
        claim = checked.claim
        if claim.direction is not None or not claim.numbers or claim.swapped is not None:
            return False
        if self._opens_a_yes_no(a) or a.checking:
            return False
        if ending_length(a.stems, self.vocab.lexicon.yes_no_tails):
            return False  # "..., right?" claims them
        values = {self.verifier.value(f) for f in checked.facts} - {None}
        return all(
            any(abs(n.value - v) <= abs(v) * Decimal("0.005") for v in values)  # type: ignore[operator]
            for n in claim.numbers
        )

    def _its_subject_for_it(self, words: list[str], frame: Frame | None) -> list[str] | None:
        """ "China has been the largest market since 2013" then "and it overtook the US that
        year?": after what a subject did or is (a date, a name), "it" opening a claim is that
        subject, never the country named after the verb. After an amount, "it grew 30%" is
        the figure's, and nothing is put in its place."""
        lexicon = self.vocab.lexicon
        lowered = [w.lower().strip(",") for w in words]
        joined = 0  # "and it displaced only the US?": the joining word is no part of it
        while joined < len(lowered) - 1 and lowered[joined] in lexicon.claim_joiners:
            joined += 1
        words, lowered = words[joined:], lowered[joined:]
        at = 0  # "it overtook the US?"; "was it the US that it overtook?": the second "it"
        opener = next((c.split() for c in lexicon.cleft_openers if lowered[:2] == c.split()), None)
        if opener is not None:
            links = [
                i
                for i in range(len(opener) + 1, len(lowered) - 1)
                if lowered[i] in lexicon.relative_words
            ]
            at = links[0] + 1 if links else 0
        if frame is None or not words or lowered[at] not in lexicon.claim_pronouns:
            return None
        fact = self.base.facts[frame.facts[0]]
        if not (fact.is_text or fact.unit == "year"):
            return None
        return [*words[:at], self.base.entities[fact.entity].name, *words[at + 1 :]]

    def _claim_with_another(self, a: Analysis, last: str) -> tuple[Query | None, str]:
        """ "Did JD launch an English version?" then "and a Russian one?": the last claim
        again with the turn's words in place of the last of its words they can stand for;
        the claim must still be about the same figure, else nothing is read."""
        lexicon = self.vocab.lexicon
        new = [
            w
            for w, s in zip(a.raw[a.context_until :], a.stems[a.context_until :], strict=False)
            if s not in lexicon.function_words and (s,) not in lexicon.followup_openers
        ]
        if not new or len(new) > 3:
            return None, last
        before = self._check_claim(last, analyse(last, self.vocab, self.known_numbers))
        if not isinstance(before, Query) or before.claim is None:
            return None, last
        own = set().union(*(self.vocab.terms[f].all for f in before.facts if f in self.vocab.terms))
        if not {stem(w.lower()) for w in new} <= own:
            return None, last  # "and that it's profitable?": nothing the figure is about
        body = self._without_tag(last).rstrip("?").split()
        for i in range(len(body) - 1, -1, -1):
            word = stem(body[i].lower().strip(",;:"))
            if word in lexicon.function_words or is_number(word):
                continue
            if {stem(w.lower()) for w in new} & {word}:
                continue
            joined = " ".join([*body[:i], *new, *body[i + 1 :]]) + "?"
            checked = self._check_claim(joined, analyse(joined, self.vocab, self.known_numbers))
            if isinstance(checked, Query) and checked.claim and checked.facts == before.facts:
                return checked, joined
        return None, last

    def _without_tag(self, claim: str) -> str:
        """ "AliExpress founded in 2010 - correct?" -> "AliExpress founded in 2010"."""
        words = claim.strip().rstrip("?").split()
        said = [stem(w.lower().strip(",;:")) for w in words]
        size = ending_length(said, self.vocab.lexicon.yes_no_tails)
        return " ".join(words[: len(words) - size]).rstrip(" ,;:-\u2013\u2014")

    def _says_a_figure(self, text: str) -> bool:
        """ "2010", "twenty ten", "4.3 billion": a number, in digits or in words."""
        return any(is_number(w) for w in self.vocab.lexicon.words(text))

    def _a_figure_asked_of_a_statement(self, best: Reading, a: Analysis) -> bool:
        """A question that asks for "the figure" or "the number" when the best reading is a
        statement that names nothing (a reason, an aim, a description)."""
        if best.op is not None or a.expects in ("reason", "text") or a.claimed or a.checking:
            return False
        fact = self.base.facts[best.facts[0]]
        value = str(fact.value or "")
        reason = (fact.measure or "").startswith("why ") or len(value.split()) > 8
        if not fact.is_text or _names_something(value) and not reason:
            return False
        return bool(set(a.stems[a.context_until :]) & self.vocab.lexicon.value_words)

    def _asks_what_it_is(self, a: Analysis, must: set[str]) -> bool:
        """ "What is JD?", "who's Shen Difan": a name alone after "what is" or "who is"
        asks what the article says it is; so does any question that says "described"."""
        asked = a.stems[a.context_until :]
        lexicon = self.vocab.lexicon
        if asks_a_description(asked, lexicon):
            return True  # "how does the piece describe Yandex?"
        if not set(asked) & lexicon.question_words & lexicon.what_is_words:
            return False  # no "what" or "who"
        # only names and words of kind besides ("what kind of company is Vip", "VIPme -
        # what is it?", "who is Shen Difan, what is his job"); "who is the head of
        # iResearch" asks another thing
        # ("so what is Yandex?": a filler that opens the turn says nothing of it)
        plain = lexicon.what_is_words | lexicon.discourse_fillers
        return bool(must) and all(s in self.names or s in plain for s in asked)

    def _named_by_value(self, readings: list[Reading], a: Analysis) -> Reading | None:
        """The one statement whose value is the name asked about ("Shen Difan" is the
        general manager of AliExpress): it says what the name is."""
        typed = {s for s in a.stems[a.context_until :] if s in self.names}
        found = [
            r
            for r in readings
            if r.op is None
            and not r.uncovered
            and self.base.facts[r.facts[0]].is_text
            and typed <= set(stems(str(self.base.facts[r.facts[0]].value)))
        ]
        return found[0] if len(found) == 1 else None

    def _whole_misplaced(self, reading: Reading, a: Analysis) -> bool:
        """ "ali buyers % of active": the words after "percent of" name the whole. A share
        of two figures is computed as the smaller of the larger; when the larger one does
        not say those words, the reading has the two the wrong way round or the wrong whole,
        and its figure answers another question."""
        if reading.op != "percent" or len(reading.facts) != 2:
            return False
        at = next((i for op, i in a.ops if op == "percent" and i >= a.context_until), None)
        if at is None:
            return False
        after = a.stems[at + 1 : at + 3]
        if "of" not in after:
            return False
        lexicon = self.vocab.lexicon
        whole_words = []
        start = at + 2 + after.index("of")
        for s, raw in zip(a.stems[start:], a.raw[start:], strict=False):
            if s in lexicon.auxiliaries | lexicon.relative_words or only_describes_an_action(raw):
                break  # "what percent of active users were buyers": the part follows
            if s not in lexicon.function_words and not is_number(s):
                whole_words.append(s)
        values = [self.computed_value(f) for f in reading.facts]
        if not whole_words or None in values or values[0] == values[1]:
            return False
        whole, part = reading.facts if values[0] > values[1] else reversed(reading.facts)
        said = self.vocab.terms[whole].all
        return any(
            w not in said and w in self.vocab.index and w not in self.names for w in whole_words
        )

    def computed_value(self, fact_id: str) -> Decimal | None:
        """A figure's value when the base states it or the assistant computed it."""
        return self.verifier.value(fact_id)

    def _of_the_year_asked(
        self, best: Reading, readings: list[Reading], a: Analysis
    ) -> Reading | None:
        """The best reading's fact lacks the year asked, and a close reading is a figure of
        that year computed from it ("2015's online shopping, derived from the growth rate"
        finds the rate first): that figure is what is asked."""
        if best.op is not None or not a.years:
            return None
        cues = self.vocab.lexicon.derivation_cues
        derived = any(set(a.stems[max(0, at - 3) : at]) & cues for _, at in a.ops)
        derived = derived or bool(a.ignored_at)  # "given the growth rate": a premise
        if not derived:
            return None  # "online shopping growth in 2015?": the growth itself is asked
        for other in readings[1:TOP_CANDIDATES]:
            if other.op is not None or other.uncovered:
                continue
            if not self.verifier.builds_on(other, best.facts[0]):
                continue
            if self.ranker.year_problem(other, a) or self.verifier.years_left_out(other, a):
                continue
            return other
        return None

    def _of_the_kind_asked(self, readings: list[Reading], a: Analysis) -> Reading:
        """The best reading, unless it is a single figure of another kind than the one
        asked ("in dollars" and a growth rate found) and an equally explained single figure
        of that kind ranks close behind it."""
        best = readings[0]
        asks = self._asks(a)
        if asks not in ("money", "percent", "count", "year") or best.op is not None:
            return best
        if fits(asks, unit_of(self.base, self.base.facts[best.facts[0]])):
            return best
        for other in readings[1:TOP_CANDIDATES]:
            if other.op is not None or len(other.uncovered) > len(best.uncovered):
                continue
            if self.verifier.is_premise(other, a):
                continue  # "what's 80% of $4.3 billion, the share ...": 80% is given
            if fits(asks, unit_of(self.base, self.base.facts[other.facts[0]])):
                return other
        return best

    def _partner_in_the_same_unit(self, readings: list[Reading], best: Reading) -> Reading:
        """Of computations tied over one named figure and a partner the question leaves
        unnamed ("what % of its user target has AliExpress achieved?": the 60 million
        users, the 100 million buyers or the 220 countries), the one partner counted in
        the named figure's own unit, when there is exactly one."""
        if best.op not in BINARY_OPS or len(best.facts) != 2:
            return best
        tied = [
            r
            for r in readings
            if r.op == best.op and len(r.facts) == 2 and abs(r.score - best.score) < 1e-9
        ]
        shared = set(best.facts).intersection(*(set(r.facts) for r in tied))
        if len(tied) < 2 or len(shared) != 1:
            return best
        named = next(iter(shared))
        unit = unit_of(self.base, self.base.facts[named])
        same = [
            r for r in tied if all(unit_of(self.base, self.base.facts[f]) == unit for f in r.facts)
        ]
        return same[0] if len(same) == 1 else best

    def _not_a_count_for_how_much(
        self, readings: list[Reading], a: Analysis, best: Reading
    ) -> Reading:
        """ "How much e-commerce did China do in 2015?" asks a volume, not the count of
        warehouses a 2015 guideline set: a count that names none of its things only wins when
        no figure of another kind explains the question as well, the year aside."""
        stems = a.stems[a.context_until :]
        if best.op is not None or ("how", "much") not in zip(stems, stems[1:], strict=False):
            return best
        if a.currency or self._asks(a) not in (None, "amount"):  # "in total": an amount
            return best
        unit = unit_of(self.base, self.base.facts[best.facts[0]])
        if unit is None or unit in BASE_UNITS:
            return best  # money, a share, a year or a statement: not a count
        if stem(unit) in stems or self._family_named(unit, stems):
            return best  # "how much warehouses": the count, named
        years = {str(y) for y in a.years}
        for other in readings[1:TOP_CANDIDATES]:
            # "how much went to Chinese platforms?": Russians' money, whose subject the
            # turn leaves to the conversation, not the warehouses of Chinese platforms
            if other.op is not None or other.uncovered - years - {"<subject>"} > best.uncovered:
                continue
            if unit_of(self.base, self.base.facts[other.facts[0]]) in BASE_UNITS:
                return other
        return best

    def _family_named(self, unit: str, stems: list[str]) -> bool:
        """Does the question name a count noun of the same family as `unit` ("users" for
        consumers)?"""
        families = self.vocab.lexicon.count_families
        family = families.get(stem(unit))
        return family is not None and any(families.get(s) == family for s in stems)

    def _of_the_number_asked(self, readings: list[Reading], a: Analysis, best: Reading) -> Reading:
        """ "Which country was the most popular destination?" asks for one name, "which
        countries did China dislodge?" for several: of two close statements, the one that
        names as many things as the question's noun asks for."""
        asked, noun = self._names_asked(a)
        if asked is None or best.op is not None or a.expects != "text":
            return best
        if self._lists(best.facts[0]) is None or self._lists(best.facts[0]) == (asked == "many"):
            return best
        for other in readings[1:TOP_CANDIDATES]:
            listed = None if other.op is not None else self._lists(other.facts[0])
            if listed is None or listed != (asked == "many"):
                continue
            # the noun asked for may be the answer's kind, not a word of its fact ("which
            # country ...": China)
            close = best.score - other.score < 2.0
            if len(other.uncovered - {noun}) <= len(best.uncovered) and close:
                other.uncovered = frozenset(other.uncovered - {noun})
                return other
        return best

    def _owner_of_the_number_said(
        self, readings: list[Reading], best: Reading, a: Analysis
    ) -> Reading | None:
        """ "What is the 100 million figure Shen Difan gave?": a figure typed to name one is
        the figure whose own number it is (the 100 million target), not one built from it
        (the 40 million gap to it) unless the question says that one's own words ("the gap
        to the 100 million target"). None when the number is the own figure of several."""
        if best.op is not None or a.ops or a.claimed or a.checking:
            return best
        terms = self.vocab.terms[best.facts[0]]
        nouns = self.vocab.lexicon.figure_nouns | self.vocab.lexicon.figure_mentions
        bare = not self._content(a)  # "60 million": the number alone names the figure
        said = {
            s
            for i, s in enumerate(a.stems)
            if is_number(s)
            and i not in a.year_span
            and i >= a.context_until
            and (bare or next((t for t in a.stems[i + 1 :] if t not in SCALE_WORDS), "") in nouns)
        }
        if not said or said & terms.numbers or not said & (terms.measure | terms.made_of):
            return best
        own = terms.measure - terms.entity - said - SCALE_WORDS - self.names
        if own & set(a.scoring_stems):
            return best
        owning = set(self._owners_of(said))
        owners = [
            r
            for r in readings[:TOP_CANDIDATES]
            if r.op is None and not r.uncovered and r.facts[0] in owning
        ]
        return owners[0] if len(owners) == 1 else None

    def _owners_of(self, numbers: set[str]) -> list[str]:
        """The facts whose own figure, as typed, is every one of these numbers."""
        return [
            f
            for f, terms in self.vocab.terms.items()
            if numbers <= terms.numbers and f in self.base.facts
        ]

    def _not_named_already(self, readings: list[Reading], best: Reading, a: Analysis) -> Reading:
        """A name asked for is not one the question already says: "which country did China
        overtake as top destination?" names China, so the answer is the countries it
        dislodged, not China again; a choice ("China or the US?") and a claim name it
        on purpose."""
        if best.op is not None or a.expects != "text" or a.claimed or a.checking:
            return best
        said = a.stems[a.context_until :]
        if "or" in said or not self._says_its_name(best.facts[0], said):
            return best
        others = (
            r
            for r in readings
            if r.op is None
            and not r.uncovered
            and not self._says_its_name(r.facts[0], said)
            and self.base.facts[r.facts[0]].is_text
        )
        return next(others, best)

    def _whole_unless_the_part_is_marked(
        self, readings: list[Reading], best: Reading, a: Analysis
    ) -> Reading:
        """ "How much did Russians spend on platforms?": the spending on Chinese platforms is
        a part of all their cross-border spending, and the question names nothing that marks
        the part off ("Chinese"): the whole is meant. A part is the result of a formula that
        takes a share of the whole, or the whole less another part."""
        if best.op is not None or len(best.facts) != 1 or a.claimed or a.checking:
            return best
        if a.turn_from:  # a follow-up's earlier words were merged, some of them left out
            return best
        formula = self.base.facts[best.facts[0]].formula
        if formula is None or formula.op not in ("share_of", "difference"):
            return best
        whole = formula.args[1] if formula.op == "share_of" else formula.args[0]
        if whole not in self.measure_stems or best.facts[0] not in self.measure_stems:
            return best
        stop = self.vocab.lexicon.stopwords
        marks = set(self._measure_stems(best.facts[0])) - set(self._measure_stems(whole)) - stop
        said = set(a.stems)  # the sentences before the question may mark it ("21% shopped")
        if not marks or marks & said:
            return best
        terms, whole_terms = self.vocab.terms.get(best.facts[0]), self.vocab.terms.get(whole)
        if terms is None or whole_terms is None or said & (terms.all - whole_terms.all) - stop:
            return best  # "went to China": a keyword of the part marks it
        return next(
            (r for r in readings if r.op is None and r.facts == (whole,) and not r.uncovered),
            best,
        )

    def _says_its_name(self, fact_id: str, said: list[str]) -> bool:
        fact = self.base.facts[fact_id]
        if not fact.is_text:
            return False
        names = re.findall(r"[A-Z][\w-]*", str(fact.value or ""))
        return bool(names) and {stem(n.lower()) for n in names} <= set(said)

    def _one_source_asked(self, tie: list[str], a: Analysis) -> bool:
        """A source asked of figures that fit the question equally and share one source:
        whichever is meant, the answer is the same. Not a claim about a source ("and the
        Ministry is the source for those two?"), which names one to be checked."""
        if a.expects != "source" or a.claimed or a.checking:
            return False
        if set(a.stems[a.context_until :]) & set(self.source_names):
            return False
        return len({self.base.facts[f].source for f in tie}) == 1

    def _names_asked(self, a: Analysis) -> tuple[str | None, str]:
        """('one', noun) after "which country", ('many', noun) after "which countries"."""
        raw = [w.lower() for w in a.raw]
        for i in range(a.context_until, len(raw) - 1):
            if raw[i] in ("which", "what") and a.stems[i + 1] in self.count_nouns:
                return ("many" if raw[i + 1] != a.stems[i + 1] else "one"), a.stems[i + 1]
        return None, ""

    def _count_of_a_list(self, best: Reading, a: Analysis) -> Query | None:
        """A count asked of a statement that names several things of the noun counted
        ("how many language versions ...?": an English version and a Russian version):
        those things, counted."""
        if best.op is not None or best.uncovered != {"<amount>"} or a.asked_unit is None:
            return None
        if a.years or a.ops:  # "how many has JD added since 2015?": a change, not the list
            return None
        fact = self.base.facts[best.facts[0]]
        if not self._lists(fact.id) or a.asked_unit not in self._measure_stems(fact.id):
            return None
        items = tuple(part.strip() for part in str(fact.value).split(" and ") if part.strip())
        at = a.stems.index(a.asked_unit)
        noun = a.raw[at]
        before = at - 1  # "how many language versions": a word of the measure, not "many"
        if (
            before >= 0
            and a.stems[before] in self._measure_stems(fact.id)
            and before not in a.expects_span
        ):
            noun = f"{a.raw[at - 1]} {noun}"  # "language versions"
        singular = singular_of(noun)
        return Query("lookup", (fact.id,), "list", listing=items, listed=singular)

    def _lists(self, fact_id: str) -> bool | None:
        """Does a statement name several things ("the United States and the United
        Kingdom")? None for a figure."""
        value = self.base.facts[fact_id].value
        if not isinstance(value, str):
            return None
        return " and " in value and len(value.split()) <= 8  # names, not a sentence

    def _counts_the_answer(self, a: Analysis, at: int) -> bool:
        """ "Which two countries", "the two organisations": a small number after a
        determiner and before a noun says how many things are asked, not a figure to find.
        A span of time ("over the two years") stays a figure: it may ask a duration."""
        if at == 0 or a.stems[at - 1] not in self.vocab.lexicon.count_determiners:
            return False
        following = a.stems[at + 1] if at + 1 < len(a.stems) else ""
        small = a.stems[at].isdigit() and int(a.stems[at]) <= 3
        not_a_noun = following in SCALE_WORDS or following in self.vocab.lexicon.uncounted
        return small and bool(following) and not not_a_noun and not is_number(following)

    def _whole_and_part(self, reading: Reading) -> bool:
        """Is one figure of a comparison the whole the other is a part of?"""
        first, second = reading.facts[0], reading.facts[-1]
        return whole_of(self.base, second) == first or whole_of(self.base, first) == second

    def _negated_unasked(self, reading: Reading, a: Analysis) -> bool:
        """A figure of what is NOT something ("non-Chinese platforms") for a question that
        names that something with no word of negation or exception: its opposite."""
        asked = a.stems[a.context_until :]
        if "not" in asked or set(asked) & self.vocab.lexicon.excepting_words:
            return False
        for fact_id in reading.facts:
            said = self._measure_stems(fact_id)
            for i, s in enumerate(said[:-1]):
                if s == "not" and self._same_name(said[i + 1], set(asked)):
                    return True
        return False

    def _excepting_unanswered(self, reading: Reading, a: Analysis) -> str | None:
        """A word that sets the figure's own thing aside ("other platforms", "the rest",
        "elsewhere") for a figure of that thing, which its words never set aside: the word
        as typed, for the refusal."""
        if reading.op is not None or self.base.facts[reading.facts[0]].is_text:
            return None
        own = self.vocab.terms[reading.facts[0]].all
        excepting = self.vocab.lexicon.excepting_words
        for i in range(a.context_until, len(a.stems)):
            word = a.stems[i]
            if word not in excepting or word in own or i in a.lexical:
                continue
            if a.stems[i - 1 : i] == ["in"] or a.stems[i + 1 : i + 2] == ["than"]:
                continue  # "in other words"; "other than Chinese" negates, as "not" does
            if set(a.stems[i + 1 : i + 3]) & self.verifier.pair_parts(reading.facts[0]):
                continue  # "does the 6.3 trillion exclude B2B?": what the figure covers
            return a.raw[i]
        return None

    def _negates_another(self, reading: Reading, a: Analysis) -> bool:
        """ "What did Russians spend offline" (not online) is not their spending on
        non-Chinese platforms: a figure of what is not one thing answers no question that
        negates another."""
        function_words = self.vocab.lexicon.function_words
        negated = {a.stems[i + 1] for i, s in enumerate(a.stems[:-1]) if s == "not"}
        negated -= function_words
        if not negated or reading.op is not None:
            return False
        for fact_id in reading.facts:
            said = self._measure_stems(fact_id)
            denied = {said[i + 1] for i, s in enumerate(said[:-1]) if s == "not"}
            if denied and not any(self._same_name(w, negated) for w in denied):
                return True
        return False

    def _negation_is_named(self, reading: Reading, a: Analysis) -> bool:
        """ "Spending on non-Chinese platforms" is itself a fact: its own words negate the
        word the question negates ("not Chinese"), so no complement is computed."""
        if "not" in reading.uncovered:
            return False
        function_words = self.vocab.lexicon.function_words
        negated = {
            a.stems[i + 1] for i, s in enumerate(a.stems[:-1]) if s == "not"
        }  # fmt: skip
        bare = not negated - function_words  # "went elsewhere in dollars": nothing named
        for fact_id in reading.facts:
            said = self._measure_stems(fact_id)
            if bare and "not" in said:
                return True  # "the rest", "elsewhere": the figure that is itself the rest
            if any(
                s == "not" and self._same_name(said[i + 1], negated)
                for i, s in enumerate(said[:-1])
            ):
                return True
            # a keyword that is the negation itself ("outside China" of the overseas
            # consumers): a figure counted abroad is what is not China, no rest of it
            abroad = set(said) & self.vocab.lexicon.abroad_measure_words
            if (
                abroad
                and reading.op is None
                and not reading.uncovered
                and any(
                    len(p) == 2 and "not" in p and self._same_name(next(iter(p - {"not"})), negated)
                    for p in self.vocab.terms[fact_id].phrases
                )
            ):
                return True
        return False

    def _negates_its_own_measure(self, reading: Reading, a: Analysis) -> bool:
        """Does the question negate a word that names the reading's own measure ("not
        overseas" of the overseas buyers)?"""
        function_words = self.vocab.lexicon.function_words
        said = a.stems[a.context_until :]
        negated = set()
        for i, s in enumerate(said):
            if s != "not":
                continue
            after = [w for w in said[i + 1 : i + 3] if w not in function_words]
            negated.update(after[:1])
        own = set(self._measure_stems(reading.facts[0])) - function_words - {"not"}
        return bool(negated & own)

    def _measure_stems(self, fact_id: str) -> list[str]:
        return self.measure_stems[fact_id]

    def _share_of_them_elsewhere(
        self, question: str, found: Query | Refusal, context: dict | None
    ) -> bool:
        """ "What share of THEM ...?": the whole is the figure just given; a share found of
        a subject that neither it nor any figure it is computed from has is of another
        whole (Russia's spending, after the survey's respondents)."""
        lexicon = self.vocab.lexicon
        pronouns = lexicon.pronouns - lexicon.possessive_pronouns
        if (
            not isinstance(found, Query)
            or not context
            or not _of_a_pronoun(pronouns).search(question)
        ):
            return False  # (read again only when "of them", "of it" ... is typed)
        frame = Frame.from_memory(context.get("last"), self.base)
        if frame is None or not frame.facts:
            return False
        a = analyse(question, self.vocab, self.known_numbers)
        own = a.stems[a.context_until :]
        share_words = lexicon.share_words | lexicon.part_words
        verbs = lexicon.auxiliaries | lexicon.state_verbs | lexicon.buyer_verbs
        pointed = any(
            w in share_words
            and own[i + 1 : i + 2] == ["of"]
            and own[i + 2 : i + 3]
            and own[i + 2] in pronouns
            # "of that goal" names its noun; "of them", "of those who ..." do not
            and (own[i + 2] not in lexicon.demonstratives or not set(own[i + 3 : i + 4]) - verbs)
            for i, w in enumerate(own)
        )
        if not pointed:
            return False

        def subjects(facts: tuple[str, ...]) -> set[str]:
            behind = set(facts).union(*(self.verifier.depends.get(f, set()) for f in facts))
            return {self.base.facts[f].entity for f in behind if f in self.base.facts}

        return not subjects(found.facts) & subjects(frame.facts)

    def _head_of_another_measure(
        self, best: Reading, readings: list[Reading], a: Analysis
    ) -> Reading | Refusal | None:
        """ "What's the medium-term user target of Alibaba's push abroad?": the words before
        "of" say what is asked. A statement found by the words after it (the campaign's
        name), none of whose own words is among those before, answers the wrong thing: the
        reading whose own words are all those before is meant, if what it leaves
        unexplained lies after "of"; otherwise the question is refused."""
        if best.op is not None or a.expects is not None or a.claimed or a.checking:
            return None
        fact = self.base.facts[best.facts[0]]
        start = max(a.context_until, a.turn_from)
        said = a.stems[start:]
        if not fact.is_text or not said or said[0] not in self.vocab.lexicon.question_words:
            return None
        if "of" not in said[:-1]:
            return None  # (nothing after a last "of" to say whose)
        at = said.index("of")
        lexicon = self.vocab.lexicon
        empty = lexicon.stopwords | lexicon.function_words | lexicon.question_words
        # whose it is ("AliExpress's kind of marketplace") says nothing of what is asked
        asked = {w for w in said[1:at] if w not in empty and w not in self.vocab.entity_stems}
        own = self.verifier.own_words
        if not asked or asked & own[fact.id]:
            return None
        tail = set(said[at + 1 :])
        for r in readings[1:TOP_CANDIDATES]:
            if r.op is None and asked <= own[r.facts[0]]:
                if r.uncovered <= tail:
                    return replace(r, uncovered=frozenset())
                break
        else:
            return None
        return Refusal("unsupported", words=(a.raw[start + at + 1],), near=best.facts)

    def _names_of_another_kind(self, reading: Reading, a: Analysis) -> bool:
        """Names asked ("which countries took part in the survey?") and answered by a
        statement found through its source alone: its subject is not named, and beyond the
        kind of thing named and the source, no word of what the statement is (dislodged,
        top destination) is asked."""
        if reading.op is not None or a.expects != "text" or a.claimed:
            return False
        fact = self.base.facts[reading.facts[0]]
        if not fact.is_text or fact.id not in self.vocab.terms or fact.source == "article":
            return False  # ("from the article" names where every figure is, not a source)
        asked_of = set(self.vocab.entities_named(a.stems[a.context_until :]))
        parent = getattr(self.base.entities.get(fact.entity), "parent", None)
        if asked_of & {fact.entity, parent}:
            return False  # "who runs AliExpress?": any statement of the subject named
        lexicon, terms = self.vocab.lexicon, self.vocab.terms[fact.id]
        what = set(terms.measure).union(*terms.phrases) - set(self.vocab.naming)
        what -= lexicon.stopwords | lexicon.function_words | lexicon.question_words
        # "which countries" (the question's own span) says the kind of thing named
        asked = {s for i, s in enumerate(a.stems) if i not in a.expects_span}
        through_source = asked & set(terms.other) - {str(y) for y in terms.years}
        # what the statement is, said in this turn ("country" carried from "from how many
        # countries?" is not); "the most" is a quantity, not "most popular"
        own = {s for i, s in enumerate(a.stems) if i not in a.expects_span and i >= a.turn_from}
        return bool(what) and bool(through_source) and not what & own - lexicon.majority_words

    def _count_nouns(self) -> frozenset[str]:
        """Nouns that ask for a count: the lexicon's and the fact base's count units."""
        units = {stem(f.unit) for f in self.base.facts.values() if f.unit and f.unit.isalpha()}
        units -= {stem(u) for u in ("year", "years", "CNY", "USD")}
        return self.vocab.lexicon.count_nouns | {u.lower() for u in units}

    def _same_name(self, word: str, others: set[str]) -> bool:
        """ "china" and "chinese" name the same subject."""
        named = self.vocab.naming.get(word, set())
        return word in others or any(named & self.vocab.naming.get(o, set()) for o in others)

    def _quoted_pair(self, tie: list[str], a: Analysis) -> str | None:
        """Of the two exchange rates tied, the one per unit of the first of two currencies
        named side by side ("USD/CNY", "usdcny": yuan per dollar)."""
        lexicon = self.vocab.lexicon
        named = [lexicon.currencies.get(lexicon.rewrites.get((s,), (s,))) for s in a.stems]
        for first, second in zip(named, named[1:], strict=False):
            if first and second and first != second:
                rate = self._rate_per(first)
                return rate if rate in tie and len(tie) == 2 else None
        return None

    def _rate_per(self, currency: str) -> str | None:
        """The exchange-rate fact quoted per one unit of `currency`, if the base has one."""
        for fact in self.base.facts.values():
            if fact.formula and fact.formula.op == "rate":
                per = self.base.facts[fact.formula.args[1]].unit
                if per == currency and fact.id in self.vocab.terms:
                    return fact.id
        return None

    def _dated(self, fact_id: str) -> bool:
        """An event with a year, that years can be counted from: a date (AliExpress set up
        in 2010) or a statement of a year (the 2015 guideline), never an amount of a year
        (online shopping in 2016 happened over the year, it did not start then)."""
        fact = self.base.facts[fact_id]
        if fact.unit == "year":
            return True
        flow = unit_of(self.base, fact) in ("CNY", "USD", PERCENT) and not fact.is_forecast
        return fact.year is not None and not flow and not fact.spans_years  # not "2015-2016"

    def _is_part(self, fact_id: str) -> bool:
        """A figure that is itself a part of a larger one (80% of the spending, the
        purchasers among active users, the spend on Chinese platforms)."""
        fact = self.base.facts[fact_id]
        if fact.of:
            return True
        return bool(fact.formula and fact.formula.op in ("share_of", "difference", "percent"))

    def _one_source(self, readings: list[Reading], a: Analysis) -> bool:
        """ "Who gave the numbers about Russian shoppers?": no figure is named, but every
        figure the words fit comes from one source, and the source is what is asked."""
        if a.expects != "source":
            return False
        fitting = [r for r in readings[:TOP_CANDIDATES] if r.op is None and not r.uncovered]
        sources = {self.base.facts[r.facts[0]].source for r in fitting}
        return len(fitting) > 1 and len(sources) == 1

    def _one_date(self, readings: list[Reading], best: Reading, a: Analysis) -> bool:
        """ "VIPme - when?": no measure is named, but "when" asks a date and the name has
        exactly one dated figure among those its words fit, so that date is what is asked."""
        if a.expects != "year" or a.ops or a.years or a.claimed or a.checking:
            return False
        if a.anaphora or a.forecast or not set(self._content(a)) <= self.names:
            return False  # "when does he expect to hit it?"
        if any(a.raw[i] not in ("when", "year") for i in a.expects_span):
            return False  # "what's happened to AliExpress since then?"
        dated = [
            r
            for r in readings[:TOP_CANDIDATES]
            if r.op is None and not r.uncovered and self.base.facts[r.facts[0]].unit == "year"
        ]
        return len(dated) == 1 and dated[0] is best

    def _names_a_measure(self, reading: Reading, a: Analysis) -> bool:
        """A reading must rest on more than a name: "Alibaba?" alone names no figure."""
        if reading.op is not None:
            return True
        terms = self.vocab.terms[reading.facts[0]]
        said = a.scoring_stems
        typed = {n for n in terms.numbers | terms.made_of if not _YEARISH.match(n)}
        # "Yandex's description": the name alone asks for no description
        named = self.names if terms.fact.found_by == "keywords" else frozenset()
        # "total", "global" alone ("total china 2016") say how much of something, not what
        aggregate = self.vocab.lexicon.aggregate_words
        if (terms.measure - terms.entity - named - aggregate) & said or typed & said:
            return True
        # "what did the Ministry of Commerce announce in 2015": who gave it, and what they
        # did in the article's own sentence, pin one figure
        cited = self.ranker.cited.get(terms.fact.id, frozenset())
        if not cited & said:
            return False
        acted = (said - cited) & (terms.other - terms.entity)
        return any(  # a verb of its sentence ("announced"), not a noun ("countries")
            s in acted and set(parts_of_speech(raw)) == {VERB}
            for s, raw in zip(a.stems, a.raw, strict=False)
        )

    def _readings(self, a: Analysis, must: set[str]) -> list[Reading]:
        stems = a.scoring_stems
        candidates = self.ranker.candidates(stems)
        top = candidates[:TOP_CANDIDATES]
        ops = [op for op in a.op_names if op not in ("convert",)]
        readings = [self.ranker.single(fid, a, must) for fid in top]
        for op in ops:
            kinds = DURATION_KINDS if a.expects == "duration" else OPERAND_KINDS.get(op, ())
            split = split_readings(self.ranker, a, must, op, kinds) if op in BINARY_OPS else []
            if a.expects == "duration":
                to_now = self._up_to_now(a.stems[a.context_until :])
                split = [
                    r
                    for r in split
                    if all(self._dated(f) and not self._present_state(f) for f in r.facts)
                    and len({self._event_year(f) for f in r.facts}) > 1  # no span in a year
                    and (not to_now or self._each_named(r.facts, a))
                ]  # "how many years is that up to now": to the article's date, not to a
                # date no word of the question names
                for reading in split:
                    reading.op = reading.intent = "years-between"
                if op == "difference":
                    split += self._years_to_article(readings, a)
            changed = (
                op == "difference"
                and a.currency is not None
                and any(o == op and at in a.change_at for o, at in a.ops)
            )  # "the increase over 2016, in dollars": a change in money
            asking = a.stems[a.context_until :]  # ("chatting over lunch" compares none)
            if op == "growth" and not set(asking) & self.vocab.lexicon.comparing_words:
                # "online shopping grew 24.7%, so by how much did total retail grow?": a change
                # over time of one measure, not total retail set against online shopping
                split = [r for r in split if self._one_measure(r.facts) or self._to_a_goal(r.facts)]
            compares = set(a.stems) & self.vocab.lexicon.exceeding_verbs
            if changed and not compares:  # the 2018 forecast less 2016's, never less another
                # measure, unless the question sets one against another ("by how much did
                # total e-commerce exceed online shopping, in yuan?")
                split = [r for r in split if self._one_measure(r.facts)]
            readings += split
            lexicon = self.vocab.lexicon
            sides = lexicon.comparing_words | lexicon.two_sided_words
            if split and op in ("ratio", "difference") and sides & set(a.stems[a.turn_from :]):
                # "X than Y", "between X and Y": two sides were named, so a single figure that
                # happens to be a difference or ratio is not the answer ("AliExpress's gap to
                # its user target" names one side only: that gap is the answer).
                for reading in readings:
                    formula = self.base.facts[reading.facts[0]].formula
                    if reading.op is None and formula and INTENT_OF_OPERATION[formula.op] == op:
                        reading.op_unanswered = True
            if op in SERIES_OPS and not split:
                dated = [f for f in candidates if len(self.base.series(self.base.facts[f])) > 1]
                readings += [
                    r
                    for fid in dated[:TOP_CANDIDATES]
                    if (r := self.ranker.series(fid, op, a, must))
                ]

        readings = [r for r in readings if r is not None and not self._year_unasked(r, a)]
        readings.sort(key=Reading.rank)
        return readings

    def _each_named(self, facts: tuple[str, ...], a: Analysis) -> bool:
        """ "How many years until Alibaba's 2025 target?": a span needs two events, each
        named by a word of its own; "Alibaba" names the 2025 target, and only through it
        the 2010 launch Alibaba made, which is not a second event asked about."""
        lexicon = self.vocab.lexicon
        asked = set(a.stems[a.context_until :]) - lexicon.stopwords - lexicon.function_words
        said = [self.vocab.terms[f].all & asked for f in facts]
        return all(mine - theirs for mine, theirs in ((said[0], said[1]), (said[1], said[0])))

    def _year_unasked(self, reading: Reading, a: Analysis) -> bool:
        """ "Online shopping in dollars at the article's rate": the year before, worked back
        from a growth rate, is answered only when its year (or "the year before") is asked,
        never for a question that names no year and happens to say "rate"."""
        if reading.op is not None or a.years or a.year_shift or a.same_year:
            return False
        formula = self.base.facts[reading.facts[0]].formula
        if formula is None or formula.op != "before_growth":
            return False
        growth = typed_numbers(self.base.facts[formula.args[1]])
        lexicon = self.vocab.lexicon
        if lexicon.worked_back_words & set(a.stems):
            return False  # "before the 24.7% growth", "the previous year's": it is asked
        if find_phrases(a.stems[a.context_until :], lexicon.grown_to_words):
            return True  # "it grew 24.7% - to what?": where the growth ended, not began
        return not growth & set(a.stems)

    def _years_to_article(self, singles: list[Reading], a: Analysis) -> list[Reading]:
        """ "How old was AliExpress in April 2017?", "how many years from 2017 until the
        2025 goal?": the years between one dated figure and the article's own date, when
        the question names that date (its year typed, or the article itself)."""
        if self.article_date is None:
            return []
        asked = a.stems[a.context_until :]
        to_now = self._up_to_now(asked)
        out = []
        for single in singles:
            fact_id = single.facts[0]
            if single.op is not None or not self._dated(fact_id) or fact_id == self.article_date:
                continue
            year = self._event_year(fact_id)
            if self._present_state(fact_id):
                continue
            typed = {y for y in a.years if y != year}
            other = self.article_date
            if len(typed) == 1 and typed != {ARTICLE_YEAR} and not set(asked) & self.article_words:
                # "how many years from AliExpress's launch to 2025?": to the date of the
                # article's figure for that year (Alibaba's 2025 expectation)
                dated = [
                    f
                    for f in self.base.facts
                    if f != fact_id
                    and self.base.facts[f].is_forecast
                    and self._dated(f)
                    and self._event_year(f) in typed
                ]
                if not dated or not self._each_named((fact_id, dated[0]), a):
                    continue  # ("years until Alibaba's 2025 target": no launch is named)
                other = dated[0]
            elif typed != {ARTICLE_YEAR} and (
                typed or not (set(asked) & self.article_words or to_now)
            ):
                continue
            uncovered = frozenset(w for w in single.uncovered if not w.startswith("<"))
            uncovered -= self.article_words | {str(y) for y in {ARTICLE_YEAR, *typed}}
            out.append(
                Reading(
                    (fact_id, other),
                    "years-between",
                    "years-between",
                    uncovered,
                    single.score,
                    single.order,
                )
            )
        return out

    def _up_to_now(self, asked: list[str]) -> bool:
        """ "How many years has China been the largest ...?", "... so far": a span that ends
        now, which for the article is its own date."""
        lexicon = self.vocab.lexicon
        if find_phrases(asked, lexicon.up_to_now_phrases):
            return True
        return any(
            w in lexicon.perfect_auxiliaries
            and set(asked[i + 1 : i + PERFECT_REACH]) & lexicon.perfect_participles
            for i, w in enumerate(asked)
        )

    def _typed_shares(self, asked: list[str]) -> tuple[set[Decimal], bool]:
        """The percentages a question types, and whether words asking for their whole
        follow one ("21 percent of how many respondents?")."""
        at = [
            i
            for i, s in enumerate(asked)
            if is_number(s) and asked[i + 1 : i + 2] in (["percent"], ["percentage"])
        ]
        whole_asks = self.vocab.lexicon.whole_asks
        return {Decimal(asked[i]) for i in at}, any(
            leading_phrase(asked[i + 2 :], whole_asks) for i in at
        )

    def _whole_of_the_share_typed(self, reading: Reading, a: Analysis) -> str | None:
        """ "21 percent of how many respondents shopped on Chinese sites?": the part found
        is that share of a whole, and the words after the share ask for the whole (28,000
        respondents), not the part it gives (5,880)."""
        if reading.op is not None or len(reading.facts) != 1:
            return None
        formula = self.base.facts[reading.facts[0]].formula
        if formula is None or formula.op != "share_of":
            return None
        typed, whole_asked = self._typed_shares(a.stems[a.context_until :])
        share, whole = formula.args
        if whole_asked and self.computed_value(share) in typed:
            return whole
        return None

    def _share_typed_of(self, reading: Reading, a: Analysis, in_percent: bool) -> str | None:
        """A whole found, and the question types the share the article takes of it ("21%"
        of the 28,000 respondents), asking no percentage: the part that share gives."""
        if reading.op is not None or len(reading.facts) != 1 or in_percent:
            return None
        if a.expects not in ("amount", "count", None) or a.claimed:
            return None
        asked = a.stems[a.context_until :]
        typed, whole_asked = self._typed_shares(asked)
        if not typed or whole_asked:
            return None  # "21 percent of how many respondents?": the whole is asked
        for fact_id in used_by(self.base, "share_of", 1, reading.facts[0]):
            share = self.base.facts[fact_id].formula.args[0]
            if self.computed_value(share) not in typed or fact_id not in self.vocab.terms:
                continue
            if not self.vocab.terms[fact_id].numbers & set(asked):
                return fact_id  # (with the part typed too, "$3.44 billion was 80% of what
                # total?" asks the whole found)
        return None

    def _figure_asked_of_a_name(self, best: Reading, a: Analysis) -> bool:
        """ "Who gave the numbers?" (Yandex), then "and the 2017 figure?": a figure asked,
        and the reading found is a name (Russia's largest e-payment service in 2017)."""
        if best.op is not None or not self.base.facts[best.facts[0]].is_text:
            return False
        if a.claimed or a.checking or a.expects not in (None, "amount"):
            return False
        # the figure noun is what the turn ends on ("the 2017 number?"), not the figure a
        # question is about ("what does the 2016 figure include?")
        return bool(a.stems) and a.stems[-1] in self.vocab.lexicon.figure_nouns

    def _dated_query(self, reading: Reading, a: Analysis, used_context: bool) -> Query | Refusal:
        """The reading as a query, once the verifier finds every year the question names
        among those its figures cover."""
        return self.verifier.years_left_out(reading, a) or self._query(reading, a, used_context)

    def _query(self, reading: Reading, a: Analysis, used_context: bool) -> Query:
        asked = a.stems[a.context_until :]
        in_percent = any(
            s in ("percent", "percentage") and not (i and is_number(asked[i - 1]))
            for i, s in enumerate(asked)
        )  # "if 80 percent went to China, the ratio of ...": a premise, not the unit asked
        if reading.op == "ratio" and in_percent:
            # "online shopping relative to total e-commerce, in percent": 18%, not 0.18 times
            reading = replace(reading, op="percent", intent="percent")
        applied = self._share_typed_of(reading, a, in_percent)
        if applied is not None:  # "taking 21% at face value, how many respondents is that?"
            reading = replace(reading, facts=(applied,), intent="share_of")
        whole = self._whole_of_the_share_typed(reading, a)
        if whole is not None:  # "21% of how many respondents?": 28,000, not the 5,880
            reading = replace(reading, facts=(whole,), intent="lookup")
        currency = a.currency
        facts = reading.facts
        intent = reading.intent
        first_unit = self.base.facts[facts[0]].unit
        if currency is None and reading.op is None and "convert" in a.op_names:
            # "convert the 26.1 trillion": into the other currency
            currency = _other_currency(first_unit)
        if (
            currency
            and reading.op is None
            and first_unit in ("CNY", "USD")
            and (first_unit != currency)
        ):
            intent = "convert" if intent == "lookup" else intent
        elif reading.op is None and first_unit not in ("CNY", "USD"):
            currency = currency if self._is_money_formula(facts[0]) else None
        confidence = 1.0 - 0.08 * len(a.corrections) - (0.15 if used_context else 0.0)
        confidence -= 0.1 if reading.kind_mismatch else 0.0
        confidence *= 0.9 if len(facts) > 1 else 1.0
        fact = self.base.facts[facts[0]]
        when = (
            a.expects == "year"
            and reading.op is None
            and fact.unit != "year"
            and fact.year is not None
            and not a.years  # a year named is not a year asked
        )
        if intent == "years-between":
            intent = "difference"
        ordered = reading.op in ("ratio", "percent") and any(
            op == reading.op and a.stems[at] in self.vocab.lexicon.ordered_ops for op, at in a.ops
        )  # "the ratio of A to B" is A / B, whichever is bigger
        if ordered and reading.op == "percent" and len(facts) == 2:
            facts = self._whole_named_last(a, facts)
        if reading.op == "percent" and len(facts) == 2:
            said = set(a.stems[max(a.context_until, a.turn_from) :])
            achieved = self._reaching_a_target(said) and self._achieved_of_target(facts)
            facts, ordered = (achieved, True) if achieved else (facts, ordered)
        if reading.op == "per_unit" and len(facts) == 2:
            facts, ordered = self._per_what_second(a, facts)
        asks = self._asks(a)
        if asks == "reason" and reading.op is None:
            # "why did Vip launch VIPme at the end of 2015?": the aim its sentence states, not
            # the date the same sentence gives
            facts = self._purpose_of_its_sentence(facts[0])
        if asks == "reason" and set(facts) & self.ranker.reasons:
            asks = None  # "why did Vip launch VIPme": its sentence says why ("to test ...")
        return Query(
            ordered=ordered,
            asks=asks,
            other_counts=self._other_counts(a) if asks == "count" else (),
            when=when,
            who=a.expects == "source" and reading.op is None,
            whose=a.expects == "subject" and reading.op is None,
            intent=intent,
            facts=facts,
            op=reading.op,
            currency=currency,
            confidence=round(max(0.05, min(1.0, confidence)), 2),
            corrections=tuple(a.corrections),
            used_context=used_context,
            quoted=() if used_context else _quoted(a),
        )

    def _target_achieved(self, question: str, understood: Understanding) -> Understanding:
        """The turn's answer as the share of a target achieved, when it asks one in
        percent; the question is analysed again only when it has the words for it."""
        result = understood.result
        lexicon = self.vocab.lexicon
        said = set(stems(question))
        if result.op not in (None, "percent") or not said & lexicon.achieving_words:
            return understood
        if not said & lexicon.target_words and not (
            result.op == "percent" and self._sets_a_target_against(result.facts)
        ):
            # (but "what percent of the way there are they?" after the gap to the target:
            # the share computed is of a target, so the part reached is asked)
            return understood
        a = analyse(question, self.vocab, self.known_numbers)
        if set(a.op_names) - {"percent"}:
            return understood  # "by what % must they grow to reach the target?": a growth
        if result.op != "percent" and not (a.percent_named or a.expects == "percent"):
            return understood  # "how many users are missing to reach the target?": a count
        achieved = self._achieved_of_target(result.facts)
        if not achieved:
            return understood
        result = replace(result, facts=achieved, op="percent", intent="percent", ordered=True)
        memory = dict(understood.memory)
        if memory.get("last"):
            memory["last"] = Frame(achieved, "percent", result.currency).to_memory()
        return Understanding(result, memory)

    def _sets_a_target_against(self, facts: tuple[str, ...]) -> bool:
        """Is one of the figures a target, or a gap measured to one?"""
        for fact_id in facts:
            fact = self.base.facts[fact_id]
            args = fact.formula.args if fact.formula is not None else ()
            if fact.qualifier == "target" or any(
                self.base.facts[arg].qualifier == "target" for arg in args
            ):
                return True
        return False

    def _reaching_a_target(self, said: set[str]) -> bool:
        """Do the words ask how much of a target is reached ("% of target hit")?"""
        lexicon = self.vocab.lexicon
        return bool(said & lexicon.achieving_words and said & lexicon.target_words)

    def _achieved_of_target(self, facts: tuple[str, ...]) -> tuple[str, str] | None:
        """ "What % of the target is already achieved?", "% of target hit" after the gap: the
        part done is the figure the gap is measured from (the active users), over the target;
        never the gap itself, nor the target over it."""
        for fact_id in facts:
            formula = self.base.facts[fact_id].formula
            if formula is None or formula.op != "difference" or len(formula.args) != 2:
                continue
            target, done = formula.args
            if self.base.facts[target].qualifier == "target" and target in facts + formula.args:
                return (done, target)
        targets = [f for f in facts if self.base.facts[f].qualifier == "target"]
        if len(targets) == 1 and len(facts) == 2:
            other = facts[0] if facts[1] == targets[0] else facts[1]
            return (other, targets[0])
        if len(targets) == 1 and len(facts) == 1:
            # "how much of that target, in %, have they reached?" after the target itself:
            # the figure the base measures the gap to it from
            gaps = used_by(self.base, "difference", 0, targets[0])
            done = {self.base.facts[g].formula.args[1] for g in gaps}
            return (done.pop(), targets[0]) if len(done) == 1 else None
        return None

    def _whole_named_last(self, a: Analysis, facts: tuple[str, ...]) -> tuple[str, ...]:
        """ "Expressed as a share of the goal, where do the active users stand?": the words
        after "share of" name the whole, which is divided by, wherever the part is said."""
        whole = whole_named(a, self.vocab.lexicon)
        if whole is None:
            return facts
        said = set(whole) - self.vocab.lexicon.function_words
        fits = [bool(said & self.vocab.terms[f].all) for f in facts]
        return (facts[1], facts[0]) if fits == [True, False] else facts

    def _purpose_of_its_sentence(self, fact_id: str) -> tuple[str, ...]:
        """The one purpose stated by the article's sentence for this fact, else the fact."""
        clause = self.base.facts[fact_id].clause or ""
        purposes = [
            f
            for f in self.by_clause.get(clause, ())
            if self.ranker.is_a_purpose(self.base.facts[f])
        ]
        return (purposes[0],) if len(purposes) == 1 else (fact_id,)

    def _other_counts(self, a: Analysis) -> tuple[str, ...]:
        """Units that count something else than the noun asked about: "how many countries"
        is not answered in respondents."""
        families = self.vocab.lexicon.count_families
        family = families.get(a.asked_unit or "")
        if family is None:
            return ()
        return tuple(sorted(w for w, f in families.items() if f != family))

    def _per_what_second(self, a: Analysis, facts: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
        """ "Active users per buyer": the figure the word after "per" names is the one shared
        out, whichever is bigger. Unordered when that word fits both figures or neither."""
        per = {a.stems[i] for i in a.per_what_at if i < len(a.stems)}
        index = self.vocab.index
        fits = [any(fact_id in index.get(w, ()) for w in per) for fact_id in facts]
        if fits == [False, True]:
            return facts, True
        if fits == [True, False]:
            return (facts[1], facts[0]), True
        if fits == [True, True] and a.per_what_at:
            # "buyers per active user": the word after "per" fits both (buyers are active
            # users too); the word right before it says which is shared out
            before = min(a.per_what_at) - 2
            shared = a.stems[before] if before >= 0 else ""
            counted = [fact_id in index.get(shared, ()) for fact_id in facts]
            if counted == [True, False]:
                return facts, True
            if counted == [False, True]:
                return (facts[1], facts[0]), True
        return facts, False

    def _asks(self, a: Analysis) -> str | None:
        """The kind of answer the question's own words demand, if they demand one."""
        lexicon = self.vocab.lexicon
        if a.expects == "percent" and not a.expects_weak and not a.currency:
            return "percent"
        if a.expects == "year" and not a.expects_weak and not a.years:
            return "year"
        if a.expects == "duration" and not a.expects_weak and not a.currency:
            return "duration"  # "how many years had China been top": never a sum of yuan
        if a.expects == "amount" and (
            a.asked_unit in self.count_nouns or a.asked_unit in self.vocab.naming
        ):
            return "count"  # "how many shoppers", "how many Russians"
        asking = a.stems[a.context_until :]
        keeps_unit = set(a.op_names) <= {"per_unit", "difference", "convert", "share_of"}
        spends = {
            w
            for i, w in enumerate(asking)
            if w in lexicon.money_words and (asking[i - 1] if i else "", w) not in self._named_pairs
        }  # "the flash sale platform" names a thing; "VIPme's sales" asks money
        if a.expects in ("amount", None) and keeps_unit and not a.claimed:
            spends = spends or self._priced_goods(asking)
        if a.expects in ("amount", None) and keeps_unit and spends and not a.claimed:
            # "how much did those buyers spend on average", "what did AliExpress's active
            # users spend?": money, never a count of them
            return "money"
        if a.currency and not a.ops and a.expects in ("amount", "percent", None):
            return "money"  # "online shopping in dollars, at the article's rate"
        if a.currency and a.ops and set(a.op_names) <= {"difference", "convert"}:
            return "money"  # "USD value of the 2016 increase": a change in money, no rate
        asks_sum = a.expects == "amount" and not a.expects_weak and not a.per_currency
        if a.currency and asks_sum and not {"ratio", "percent"} & set(a.op_names):
            return "money"  # "on average, how much does that add each year in yuan?"
        if a.expects == "reason" and not a.ops:
            return "reason"  # "why ...", "explain how ...": a statement, never a number
        opening = asking[:3]
        asked = tuple(a.stems[i] for i in sorted(a.expects_span))  # "which [non-Chinese] sites"
        if a.expects in ("text", "subject") and (
            find_phrases(opening, lexicon.name_asks) or asked in lexicon.name_asks
        ):
            return "name"  # "which Chinese platform got the largest share?": never 80%
        if (
            a.expects == "amount"
            and not a.currency
            and _asks_how_many(asking, lexicon, not a.ops or opens_with_number_of(asking))
        ):
            return "count"  # "how many actually bought?", "how many of them were Russian?"
        if a.expects in (None, "amount") and _asks_the_figure(asking, lexicon):
            return "figure"  # "what was the figure for the US?": never a statement
        return None

    @cached_property
    def _named_pairs(self) -> frozenset[tuple[str, str]]:
        """Two words side by side in what a statement (not a figure) is about ("flash sale")."""
        return frozenset(
            pair
            for fact_id, words in self.verifier.measure_words.items()
            if self.base.facts[fact_id].is_text
            for pair in zip(words, words[1:], strict=False)
        )

    def _is_money_formula(self, fact_id: str) -> bool:
        fact = self.base.facts[fact_id]
        if not fact.formula:
            return False
        return fact.formula.op not in ("percent", "ratio", "growth", "cagr", "rate")


# a long message's clauses, and where its last sentence begins
_CLAUSE_END = re.compile(r"(?<=[,;:.!?\u2014\u2013])\s+|\s+[\u2014\u2013-]\s+")
_LAST_SENTENCE = re.compile(r"(?<=[.!?:])\s+(?=[^.!?:]*[.!?]?\s*$)")
MAX_DROPPED_ROUNDS = 3  # clauses about the user, left out a few at a time

UNCLEAR_REASONS = ("nothing", "ambiguous", "empty", "vague")  # a clarification may follow
MAX_UNCLEAR_CHARS = 300  # a question with a pronoun to fill in is short

_YEARISH = re.compile(r"^(19|20)\d\d$")


def _in_english(question: str, unreadable: list[str]) -> str | Refusal:
    """The question rewritten into the English understanding reads, or the refusal that
    names the words no language file can read (never the Latin words left over)."""
    language = language_of(unreadable)
    rewritten = language.rewrite(question) if language else None
    if language is not None and rewritten is not None and rewritten.unknown:
        rewritten = _without_the_asker(question, language) or rewritten
    if rewritten is None or rewritten.unknown or not rewritten.text:
        words = rewritten.unknown if rewritten else tuple(dict.fromkeys(unreadable))
        return Refusal("language", words=words[:3], detail=language.code if language else "")
    return rewritten.text


_LEADING_PART = re.compile(r"(?<=[.!?:;])\s+")


def _without_the_asker(question: str, language: Language) -> Rewrite | None:
    """ "Я таможенный брокер во Владивостоке. Сколько пилотных зон ...?", "Бабушка
    спрашивает: сколько ...?": leading sentences or labels that say who asks, in words no
    language file reads, are left out when what follows reads in full; one that holds a
    number may be a premise, and is never left out."""
    parts = _LEADING_PART.split(question.strip())
    for k in range(1, len(parts)):
        if any(ch.isdigit() for ch in parts[k - 1]):
            return None
        rest = language.rewrite(" ".join(parts[k:]))
        if not rest.unknown and rest.text:
            return rest
    return None


_PHRASE_BREAK = re.compile(r"[,;:!?()\u2013\u2014]+|\s-\s")
_SET_OFF_FOR = re.compile(
    r"(?:(?:^|[,;:(\u2013\u2014-])\s*|\b(?:need|want)\s+(?:it|this|that|them)\s+)for\s+\w",
    re.IGNORECASE,
)


def _asks_the_figure(stems: list[str], lexicon: Lexicon) -> bool:
    """ "What was the figure for the US?", "what's the number for the UK": a question word,
    "the" and a figure noun asked by itself (then "for", "of" or the end); not "what does
    the figure include?" nor "the number one destination"."""
    for i, word in enumerate(stems[:4]):
        if word not in lexicon.question_words:
            continue
        rest = stems[i + 1 : i + 5]
        for j, noun in enumerate(rest):
            if noun in lexicon.figure_nouns and j and rest[j - 1] == "the":
                after = stems[i + 2 + j : i + 3 + j]
                return not after or after[0] in lexicon.figure_links
        return False
    return False


def _asks_how_many(stems: list[str], lexicon: Lexicon, number_of: bool = False) -> bool:
    """ "how many" asks for a count, unless what follows is no thing counted: "how many
    times" (a ratio), "how many years" (a duration), "how many percent" (a share)."""
    for i in range(len(stems) - 1):
        pair = (stems[i], stems[i + 1])
        if (
            number_of
            and pair == ("number", "of")
            and set(stems[i + 2 : i + 5]) & lexicon.amount_nouns
        ):
            return False  # "the number of cross-border trade expected": the figure
        if pair == ("how", "many") or number_of and pair == ("number", "of"):
            # "the total number of online shoppers" counts them as "how many" does, when
            # nothing is computed from it ("the ratio of 220 to the number of countries")
            return not set(stems[i + 2 : i + 3]) & lexicon.uncounted
    return False


def _alternatives(
    a: Analysis, function_words: frozenset[str], yes_or_no: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """The word pairs a question offers as "A or B" (never figures: "4.3 or 3.44 billion"
    is a claim to check, not a choice of words)."""
    stems = a.stems[a.context_until :]
    pairs = []
    for i in range(1, len(stems) - 1):
        if stems[i] != "or":
            continue
        before = [s for s in stems[max(0, i - 2) : i] if s not in ARTICLES]
        after = [s for s in stems[i + 1 : i + 3] if s not in ARTICLES]
        if not before or not after:
            continue
        left, right = before[-1], after[0]  # "a B2C or a B2B marketplace"
        if is_number(left) or is_number(right):
            continue
        if left in function_words or right in function_words or right in yes_or_no:
            continue  # "... cross-border site or no?": a yes/no tag, no choice of words
        pairs.append((left, right))
    return pairs


ARTICLES = frozenset(("a", "an", "the"))


def _quoted(a: Analysis) -> tuple[str, ...]:
    """The figures a question types, in absolute units ("4.3 billion" is 4300000000),
    leaving out years and the "per" of a rate."""
    out = []
    for i, s in enumerate(a.stems):
        if not is_number(s) or i in a.year_span or i in a.per_unit_at:
            continue
        value = Decimal(s)
        if i + 1 < len(a.stems) and a.stems[i + 1] in SCALES:
            value *= Decimal(10) ** SCALES[a.stems[i + 1]]
        out.append(str(value))
    return tuple(dict.fromkeys(out))


def _names_something(value: str) -> bool:
    """ "VIPme", "Alibaba Group", "online payment provider PayPal and research firm Ipsos"
    name something; "helping Chinese companies' quality products ... reach international
    markets" does not: its one capital is an English adjective's."""
    if value[:1].isupper() or any(ch.isdigit() for ch in value):
        return True
    words = re.findall(r"[A-Za-z]+", value)
    return any(w[:1].isupper() and not is_english(w) for w in words)


def _gives_a_day(fact: Fact) -> bool:
    """Does the article date this figure to a month or a day ("by April 10, 2017")?"""
    period = fact.period or ""
    return iso_date(period) is not None or any(month in period for month in MONTHS)


def _less_informative(refusal: Query | Refusal) -> bool:
    return isinstance(refusal, Refusal) and refusal.reason in ("nothing", "empty", "ambiguous")


def _raw_words(a: Analysis, stems: tuple[str, ...]) -> tuple[str, ...]:
    """The words as typed for the stems we could not place, in the question's order (the
    same question always gets the same reply)."""
    position = {st: i for i, st in reversed(list(enumerate(a.stems)))}
    out = []
    for s in sorted(stems, key=lambda st: (position.get(st, len(a.stems)), st)):
        typed = next((raw for raw, st in zip(a.raw, a.stems, strict=False) if st == s), s)
        out.append(typed)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4)
def _continuing_pattern(openers: tuple[str, ...]) -> re.Pattern[str]:
    """ "(and) which was 41 percent ...?" at the start of a turn: at most one word, the
    relative opener, then a figure within two words (not "which was bigger?", a choice)."""
    return re.compile(
        rf"^(\s*(?:\w+\s+)?)({either(openers)})(?=\s+(?:\w+\s+){{0,2}}?[$€£]?\d)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _back_pattern(words: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """ "back to the first number", "returning to the original figure", "the first one
    again": a back phrase (or a pointing word, and "again" after), a first word, a figure
    word, and the punctuation after them, all from the lexicon (kept out of the matcher's
    state, which is cached as plain data)."""

    back, first, figure, pointing, again_ = (either(w) for w in words)
    told = rf"(?:{back})\s+(?:(?:{pointing})\s+)?(?:{first})\s+(?:{figure})"
    again = rf"(?:{pointing})\s+(?:{first})\s+(?:{figure})\s+(?:{again_})"
    return re.compile(rf"\b(?:{told}|{again})\b[\s,:;.!-]*", re.IGNORECASE)


@lru_cache(maxsize=4)
def _going_back_pattern(back: tuple[str, ...], leads: tuple[str, ...]) -> re.Pattern[str]:
    """ "Going back to ...", "back to ..." opening a turn, with any "ok," or "and" before."""
    return re.compile(rf"^\W*(?:(?:{either(leads)})\W+)?(?:{either(back)})\b\W*", re.IGNORECASE)


def _known_numbers(base: FactBase) -> frozenset[Decimal]:
    """Numbers a user may quote back: each value as written in the article and in full."""
    numbers: set[Decimal] = set()
    for fact in base.facts.values():
        if isinstance(fact.value, Decimal):
            numbers.add(fact.value.normalize())
            for scale in (Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 12):
                numbers.add((fact.value / scale).normalize())
        for token in (fact.period or "").replace("-", " ").split():
            if token.isdigit():
                numbers.add(Decimal(token))
    return frozenset(numbers)


def _other_currency(unit: str | None) -> str | None:
    """ "Convert 4.7 trillion yuan": a conversion with no currency named goes into the other
    of the article's two currencies."""
    return {"CNY": "USD", "USD": "CNY"}.get(unit or "")


@lru_cache(maxsize=4)
def _likeness_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"[\s,;-]+(?:{either(phrases)})\b[^?]*\??\s*$", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?;]+\s+(?=\S)")


@lru_cache(maxsize=4)
def _taking_back_pattern(
    leads: tuple[str, ...],
    openers: tuple[str, ...],
    rejecting: tuple[str, ...],
    dets: tuple[str, ...],
) -> re.Pattern[str]:
    """A correction turn ("no, I meant the active users, not the purchasers") up to the
    words that take back the last reading: a comma and a rejecting word, or a rejecting word
    and a determiner; group 1 is the correction without them, to the sentence's end.
    Built from the lexicon and cached here, out of the matcher's state (stored as plain data)."""

    lead = rf"(?:(?:{either(leads)})\b[\s,.!-]*)*"
    back = rf"(?:\s*,\s*(?:{either(rejecting)})|\s+(?:{either(rejecting)})\s+(?:{either(dets)}))\b"
    return re.compile(rf"^(\s*{lead}(?:{either(openers)})\b[^.?!]*?){back}[^.?!]*", re.IGNORECASE)


@lru_cache(maxsize=4)
def _correction_opening_pattern(
    leads: tuple[str, ...], openers: tuple[str, ...]
) -> re.Pattern[str]:
    """ "No, sorry, I meant ": the words that open a correction turn."""
    lead = rf"(?:(?:{either(leads)})\b[\s,.!-]*)*"
    return re.compile(rf"^\s*{lead}(?:{either(openers)})\b[\s,:-]*", re.IGNORECASE)


@lru_cache(maxsize=4)
def _after_question_pattern(rejecting: tuple[str, ...]) -> re.Pattern[str]:
    words = either(rejecting)
    return re.compile(rf"(?<=\?)\s*(?:{words})\s+[^,.?!]*[,.]?", re.IGNORECASE)


@lru_cache(maxsize=4)
def _alternative_pattern(rejecting: tuple[str, ...]) -> re.Pattern[str]:
    words = either(rejecting)
    return re.compile(
        rf"\d[^,;?!]*?(?P<alt>[,;]?\s*(?:and\s+|but\s+)?(?:{words})\s+(?:the\s+)?[$€£]?\d[\d.,]*(?:k|m|mn|bn|b|tn|t)?"
        r"(?:\s*%|\s+[a-z$]+(?:\s+[a-z]+)?)??)"
        r"(?=\s*(?:[?.!,;]|$|right\b|correct\b|yes\b|true\b|is that\b|isn't it\b|ok\b))",
        re.IGNORECASE,
    )


def _without_rejected_alternative(question: str, rejecting: tuple[str, ...]) -> str:
    """ "12 pilot zones, not 21?": the figure set against the stated one is the alternative
    the user rules out, neither a negation of the claim nor a second figure claimed; the
    claim is the stated figure, and its verdict answers both."""
    found = _alternative_pattern(rejecting).search(question)
    if found is None:
        return question
    return (question[: found.start("alt")] + question[found.end("alt") :]).strip()


def _taken_back_after(question: str, rejecting: tuple[str, ...]) -> str:
    """The question without a sentence after its question mark that opens with a word that
    takes a reading back ("? not active users, the buyers"), up to that sentence's comma."""
    return _after_question_pattern(rejecting).sub(" ", question).strip()


@lru_cache(maxsize=4)
def _of_a_pronoun(pronouns: frozenset[str]) -> re.Pattern[str]:
    """ "of them", "of it", "of those": a whole pointed at, as typed."""
    return re.compile(rf"\bof\s+(?:{either(tuple(sorted(pronouns)))})\b", re.IGNORECASE)


def _contains(words: list[str] | tuple[str, ...], run: list[str] | tuple[str, ...]) -> bool:
    """Are these words said together, in this order?"""
    size = len(run)
    return any(tuple(words[i : i + size]) == tuple(run) for i in range(len(words) - size + 1))
