"""First reading of a question: words to stems, typos corrected, and the lexicon's phrases
(operations, currencies, years, expected answer kind) found. No fact is chosen here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from intents.claims import SCALES
from intents.english import VERB, is_english, parts_of_speech
from intents.lexicon import Lexicon, Phrase, leading_phrase
from intents.text import MAX_QUESTION_CHARS, either, is_number, stem, stems, words
from intents.vocabulary import Vocabulary

SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion"})
# "where does the $4.3bn Russian number come from": how far "from" may follow "where"
ORIGIN_REACH = 12
# stemmed as the question is ("since" is "sinc"), or the phrase never matches
_WH_ALONE = frozenset((stem(w),) for w in ("who", "whom", "when", "since"))
_COMPARING = frozenset({"versu", "versus", "compar", "compare", "relativ", "relative"})
_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")


@dataclass
class Analysis:
    question: str
    stems: list[str]
    raw: list[str]
    truncated: bool = False
    corrections: list[tuple[str, str]] = field(default_factory=list)
    ops: list[tuple[str, int]] = field(default_factory=list)  # (operation, position)
    currency: str | None = None
    years: list[int] = field(default_factory=list)
    expects: str | None = None
    forecast: bool = False
    forecast_at: set[int] = field(default_factory=set)  # "target", "expected": still words of facts
    anaphora: bool = False
    opener: bool = False
    # "no, I meant how many were surveyed": a correction that asks a whole question again
    asks_anew: bool = False
    lexical: set[int] = field(default_factory=set)  # positions the lexicon accounts for
    unknown_numbers: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)  # subjects the article never covers
    outside_before: list[str] = field(default_factory=list)  # ... in a sentence before
    chat_at: frozenset[int] = frozenset()  # words of sentences about the user, not asking
    aside_at: frozenset[int] = frozenset()  # ... of those, the ones around the question
    points_back: bool = False  # the asking sentence itself has "it", "that", "those"
    opinion: bool = False  # "will ...?": a prediction or opinion, not a figure
    procedure: bool = False  # "how do I ...?": how to do something, not a figure
    task: bool = False  # "translate this", "send it to my boss": a chore, not a question
    year_shift: int = 0  # "the year before": -1 from the year of the figure in question
    same_year: bool = False  # "that year": the year of the figure in question, unshifted
    shifted_from: tuple[str, ...] = ()  # the figures whose year "the year before" moved
    undated_shift: bool = False  # "the year before" a figure that gives no year to move
    first_period_at: set[int] = field(default_factory=set)  # "in its first year": a period
    # no figure of the article is of
    yearly_amount: bool = False  # "average annual absolute increase": a sum per year
    as_change: bool = False  # "by how many yuan?", "in absolute terms": an amount changed by
    span_years: int | None = None  # "the 2-yr CAGR": the years the change must span
    ignored_at: set[int] = field(default_factory=set)  # "given the growth rate": no content
    clock_at: set[int] = field(default_factory=set)  # "at 4am": a time of day, never a figure
    checking: bool = False  # the question checks a claim: its figures are the claim's
    claimed: bool = False  # what a yes/no claim is about: a year it names may be a date's
    breakdown: bool = False  # "how much of X was B2B": a part of a figure
    asked_unit: str | None = None  # "how many countries" -> "country"
    main_from: int = 0  # where the question proper starts, after a premise
    context_until: int = 0  # words before this are earlier sentences: context, not question
    expects_weak: bool = False  # the answer kind comes from a noun, not a question phrase
    asks_day: bool = False  # "on what date": a year alone does not answer it
    turn_from: int = 0  # in a follow-up merged with earlier words: where this turn's begin
    per_unit_at: set[int] = field(default_factory=set)  # the "1" of "1 dollar": no figure
    per_what_at: set[int] = field(default_factory=set)  # "per country": what it is per
    currency_at: set[int] = field(default_factory=set)  # positions naming a currency
    # "the 6.3 trillion YUAN figure": a quoted figure's unit, which selects no exchange rate
    quoted_unit_at: set[int] = field(default_factory=set)
    per_currency: str | None = None  # "one dollar is how many yuan": rates per dollar
    year_at: dict[int, int] = field(default_factory=dict)  # position -> year named there
    year_span: set[int] = field(default_factory=set)  # positions of year expressions
    change_at: set[int] = field(default_factory=set)  # "the increase ... in dollars": a change
    op_span: set[int] = field(default_factory=set)  # positions of operation phrases
    expects_span: set[int] = field(default_factory=set)  # positions of "how much", "when"...
    describing_at: set[int] = field(default_factory=set)  # "which Chinese platform": no subject

    @property
    def scoring_stems(self) -> set[str]:
        """Stems that may select a fact: a currency word asks for a conversion, not a fact."""
        key = (
            len(self.stems),
            len(self.currency_at),
            len(self.quoted_unit_at),
            len(self.year_span),
            len(self.ignored_at),
            len(self.chat_at),
            self.context_until,
        )
        cached = self.__dict__.get("_scoring")
        if cached is None or cached[0] != key:
            # ("my boss says Russians spent up to $4.3 billion ...": one that quotes figures
            # is a premise, and its words count)
            quoting = any(
                is_number(s) and i in self.chat_at
                for i, s in enumerate(self.stems[: self.context_until])
            )
            cached = (
                key,
                {
                    s
                    for i, s in enumerate(self.stems)
                    if i not in self.currency_at
                    and i not in self.quoted_unit_at
                    and i not in self.ignored_at
                    and not (i in self.year_span and not is_number(s))  # "the year before"
                    and not (s == "not" and i in self.chat_at)  # "I hope you don't mind ..."
                    # "my grandson showed me this article about Chinese online shopping. How
                    # many people were surveyed?": a sentence about the user, before the
                    # question, selects no figure (read whole if the question names none)
                    and not (i in self.chat_at and i < self.context_until and not quoting)
                },
            )
            self.__dict__["_scoring"] = cached
        return cached[1]

    @property
    def op_names(self) -> list[str]:
        return list(dict.fromkeys(op for op, _ in self.ops))

    @property
    def percent_named(self) -> bool:
        """ "In percent", "what percentage": a percentage asked for, not one quoted, nor one
        turned down ("in dollars, not the percentage", "rather than a percentage")."""
        return any(
            s == "percent"
            and not (i > 0 and is_number(self.stems[i - 1]))
            and "not" not in self.stems[max(0, i - 2) : i]
            for i, s in enumerate(self.stems)
            if i >= self.context_until
        )

    def _an_increase_named(self, at: int, lexicon: Lexicon) -> bool:
        """ "The increase", "that increase", "increase versus 2016?": the noun, not the verb
        ("how much did it increase"), whose change may be meant in percent."""
        if at >= len(self.raw) or self.raw[at].lower() not in lexicon.increase_nouns:
            return False
        before = self.stems[at - 1] if at > max(self.context_until, self.turn_from) else None
        return before is None or before in lexicon.noun_openers

    def settle_ops(self, lexicon: Lexicon) -> None:
        """ "What percentage ... grow" asks for growth in percent, "how fast per year ...
        grow" for compound growth: the more specific operation wins."""
        # "21% of the respondents": a share of a whole, not "what share".
        self.ops = [
            ("share_of", at)
            if op == "percent"
            and at > 0
            and is_number(self.stems[at - 1])
            and at - 1 not in self.year_span  # "cross-border 2016 as a percentage of ..."
            else (op, at)
            for op, at in self.ops
        ]
        asks_amount = self.expects == "amount" and not self.expects_weak
        in_percent = self.percent_named
        if ((asks_amount and len(self.years) >= 2) or self.currency) and not in_percent:
            # "by how much will it increase between 2016 and 2018": an amount, not a rate
            self.change_at |= {at for op, at in self.ops if op == "growth"}
            self.ops = [("difference", at) if op == "growth" else (op, at) for op, at in self.ops]
        named = any(self._an_increase_named(at, lexicon) for op, at in self.ops if op == "growth")
        if named and self.years and not in_percent:
            # "the increase from 2016 to the 2018 forecast?": an increase, said as a thing,
            # dated and no percent asked, is the amount added (a rate says "rate", "%");
            # undated ("the increase?" after two measures) it may be between the two
            self.change_at |= {at for op, at in self.ops if op == "growth"}
            self.ops = [("difference", at) if op == "growth" else (op, at) for op, at in self.ops]
        if {"growth", "difference"} <= set(self.op_names) and not in_percent:
            # "by how much did cross-border volume exceed online shopping?": a gap named
            # beside a change asked is the gap between two measures, in their unit
            self.ops = [(op, at) for op, at in self.ops if op != "growth"]
        if in_percent and not self.currency and "point" not in self.stems:
            # "by what percent did X exceed Y", "how much bigger (in %)": a relative change
            self.ops = [("growth", at) if op == "difference" else (op, at) for op, at in self.ops]
        names = set(self.op_names)
        drop = set()
        if self.currency and not self.percent_named:
            drop.add("percent")  # "what portion, in yuan, was not online": an amount
        if "ratio" in names and ({"time", "x"} & set(self.stems)):
            drop.add("difference")  # "how many times more than": a ratio, not a gap
        if any(op == "ratio" and "as" in self.stems[max(0, at - 2) : at] for op, at in self.ops):
            drop.add("difference")  # "how much larger ..., as a ratio?": the form asked
        # "X vs Y" only says two figures are compared; "grew ... vs 2015" asks for growth.
        if names - {"ratio", "convert"}:
            self.ops = [
                (op, at)
                for op, at in self.ops
                if not (op == "ratio" and self.stems[at] in _COMPARING)
            ]
            names = set(self.op_names)
        if names & {"growth", "cagr"}:
            drop.add("percent")
        if "cagr" in names:
            drop.add("growth")
        self.ops = [(op, at) for op, at in self.ops if op not in drop]


_BY_FIRST: dict[int, tuple[object, dict[str, tuple[int, ...]]]] = {}


def _sizes_by_first(table) -> dict[str, tuple[int, ...]]:
    """For each first word, the lengths of the table's phrases starting with it, longest
    first: a position whose word starts no phrase costs one dictionary look-up."""
    entry = _BY_FIRST.get(id(table))
    if entry is None or entry[0] is not table:
        sizes: dict[str, set[int]] = {}
        for key in table:
            if key:
                sizes.setdefault(key[0], set()).add(len(key))
        entry = (table, {w: tuple(sorted(n, reverse=True)) for w, n in sizes.items()})
        _BY_FIRST[id(table)] = entry
    return entry[1]


def _kind_after_described_what(
    s: list[str], main: int, later: int, lexicon: Lexicon, measure_stems: frozenset[str]
) -> tuple[str, int] | None:
    """ "What global e-commerce volume does China's share imply?": "what", words that
    describe, then the noun of an amount, before the word of another kind ("share") that
    belongs to the rest of the question. That amount's kind and the noun's position."""
    for noun in range(main + 2, min(main + 5, later)):
        kind = lexicon.expects.get((s[main], s[noun]))
        if kind in ("amount", "count"):
            between = s[main + 1 : noun]
            if all(w in measure_stems and w not in lexicon.auxiliaries for w in between):
                return kind, noun
            return None
    return None


def _which_described_kind(result: Analysis, vocab: Vocabulary) -> None:
    """ "Which non-Chinese platforms got that money?", "which Russian sites ...?", "which 32
    countries ...?": a name asked with a place, a negation or a count between "which" and
    the noun of its kind."""
    s, lexicon = result.stems, vocab.lexicon
    for at in range(result.context_until, len(s)):
        for gap in (1, 2):
            noun = at + gap + 1
            if noun >= len(s):
                break
            # "which 32 countries ...?": a count said before the noun names them no less
            if any(
                w != "not" and w not in vocab.naming and not is_number(w) for w in s[at + 1 : noun]
            ):
                break
            kind = lexicon.expects.get((s[at], s[noun]))
            if kind in ("text", "subject"):
                result.expects = kind
                result.expects_span.update((at, noun))
                return


def _find(stems_: list[str], table) -> list[tuple[Phrase, int]]:
    """Longest phrases of `table` (a dict or set keyed by stem tuples) found in order."""
    by_first = _sizes_by_first(table)
    found = []
    i = 0
    count = len(stems_)
    while i < count:
        for size in by_first.get(stems_[i], ()):
            key = tuple(stems_[i : i + size])
            if len(key) == size and key in table:
                found.append((key, i))
                i += size
                break
        else:
            i += 1
    return found


find_phrases = _find  # for the follow-up merger: the same longest-phrase search


