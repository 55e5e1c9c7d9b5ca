"""Yes/no questions: "Is it true that Russians spent $4.3 billion in 2016?"

A user who checks a claim wants Yes or No first. The claim is split into what it is about
("Russians spent ... in 2016": read like any question, to find the figure) and what it
asserts (the figures quoted: $4.3 billion). Answering compares the two; the figures quoted
are never the answer, and never a reason to refuse as unknown numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from intents.english import ADJECTIVE, ADVERB, VERB, parts_of_speech
from intents.lexicon import Lexicon, Phrase, leading_phrase
from intents.text import is_number

SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
UNIT_WORDS = {"usd": "USD", "yuan": "CNY", "percent": "%", "time": "ratio"}


@dataclass(frozen=True)
class ClaimedFigure:
    """ "more than a third": value 33.33, unit "%", relation "over"."""

    value: Decimal
    unit: str | None  # USD, CNY, %, ratio ("three times") or None when no unit is named
    relation: str = "exact"  # exact, above, below, about; over: strictly above (a majority)


@dataclass(frozen=True)
class Claim:
    """What a yes/no question asserts: figures (value in absolute units, unit or None when
    the user gave none) and the content stems of its words, for claims without figures."""

    numbers: tuple[ClaimedFigure, ...] = ()
    words: frozenset[str] = frozenset()
    years: tuple[int, ...] = ()
    sources: tuple[str, ...] = ()  # "came from Yandex": the source ids the claim names
    other_source: bool = False  # "came from Sberbank": a source the article never cites
    blockers: tuple[str, ...] = ()  # "first", "since": checkable only if the article says it
    direction: str | None = None  # "bigger than": above; "smaller than": below
    explained: bool = False  # its words were all found in the figure's own vocabulary
    swapped: str | None = None  # "was VIPme launched by JD?": the name put in the wrong place
    state: bool = False  # "was China the largest market in 2015?": a state, no event, in a year
    realised: bool = False  # "is the 8.8 trillion an actual result?": said to have happened
    achieved: bool = False  # "were the 100 warehouses built?": a target said to have been met


@dataclass(frozen=True)
class SplitClaim:
    claim: Claim
    stems: list[str]  # the question without its framing and quoted figures
    raw: list[str]
    whole: list[str]  # the question without its framing only
    whole_raw: list[str]


def _reported(stems: list[str], lexicon: Lexicon, names: frozenset[str]) -> int:
    """The length of an opening that says whose words follow ("my editor says", "someone
    told me that", "I read that"): up to four words, then a reporting verb; 0 if none, or
    when the opening is a question, a request ("can you say ...") or a subject the article
    has ("the survey says 21% ...": the survey is what the claim is about)."""
    for at in range(1, min(5, len(stems) - 1)):
        if stems[at] not in lexicon.reporting_verbs:
            continue
        opening = set(stems[:at])
        if opening & (lexicon.question_words | names | {"you", "u"}):
            return 0
        first = next((w for w in stems[:at] if w not in ("the", "a", "an")), "")
        if first in lexicon.question_nouns:
            return 0  # "(the) year the State Council confirmed the zones?": when it did
        end = at + 1
        while end < len(stems) and stems[end] in ("me", "us", "that"):
            end += 1  # "told me that"
        where = stems[end : end + 5]  # "heard on the radio that", "read in a blog that"
        if (
            stems[end - 1] != "that"
            and where[:1] in (["on"], ["in"], ["at"], ["from"])
            and ("that" in where)
        ):
            said = where[: where.index("that")]
            if not set(said) & names and not any(map(is_number, said)):
                end += len(said) + 1
        return end
    return 0


def ending_length(stems: list[str], table: frozenset[Phrase]) -> int:
    """How many of the last stems form a phrase of `table` ("..., is that right")."""
    for size in range(min(8, len(stems) - 1), 0, -1):
        if tuple(stems[-size:]) in table:
            return size
    return 0


def courtesy_after(stems: list[str], lexicon: Lexicon) -> int:
    """How many of the last stems are courtesies ("please", "thanks") after a tag."""
    count = 0
    while count < min(2, len(stems) - 1) and stems[-1 - count] in lexicon.courtesy_words:
        count += 1
    return count


_TAG = re.compile(r"[,;:.?!\u2013\u2014-]\s*[a-z' ]{1,40}[?!. ]*$", re.IGNORECASE)


def tagged(question: str) -> bool:
    """ "..., right?", "... - correct?", "... . Verify.": a tag after a comma, dash or a
    sentence's end ends the question."""
    return bool(_TAG.search(question.strip()))


def split_claim(
    stems: list[str],
    raw: list[str],
    lexicon: Lexicon,
    tail_marked: bool,
    stated: bool = False,
    dated: bool = False,
    names: frozenset[str] = frozenset(),
    units_at: frozenset[int] = frozenset(),
) -> SplitClaim | None:
    """The claim a yes/no question checks, or None when it asks something else.

    `tail_marked`: the question ends in a tag ("..., right?") after a comma or dash, which
    a single trailing word like "right" alone could not tell apart from "is it right".
    `dated`: a statement asked back may state a year only ("JD launched it in 2016?"); the
    caller then checks that the claim is about a date. `names`: the stems that name the
    article's subjects and sources, which an opening like "the survey says" is about.
    `units_at`: where a "1" is a rate's unit ("yuan per dollar" reads "per 1 usd"), no
    figure claimed.
    """
    polite = 0
    while polite < len(stems) and stems[polite] in lexicon.request_openers:
        polite += 1  # "could you kindly confirm that ..."
    head = leading_phrase(stems[polite:], lexicon.yes_no_openers)
    head = polite + head if head else leading_phrase(stems, lexicon.yes_no_openers)
    if head and tuple(stems[:head]) in lexicon.weak_yes_no_openers:
        rest = stems[head:]
        verbs = any(set(parts_of_speech(w)) == {VERB} for w in raw[head:])  # "so China knocked"
        if not (verbs or _states_a_figure(rest, lexicon) or statement_order(rest, lexicon)):
            return None  # "so the rest of the world's share?": a figure asked, no claim
    if head:
        head += leading_phrase(stems[head:], lexicon.claim_preambles)
    else:
        head = _reported(stems, lexicon, names)  # "my draft says ...", "someone told me ..."
    thanked = courtesy_after(stems, lexicon)  # "... Is he right, please?"
    tail = ending_length(stems[: len(stems) - thanked], lexicon.yes_no_tails)
    tail = tail + thanked if tail else 0
    bare = tail == 1 and not tail_marked and not any(map(is_number, stems))
    if bare and not statement_order(stems[:-1], lexicon):
        tail = 0  # "is it right": a figure or a statement before a bare "right" is a tag
    states = stated and (
        _states_a_figure(stems, lexicon, dated)
        or statement_order(stems, lexicon)
        or _states_a_source(stems, lexicon, names)
    )
    if not head and not tail and not states:
        return None  # ("JD has a Russian version?": a statement asked back is a claim)
    if not head and not tail and set(stems) & lexicon.computing_words:
        return None  # "implied total retail from the 14% online share?": a figure derived
    body = range(head, len(stems) - tail)
    alternative = _second_alternative(stems, body, lexicon)
    if alternative is not None:  # "does it include B2B too, or only retail?": the first
        body = range(head, alternative)
    if not tail and body and stems[body[-1]] in lexicon.open_endings:
        return None  # "so total retail was?", "one yuan is worth?": the value is asked for
    if any(
        stems[i] in lexicon.question_words
        and not _relative(stems, i, lexicon)
        and not (head and stems[i] == "when" and i >= head + 3)  # "... when it launched?"
        for i in body
    ):
        return None  # "does the article say how much ...": an ordinary question
    asked = [stems[i] for i in body]
    if (
        opens_with_number_of(asked)
        and not set(asked) & lexicon.state_verbs
        and not (
            head and stems[head - 1] in lexicon.copulas and set(asked) & lexicon.comparison_links
        )
    ):
        # "confirm the number of countries the respondents came from": asks it; "is the
        # number of warehouses bigger than the number of zones?" sets two against each other
        return None
    if not head and _asks_conversion([stems[i] for i in body]):
        return None  # "so 4.7 trillion yuan in dollars?": a conversion asked for
    if head and stems[head - 1] in ("do", "does", "did") and stems[head : head + 1] == ["you"]:
        return None  # "do you know ...", "did you read ..."
    keep = list(body)
    labels = _labelling_figures(stems, keep, lexicon)
    numbers, quoted = _quoted_figures(
        stems, [i for i in keep if i not in units_at and i not in labels], lexicon
    )
    blockers = tuple(
        stems[i]
        for i in body
        if stems[i] in lexicon.claim_blockers and not _spans_years(stems, i) and i not in quoted
    )
    for i in keep:  # "did most of it go to China": more than half of the whole
        if stems[i] in lexicon.majority_words and not _superlative(raw, i):
            numbers.append(ClaimedFigure(Decimal(50), "%", "over"))
            quoted.add(i)
    kept = [i for i in keep if i not in quoted]
    # "is A four times their spending elsewhere?": the multiple taken out stood between the
    # two figures, where "as" stands in "four times as much as"; it is kept as that joiner
    joiner = min(lexicon.multiple_joiners)
    joined = {
        i
        for i in quoted
        if UNIT_WORDS.get(stems[i]) == "ratio"
        and stems[i + 1 : i + 2] not in ([], *([j] for j in lexicon.multiple_joiners))
    }
    said = [
        (joiner, joiner) if i in joined else (stems[i], raw[i])
        for i in keep
        if i not in quoted or i in joined
    ]
    words = frozenset(
        stems[i]
        for i in kept
        if stems[i] not in lexicon.stopwords and stems[i] not in lexicon.claim_restating
    )
    direction = next(
        (lexicon.comparatives[stems[i]] for i in kept if stems[i] in lexicon.comparatives), None
    )
    said = _comparative_before_than(said, lexicon)
    whole = _comparative_before_than([(stems[i], raw[i]) for i in keep], lexicon)
    return SplitClaim(
        Claim(
            tuple(numbers),
            words,
            blockers=blockers,
            direction=direction,
            realised=any(stems[i] in lexicon.realised_words for i in body),
            achieved=_said_met([raw[i].lower() for i in body], lexicon),
        ),
        [s for s, _ in said],
        [r for _, r in said],
        [s for s, _ in whole],
        [r for _, r in whole],
    )


def _said_met(said: list[str], lexicon: Lexicon) -> bool:
    """A target said to have been met, not aimed at or forecast ("aim TO build 100
    warehouses", "WILL hit 8.8 trillion")."""
    return any(
        tuple(said[i : i + len(p)]) == p
        and (i == 0 or said[i - 1] not in lexicon.unachieved_markers)
        for p in lexicon.achieved_words
        for i in range(len(said) - len(p) + 1)
    )


def _comparative_before_than(
    words: list[tuple[str, str]], lexicon: Lexicon
) -> list[tuple[str, str]]:
    """ "AliExpress had MORE overseas buyers THAN active users": the comparative moved to
    stand before "than" ("overseas buyers more than active users"), the order in which the
    two figures compared are read, when at most three words stand between them (a
    comparative further away compares something else)."""
    said = [s for s, _ in words]
    for i, word in enumerate(said):
        if word not in lexicon.comparatives:
            continue
        after = [
            j for j in range(i + 2, min(i + 6, len(said))) if said[j] in lexicon.comparison_links
        ]
        if after and not set(said[i + 1 : after[0]]) & set(lexicon.comparatives):
            j = after[0]
            return [*words[:i], *words[i + 1 : j], words[i], *words[j:]]
    return words


def _labelling_figures(stems: list[str], keep: list[int], lexicon: Lexicon) -> set[int]:
    """ "Are its overseas buyers more than ITS 60 million active users?": a figure after
    "than" and a possessive (or "the") names the other side by its own value; the claim is
    the comparison, not a gap of 60 million. Those positions, with their scale words."""
    owners = lexicon.possessive_pronouns | lexicon.labelling_determiners
    labels: set[int] = set()
    for i in keep:
        if not is_number(stems[i]) or i < 2:
            continue
        if stems[i - 1] in owners and stems[i - 2] in lexicon.comparison_links:
            labels.add(i)
            if i + 1 in keep and stems[i + 1] in SCALES:  # "its 60 million"
                labels.add(i + 1)
    return labels


def _states_a_source(stems: list[str], lexicon: Lexicon, names: frozenset[str]) -> bool:
    """ "That number came from Yandex?", "online shopping was reported by iResearch?": an
    attribution word, then a name of the article's subjects or sources after it."""
    cues = [
        i
        for i, s in enumerate(stems)
        if s in lexicon.attribution_cues and not _a_relative_clause_verb(stems, i, lexicon)
    ]
    return bool(cues) and any(s in names for s in stems[cues[0] + 1 :])


def _a_relative_clause_verb(stems: list[str], at: int, lexicon: Lexicon) -> bool:
    """ "buyers who MADE purchases on AliExpress": a verb of a relative clause with an
    object of its own says what the people did; "figures that came FROM Yandex" still
    says who gave them."""
    if not at or stems[at - 1] not in lexicon.relative_words or at + 1 >= len(stems):
        return False
    return stems[at + 1] not in lexicon.giver_links


def _second_alternative(stems: list[str], body: range, lexicon: Lexicon) -> int | None:
    """Where "or only ..." / "or is it ... only" begins: of "A, or only B?" the claim asked is A,
    which the second alternative merely contrasts."""
    for i in body:
        if stems[i] == "or" and i > body.start:
            after = stems[i + 1 : min(i + 5, body.stop)]  # "or only retail", "or is it retail only"
            if set(after) & (lexicon.alone_words | lexicon.claim_alone_words):
                return i
    return None


def statement_order(stems: list[str], lexicon: Lexicon) -> bool:
    """ "shen difan is jd's ceo": a subject, then "is", then what it is said to be; not a
    question ("is it", "what is")."""
    if not stems or stems[0] in lexicon.state_verbs or stems[0] in lexicon.question_words:
        return False
    return any(  # not "the part that wasn't online": a relative clause names a thing
        # "it include B2B also?", "China beat the US in 2016?", "China became the top in 2015?"
        (
            s in lexicon.state_verbs
            or s in lexicon.scope_words
            or s in lexicon.overtaking_verbs
            or s in lexicon.becoming_verbs
        )
        and before not in lexicon.relative_words
        for before, s in zip(stems, stems[1:-1], strict=False)
    )


def _relative(stems: list[str], at: int, lexicon: Lexicon) -> bool:
    """ "28 percent of respondents who shopped ...": after a noun, "who" begins a clause;
    "bigger than what Russians spent": after "than" or "of", "what" names a figure."""
    if at > 0 and stems[at - 1] in lexicon.free_relative_links:
        # "half of what Russians spent", not "as of what date"
        return tuple(stems[max(0, at - 2) : at]) not in lexicon.date_anchors
    return stems[at] in lexicon.relative_words and at > 0 and stems[at - 1] in lexicon.count_nouns


def _quoted_figures(
    stems: list[str], positions: list[int], lexicon: Lexicon
) -> tuple[list[ClaimedFigure], set[int]]:
    """Figures in the claim with their scale and unit, and the positions they take."""
    numbers: list[ClaimedFigure] = []
    used: set[int] = set()
    inside = set(positions)
    ranged = -2  # the figure that opened a "between ... and ..." range
    bare: list[int] = []  # per figure: where it stands if said without scale or unit
    for i in positions:
        word = stems[i]
        if not is_number(word) or _is_year(word):
            continue
        if tuple(stems[i + 1 : i + 2]) in lexicon.clock_units:
            continue  # "at 4am": a time of day
        measured = i + 1 in inside and (stems[i + 1] in UNIT_WORDS or stems[i + 1] in SCALES)
        if not measured and (
            (i - 1 in inside and stems[i - 1] in lexicon.date_words)
            or (i + 1 in inside and stems[i + 1] in lexicon.date_words)
        ):
            continue  # "April 10", "the past 12 months"; not "last year, 39.2 percent"
        try:
            value = Decimal(word)
        except InvalidOperation:
            continue
        span = {i}
        unit = UNIT_WORDS.get(stems[i - 1]) if i - 1 in inside else None
        if unit:
            span.add(i - 1)
        j = i + 1
        scale = 0
        if j in inside and stems[j] in SCALES:
            scale = SCALES[stems[j]]
            value *= Decimal(10) ** scale
            span.add(j)
            j += 1
        if j in inside and stems[j] in UNIT_WORDS:
            unit = UNIT_WORDS[stems[j]]
            span.add(j)
        start = min(span)
        before = [stems[k] for k in range(max(0, start - 4), start) if k in inside]
        size = next(
            (
                n
                for n in range(len(before), 0, -1)
                if tuple(before[-n:]) in lexicon.claim_qualifiers
            ),
            0,
        )
        relation = lexicon.claim_qualifiers[tuple(before[-size:])] if size else "exact"
        if not size and before[-1:] == ["between"]:
            relation, size, ranged = "above", 1, len(numbers)  # "between 18% and 19%"
        elif not size and before[-1:] == ["and"] and ranged == len(numbers) - 1:
            relation, size = "below", 1  # ... "and 19%": the range's upper end
        span.update(range(start - size, start))
        if numbers and bare[-1] == start - 2 and stems[start - 1] in ("and", "to", "or"):
            # "between 5 and 6 billion dollars", "from 6.3 to 8.8 trillion yuan": the first
            # figure is said in the second's scale and unit
            low = numbers[-1]
            if scale and low.value < value / Decimal(10) ** scale:
                low = replace(low, value=low.value * Decimal(10) ** scale)
            numbers[-1] = replace(low, unit=unit)
        numbers.append(ClaimedFigure(value, unit, relation))
        bare.append(i if unit is None and not scale and j == i + 1 else -9)
        used |= span
    return numbers, used


def _superlative(raw: list[str], at: int) -> bool:
    """ "the most popular": "most" before a word that can only be an adjective or adverb."""
    following = raw[at + 1] if at + 1 < len(raw) else ""
    tags = parts_of_speech(following)
    return bool(tags) and set(tags) <= {ADJECTIVE, ADVERB}


def _states_a_figure(stems: list[str], lexicon: Lexicon, dated: bool = False) -> bool:
    """ "online shopping 15% of retail in 2016?": a statement of a figure, asked back."""
    if not stems or stems[0] in lexicon.question_words or stems[0] in ("and", "what", "so"):
        return False
    if states_a_portion(stems, lexicon):
        return True  # "most of that went to China?": a share claimed in words
    if _asks_conversion(stems):
        return False  # "4.3bn in yuan?": a conversion asked for
    aside = next((i for i, w in enumerate(stems) if i and w in lexicon.premise_asides), None)
    stems = stems[:aside]  # "implied total retail, given online = 14%?": the premise is aside
    if any(w == "percent" and not (i and is_number(stems[i - 1])) for i, w in enumerate(stems)):
        return False  # "active users vs the 100m goal: % achieved?": a percent asked for
    return any(
        is_number(w)
        and (dated or not _is_year(w))
        and not (i + 1 < len(stems) and stems[i + 1] in lexicon.date_words)  # "last 12 months"
        and not (i > 0 and stems[i - 1] in lexicon.date_words)  # "as of April 10"
        for i, w in enumerate(stems)
    )


def states_a_portion(stems: list[str], lexicon: Lexicon) -> bool:
    """ "most of that", "the majority of it": a share claimed in words, not a figure."""
    return any(
        w in lexicon.majority_words and stems[i + 1 : i + 2] == ["of"] for i, w in enumerate(stems)
    )


def _asks_conversion(stems: list[str]) -> bool:
    """ "... in yuan?", "... into dollars": a unit asked for, not one of a figure typed
    ("up to $4.3 billion", read "up to usd 4.3 billion")."""
    return any(
        a in ("in", "into", "to")
        and b in UNIT_WORDS
        and b != "percent"
        and not is_number(stems[i + 2] if i + 2 < len(stems) else "")
        for i, (a, b) in enumerate(zip(stems, stems[1:], strict=False))
    )


def opens_with_number_of(stems: list[str]) -> bool:
    """ "(what is) the number of countries ...", "headcount of respondents" (rewritten so):
    the count is what is asked, whatever is computed or claimed after it."""
    pairs = zip(stems[:4], stems[1:5], strict=False)
    return ("number", "of") in pairs


def _spans_years(stems: list[str], at: int) -> bool:
    """ "between 2016 and 2018" dates the figure; it sets no bound the article must state."""
    return stems[at] == "between" and _is_year(stems[at + 1] if at + 1 < len(stems) else "")


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1950 <= int(word) <= 2049