def analyse(question: str, vocab: Vocabulary, known_numbers: frozenset[Decimal]) -> Analysis:
    lexicon: Lexicon = vocab.lexicon
    truncated = len(question) > MAX_QUESTION_CHARS
    if truncated:  # cut at a word boundary, so no half word is read as an unknown one
        question = question[: MAX_QUESTION_CHARS + 1].rsplit(None, 1)[0]
    # "My grandson buys from AliExpress. How many overseas buyers does it have?": earlier
    # sentences are context; the last one asks.
    question = _BLANK.sub(" what ", question)  # "expects to serve ___ consumers": a cloze
    question = _hesitation_pattern(lexicon.hesitations).sub(" ", question)
    question = _count_of_a_count(question, lexicon)
    question = _day_of_month(question, lexicon)
    question = _answer_length_left_out(question, lexicon)
    marks = lexicon.dictated_punctuation
    question = _dictated_pattern(tuple(marks)).sub(lambda m: marks[m[1].lower()], question)
    question = _telegram_stop_pattern(lexicon.telegram_stops).sub(".", question)
    question = _without_cleft(_without_cleft_choice(question, lexicon), lexicon)
    question = _year_choice(question, lexicon)
    question = _introduction_set_apart(question, lexicon)
    question = _question_after_colon(question, vocab)
    question = _attribution_last(question, vocab)
    question = _without_alternative_set_aside(question, lexicon)
    question = _slip_taken_back(question, lexicon)
    question = _stand_in_after_than(question, lexicon)
    symbols = lexicon.typed_symbols
    question = _symbol_pattern(tuple(symbols)).sub(lambda m: f" {symbols[m[0].lower()]} ", question)
    question = _whole_set_first_moved_last(question, lexicon)
    question = _what_it_does(question, vocab)
    sentences = [
        part
        for p in split_sentences(_without_heading(question, vocab), lexicon)
        for d in _dash_asked(p, lexicon)
        for part in _then_asked(d, lexicon)
        if part.strip()
    ]
    asking = _asking_sentence(sentences, lexicon)
    context = lexicon.words(" ".join(sentences[:asking]))
    raw = _us_as_the_country(context + lexicon.words(" ".join(sentences[asking:])), vocab)
    stems: list[str] = []
    words_: list[str] = []
    corrections: list[tuple[str, str]] = []
    typed = len(raw)
    raw = _joined_typos(raw, vocab, corrections)
    origin: list[int] = []  # the word of the message each word read comes from
    for at, word in enumerate(raw):
        s = stem(word)
        if s not in vocab.known and not is_number(s) and (s,) not in vocab.out_of_scope:
            parts = _negated(word, vocab) or _split_compound(word, vocab)
            if parts:  # "peryear" -> "per year", "onlineshopping" -> "online shopping"
                parts = [w for p in parts for w in lexicon.rewrites.get((p,), (p,))]
                words_ += parts
                stems += [stem(p) for p in parts]
                origin += [at] * len(parts)
                continue
            fixed = vocab.correct(s, word)
            if fixed is not None:
                corrections.append((word, fixed))
                s = fixed
        words_.append(word)
        stems.append(s)
        origin.append(at)
    stems, words_ = _compound_numbers(_short_years(stems, known_numbers, lexicon), words_)
    stems = _no_as_not(_left_as_not(stems, lexicon), lexicon)
    stems, words_, origin = _bound_set_aside(stems, words_, origin, lexicon)
    until = _position_after(raw, words_, len(context))
    result = mark(question, stems, words_, vocab, known_numbers, until)
    result.truncated = truncated
    result.corrections = corrections
    if len(words_) == len(origin) and len(raw) == typed:
        # positions of sentences about the user, around the question ("I can't" is read
        # as two words: positions follow the words read, not the words typed)
        chat, aside = _about_the_user(sentences, lexicon, asking)
        result.chat_at = frozenset(i for i, at in enumerate(origin) if at in chat)
        result.chat_at |= _hedged(result.stems, lexicon)
        result.aside_at = frozenset(i for i, at in enumerate(origin) if at in aside)

        # "I shop on Ozon, how many buyers does it have?": a pronoun of the question, and
        # no subject of the article named at all, points to the name the aside gives
        def pointed() -> bool:
            asked = (w for i, w in enumerate(result.stems) if i not in result.aside_at)
            pronoun = any(w in lexicon.pronouns for w in asked)
            return pronoun and not vocab.entities_named(result.stems)

        for key, at in _find(result.stems, vocab.out_of_scope):  # "... I want to sell to
            word = " ".join(result.raw[at : at + len(key)])  # Russia from Kazakhstan."
            if at in result.aside_at and word in result.outside and not pointed():
                result.outside.remove(word)
        unknown = set(result.unknown_numbers)  # "... I want to say it's close to forty.": a guess
        result.aside_at |= _story_numbers(result, vocab)
        result.unknown_numbers = [
            n for i, n in enumerate(result.stems) if n in unknown and i not in result.aside_at
        ]
    asked = result.stems[result.context_until :]
    result.asks_day = any(  # "on what date", "what's the exact release date"
        word in lexicon.day_nouns and set(asked[max(0, i - 2) : i]) & lexicon.day_markers
        for i, word in enumerate(asked)
    )
    if result.asks_day and result.expects is None:
        result.expects = "year"  # "which exact date did ...": a date, at least its year
    first = min(result.expects_span, default=0)
    result.as_change = bool(set(asked) & lexicon.absolute_words) or (
        result.expects == "amount" and first > 0 and result.stems[first - 1] == "by"
    )
    if result.expects == "duration":
        # "how many years between AliExpress's launch and April 2017": whole years count,
        # the month of the later date says nothing more
        for at in list(result.year_at):
            if at and result.stems[at - 1] in lexicon.date_words:
                result.lexical.add(at - 1)
    return result


def _us_as_the_country(raw: list[str], vocab: Vocabulary) -> list[str]:
    """ "How big was us e-commerce?", "us shoppers": "us" before a word of the article's
    figures names the United States; after "tell", "for", ... it is the asker."""
    lexicon = vocab.lexicon
    fw = lexicon.function_words
    return [
        lexicon.country_us
        if word == "us"
        and at + 1 < len(raw)
        and (stem(raw[at + 1]) in vocab.index or stem(raw[at + 1]) in vocab.known - fw)
        and (raw[at + 1],) not in lexicon.currencies
        and not (at and raw[at - 1] in lexicon.asker_us_before)
        else word
        for at, word in enumerate(raw)
    ]


def _joined_typos(
    raw: list[str], vocab: Vocabulary, corrections: list[tuple[str, str]]
) -> list[str]:
    """ "cross bordr", "cros border", "cross boarder": a compound the lexicon joins ("cross
    border" -> "crossborder") is missed when either half is mistyped, and leaves two words
    the article does not know. Two neighbours, one of them unknown, are read as one
    mistyped compound when, written together, they are a near spelling of one the lexicon
    makes (and not just one of the two again)."""
    out: list[str] = []
    i = 0
    while i < len(raw):
        word = raw[i]
        after = raw[i + 1] if i + 1 < len(raw) else None
        unknown = after is not None and (_unknown(word, vocab) or _unknown(after, vocab))
        if unknown and word.isalpha() and after.isalpha():
            joined = word + after
            fixed = stem(joined) if stem(joined) in vocab.known else vocab.correct(stem(joined))
            whole = fixed not in (stem(word), stem(after))  # "aliexpress safe" is no typo
            if fixed is not None and fixed in vocab.compounds and whole:
                corrections.append((f"{word} {after}", fixed))
                out.append(fixed)
                i += 2
                continue
        out.append(word)
        i += 1
    return out


def _unknown(word: str, vocab: Vocabulary) -> bool:
    s = stem(word)
    return s not in vocab.known and not is_number(s) and (s,) not in vocab.out_of_scope


def _about_the_user(
    sentences: list[str], lexicon: Lexicon, asking: int
) -> tuple[frozenset[int], frozenset[int]]:
    """Positions of the words of sentences about the user ("My nephew works in
    logistics.", "We were discussing it at the book club.", after the question "I always
    get these ministries muddled."): a word of theirs that the article does not know tells
    who asks, not what is asked. The second set holds those that are no part of what is
    asked at all: sentences about the user after the question, and an opening about the
    user before the question word of the asking sentence."""
    at, out, aside = 0, set(), set()
    for index, sentence in enumerate(sentences):
        said = lexicon.words(sentence)
        folded = [w.lower() for w in said]
        asks = [i for i, w in enumerate(folded) if w in lexicon.question_words]
        mine = bool(set(folded) & lexicon.first_person)
        if index == asking:
            opening = folded[: asks[0]] if asks else []
            adding = any(
                stem(w) in lexicon.sum_verbs and stem(after) not in lexicon.pronouns
                for w, after in zip(opening, opening[1:], strict=False)
            )  # "If we add A to B, what do we get?" names what is added; "if I add it to
            # my slides" does not
            if set(opening) & lexicon.first_person and not adding:
                # "Forgive me if this is obvious, but which company ...": not the question;
                # its figures are ("If I take the 8.8tn 2018 estimate, how much ...")
                aside.update(
                    at + i
                    for i, w in enumerate(opening)
                    if not is_number(w) and w not in SCALE_WORDS
                )
        elif index > asking and asks and not _relative_remark(sentence, folded, asks, lexicon):
            pass  # "Which body confirmed them? And when?"
        elif index > asking and _opens_with(folded, lexicon.correcting_openers):
            pass  # "How much did Russians spend? I mean Kazakhs.": the question, corrected
        elif mine:
            # "I wonder how many had NOT shopped there": the question after "how many" asks;
            # "I didn't see what share ...": the user's own words before it do not
            relative = (
                index < asking
                and asks
                and not sentence.rstrip().endswith("?")
                and folded[asks[0]] in lexicon.relative_pronouns
                and asks[0] > 0
                and stem(folded[asks[0] - 1]) not in lexicon.embedding_verbs
            )
            # "... half my clients were Russians who kept telling me ...": in a sentence
            # told before the one that asks, "who" after a noun only joins a clause
            out.update(range(at, at + (asks[0] if asks and not relative else len(said))))
            if index > asking:
                aside.update(range(at, at + len(said)))  # "I always get these muddled."
        at += len(said)
    return frozenset(out | aside), frozenset(aside)


def _story_numbers(result: Analysis, vocab: Vocabulary) -> frozenset[int]:
    """Numbers of the user's own story before the question ("I found three AliExpress
    parcels", "I was a bookkeeper for forty years"): with no word a figure of the article
    is measured in, no scale and no currency after them (nor a currency before), they count
    the user's things and quote no figure ("I read it had 60 million users" does)."""
    stems = result.stems
    mine = vocab.lexicon.user_possessives
    shares = {i for i, s in enumerate(stems) if is_number(s) and _share_of_mine(stems, i, mine)}
    told = [i for i in result.chat_at if i < result.context_until and is_number(stems[i])]
    if not told:
        return frozenset(shares)  # (most questions: the word sets below are not built)
    names = set(vocab.naming)  # "three AliExpress parcels" are no figure of AliExpress's
    plain = vocab.lexicon.function_words | {"year", "not"}  # "eighty-one and not very good"
    figure_words = (vocab.measure_stems - names - plain) | SCALE_WORDS | {"percent", "%"}
    currencies = {w for key in vocab.lexicon.currencies for w in key}
    return (
        frozenset(
            i
            for i in told
            if not set(stems[i + 1 : i + 3]) & (figure_words | currencies)
            and not set(stems[max(0, i - 1) : i]) & currencies  # "$5 billion", "5 billion"
        )
        | shares
    )


def _share_of_mine(stems: list[str], at: int, mine: frozenset[str]) -> bool:
    """ "half my supplies come off Chinese websites", "a third of our clients": a share of
    the user's own things is part of their story, not a figure of the article's."""
    after = stems[at + 1 : at + 4]
    if after[:1] != ["percent"]:
        return False
    rest = after[1:]
    if rest[:1] == ["of"]:
        rest = rest[1:]
    return bool(rest) and rest[0] in mine


def _relative_remark(sentence: str, folded: list[str], asks: list[int], lexicon: Lexicon) -> bool:
    """ "That's what he told us.": a sentence that ends in no question mark and whose
    question word follows a word that makes it a free relative ("that's what", "is
    what") asks nothing; it only says where a claim came from."""
    first = asks[0]
    return (
        not sentence.rstrip().endswith("?")
        and first > 0
        and folded[first - 1] in lexicon.relative_heads_of_remarks
    )


def _changes_money(s: list[str], end: int, lexicon: Lexicon) -> bool:
    """ "If I change the yuan with the article's rate", "change it to dollars": a verb of
    changing with a currency right after it (only a determiner, a pronoun, a sum or
    "to"/"into" between) exchanges money; "how much did it change in 2016 in yuan?" does
    not."""
    if end < 1 or s[end - 1] not in lexicon.source_currency_verbs:
        return False
    between = lexicon.source_determiners | lexicon.pronouns | lexicon.currency_links
    for j in range(end, min(end + 4, len(s))):
        if any(tuple(s[j : j + len(key)]) == key for key in lexicon.currencies):
            return True
        if not (s[j] in between or is_number(s[j]) or s[j] in SCALE_WORDS):
            return False
    return False


def _in_a_first_period(s: list[str], at: int, result: Analysis, lexicon: Lexicon) -> bool:
    """ "VIPme's sales in its first year": the year there is a period of the figure asked;
    "the first year it was the top destination" asks for a year."""
    if at not in result.first_period_at:
        return False
    start = min(i for i in result.first_period_at if i <= at)
    while start - 1 in result.first_period_at:
        start -= 1
    before = [w for w in s[max(0, start - 2) : start] if w not in lexicon.pronouns]
    return bool(before) and before[-1] in lexicon.in_year_words


def _method_clauses(s: list[str], lexicon: Lexicon) -> list[range]:
    """ "... in 2015, implied by the 2016 figure and its growth rate?": the opener and the
    figure worked from, up to its head. A question word ends the clause: "given X, what is
    the growth?" asks it."""
    spans = []
    for key, at in _find(s, lexicon.method_openers):
        end = at + len(key)
        for j in range(end, min(end + 6, len(s))):
            if s[j] in lexicon.question_words:
                break
            heads = [h for h in lexicon.method_heads if tuple(s[j : j + len(h)]) == h]
            if j and is_number(s[j - 1]):  # "the 39.2% share": "%" is the figure's, no head
                heads = [h for h in heads if h != ("percent",)]
            head = max(heads, key=len) if heads else None  # "growth rate" before "growth"
            if head is not None:
                spans.append(range(at, end))
                spans.append(range(j, j + len(head)))
                # "based on the online share": a word between naming the measure worked
                # from, not the one asked; a figure or year there stays read
                if not any(map(is_number, s[end:j])):
                    spans.extend(
                        range(i, i + 1) for i in range(end, j) if s[i] not in lexicon.stopwords
                    )
                break
    for j, w in enumerate(s):  # "what global volume does China's share imply?": the head
        if w not in lexicon.implying_words:  # worked from, then the verb, after "does"
            continue
        heads = [
            h
            for h in lexicon.method_heads
            if tuple(s[max(0, j - len(h)) : j]) == h
            and not (h == ("percent",) and j > 1 and is_number(s[j - 2]))  # "the 39.2%"
        ]
        aux = [i for i in range(max(0, j - 5), j) if s[i] in lexicon.auxiliaries]
        if heads and aux and j - len(max(heads, key=len)) > aux[-1]:
            spans.append(range(aux[-1] + 1, j + 1))
    return spans


def _topic_clauses(s: list[str], lexicon: Lexicon) -> list[range]:
    """ "How many people were in that PayPal survey about shopping?", "a shopping survey":
    what a study was about describes the study, not a part of the people it asked. From
    the topic link to the end of the sentence or the next question word, or the topic
    words right before the survey noun."""
    spans = []
    for key, at in _find(s, lexicon.topic_links):
        if not at or s[at - 1] not in lexicon.topic_heads:
            continue  # "the data about Russian shoppers": which figures, not what was asked
        end = at + len(key)
        while end < len(s) and s[end] not in lexicon.question_words and not is_number(s[end]):
            end += 1
        spans.append(range(at, end))
    for at, word in enumerate(s):
        if word not in lexicon.topic_heads:
            continue
        start = at  # "a shopping survey", "that online shopping poll": its topic, before it
        while start > 0 and at - start < 2 and s[start - 1] in lexicon.topic_modifiers:
            start -= 1
        if start < at:
            spans.append(range(start, at))
    return spans


def _opens_with(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in phrases)


_FIGURE_AFTER = SCALE_WORDS | {"percent", "time", "x"}


def _short_years(stems: list[str], known: frozenset[Decimal], lexicon: Lexicon) -> list[str]:
    """ "x-border vol 16", "cagr 16-18", "online 15 level": a two-digit number that is no
    figure of the article, with no unit, scale or counted noun after it ("23 countries"),
    is a year of the 2010s."""
    out = list(stems)
    for i, s in enumerate(stems):
        if len(s) != 2 or not s.isdigit() or not 13 <= int(s) <= 25 or Decimal(s) in known:
            continue
        after = stems[i + 1] if i + 1 < len(stems) else ""
        if after in _FIGURE_AFTER or after in lexicon.count_nouns:
            continue
        out[i] = "20" + s
    return out


_BLANK = re.compile(r"_{2,}")


_COUNT_OF_A_COUNT = re.compile(
    r"\b(\w+)\s+([^\W\d_]+)\s+(in|out\s+of)\s+(?:every\s+)?(\w+)\b", re.IGNORECASE
)


def _count_of_a_count(question: str, lexicon: Lexicon) -> str:
    """ "One person in five", "two shoppers out of every three": a fraction said with its
    noun (one a count is of) inside, read as "one in five people" so that the fraction's
    rewrite applies."""

    def moved(m: re.Match[str]) -> str:
        fraction = (m[1].lower(), *m[3].lower().split(), m[4].lower())
        if stem(m[2].lower()) not in lexicon.count_nouns or fraction not in lexicon.rewrites:
            return m[0]
        return f"{m[1]} {m[3]} {m[4]} {m[2]}"

    return _COUNT_OF_A_COUNT.sub(moved, question)


def _day_of_month(question: str, lexicon: Lexicon) -> str:
    """A day said as an ordinal beside a month ("April tenth", "the 10th of April") as
    the number a date is written with ("April 10")."""
    days = lexicon.day_ordinals
    after, before = _ordinal_patterns(lexicon.months, tuple(days))
    question = after.sub(lambda m: f"{m[1]} {days.get(m[2].lower(), m[2])}", question)
    question = before.sub(lambda m: f"{m[2]} {days.get(m[1].lower(), m[1])}", question)
    return question


def _before_its_noun(said: list[str], at: int, lexicon: Lexicon, named: frozenset[str]) -> bool:
    """ "In THAT big PayPal survey, ...": a demonstrative before a name or measure of its
    own (within three words, no verb between) says what it points at, so it leans on no
    earlier sentence. `named`: the stems of the article's sources and measures."""
    if said[at] not in lexicon.demonstratives:
        return False
    for word in said[at + 1 : at + 4]:
        if word in lexicon.auxiliaries or word in lexicon.value_words:
            return False  # "that is", "that figure": the last answer itself
        if (word,) in lexicon.operations:
            return False  # "that per country", "that in dollars": done to the last answer
        if word in named:
            return True
    return False


def _answer_length_left_out(question: str, lexicon: Lexicon) -> str:
    """ "Research firm, five letters?", "a six-letter word", "year, four digits please":
    how the answer is written, which names no figure; the number would be read as one."""
    spelled = lexicon.number_words
    if spelled is None:
        return question
    pattern = _answer_length_pattern(lexicon.answer_length_words)
    question = pattern.sub(
        lambda m: " " if m[1].isdigit() or spelled.is_number_word(m[1].lower()) else m[0],
        question,
    )
    # a crossword clue's count of letters, "(5)" or "(2,3)", closing the clue it follows
    return _ENUMERATION.sub(" ", question)


_ENUMERATION = re.compile(
    r"\(\s*\d{1,2}(?:\s*[,-]\s*\d{1,2})*\s*\)(?=\s*(?:[.?!:;]|$|answer\b))", re.IGNORECASE
)


@lru_cache(maxsize=4)
def _answer_length_pattern(lengths: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b([a-z]+|\d{{1,2}})[\s-]+(?:{either(lengths)})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _ordinal_patterns(
    months: tuple[str, ...], ordinals: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "April (the) tenth / 10th" and "(the) tenth / 10th of April"."""
    month = either(months)
    day = rf"(\d{{1,2}}(?=(?:st|nd|rd|th)\b)|{either(ordinals)})(?:st|nd|rd|th)?"
    after = re.compile(rf"\b({month})\s+(?:the\s+)?{day}\b", re.IGNORECASE)
    before = re.compile(rf"\b(?:the\s+)?{day}\s+of\s+({month})\b", re.IGNORECASE)
    return after, before


def _without_cleft_choice(question: str, lexicon: Lexicon) -> str:
    """ "Was it the State Council or the Ministry of Commerce that confirmed the zones?"
    offers two names for who did something: it asks who did it, as "who confirmed the
    zones?" does (two years offered, "was it 2015 or 2016 that ...", are left alone)."""
    found = _cleft_choice_pattern(lexicon.cleft_openers, lexicon.relative_words).search(question)
    if found is None or any(ch.isdigit() for ch in found["names"]):
        return question
    return f"{question[: found.start()]}{lexicon.cleft_choice_question} {question[found.end() :]}"


@lru_cache(maxsize=4)
def _year_choice_pattern(links: tuple[str, ...]) -> re.Pattern[str]:
    """Two years offered at the end of a question, each after an optional link word."""
    link = rf"(?:\b(?:{either(links)})\s+)?"
    return re.compile(
        rf"[\s,;:\u2013\u2014-]*{link}(?P<first>(?:19|20)\d\d)\s+or\s+{link}"
        r"(?P<second>(?:19|20)\d\d)\s*(?P<end>[?.!]*)\s*$",
        re.IGNORECASE,
    )


def _year_choice(question: str, lexicon: Lexicon) -> str:
    """ "Did China beat the US in 2013 or 2014?", "is the 6.3 trillion figure for 2016 or
    2015?": two years offered at the end ask which year it was, as "which year did China
    beat the US?" does; read as a claim about the first year, the answer was a bare "No"."""
    cleft = _cleft_year_choice_pattern(lexicon.cleft_openers, lexicon.relative_words).search(
        question
    )
    if cleft is not None and cleft["first"] != cleft["second"]:
        # "was it 2015 or 2016 that JD launched its platform?"
        asked = f"{lexicon.year_choice_question} {cleft['rest']}"
        return f"{question[: cleft.start()]}{asked}"
    found = _year_choice_pattern(lexicon.year_choice_links).search(question)
    if found is None or found["first"] == found["second"]:
        return question
    before = question[: found.start()]
    ends = [m.end() for m in _SENTENCE_MARK.finditer(before)]
    start = ends[-1] if ends else 0  # the asking sentence ("6.3" ends none)
    sentence = before[start:]
    words = set(lexicon.words(sentence.lower()))
    if words & set(lexicon.comparatives):
        return question  # "did Russians spend more in 2016 or 2015?" compares the two years
    if words & lexicon.question_words:
        return f"{before}{found['end'] or '?'}"  # "when did JD launch, 2015 or 2016?"
    asked = f"{lexicon.year_choice_question} {sentence.strip()}{found['end'] or '?'}"
    return f"{before[:start]} {asked}"


_SENTENCE_MARK = re.compile(r"[.?!]+(?=\s|$)")


@lru_cache(maxsize=4)
def _cleft_year_choice_pattern(
    openers: tuple[str, ...], relatives: frozenset[str]
) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{either(openers)})\s+(?:in\s+)?(?P<first>(?:19|20)\d\d)\s+or\s+"
        rf"(?:in\s+)?(?P<second>(?:19|20)\d\d)\s*,?\s+(?:{either(relatives)}|when)\s+"
        r"(?P<rest>.+)$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _introduction_patterns(
    ends: tuple[str, ...], openers: tuple[str, ...], persons: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = r"[^\W\d_][\w'-]*"
    lead = re.compile(
        rf"^\s*((?:{word}\s+){{0,3}}(?:{either(ends)}))\s*[,:;\u2013\u2014-]+\s*", re.IGNORECASE
    )
    opener = re.compile(
        rf"^\s*((?:{either(openers)})\s+(?:{word}\s+){{0,3}}?{word})(?:\s*,\s*|\s+(?=(?:{either(persons)})\s))",
        re.IGNORECASE,
    )
    return lead, opener


def _introduction_set_apart(question: str, lexicon: Lexicon) -> str:
    """ "Night shift baker here, quick one: how many ...?", "As a court interpreter I need
    ...": a few words that say who asks, set off before the question, read as a sentence of
    their own (one about the user, which asks nothing)."""
    lead, opener = _introduction_patterns(
        lexicon.introduction_ends,
        lexicon.introduction_openers,
        tuple(sorted(lexicon.first_person)),
    )
    for pattern in (lead, opener):
        found = pattern.match(question)
        if found is None or any(ch.isdigit() for ch in found.group(1)):
            continue
        lead_stems = [stem(w) for w in lexicon.words(found.group(1))]
        if _find(lead_stems, lexicon.operations):
            # "As a multiple, how much larger ...?": how to answer, not who asks; read after
            # the question, where such words usually come, so the lead opens no claim
            rest = question[found.end() :].strip()
            mark = "?" if rest.endswith("?") else ""
            return f"{rest.rstrip('?').rstrip()}, {found.group(1).strip().lower()}{mark}"
        return f"{found.group(1)}. {question[found.end() :]}"
    return question


def _question_after_colon(question: str, vocab: Vocabulary) -> str:
    """ "My nephew says China is taking over the world, and I wanted to check: how big was
    China's total e-commerce?": what the user says of themselves up to a colon is context,
    and the question that follows it is the one asked (as if it were a sentence of its
    own, so "the world" before it names no figure). Only a clause of the user's own
    ("I wanted to check", "my question is"), with no figure in it, is set apart, and not
    when a name the article lacks comes first ("my sister in Canada"): in a sentence of
    its own, "does it have" would point to it."""
    at = question.rfind(": ")
    if at < 0:
        return question
    lexicon = vocab.lexicon
    after = lexicon.words(question[at + 2 :])
    clause = re.split(r"[,;.!?]", question[:at])[-1]
    said = {w.lower() for w in lexicon.words(clause)}
    if (
        not after
        or after[0].lower() not in lexicon.question_words
        or not said & lexicon.first_person
        or any(ch.isdigit() for ch in clause)
        or _find([stem(w) for w in lexicon.words(question[:at])], vocab.out_of_scope)
    ):
        return question
    return f"{question[:at]}. {question[at + 2 :]}"


def _without_cleft(question: str, lexicon: Lexicon) -> str:
    """ "Was it PayPal who said that?" claims who gave the last figure, as "was that from
    PayPal?" does; read so, "who" is no question of its own. Only a verb of giving a figure
    and a pronoun for it after the name make it one ("is it AliExpress that has 60 million
    users?" is a claim about AliExpress)."""
    found = _cleft_pattern(lexicon.cleft_openers, lexicon.relative_words).search(question)
    if found is None:
        return question
    verb, pointed = stem(found["verb"].lower()), found["pointed"].lower()
    if verb not in lexicon.source_verbs | lexicon.attribution_cues:
        return question
    if pointed not in lexicon.pronouns:
        return question
    claim = f"{lexicon.cleft_claim} {found['name']}"
    return f"{question[: found.start()]}{claim}{question[found.end() :]}"


@lru_cache(maxsize=4)
def _symbol_pattern(symbols: tuple[str, ...]) -> re.Pattern[str]:
    """A typed symbol as a token of its own ("#1", not "#10" or "no.12")."""
    return re.compile(rf"(?<![\w#])(?:{either(symbols)})(?![\w.])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _cleft_choice_pattern(openers: tuple[str, ...], relatives: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        rf"^\W*(?:{either(openers)})\s+(?P<names>[^?]{{1,60}}?\s+or\s+[^?]{{1,60}}?)\s+"
        rf"(?:{either(relatives)})\s+",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _cleft_pattern(openers: tuple[str, ...], relatives: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{either(openers)})\s+(?P<name>[^\W\d_][\w.&-]*)\s+(?:{either(relatives)})"
        rf"\s+(?P<verb>[a-z]+)\s+(?P<pointed>[a-z]+)\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def _dictated_pattern(said: tuple[str, ...]) -> re.Pattern[str]:
    """Punctuation said aloud, as words of their own: "... call for question mark"."""
    return re.compile(rf"\s*(?<![\w'-])({either(said)})(?![\w'-])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _telegram_stop_pattern(stops: tuple[str, ...]) -> re.Pattern[str]:
    """ "PILOT ZONES COUNT STOP": a stop in capitals, last or before another capital word
    (case matters: "did JD stop" keeps its verb)."""
    return re.compile(rf"\s*(?<![\w'-])(?:{either(stops)})(?![\w'-])(?=\s*(?:$|[^\w\s]|[A-Z]))")


@lru_cache(maxsize=4)
def _per_hundred_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'-])(?:{either(phrases)})(?![\w'-])", re.IGNORECASE)


def as_a_percentage(question: str, lexicon: Lexicon) -> str:
    """ "Out of every hundred active users, how many bought?" asks a percentage of them:
    said first, the hundred's clause is the whole, so it is moved after the part asked
    ("how many bought as a percentage of active users?"), the order a share is read in."""
    pattern = _per_hundred_pattern(lexicon.per_hundred)
    for opening in pattern.finditer(question):
        before = question[: opening.start()]
        if before.strip() and not re.search(r"[.!?:]\s*$", before):
            continue  # not the start of a sentence
        whole, comma, asked = question[opening.end() :].partition(",")
        if comma and whole.strip() and asked.strip():
            asked = asked.strip()
            end = re.search(r"[,;?]|$", asked).start()  # the part asked ends its clause
            read_as = f"{lexicon.per_hundred_read_as} {whole.strip()}"
            return f"{before}{asked[:end].rstrip()} {read_as}{asked[end:]}"
    return pattern.sub(lexicon.per_hundred_read_as, question)


@lru_cache(maxsize=4)
def _pseudo_cleft_patterns(
    openers: tuple[str, ...], bare: tuple[str, ...]
) -> tuple[re.Pattern[str], ...]:
    figure = r"(?P<figure>[^?,;]{0,30}?\d[^?,;]{0,30}?)"
    end = r"\s*(?P<end>[?.!]*)\s*$"
    first = re.compile(  # "is it true 4.3 billion dollars is what Russians spent?"
        rf"^\W*(?:{either(openers)})\s+{figure}\s+(?:is|was)\s+what\s+(?P<rest>[^?]+?){end}",
        re.IGNORECASE,
    )
    bare_first = re.compile(  # "is 4.3 billion dollars what Russians spent?"
        rf"^\W*(?:{either(bare)})\s+(?:it\s+)?{figure}\s+what\s+(?P<rest>[^?]+?){end}",
        re.IGNORECASE,
    )  # or "is it more than $3bn what Russians spend?"
    last = re.compile(  # "is it true that what Russians spent was 4.3 billion dollars?"
        rf"^\W*(?:{either(openers)})\s+what\s+(?P<rest>[^?]+?)\s+(?:is|was)\s+{figure}" + end,
        re.IGNORECASE,
    )
    return first, bare_first, last


def without_pseudo_cleft(question: str, lexicon: Lexicon) -> str:
    """ "Is it true 4.3 billion dollars is what Russians spent cross-border?": the figure
    and the clause that says what it is, as the plain claim ("is it true that Russians spent
    cross-border 4.3 billion dollars"), which the claim reader checks."""
    for pattern in _pseudo_cleft_patterns(
        lexicon.pseudo_cleft_openers, lexicon.pseudo_cleft_bare_openers
    ):
        found = pattern.search(question)
        truth = set(stems(found["figure"])) & lexicon.truth_words if found else None
        if found is not None and not truth:  # "is it true that 90 percent of what ...": no
            # figure between the opener and "what"
            claim = lexicon.pseudo_cleft_openers[0]  # "is it true that"
            return f"{claim} {found['rest']} {found['figure']}{found['end'] or '?'}"
    return question


def statement_as_claim(question: str, lexicon: Lexicon) -> str:
    """ "China's total e-commerce was 26.1 trillion yuan last year.": a message that only
    states something asks whether it is so, as a fact-checker pastes a line to check. One
    sentence with a full stop and no question mark, a finite verb of a statement
    (lexicon statement_verbs) and a subject before it: not opened by a question word, the
    user, a request or a greeting, nor by a verb (an instruction: "Convert ... to dollars.").
    Read as "true or false: ...", which the claim reader checks."""
    text = question.strip()
    if not text.endswith(".") or "?" in text or ":" in text:
        return question
    if len(split_sentences(text, lexicon)) != 1:
        return question
    said = [w.lower() for w in words(text)]
    if len(said) < 3:
        return question
    first = said[0]
    openers = (
        lexicon.question_words
        | lexicon.request_openers
        | lexicon.courtesy_words
        | lexicon.discourse_fillers
        | lexicon.yes_no_words
    )
    followups = {w for p in lexicon.followup_openers for w in p[:1]}  # "And the ... to $."
    if (
        stem(first) in openers | followups
        or first in lexicon.first_person | lexicon.correction_leads
    ):
        return question
    stemmed = [stem(w) for w in said]
    if leading_phrase(stemmed, lexicon.greetings):
        return question
    quantity_first = is_number(said[1])  # "Over 20 million ...", "About 80% ..."
    attributed = said[:2] == ["according", "to"]  # "According to the report, the US ..."
    instruction = VERB in parts_of_speech(first) and not (quantity_first or attributed)
    if instruction or first in lexicon.user_possessives:
        return question  # "Convert ...", "Back out ...": an instruction
    # "She wants to know Russia's spending.": a verb that embeds a question asks it; one
    # that also states ("PayPal's survey SAYS 21 percent ...") reports a claim
    reporting = {stem(w) for w in lexicon.statement_verbs}
    asking = lexicon.embedding_verbs - reporting | lexicon.task_verbs | lexicon.question_words
    if set(stemmed) & (asking | lexicon.courtesy_words) or set(said) & lexicon.first_person:
        return question  # "Russians spent how much.": asked
    tails = [p for p in lexicon.yes_no_tails if tuple(stemmed[-len(p) :]) == p]
    if tails:
        return question  # "... - verify.": checked as it stands
    verbs = [
        i
        for i, w in enumerate(said)
        if w in lexicon.statement_verbs
        and i > 0
        and (i == 1 or stem(said[i - 1]) not in lexicon.relative_words)  # "users who bought"
        and said[i - 1] not in lexicon.labelling_determiners | lexicon.year_determiners
        and not is_number(said[i - 1])  # "the 2018 forecast": a noun
    ]
    if not verbs:
        return question
    return f"{lexicon.statement_read_as} {text[:-1]}"


@lru_cache(maxsize=4)
def _rate_basis_pattern(openers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'-])([\w'-]+)\s+(?:{either(openers)})(?![\w'-])(?:[^,;?.!]|\.(?=\d))*",
        re.IGNORECASE,
    )


def without_rate_basis(question: str, lexicon: Lexicon) -> str:
    """ "in dollars, using the same rate as the 6.3 trillion figure": the words that say
    where a rate comes from, to the end of their clause, read as "the article's rate" after
    a word that applies a rate (not "is the rate implied by the article above 7?")."""

    def applied(found: re.Match) -> str:
        if stem(found[1].lower()) not in lexicon.rate_means_words:
            return found[0]
        return f"{found[1]} {lexicon.rate_basis_read_as}"

    return _rate_basis_pattern(lexicon.rate_basis_openers).sub(applied, question)


@lru_cache(maxsize=4)
def _hesitation_pattern(sounds: tuple[str, ...]) -> re.Pattern[str]:
    """A hesitation as a word of its own, with the comma after it: "from, uh, which" reads
    as "from, which" (cached here, not kept in the analysis's plain data)."""
    return re.compile(rf"(?<![\w'-])(?:{either(sounds)})(?![\w'-])\s*,?", re.IGNORECASE)


@lru_cache(maxsize=8)
def _alternative_pattern(markers: tuple[str, ...], comma: bool = True) -> re.Pattern[str]:
    """A comma (or, for markers that set aside by themselves, a space), a marker and the
    alternative it sets aside, to the next comma or the end (cached here, not kept in the
    analysis's plain data)."""
    lead = r",\s*" if comma else r"\s+"
    return re.compile(
        rf"{lead}(?:{either(markers)})\s+(\w+)[^,?!.]{{0,60}}?(?=\s*[,?!.]|\s*$)", re.IGNORECASE
    )


def _without_alternative_set_aside(question: str, lexicon: Lexicon) -> str:
    """ "Is the 80% a share of the money spent, not of the number of shoppers?", "Is it
    accurate that Vip, not JD, launched VIPme?", "Was it from iResearch rather than the
    Ministry?": in a yes/no question, an alternative set aside after a comma is no part of
    the claim, and is left out; "rather than" sets one aside in any question."""
    bare = _alternative_pattern(lexicon.bare_alternative_markers, comma=False).search(question)
    if bare is not None and bare.group(1).lower() not in lexicon.aside_alternative_keeps:
        # "spent on Chinese platforms rather than others": what comes first is asked
        return question[: bare.start()] + question[bare.end() :]
    found = _alternative_pattern(lexicon.aside_alternative_markers).search(question)
    if found is None or found.group(1).lower() in lexicon.aside_alternative_keeps:
        return question
    said = [stem(w) for w in words(question)]
    if set(said) & lexicon.question_words:
        return question  # "how many would be, you know, not overseas?": the rest asked
    if not any(leading_phrase(said[i:4], lexicon.yes_no_openers) for i in range(2)):
        return question
    return question[: found.start()] + question[found.end() :]


@lru_cache(maxsize=4)
def _slip_pattern(
    markers: tuple[str, ...], phrases: tuple[str, ...], fillers: tuple[str, ...]
) -> re.Pattern[str]:
    marked = rf"(?:{either(markers)})\s*[,:]\s*(?:(?:{either(fillers)})\s+)?"
    phrased = rf"(?:{either(phrases)})\b[,:]?\s*"
    return re.compile(rf"(?:,|;|\.\.\.|…|\s-+|\s—)\s*(?:{marked}|{phrased})(?=\S)", re.IGNORECASE)


def _slip_taken_back(question: str, lexicon: Lexicon) -> str:
    """ "How much was global e-commerce, no wait, China's total e-commerce?" reads as "how
    much was China's total e-commerce?": after "no", "wait" or "sorry" and a comma, the
    words take the place of those between the question's opening words (question words,
    auxiliaries, function words, share words) and the marker. After "I mean", only a whole
    question or a year typed anew replaces what came before: "how many bottles - I mean,
    sales - did it make?" swaps one word, which the sentence around it still needs."""
    found = _slip_pattern(lexicon.slip_markers, lexicon.slip_phrases, lexicon.slip_fillers).search(
        question
    )
    if found is None:
        return question
    before, after = question[: found.start()], question[found.end() :]
    typed = after.strip(" ?!.").split()
    if len(typed) == 1 and is_number(typed[0]):  # "the volume in 2016 - scratch that, 2018?"
        numbers = list(re.finditer(r"\d[\d.,]*", before))
        if numbers:
            last = numbers[-1]
            end = after[len(after.rstrip(" ?!.")) :]
            return f"{before[: last.start()]}{typed[0]}{before[last.end() :]}{end}"
    if not typed:
        return question
    first = typed[0].lower()
    if stem(first) in lexicon.question_words:
        # "..., no wait, how many buyers?": a question of its own; one that points back
        # ("russian spending on chinese platforms... no wait, what share went there?")
        # keeps what came before as a sentence of its own
        if {stem(w) for w in words(after)} & lexicon.pointing_words:
            return f"{before.rstrip(' ,;:.…-—')}. {after}"
        return after
    marker = re.findall(r"[^\W\d_]+", found.group(0).lower())
    if not marker or marker[0] not in {m.split()[0] for m in lexicon.slip_markers}:
        return question
    opening = lexicon.question_words | lexicon.auxiliaries | lexicon.function_words
    kept: list[str] = []
    for token in before.split():
        said = [stem(w) for w in words(token)]
        if not said or not all(w in opening or w in lexicon.share_words for w in said):
            break
        kept.append(token)
    if not any(stem(w) in lexicon.question_words for t in kept for w in words(t)):
        return question  # "the Russians who ... sorry, the money that ...": no question yet
    if kept[-1].lower() == first:  # "what share of X, sorry, of Y"
        kept.pop()
    return " ".join([*kept, after])


def _stand_in_after_than(question: str, lexicon: Lexicon) -> str:
    """ "Did Russians spend more on non-Chinese platforms than on Chinese ones?" reads
    "... than on Chinese platforms?": a stand-in noun after the word of comparison is the
    noun that ends the first side, right before that word."""
    tokens = question.split()
    bare = [t.strip(",;:?!.").lower() for t in tokens]
    links = [i for i, t in enumerate(bare) if t in lexicon.comparison_links]
    if not links or not set(bare[links[0] :]) & lexicon.stand_in_nouns or links[0] == 0:
        return question
    noun = tokens[links[0] - 1].strip(",;:?!.")
    if not noun.isalpha() or noun.lower() in lexicon.stand_in_nouns:
        return question
    return " ".join(
        t.lower().replace(bare[i], noun)
        if i > links[0] and bare[i] in lexicon.stand_in_nouns
        else t
        for i, t in enumerate(tokens)
    )


def _attribution_last(question: str, vocab: Vocabulary) -> str:
    """ "According to PayPal and Ipsos, is China now the top destination?" reads as "Is
    China now the top destination, according to PayPal and Ipsos?": a yes/no question put
    to a source opens after it, and the source stays a condition of the claim."""
    lexicon = vocab.lexicon
    tokens = question.split()

    def first_stems(count: int) -> list[str]:
        return [next(iter(stem(w) for w in words(t)), "") for t in tokens[:count]]

    if not leading_phrase(first_stems(3), lexicon.attribution_openers):
        return question  # most questions: three words looked at, no more
    firsts = first_stems(12)
    opener = leading_phrase(firsts, lexicon.attribution_openers)
    small = lexicon.function_words
    for at in range(opener + 1, min(len(firsts), opener + 6)):
        if leading_phrase(firsts[at:], lexicon.yes_no_openers):
            between = firsts[opener:at]
            if not all(s in vocab.entity_stems or s in small for s in between):
                return question
            source = " ".join(tokens[:at]).rstrip(",;:-")
            asked = " ".join(tokens[at:])
            end = re.search(r"[?.!]+$", asked)
            tail = end.group(0) if end else ""
            return f"{asked[: len(asked) - len(tail)]}, {source[0].lower()}{source[1:]}{tail}"
    return question


_SET_APART = re.compile(r",\s+")


def _whole_set_first_moved_last(question: str, lexicon: Lexicon) -> str:
    """ "Of Russia's 4.3 billion dollars cross-border, what is 80 percent?" reads as "what
    is 80 percent of Russia's 4.3 billion dollars cross-border?": the whole set apart first,
    then a question that applies a percentage and names no whole of its own."""
    parts = _SET_APART.split(question, maxsplit=1)  # not the comma inside "28,000"
    if len(parts) != 2:
        return question
    front, asked = parts
    opened = [stem(w) for w in words(front)][:3]
    opener = leading_phrase(opened, lexicon.whole_first_openers)
    if not opener:
        return question
    link = front.split()[opener - 1]  # "of", the word that ties a part to its whole
    said = [lexicon.rewrites.get((w,), (w,))[0] for w in (stem(w) for w in words(asked))]
    applied = any(is_number(a) and b == "percent" for a, b in zip(said, said[1:], strict=False))
    if not applied or said[0] not in lexicon.question_words or opened[opener - 1] in said:
        return question
    whole = " ".join(front.split()[opener:])
    end = re.search(r"[?.!]+\s*$", asked)
    body = asked[: end.start()] if end else asked
    return f"{body.strip()} {link.lower()} {whole}{end.group(0).strip() if end else ''}"


_LABEL = re.compile(r"^\s*([^\W\d_][\w' -]{0,30}?)\s*:\s+(?=\S)")
# "Carving a swan for a tech gala and want a fun fact: what was ...?": a longer lead, left
# out only when a question word opens what follows the colon
_LEAD = re.compile(r"^\s*([^\W\d_][\w' ,-]{30,100}?)\s*:\s+(?=\S)")


def _what_it_does(question: str, vocab: Vocabulary) -> str:
    """ "What does PayPal do, according to the piece?": what a named company or source
    does is what the article says it is ("what is PayPal?"); only a name of the article's
    between "what does" and "do", so "what do Russians do?" stays as it is."""
    found = _WHAT_IT_DOES.search(question)
    if found is None:
        return question
    named = [stem(w.lower()) for w in vocab.lexicon.words(found.group(2))]
    names = set(vocab.naming) | vocab.source_stems
    if not named or not all(s in names or s in vocab.lexicon.function_words for s in named):
        return question
    asked = f"{found.group(1)} is {found.group(2)}"
    return f"{question[: found.start()]}{asked}{question[found.end() :]}"


_WHAT_IT_DOES = re.compile(r"\b(what)\s+does\s+([\w' .-]{1,40}?)\s+do\b", re.IGNORECASE)


def _without_heading(question: str, vocab: Vocabulary) -> str:
    """ "Class exercise: how many times ...?", "Word problem: if 21% of ...": a heading of
    words that name no subject, no figure and open no claim says what the message is for,
    not what it asks; it is left out ("Claim: ..." and "AliExpress: ..." stay, and so does
    one that asks: "how much is that in rubles: the $4.3 billion?")."""
    lexicon = vocab.lexicon
    found = _LABEL.match(question)
    if found is None:
        found = _LEAD.match(question)
        after = lexicon.words(question[found.end() :])[:1] if found else []
        if not after or stem(after[0].lower()) not in lexicon.question_words:
            return question
        lead = [stem(w.lower()) for w in lexicon.words(found.group(1))]
        if any(w in vocab.known and w not in lexicon.function_words for w in lead):
            return question  # "The Ministry of Commerce guideline on warehouses: which year?"
    said = [stem(w) for w in lexicon.words(found.group(1))]
    claims = any(tuple(said[: len(p)]) == p for p in lexicon.yes_no_openers)
    # "how much is THAT in rubles: ...": a question whose pronoun points at what follows
    asks = bool(set(said) & lexicon.question_words) and bool(set(said) & lexicon.pronouns)
    if not said or claims or asks or any(s in vocab.entity_stems or is_number(s) for s in said):
        return question
    return question[found.end() :]


SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)")


def without_phrases(said: list[str], *phrase_sets: frozenset[tuple[str, ...]]) -> list[str]:
    """The words said, less every phrase of the given sets ("and", "right?", "as of")."""
    kept = list(said)
    for phrases in phrase_sets:
        for key, at in find_phrases(kept, phrases):
            kept[at : at + len(key)] = [""] * len(key)
    return [w for w in kept if w]


def _asks_a_level(result: Analysis, lexicon: Lexicon) -> bool:
    """ "What will it grow to by 2018?", "to what volume should it grow?": the level a
    change ends at; not "by what percentage must it grow to reach the target?" (a verb
    after "to", or a percentage named, asks the growth)."""
    if result.percent_named:
        return False
    for key, at in _find(result.stems, lexicon.level_asks):
        after = result.raw[at + len(key) : at + len(key) + 1]
        infinitive = key[-1] == "to" and after and set(parts_of_speech(after[0])) == {VERB}
        if not infinitive:  # "grow to reach": a purpose, no level
            return True
    return False


def split_sentences(text: str, lexicon: Lexicon) -> list[str]:
    """Sentences of a message; a full stop after a short form ("incl. B2B", "approx.
    4.3bn", "vs. online": lexicon short_forms) ends no sentence."""
    parts: list[str] = []
    for part in SENTENCE_END.split(text):
        if parts and parts[-1].endswith("."):
            words = parts[-1][:-1].split()
            if words and words[-1].lower() in lexicon.short_forms:
                parts[-1] = f"{parts[-1]} {part}"
                continue
        parts.append(part)
    return parts


def _asked_before(stems: list[str], main: int, at: int, lexicon: Lexicon) -> bool:
    """Did a question word and a word of content come before `at` ("what is the projected
    volume ... source?"), so that the question asks something else there?"""
    before = stems[main:at]
    return bool(set(before) & lexicon.question_words) and any(
        w not in lexicon.function_words for w in before
    )


def _then_asked(sentence: str, lexicon: Lexicon) -> list[str]:
    """ "921.9 billion USD is 6.3 trillion RMB, so 1 billion USD is how many RMB?": what
    comes before ", so" states the premise and the question proper follows, when that part
    asks with a question word about a figure of its own ("..., so that's 60M buyers,
    right?" is one claim; "..., so what's total retail?" needs the premise's share)."""
    clauses = sentence.split(", ")
    cut = max(
        (
            i
            for i, c in enumerate(clauses)
            if i and stem(c.split(" ", 1)[0].lower()) in lexicon.then_words
        ),
        default=None,
    )
    if cut is None:
        return [sentence]
    asked = ", ".join(clauses[cut:])
    if not {stem(w) for w in lexicon.words(asked)} & lexicon.question_words:
        return [sentence]
    if not any(ch.isdigit() for ch in asked):
        return [sentence]
    return [", ".join(clauses[:cut]), asked]


_DASH = re.compile(r"\s+[-\u2013\u2014]+\s+")


def _dash_asked(sentence: str, lexicon: Lexicon) -> list[str]:
    """ "Up to 21% of respondents shopped on Chinese sites - how many respondents were there
    in total?": a statement before a dash, and a question after it that opens with a
    question word, are two sentences; the statement is the premise, not the question."""
    parts = _DASH.split(sentence)
    if len(parts) != 2:
        return [sentence]
    before, after = parts
    told, asked = [stem(w) for w in lexicon.words(before)], lexicon.words(after)
    first = [stem(w) for w in asked[:1]]
    if not first or first[0] not in lexicon.question_words or set(told) & lexicon.question_words:
        return [sentence]
    said_after = {stem(w) for w in asked} | set(asked)
    if said_after <= lexicon.question_words | lexicon.function_words:
        return [sentence]  # "so the rest would be domestic - how many?": nothing asked after
    if said_after & (lexicon.pronouns | lexicon.stand_in_nouns):
        return [sentence]  # "... shopped on Chinese sites - how many is that?"
    if told[:1] == ["and"]:
        return [sentence]  # "And the zones confirmed by the State Council - how many?"
    if not any(parts_of_speech(w) == VERB for w in re.findall(r"[A-Za-z']+", before)):
        return [sentence]  # "And the pilot zones - how many?": the subject, no statement
    return [before, after]


def _asking_sentence(sentences: list[str], lexicon: Lexicon) -> int:
    """The last sentence that asks (a question mark or a question word); the ones before it
    are context. Sentences after it stay with it ("How big was it? In yuan, please.")."""
    for index in range(len(sentences) - 1, 0, -1):
        text = sentences[index]
        said = [stem(w) for w in lexicon.words(text)]
        while len(said) > 1 and said[-1] in lexicon.courtesy_words:
            said = said[:-1]  # "Is he right, please?"
        if tuple(said) in lexicon.yes_no_tails:
            return index - 1  # "Russians spent $5.3 billion. True?": the claim is before
        folded = [w.lower() for w in lexicon.words(text)]
        asks = [i for i, w in enumerate(said) if w in lexicon.question_words]
        if asks and _relative_remark(text, folded, asks, lexicon):
            continue  # "...? That's what he told us.": no question, the one before asks
        if text.rstrip().endswith("?") or set(said) & lexicon.question_words:
            return index
    return 0


def asks_a_description(stems: list[str], lexicon: Lexicon) -> bool:
    """ "how is iResearch described?" asks what the article calls it; "the target, as
    described by its general manager" only says who gave it."""
    return any(
        s in lexicon.description_words and stems[i + 1 : i + 2] != ["by"]
        for i, s in enumerate(stems)
    )


def _asks_for_a_rate(stems: list[str], lexicon: Lexicon) -> bool:
    """ "what rate?", "which exchange rate does it use", "rmb per usd rate used": a
    question word shortly before a rate word, or a word of using right after it."""
    for at, s in enumerate(stems):
        if s not in lexicon.rate_words:
            continue
        before = set(stems[max(0, at - RATE_REACH) : at])
        after = stems[at + 1 : at + 2]
        if set(stems[max(0, at - 3) : at]) & ({"at"} | lexicon.using_words):
            continue  # "in dollars at the rate implied by the article": a rate to convert at
        if before & lexicon.question_words or set(after) & lexicon.using_words:
            return True
    return False


def _ignore_the_means_of_conversion(result: Analysis, lexicon: Lexicon) -> None:
    """ "Convert it with the article's rate", "in dollars if you use the article's own rate":
    the rate says how to convert the figure asked; its words name no figure of their own."""
    s = result.stems
    for at, word in enumerate(s):
        if word not in lexicon.rate_words:
            continue
        plain = lexicon.conversion_words | lexicon.article_words | lexicon.stopwords | {"own"}
        means = [
            i
            for i in range(max(0, at - MEANS_REACH), at)
            if s[i] in lexicon.rate_means_words and set(s[i + 1 : at]) <= plain
        ]  # not "by a compound annual growth rate": a growth rate is a figure
        for i in range(means[0] if means else at + 1, at + 1):
            _mark(result, (s[i],), i)
            result.ignored_at.add(i)
            result.op_span.add(i)  # part of asking a conversion: gone when a turn asks more


NUMBER_OF_REACH = 4  # "give me the number of ...": asked at the start, not an operand later
PRESENT_REACH = 6  # "the exchange rate for the yuan this morning": six words either side
MEANS_REACH = 4  # "use the article's own rate": the means word within four words of the rate
RATE_REACH = 4  # "what is the exchange rate": the question word within four words


def _implied_rate(stems: list[str], lexicon: Lexicon, ops: set[str]) -> bool:
    """ "What rate does the article imply?": a growth rate is stated, never implied; the
    rate the article implies is the exchange rate of its figures in two currencies."""
    return not ops & {"growth", "cagr"} and any(
        s in lexicon.rate_words and lexicon.implying_words & set(stems[max(0, at - 2) : at + 6])
        for at, s in enumerate(stems)
    )


def _names_a_source(after: list[str], lexicon: Lexicon, sources: frozenset[str]) -> bool:
    """ "per iResearch", "per the article", "per the PayPal/Ipsos report", "per the
    estimate"."""
    words = after[1:] if after[:1] == ["the"] else after[:1]
    return bool(words) and words[0] in sources | lexicon.article_words | lexicon.study_nouns


def _position_after(raw: list[str], words_: list[str], count: int) -> int:
    """Where the raw word number `count` landed after compounds were split."""
    extra = len(words_) - len(raw)
    return count + extra if count else 0


def _quoted_before(stems: list[str], at: int, years: bool = False) -> bool:
    """A number, or a number and "percent", right before position `at` ("the 2016
    increase" names a year, not a figure, unless `years`: "in 2016, per iResearch")."""
    if at > 0 and is_number(stems[at - 1]) and (years or not _YEAR.match(stems[at - 1])):
        return True
    return at > 1 and stems[at - 1] == "percent" and is_number(stems[at - 2])


def _compound_numbers(stems: list[str], raw: list[str]) -> tuple[list[str], list[str]]:
    """ "4 billion 300 million" (as "four billion three hundred million" reads) is one
    figure, 4.3 billion; two sums side by side are never read as two figures."""
    out, typed = list(stems), list(raw)
    if len(out) != len(typed):
        return out, typed
    i = 0
    while i + 3 < len(out):
        a, big, b, small = out[i : i + 4]
        if (
            a.isdigit()  # spelled out, both are whole: "6.3tn / 921.9bn" are two figures
            and b.isdigit()
            and big in SCALES
            and small in SCALES
            and SCALES[small] < SCALES[big]
            and Decimal(b).scaleb(SCALES[small]) < Decimal(1).scaleb(SCALES[big])
        ):
            total = Decimal(a) + Decimal(b).scaleb(SCALES[small] - SCALES[big])
            out[i : i + 4] = [format(total.normalize(), "f"), big]
            typed[i : i + 4] = [" ".join(typed[i : i + 3]), typed[i + 3]]
        i += 1
    return out, typed


def _giving_after_who(stems: list[str], lexicon: Lexicon) -> set[int]:
    """Positions of a verb of giving figures one or two words after "who" ("who gives",
    "who is giving", "who published")."""
    giving = lexicon.attribution_cues | lexicon.source_verbs
    return {
        j
        for i, word in enumerate(stems)
        if word == "who"
        for j in range(i + 1, min(i + 3, len(stems)))
        if stems[j] in giving
    }


def _rise_asked(s: list[str], main: int, lexicon: Lexicon) -> int | None:
    """Where "up" asks how much a figure rose, in a question that asks "how much": not "up
    to" (a bound) and not the particle of another verb ("set up", "end up", "made up")."""
    asked = s[main:]
    if ("how", "much") not in zip(asked, asked[1:], strict=False):
        return None
    for i, word in enumerate(asked):
        if word not in lexicon.rise_particles or asked[i + 1 : i + 2] == ["to"]:
            continue
        if i and asked[i - 1] in lexicon.particle_verbs:
            continue
        return main + i
    return None


def _opens_with_a_share_of(stems: list[str], lexicon: Lexicon) -> bool:
    """Does a turn open, after "and", "so" or "ok", with "as a percentage of ..."?"""
    lead = 0
    while lead < len(stems) and (
        stems[lead] in lexicon.discourse_fillers or (stems[lead],) in lexicon.followup_openers
    ):
        lead += 1
    return any(at == lead for _, at in _find(stems[lead : lead + 5], lexicon.share_of_openers))


def _giving_after_giver(stems: list[str], lexicon: Lexicon, givers: frozenset[str]) -> set[int]:
    """Positions of a verb of making or giving figures right after the noun for who gave
    them ("which consultancy produced the figures", "what agency compiled"), one word
    between at most. Not a verb whose object is a report ("which firm released the trade
    report"): who released it is a figure of its own."""
    giving = lexicon.attribution_cues | lexicon.source_verbs | lexicon.doing_verbs
    return {
        j
        for i, word in enumerate(stems)
        if word in givers
        for j in range(i + 1, min(i + 3, len(stems)))
        if stems[j] in giving and not set(stems[j + 1 : j + 5]) & lexicon.released_works
    }


def _asks_who_gave(stems: list[str], lexicon: Lexicon) -> bool:
    """ "which firm estimated", "what government body confirmed", "who gives the numbers": a
    question word, a noun for who gives figures (a word may come between; none after
    "who"), then a verb of giving them; or "by which body?", the giver asked after "by";
    or "where did the number come from?"; or "which ministry?" with nothing after it; or,
    with no question word, "body that confirmed the pilot zones"."""
    giving = lexicon.attribution_cues | lexicon.source_verbs
    head = [w for w in stems if w not in lexicon.request_openers][:4]
    relative = head[1:2] and head[1] in lexicon.relative_words
    if head[:1] and head[0] in lexicon.organisation_nouns and relative:
        return bool(set(head[2:4]) & giving)  # "body that confirmed the pilot zones"
    where, origin = lexicon.origin_question
    for i, word in enumerate(stems):
        if word == where and origin in stems[i + 2 : i + ORIGIN_REACH]:
            # "where did the 4.3 billion number come from?"
            at = stems.index(origin, i + 2)
            if set(stems[i + 1 : at]) & lexicon.attribution_cues:
                return True
        opens = all(w in lexicon.request_openers for w in stems[:i])
        if word == "who" and opens and _giving_after_who(stems, lexicon) & {i + 1, i + 2}:
            return True  # "who gives the numbers", "who is telling this figure"
        if word not in ("which", "what"):
            continue
        # "which Russian e-payment service supplied ...", "which internet company's
        # e-payment service reported ..."
        after = stems[i + 1 : i + 7]
        if (
            i
            and stems[i - 1] in lexicon.giver_links
            and set(after[:2]) & lexicon.organisation_nouns
        ):
            return True  # "by which body?", "it come from which ministry"
        for k, verb in enumerate(after):
            if verb in giving and set(after[k + 1 : k + 2]) & lexicon.organisation_nouns:
                continue  # "which STATE body confirmed": "state" (stem of "stated") names it
            if verb in giving:
                # "what year did the ministry announce ...": the year is asked, not who
                # "what did the ministry announce ...": what it announced, not who did
                kinds = {lexicon.expects.get((w,)) for w in after[:k]} - {None, "source"}
                org = next(
                    (j for j, w in enumerate(after[:k]) if w in lexicon.organisation_nouns), None
                )
                relative = (
                    org is not None and org + 2 == k and after[org + 1] in lexicon.relative_words
                )
                if relative and not kinds - {"text", "subject"}:
                    return True  # "which is the company who give the numbers"
                return org is not None and not kinds and not set(after[:org]) & lexicon.auxiliaries
        noun = next((k for k, w in enumerate(after[:2]) if w in lexicon.organisation_nouns), None)
        if noun is not None and all(w in lexicon.stopwords for w in stems[i + noun + 2 :]):
            return True  # "Warehouse guideline. Which ministry?": the body, and nothing more
        if noun is not None:
            # "which company is the source of ...", "which research firm was behind it"
            said = stems[i + noun + 2 : i + noun + 6]
            return bool(set(said) & lexicon.giver_nouns) and bool(
                set(said[:2]) & lexicon.state_verbs
            )
    return False


def _asks_what_for(raw: list[str], lexicon: Lexicon) -> bool:
    """ "What was VIPme launched for?", "what was it set up to do?": a question opened by
    "what" that ends by asking what a deed was for."""
    said = [w.lower() for w in raw]
    if len(said) < 4 or said[0] != "what":
        return False
    for ending in lexicon.purpose_endings:
        size = len(ending)
        if tuple(stem(w) for w in said[-size:]) == ending:
            # the deed may stand a few words back: "set up ITS PLATFORM for"
            before = said[max(1, len(said) - size - 4) : len(said) - size]
            return any(w.endswith("ed") or w in lexicon.purpose_deeds for w in before)
    return False


def _asks_who_did(stems: list[str], lexicon: Lexicon) -> bool:
    """ "who did that big survey", "who ran the study": who made a piece of research is
    its source."""
    return any(
        word in ("who", "whom")
        and stems[i + 1] in lexicon.doing_verbs
        and set(stems[i + 2 : i + 7]) & lexicon.study_nouns
        for i, word in enumerate(stems[:-2])
    )


def _asks_whose_work(stems: list[str], lexicon: Lexicon) -> bool:
    """ "whose research put a number on ...", "whose survey had China first": the owner of a
    piece of research or of figures is their source."""
    return any(
        w == "whos" and stems[i + 1] in lexicon.study_nouns for i, w in enumerate(stems[:-1])
    )


def _asked_by_request(before: list[str], lexicon: Lexicon) -> bool:
    """ "could you kindly tell me" before "when": the request frames a question."""
    return bool(before) and all(
        w in lexicon.request_openers or w in lexicon.stopwords for w in before
    )


def _embedded(before: list[str], lexicon: Lexicon) -> bool:
    """ "my colleague wants to know when", "she asked me how much": a verb that takes a
    question right before the question word (a pronoun may stand between)."""
    if before and before[-1] in ("me", "us", "you", "him", "her", "them"):
        before = before[:-1]
    return bool(before) and before[-1] in lexicon.embedding_verbs


def _bound_set_aside(
    stems: list[str], words_: list[str], origin: list[int], lexicon: Lexicon
) -> tuple[list[str], list[str], list[int]]:
    """ "The exact number of buyers, not just 'more than 100 million'": the bound the
    question sets aside is the figure it asks about, said as the article says it, not a
    premise that points at another figure; it is read as if left out."""
    if not _find(stems, lexicon.unrounded_words):
        return stems, words_, origin
    bounds = {w for phrase in lexicon.claim_qualifiers for w in phrase}
    for key, at in _find(stems, lexicon.set_aside_words):
        end = at + len(key)
        number = next(
            (i for i in range(end, min(end + 4, len(stems))) if is_number(stems[i])), None
        )
        if number is None or not set(stems[end:number]) <= bounds:
            continue  # "not 'more than 100 million'", never "did not shop ... 21%"
        end = number + 1 + (number + 1 < len(stems) and stems[number + 1] in SCALE_WORDS)
        keep = [i for i in range(len(stems)) if not at <= i < end]
        return [stems[i] for i in keep], [words_[i] for i in keep], [origin[i] for i in keep]
    return stems, words_, origin


def _left_as_not(stems: list[str], lexicon: Lexicon) -> list[str]:
    """ "How many respondents are left once you take out those who shopped on Chinese
    sites?", "how many remain after removing them?": what remains before a part is
    removed is the rest, read as "not" (positions stay those of the words typed)."""
    removed = [at for _, at in _find(stems, lexicon.removing_words)]
    if not removed:
        return stems
    return [
        "not" if at < removed[0] and word in lexicon.remaining_words else word
        for at, word in enumerate(stems)
    ]


def _no_as_not(stems: list[str], lexicon: Lexicon) -> list[str]:
    """ "respondents who did no shopping on Chinese sites": "no" inside a sentence
    negates what follows; "no" alone, "yes or no" and "no more than" do not."""
    out = list(stems)
    for i in range(1, len(out) - 1):
        if out[i] != "no" or out[i - 1] in ("or", "yes", "and") or is_number(out[i + 1]):
            continue
        if out[i + 1] in lexicon.no_before:
            continue  # "no more than", "... no wait, what percent", "no idea"
        out[i] = "not"
    return _one_rest(out, lexicon)


def _one_rest(stems: list[str], lexicon: Lexicon) -> list[str]:
    """ "so the rest didn't buy": "the rest" (read as "not") and the negated verb after it
    name one complement, not a double negation; the first "not" is read as "the", a word
    that says nothing (positions stay those of the words typed)."""
    out = list(stems)
    for i, word in enumerate(out):
        if word != "not":
            continue
        after = out[i + 1 : i + 1 + REST_REACH]
        if "not" in after and set(after[: after.index("not")]) <= lexicon.auxiliaries:
            out[i] = "the"  # the second negation stays, before the word it negates
    return out


REST_REACH = 2  # "the rest didn't": the second negation right after, or one auxiliary between


def _negated(word: str, vocab: Vocabulary) -> list[str] | None:
    """ "nonchina", "non-overseas": "not" and a known word."""
    if len(word) > 5 and word.startswith("non") and stem(word[3:]) in vocab.known:
        return ["not", word[3:]]
    return None


def _quoted_after(stems: list[str], at: int) -> bool:
    """ "growing 24.7 percent", "rose by 24.7%", "a growth of 24.7%": the change is quoted,
    not asked for."""
    if at < len(stems) and stems[at] in ("by", "of", "on"):
        at += 1
    return at + 1 < len(stems) and is_number(stems[at]) and stems[at + 1] == "percent"


def _pause_between(question: str, before: str, word: str) -> bool:
    """ "the respondents, who surveyed them?", "the pilot zones — who confirmed those?": a
    comma, colon or dash ends the noun's phrase."""
    pattern = rf"{re.escape(before)}\s*(?:[,;:.!?]|\s[-–—]+)\s*{re.escape(word)}"
    return re.search(pattern, question, re.IGNORECASE) is not None


def _split_compound(word: str, vocab: Vocabulary, parts: int = 3) -> list[str] | None:
    """Two or three known words typed as one ("onlineshopping", "yuan-per-dollar" once
    its hyphens are gone), longest first part first; None if no such split."""
    if len(word) < 6 or not word.isalnum() or word[0].isdigit() or is_english(word):
        return None  # "forgive" is no "for give"; "b2bonly" is "b2b only"
    for cut in range(len(word) - 3, 2, -1):
        head, tail = word[:cut], word[cut:]
        if stem(head) not in vocab.known:
            continue
        if stem(tail) in vocab.known:
            return [head, tail]
        rest = _split_compound(tail, vocab, parts - 1) if parts > 2 else None
        if rest:
            return [head, *rest]
    return None


def mark(
    question: str,
    stems: list[str],
    raw: list[str],
    vocab: Vocabulary,
    known_numbers: frozenset[Decimal],
    context_until: int = 0,
) -> Analysis:
    """Find the lexicon's phrases, years and numbers in already corrected stems."""
    result = Analysis(question, list(stems), list(raw))
    result.context_until = context_until  # sentences before the asking one only set context
    _mark_lexicon(result, vocab.lexicon, vocab.source_stems, vocab.measure_stems)
    _mark_span_length(result, vocab.lexicon)
    _mark_numbers(result, known_numbers)
    result.settle_ops(vocab.lexicon)
    if _asks_a_level(result, vocab.lexicon):  # "what will it grow to by 2018?"
        result.ops = [(op, at) for op, at in result.ops if op not in ("growth", "difference")]
    named = vocab.subjects_named(stems)
    if result.expects == "subject" and named:
        result.expects = "text"  # "what platform did Vip launch": the subject is given
    if result.expects in ("subject", "text") and result.expects_span:
        # "which Chinese platform ...?": every platform of the article is Chinese, so the
        # word describes the subject asked for and names no other
        background = {vocab.default_entity}
        for at in range(min(result.expects_span), max(result.expects_span) + 1):
            if set(vocab.naming.get(result.stems[at], ())) == background:
                _mark(result, (result.stems[at],), at)
                result.describing_at.add(at)
    for key, at in _find(result.stems, vocab.out_of_scope):
        if at in result.lexical:
            continue
        word = " ".join(result.raw[at : at + len(key)])
        if at < result.context_until:  # in a context sentence, it counts if "it" points to it
            result.outside_before.append(word)
        else:
            result.outside.append(word)
    _mark_named_companies(result, vocab)
    if result.expects is None:
        _which_described_kind(result, vocab)
    return result


def _mark_named_companies(result: Analysis, vocab: Vocabulary) -> None:
    """ "how many people shop on wish", "Target's sales": an outside company whose name is
    also an everyday word, told apart by the word before it or by its capital letter."""
    markers = vocab.lexicon.subject_markers
    shouting = result.question.isupper() or result.question.istitle()
    for at, s in enumerate(result.stems):
        if s not in vocab.ambiguous_outside or at < result.context_until:
            continue
        word = result.raw[at]
        capital = not shouting and re.search(
            rf"(?<![\w'])(?<!^){re.escape(word.capitalize())}(?!\w)", result.question.strip()
        )
        possessive = re.search(rf"(?i)\b{re.escape(word)}'s\b", result.question)
        # "wish users": an everyday word that names none of the article's figures, first
        # and right before the people a platform counts, is the platform
        counted = (
            at == 0
            and s not in vocab.index
            and result.stems[at + 1 : at + 2]
            and result.stems[at + 1] in vocab.lexicon.buyer_nouns
        )
        if (at and result.stems[at - 1] in markers) or capital or possessive or counted:
            result.outside.append(word)


def _sum_said(stems_: list[str], start: int, lexicon: Lexicon) -> set[int] | None:
    """Where a sum is asked in words other than "the sum of" (lexicon sum_verbs and the
    lists after it): "if you add A to B", "add up A and B", "add those two", "both years
    together", "2015 and 2016 combined", "the combined value of A and B"."""
    # an order that opens the whole question ("ADD UP online shopping for 2015 and 2016 -
    # what's the total?") asks even when a sentence of its own comes after it
    first = 0 if stems_ and stems_[0] in lexicon.sum_verbs else start
    asked = stems_[first:]
    for i, w in enumerate(asked):
        if w not in lexicon.sum_verbs:
            continue
        before = asked[i - 1] if i else None
        after = asked[i + 1] if i + 1 < len(asked) else None
        if i == 0 or before in lexicon.sum_verb_openers or after in lexicon.sum_verb_tails:
            tail = {first + i + 1} if after in lexicon.sum_verb_tails else set()
            return {first + i} | tail
    asked = stems_[start:]
    for key, at in _find(asked, lexicon.combined_heads):
        return set(range(start + at, start + at + len(key)))
    # the years may be named in a sentence before ("2015 and 2016. Combined?")
    years = {w for w in stems_ if _YEAR.match(w)}
    for key, at in _find(asked, lexicon.sum_joint_words):
        near = asked[max(0, at - 4) : at]
        if len(years) > 1 or set(near) & lexicon.sum_pair_words:
            return set(range(start + at, start + at + len(key)))
        asking = [i for i, w in enumerate(asked[:at]) if w in lexicon.question_words]
        joined = asked[asking[-1] + 1 : at] if asking else []
        if key in lexicon.sum_of_a_pair and "and" in joined:
            # "what do the spend on Chinese platforms and the spend elsewhere add up to?":
            # two figures joined after the question word ("and what did it come to?" no)
            return set(range(start + at, start + at + len(key)))
    return None


def _parts_joined(stems_: list[str], start: int, lexicon: Lexicon) -> set[int] | None:
    """ "Chinese plus non-Chinese, what's the total?", "Chinese and non-Chinese combined":
    a part and the rest of its whole named, and a word that joins them, add the two. Asked
    only where no other operation is ("Chinese vs non-Chinese" compares them)."""
    if not names_part_and_rest(stems_, lexicon):
        return None
    said = lexicon.function_words | lexicon.question_words
    for key, at in _find(stems_[start:], lexicon.part_and_rest_joins):
        after = start + at + len(key)
        if key[-1] in lexicon.aggregate_words and after < len(stems_) and stems_[after] not in said:
            continue  # "non-online retail = TOTAL retail - online": a measure's name
        return set(range(start + at, after))
    return None


def _currency_set_aside(s: list[str], at: int, lexicon: Lexicon) -> bool:
    """ "In dollars, not yuan", "not in yuan but dollars": a currency negated right before
    it (or before the preposition in front of it)."""
    before = s[at - 1] if at > 0 else ""
    ahead = s[at - 2] if at > 1 else ""
    return before == "not" or (ahead == "not" and before in lexicon.function_words)


def names_part_and_rest(stems_: list[str], lexicon: Lexicon, nouns: bool = False) -> bool:
    """Does the question name a part and the rest of its whole: a word said both bare and
    negated ("Chinese ... non-Chinese"), or a verb and a negated helper that leaves it out
    ("who bought ... those who didn't"), or, with `nouns`, a noun said of both ("Chinese
    platforms ... the other cross-border platforms")?"""
    negated = {stems_[i + 1] for i, w in enumerate(stems_[:-1]) if w == "not"}
    if nouns:
        negated |= {stems_[i + 2] for i, w in enumerate(stems_[:-2]) if w == "not"}
    bare = {w for i, w in enumerate(stems_) if not i or stems_[i - 1] != "not"}
    return bool(negated & bare - lexicon.function_words) or _verb_left_out(stems_, lexicon)


def _verb_left_out(stems_: list[str], lexicon: Lexicon) -> bool:
    """ "users who bought plus those who DIDN'T: how many?": a negated helper verb with no
    verb of its own after it names the rest of those the verb before it counts."""
    return any(
        w == "not"
        and i > 0
        and stems_[i - 1] in lexicon.auxiliaries
        and (i + 1 == len(stems_) or stems_[i + 1] in lexicon.question_words)
        for i, w in enumerate(stems_)
    )


def _shares_compared(result: Analysis, lexicon: Lexicon) -> None:
    """ "The gap between China's SHARE of world e-commerce and online's SHARE of retail",
    "how many percentage points ... SHARE of A vs SHARE of B": two shares after a word that
    compares are the two figures compared, so the share nouns name them (as the words of
    those facts) rather than ask for a share of one figure in another."""
    s = result.stems
    comparing = [at for op, at in result.ops if op in lexicon.compared_share_ops]
    shares = [
        at
        for op, at in result.ops
        if op == "percent"
        and s[at] in lexicon.share_nouns
        and at + 1 < len(s)
        and s[at + 1] == "of"
    ]
    if not comparing or len(shares) < 2:
        return
    result.ops = [(op, at) for op, at in result.ops if at not in shares]
    result.op_span.difference_update(shares)
    result.lexical.difference_update(shares)
    for at in shares:  # "proportion", "portion": the word the share figures are named by
        result.stems[at] = lexicon.share_noun


def _mark(result: Analysis, key: Phrase, at: int) -> None:
    result.lexical.update(range(at, at + len(key)))


def _main_clause(stems: list[str], lexicon: Lexicon) -> int:
    """After "Given that X grew 24.7%, what was ..." the question proper starts at "what"."""
    if (
        not _find(stems[:2], lexicon.premise_openers)
        or _find(stems[:2], lexicon.premise_openers)[0][1]
    ):
        return 0
    opener = _find(stems[:2], lexicon.premise_openers)[0][0]
    for i, s in enumerate(stems[1:], start=1):
        if s in lexicon.question_words:
            # "since when has ...": the opener asks with the question word, no premise
            return 0 if i == len(opener) else i
    return 0


def _mark_span_length(result: Analysis, lexicon: Lexicon) -> None:
    """ "The implied 2-yr CAGR", "two-year growth": how many years a change spans, said
    right before the change; a length the answer's span must have, not a figure."""
    changes = {at for op, at in result.ops if op in ("growth", "cagr", "difference")}
    for i in range(len(result.stems) - 2):
        number, unit = result.stems[i], result.stems[i + 1]
        if unit == "year" and number.isdigit() and 0 < int(number) < 20 and i + 2 in changes:
            result.span_years = int(number)
            result.lexical.update((i, i + 1))
            result.ignored_at.add(i)
    # "the yearly growth needed to get from 6.3 to 8.8 trillion in 2 years": said after it
    if not {op for op, _ in result.ops} & {"growth", "cagr"}:
        return
    for i in range(1, len(result.stems) - 1):
        before, number, unit = result.stems[i - 1], result.stems[i], result.stems[i + 1]
        said = before in lexicon.span_prepositions and unit == "year" and number.isdigit()
        if said and 0 < int(number) < 20 and result.span_years is None:
            result.span_years = int(number)
            result.lexical.update((i - 1, i, i + 1))
            result.ignored_at.add(i)


_EXCHANGE = ["exchang", "rate"]
# "in yuan at the rate", "yuan-per-dollar rate": a currency after these is asked or is the
# rate's own unit, never the name of the rate another currency is converted at
_ASKING_A_CURRENCY = ("in", "into", "to", "per")


def _mark_lexicon(
    result: Analysis, lexicon: Lexicon, sources: frozenset[str], measures: frozenset[str]
) -> None:
    s = result.stems
    result.main_from = main = _main_clause(s, lexicon)
    for key, at in _find(s, lexicon.first_periods):
        result.first_period_at.update(range(at, at + len(key)))
        _mark(result, key, at)
    for key, at in _find(s, lexicon.year_shifts):
        result.year_shift = lexicon.year_shifts[key]
        result.same_year = result.year_shift == 0
        result.year_span.update(range(at, at + len(key)))
        _mark(result, key, at)
    for at, word in enumerate(s):
        if word in lexicon.present_words and set(s[at + 1 : at + 5]) & lexicon.time_bound_words:
            result.years.append(lexicon.now)  # "the current dollar-yuan exchange rate"
            result.year_at[at] = lexicon.now
            result.year_span.add(at)
            _mark(result, (word,), at)
    if lexicon.now not in result.years:
        for key, at in _find(s, lexicon.present_times):
            if at < result.context_until + 2:
                continue  # "Now, what rate does it use?", "ok now the rate?": a new turn
            near = s[max(0, at - PRESENT_REACH) : at + len(key) + PRESENT_REACH]
            if set(near) & lexicon.time_bound_words:  # "the yuan rate rn": today's rate
                result.years.append(lexicon.now)
                result.year_at[at] = lexicon.now
                result.year_span.update(range(at, at + len(key)))
                _mark(result, key, at)
                break
    for key, at in _find(s, lexicon.relative_years):
        near = s[max(0, at - 5) : at] + s[at + len(key) : at + len(key) + 5]
        if lexicon.relative_years[key] == lexicon.now and any(map(is_number, near)):
            _mark(result, key, at)  # "AliExpress's 100m buyers today": the article's now
            continue
        result.years.append(lexicon.relative_years[key])
        result.year_at[at] = lexicon.relative_years[key]
        result.year_span.update(range(at, at + len(key)))
        _mark(result, key, at)
    articles_at: set[int] = set()  # the "a" of "a dollar figure": no figure of one
    currencies_found = _find(s, lexicon.currencies)
    named = {lexicon.currencies[key] for key, _ in currencies_found}
    set_aside = {at for _, at in currencies_found if _currency_set_aside(s, at, lexicon)}
    if len(set_aside) == len(currencies_found):
        set_aside = set()  # "the rest in yuan": no currency kept, so none set aside
    for key, at in currencies_found:
        before = s[at - 1] if at > 0 else ""
        after = s[at + len(key)] if at + len(key) < len(s) else ""
        ahead = s[at - 2] if at > 1 else ""
        if (
            len(named) > 1
            and (after in lexicon.rate_words or s[at + len(key) : at + len(key) + 2] == _EXCHANGE)
            and before not in _ASKING_A_CURRENCY
            and not set(s[max(0, at - 3) : at]) & {k[0] for k in lexicon.currencies}
        ):
            # "in dollars at the article's yuan rate": that currency names the rate the
            # figure is converted at; the other one is asked
            _mark(result, key, at)
            continue
        if after in lexicon.figure_nouns and before in ("1", "one", "a", "an"):
            # "a dollar figure", "as a yuan amount": an amount in that currency is asked
            _mark(result, (before,), at - 1)
            articles_at.add(at - 1)
            before = ""
        if before in ("1", "per", "one", "a", "an", "each") or (
            before == "the" and ahead in ("to", "per", "for", "against")
        ):
            # "1 dollar", "per dollar", "a dollar is how many yuan", "yuan to the dollar"
            result.per_currency = lexicon.currencies[key]
            result.per_unit_at.add(at - 1)
            verb = at + len(key)
            if verb < len(s) and s[verb] in lexicon.rate_verbs:
                _mark(result, (s[verb],), verb)  # "one yuan buys how many dollars"
        elif (
            (is_number(before) and not _YEAR.match(before))
            or (before in SCALE_WORDS and is_number(ahead))  # not "how many trillion yuan"
            or (is_number(after) and not _YEAR.match(after))
        ):
            _mark(result, key, at)  # "4.7 trillion yuan", "$4.3bn": a quoted figure's unit
            result.quoted_unit_at.update(range(at, at + len(key)))
            continue
        verb = at - 2 if before in lexicon.source_determiners else at - 1
        if result.currency and verb >= 0 and s[verb] in lexicon.source_currency_verbs:
            # "in dollars, if I convert the yuan at the article's rate": the yuan are what
            # is converted, the dollars what is asked
            _mark(result, key, at)
            continue
        if at in set_aside:  # "in dollars, not yuan": the yuan are not what is asked
            _mark(result, key, at)
            continue
        result.currency = lexicon.currencies[key]
        _mark(result, key, at)
        result.currency_at.update(range(at, at + len(key)))
    ignored: set[int] = set(articles_at)
    for key, at in _find(s, lexicon.ignored_phrases):
        _mark(result, key, at)
        ignored.update(range(at, at + len(key)))
    for span in [*_method_clauses(s, lexicon), *_topic_clauses(s, lexicon)]:
        for i in span:
            if i not in result.year_span and i not in result.currency_at:
                _mark(result, (s[i],), i)
                ignored.add(i)
    for _key, at in _find(s, lexicon.clock_units):
        if at > 0 and is_number(s[at - 1]):  # "at 4am": a time of day, no figure
            result.clock_at.add(at - 1)
    for key, at in _find(s, lexicon.rounding_units):
        if at > 0 and is_number(s[at - 1]):  # "to 2 decimal places": how to round
            start = at - 2 if at > 1 and s[at - 2] == "to" else at - 1
            _mark(result, (*s[start:at], *key), start)
            ignored.update(range(start, at + len(key)))
    openers = [(key, at, True) for key, at in _find(s, lexicon.purpose_openers)]
    openers += [(key, at, False) for key, at in _find(s, lexicon.contingency_openers)]
    for key, at, needs_modal in openers:
        who, modal = (s[at + len(key) : at + len(key) + 2] + ["", ""])[:2]
        if who not in lexicon.first_person:
            continue  # "in case the zones ...": no plan of the user's
        if needs_modal and modal not in lexicon.purpose_modals:
            continue  # "so I read it had ...", "ok so I'm putting together ...": no purpose
        # "... in yuan so I can compare it with the Chinese figures": what the user will do
        # with the answer, up to the next question word; it neither asks nor computes
        end = next(
            (i for i in range(at + len(key), len(s)) if s[i] in lexicon.question_words), len(s)
        )
        for i in range(at, end):
            if i not in result.currency_at and i not in result.year_span:
                _mark(result, (s[i],), i)
                ignored.add(i)
    result.ignored_at = ignored
    cancelled = {lexicon.negated_ops[key]: at for key, at in _find(s, lexicon.negated_ops)}
    for key, at in _find(s, lexicon.negated_ops):
        _mark(result, key, at)  # "(not per year)": the phrase is understood, the op dropped
    for key, at in _find(s, lexicon.operations):
        if at < main and lexicon.operations[key] == "per_unit":
            _mark(result, key, at)  # "if the buyers were spread evenly across ...": a way of
            continue  # putting the average the question then asks for
        if at < main or lexicon.operations[key] in cancelled or at in result.lexical | ignored:
            continue  # "given that it grew 24.7%": the premise states, it does not ask
        op = lexicon.operations[key]
        if op == "convert" and key[0] == "to" and is_number((s[at + len(key) :] or [""])[0]):
            continue  # "up to $4.3 billion" ("up to usd 4.3"): the currency is the figure's
        if key == ("per",) and (
            _names_a_source(s[at + 1 : at + 3], lexicon, sources)
            or s[at + 1 : at + 2]
            and s[at + 1] in lexicon.question_words
        ):
            _mark(result, key, at)  # "per the PayPal/Ipsos report", "per which report?":
            continue  # according to it
        quoted = _quoted_before(s, at, years=op == "per_unit") or _quoted_after(s, at + len(key))
        end = at + len(key)
        asks = set(s[main:at]) & lexicon.question_words  # a question, not a claim
        if key[-1] == "than" and end < len(s) and is_number(s[end]) and asks:
            quoted = True  # "on what date did it count more than 100 million buyers": a bound
        if lexicon.operations[key] != "percent" and quoted:
            _mark(result, key, at)  # "the 24.7% growth": a figure quoted, not asked for
            continue
        if _changes_money(s, end, lexicon):
            op = "convert"  # "change the yuan into dollars": an exchange, not a change
        result.ops.append((op, at))
        result.op_span.update(range(at, at + len(key)))
        _mark(result, key, at)
    if "sum" not in result.op_names:
        added = _sum_said(s, result.context_until, lexicon)  # "if you add": asked, no premise
        if added is None and not result.ops:
            added = _parts_joined(s, result.context_until, lexicon)
        if added is not None:  # "add up A and B": not the change "add" names elsewhere
            result.ops = [(op, i) for op, i in result.ops if i not in added]
            result.ops.append(("sum", min(added)))
            result.op_span.update(added)
            result.lexical.update(added)
    _shares_compared(result, lexicon)
    rise = (
        None
        if "growth" in result.op_names
        else _rise_asked(s, max(main, result.context_until), lexicon)
    )
    if rise is not None:  # "up by how much?", "how much was online shopping up in 2016?"
        result.ops.append(("growth", rise))
        result.op_span.add(rise)
        _mark(result, (s[rise],), rise)
    if set(s) & lexicon.absolute_words and not result.percent_named:
        # "how much did it grow in absolute terms": the change as an amount
        result.change_at |= {at for op, at in result.ops if op == "growth"}
        result.ops = [("difference", at) if op == "growth" else (op, at) for op, at in result.ops]
        result.yearly_amount = "cagr" in result.op_names
    if any(at >= result.context_until for _, at in result.ops):
        # "I read it had 60 million users and more than 20 million bought. What share
        # bought?": the asking sentence's operation, not one in the sentences before it
        result.ops = [(op, at) for op, at in result.ops if at >= result.context_until]
    nationalities = lexicon.contrast_kind("nationalities")
    adjectives = nationalities.stems if nationalities else frozenset()
    for op, at in result.ops:
        if op == "per_unit":  # "how many per country": what it is per is never what is asked
            while at in result.op_span:
                at += 1
            if at + 1 < len(s) and s[at] in adjectives:
                at += 1  # "each Chinese PERSON": the noun, not the nationality before it
            result.per_what_at.add(at)
    for key, at in _find(s, lexicon.period_phrases):
        _mark(result, key, at)  # "over the past year": the fact's own period, not a question
        result.year_span.update(range(at, at + len(key)))
    converting = result.currency or any(op == "convert" for op, _ in result.ops)
    if converting and not _asks_for_a_rate(s[main:], lexicon):
        _ignore_the_means_of_conversion(result, lexicon)  # before "rate" is read as asked
    removed_from = min((at for _, at in _find(s, lexicon.removing_words)), default=len(s))
    taken_out = [  # "what's left of the spending once you take out the Chinese share?": the
        (key, at)  # share taken out is no kind asked; the rest asked explains it
        for key, at in _find(s, lexicon.expects)
        if lexicon.expects[key] == "percent" and at > removed_from and "not" in s[:at]
    ]
    found = [
        (key, at)
        for key, at in _find(s, lexicon.expects)
        if not set(range(at, at + len(key))) & (result.year_span | ignored)
        and at >= main
        and (key, at) not in taken_out
        and not (
            key in _WH_ALONE
            and at > max(main, result.context_until) + 1
            and s[at + 1 : at + 2] != []
            and s[at + 1] not in lexicon.auxiliaries
            and not _asked_by_request(s[max(main, result.context_until) : at], lexicon)
            and not _embedded(s[max(main, result.context_until) : at], lexicon)
            and not _pause_between(result.question, result.raw[at - 1], result.raw[at])
        )  # "buyers who shopped" is no question; "what about JD, when did it ..." and
        # "could you tell me when Vip launched it" are
        and not (
            key[0] in ("who", "whom")
            and at > main
            and (
                s[at - 1] in lexicon.count_nouns
                or result.raw[at - 1].lower() in lexicon.relative_heads
                or s[at - 1] == "not"  # "the rest" is read as "not"
            )
            and not _pause_between(result.question, result.raw[at - 1], result.raw[at])
        )  # "respondents who reported shopping", "the rest who didn't buy": a clause
        and not (len(key) == 1 and _quoted_before(s, at))  # "the 39.2% share" is quoted
        and not (  # "what target did he name?": a verb after "do", no name asked
            key == ("name",) and set(s[max(main, at - 3) : at]) & lexicon.do_forms
        )
        and not (result.currency and set(key) <= lexicon.conversion_words)  # "at the rate"
        and not (lexicon.expects[key] == "year" and at in result.op_span)  # "per year" growth
        and not (lexicon.expects[key] == "year" and _in_a_first_period(s, at, result, lexicon))
        and not (key == ("year",) and s[at + 1 : at + 2] and s[at + 1] in lexicon.money_words)
        # "VIPme's first-year sales": the sales of a year are asked, not a year
        and not (
            len(key) == 1
            and lexicon.expects[key] == "source"
            and (at < result.context_until or _asked_before(s, main, at, lexicon))
        )
        # "Source?" asks who gave the figure; "... volume for 2018 according to the same
        # source?" asks the volume
    ]
    # A question phrase ("how many", "what share") says more than a bare unit word ("21
    # percent" inside the question), so the longest phrase decides, then the first.
    key_at = None
    for key, at in sorted(found, key=lambda item: (-len(item[0]), item[1]))[:1]:
        result.expects, key_at = lexicon.expects[key], at
        if result.expects == "source" and len(key) > 1:
            _mark(result, key, at)  # "who produced ...": the verb only asks who gave it
        if result.expects == "duration":  # "how many years passed": the verb asks the span
            result.lexical.update(
                i for i in range(at, at + len(key)) if s[i] in lexicon.time_passing
            )
        if key == ("how", "many") and at + 2 < len(s) + 1 and s[at + 2 : at + 3] != ["time"]:
            window = s[at + 2 : at + 5]  # "how many Russian consumers": the count noun
            counted = [
                w
                for i, w in enumerate(window, start=at + 2)
                if w in lexicon.count_nouns and i not in result.per_what_at
            ]
            result.asked_unit = counted[0] if counted else next(iter(window), None)
        elif (
            key == ("how", "much")
            and s[at + 2 : at + 3]
            and s[at + 2] in lexicon.count_nouns
            and not set(s) & lexicon.money_words
        ):
            # "how much countries": a count, in learner's English ("how much people spend"
            # still asks money)
            result.asked_unit = s[at + 2]
        elif (
            key == ("number", "of")
            and s[at + 2 : at + 3]
            and s[at + 2] in lexicon.count_nouns
            and at + 2 not in result.per_what_at
            and result.context_until <= at <= result.context_until + NUMBER_OF_REACH
            and s[at - 1 : at] != ["a"]  # "from a number of countries": several, not asked
        ):
            result.asked_unit = s[at + 2]  # "the number of countries they came from"
    if key_at is not None and len(s) > main and key_at > main + 2:
        described = _kind_after_described_what(s, main, key_at, lexicon, measures)
        if described is not None:  # "what global e-commerce volume does China's share
            result.expects, noun = described  # imply?": the volume is asked, not the share
            result.expects_span.update((main, noun))
    in_percent = any(w == "percent" and "not" not in s[max(0, i - 2) : i] for i, w in enumerate(s))
    if result.expects == "percent" and result.currency and not in_percent:
        # "China's slice of Russian spend, $ terms", "... in dollars, not the percentage":
        # the money (a percentage turned down is not asked)
        result.expects = "amount"
    percent_asked = any(  # "in percent terms", not a share typed ("how many is 21 percent")
        w == "percent" and not (i and is_number(s[i - 1])) for i, w in enumerate(s)
    )
    if key_at is not None and result.expects in ("amount", "count") and not percent_asked:
        # "out of 28,000 respondents, how many bought ...?": the whole named before the
        # question is where the count is taken from; the count itself is asked
        result.ops = [
            (op, at)
            for op, at in result.ops
            if not (op == "percent" and at < key_at and s[at : at + 2] == ["out", "of"])
        ]
    if result.expects in (None, "reason") and asks_a_description(s[main:], lexicon):
        result.expects = "text"  # "how does the piece describe Yandex?" asks for words
    asked_rate = _asks_for_a_rate(s[main:], lexicon) or bool(
        result.per_currency and (result.asked_unit,) in lexicon.currencies
    )  # "how many yuan to the dollar does the cross-border conversion imply?"
    implied = _implied_rate(s[main:], lexicon, {op for op, _ in result.ops})
    if (result.currency or result.per_currency or implied) and asked_rate:
        # "yuan->usd, what rate?": the exchange rate is asked (no growth rate, no
        # conversion at it)
        result.ops = [(op, at) for op, at in result.ops if op != "convert"]
        result.per_currency = result.per_currency or lexicon.rate_per
        result.currency = None
        result.currency_at = set()
        result.expects = "amount"
    if result.expects in (None, "amount", "text") and _asks_what_for(result.raw[main:], lexicon):
        result.expects = "reason"  # "what was VIPme launched for?": why, not when
        result.expects_span.add(len(s) - 1)
    if result.expects is None and len(s) > main + 1 and s[-1] in lexicon.agent_endings:
        result.expects = "source"  # "confirmed by?", "issued by?": who did it is asked
        result.expects_span.add(len(s) - 1)
    # a kind read from a word that asks nothing ("since 2013" is no "when") gives way
    implied_kind = not {s[i] for i in result.expects_span if i < len(s)} & lexicon.question_words
    if (result.expects in (None, "text", "subject") or implied_kind) and (
        _asks_who_gave(s[main:], lexicon)
        or _asks_who_did(s[main:], lexicon)
        or _asks_whose_work(s[main:], lexicon)
    ):
        result.expects = "source"  # "which government body confirmed the pilot zones"
    if result.expects == "source":  # "which company is behind the Russian figures": the
        # word for who gave a figure says only that its giver is asked
        givers = lexicon.giver_nouns | lexicon.organisation_nouns  # "which authority stated"
        result.lexical.update(i for i in range(main, len(s)) if s[i] in givers)
        # "whose ANALYSIS": the work whose owner is asked
        work = lexicon.study_nouns
        result.lexical.update(
            i + 1 for i in range(main, len(s) - 1) if s[i] == "whos" and s[i + 1] in work
        )
        # "who published that?", "which consultancy produced the online shopping
        # figures?": the verb says only that the giver is asked
        result.lexical.update(i for i in _giving_after_who(s, lexicon) if i > main)
        result.lexical.update(i for i in _giving_after_giver(s, lexicon, givers) if i > main)
    if (
        result.expects == "amount"
        and in_percent
        and any(key == ("percent",) and at not in ignored for key, at in found)
    ):  # not "how many ..., counting by the percentage?": a method, not the kind asked
        result.expects = "percent"  # "how many of the active users were buyers, percent"
    if result.expects is None:
        weak = [
            (key, at)
            for key, at in _find(s, lexicon.weak_expects)
            if at >= main and at not in ignored
        ]
        if weak:
            result.expects = lexicon.weak_expects[weak[0][0]]
            result.expects_weak = True
        elif not result.ops and _find(s[main:], lexicon.amount_forms):
            # "Absolute figure?" after a share: the amount it is of, in the share's stead
            # ("the gap in absolute terms?" names its figure: the gap)
            result.expects = "amount"
            result.expects_weak = True
    for key, at in found:
        result.expects_span.update(range(at, at + len(key)))
    for key, at in taken_out:
        _mark(result, key, at)

    for key, at in _find(s, lexicon.forecast_cues):
        result.forecast = True
        result.forecast_at.update(range(at, at + len(key)))
        _mark(result, key, at)
    for key, at in _find(s, lexicon.anaphora):
        if set(range(at, at + len(key))) <= result.year_span:
            continue  # "THAT year": the year of the figure in question, not a figure
        after = s[at + len(key) : at + len(key) + 1]
        if (
            len(key) > 1
            and after
            and after[0] in measures
            and after[0] not in lexicon.function_words
        ):
            continue  # "the total active user number": the figure the words name
        if at and (s[at - 1], *key) in lexicon.existential_openers:
            continue  # "how many respondents were there in total?": there is, no place
        result.anaphora = True
        named = len(key) == 1 and _before_its_noun(s, at, lexicon, sources | measures)
        result.points_back = result.points_back or (at >= result.context_until and not named)
        _mark(result, key, at)
    asking = s[result.context_until :]
    if any(
        w in lexicon.pronouns and not _before_its_noun(asking, i, lexicon, sources | measures)
        for i, w in enumerate(asking)
    ):
        result.points_back = True  # "Germans love it. How much did they spend?"
    if _opens_with_a_share_of(s[result.context_until :], lexicon):
        # "As a percentage of the active users?": the figure just given is the part
        result.anaphora = result.points_back = True
    head = s[result.context_until : result.context_until + 2]
    fronted = (
        head[:1] == ["of"]
        and head[1:] != []
        and head[1] not in lexicon.pronouns  # "of them": the last answer
        and head[1] not in lexicon.question_words  # "of how many countries ...?"
        and bool(set(s[result.context_until :]) & lexicon.question_words)
    )  # "Of the 6.3 trillion yuan, how much was B2B?"
    result.breakdown = fronted or bool(_find(s, lexicon.breakdown_cues))
    asking = s[main:]
    while asking and (asking[0] in lexicon.request_openers):
        asking = asking[1:]  # "could you please ..." -> the verb of the request
    result.task = bool(asking) and asking[0] in lexicon.task_verbs
    result.task = result.task or bool(_find(asking, lexicon.document_asks))
    asked_from = result.context_until  # "My goodness. And how many of those bought?"
    said = [w.lower() for w in result.raw[asked_from:]]
    while said and said[0] in lexicon.correction_leads:
        said = said[1:]
    corrects = _opens_with(said, lexicon.correcting_openers)
    corrected_from = len(result.raw) - len(said)  # after "no", "sorry", ...
    # "and on Chinese platforms?", also after "ok" ("ok and on Chinese platforms?")
    opened = asked_from if corrects else corrected_from
    openers = _find(s[opened : opened + 2], lexicon.followup_openers)
    if corrects:  # "no sorry, I meant the total": the "no" takes the last answer back
        result.lexical.update(range(asked_from, corrected_from))
    result.opener = corrects or any(at == 0 for _, at in openers)  # "no, I meant JD's"
    operand = _find(s[opened : opened + 2], lexicon.operand_openers)
    result.opener = result.opener or any(at == 0 for _, at in operand)  # "minus online .."
    result.asks_anew = corrects and bool(set(s[corrected_from:]) & lexicon.question_words)
    # "could you tell me" asks; "do you think" wants an opinion
    polite = len(s) > 1 and s[1] in ("you", "u", "pleas") and s[0] not in ("do", "what")
    lead = 0
    while lead < len(s) - 1 and s[lead] in lexicon.discourse_fillers:
        lead += 1  # "okay, uh, real talk, do you think ..."
    opening = s[lead : lead + 4]
    result.opinion = not polite and any(
        at == 0 for _, at in _find(opening, lexicon.opinion_openers)
    )
    start = result.context_until
    advice = [key for key, at in _find(s[start : start + 3], lexicon.opinion_openers) if at == 0]
    if start and any(len(key) > 1 for key in advice):
        result.opinion = True  # "I want to open a webshop. How should I go about it?"
    if _find(s[start:], lexicon.opinion_phrases):
        result.opinion = True  # "do regulations help, what do you think?", "a good name"
    if (
        s[start : start + 1]
        and s[start] in lexicon.naming_question_words
        and _find(s[start:], lexicon.opinion_words)
    ):
        result.opinion = True  # "which is better for a first store, AliExpress or VIPme?"
    procedure = _find(s[start:], lexicon.how_to_openers)  # "... tell me how I open an account"
    result.procedure = bool(procedure) and not result.ops  # "how do I get listed on JD?"
    leave = [(key, at) for key, at in _find(s[start : start + 4], lexicon.permission_openers)]
    if leave and leave[0][1] <= 1:  # "can I apply to use one?": what the user may do
        after = s[start + leave[0][1] + len(leave[0][0]) :][:3]
        result.procedure = result.procedure or any(
            at <= 1 for _, at in _find(after, lexicon.user_actions)
        )
    if _asks_a_view(result.raw[start:], lexicon) and not set(s[start : start + 6]) & sources:
        result.opinion = True  # "what do listeners think about buying from China?"


def _asks_a_view(raw: list[str], lexicon: Lexicon) -> bool:
    """ "What do listeners think about ...?", "how did shoppers feel ...?": a question word,
    a form of "do", then within three words a verb of holding a view. (What a source of the
    article "thinks" the 2018 volume will be is its forecast: the caller keeps those.)"""
    words = [w.lower() for w in raw[:6]]
    if len(words) < 3 or stem(words[0]) not in lexicon.question_words:
        return False
    if stem(words[1]) not in lexicon.auxiliaries:
        return False
    return bool(set(words[2:6]) & lexicon.belief_verbs)


def _mark_numbers(result: Analysis, known_numbers: frozenset[Decimal]) -> None:
    for i, s in enumerate(result.stems):
        if s in SCALE_WORDS:
            result.lexical.add(i)
        elif _YEAR.match(s):
            result.years.append(int(s))
            result.year_at[i] = int(s)
            result.year_span.add(i)
            result.lexical.add(i)
        elif i in result.clock_at:
            result.unknown_numbers.append(s)  # "at 4am": no figure the article could hold
        elif is_number(s) and i not in result.ignored_at:  # "3 sig figs" rounds, quotes nothing
            try:
                number = Decimal(s)
            except InvalidOperation:
                number = None
            if number in known_numbers:
                result.lexical.add(i)
            else:
                result.unknown_numbers.append(s)


def _hedged(stems: list[str], lexicon: Lexicon) -> frozenset[int]:
    """ "I don't think in yuan, dollars please": a "not" the user says of their own
    thinking, not of the figure asked for."""
    return frozenset(
        i
        for i, s in enumerate(stems)
        if s == "not"
        and stems[i + 1 : i + 2]
        and stems[i + 1] in lexicon.belief_verbs
        and any(w in lexicon.first_person for w in stems[max(0, i - 2) : i])
    )
