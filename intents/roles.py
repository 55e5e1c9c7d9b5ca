"""Who buys and who sells: "Chinese shoppers on Russian sites" is not "Russians on
Chinese sites", though both name the same two countries.

A nationality right before a word for people makes it the buyers; before a word for
platforms, the sellers. A figure answers only if its subject is the buyers named, and its
measure names the sellers named (Russia's "spending on Chinese platforms").
"""

from __future__ import annotations

from intents.facts import FactBase
from intents.text import stems
from intents.vocabulary import Vocabulary

WINDOW = 2  # "Russian online shoppers": the noun may come one word later
PEOPLE_BEFORE_LINK = 6  # "respondents in the survey were from": a short clause, no more


def role_conflict(
    question_stems: list[str], raw: list[str], facts: tuple[str, ...], vocab: Vocabulary,
    base: FactBase,
) -> tuple[str, ...]:  # fmt: skip
    """The words naming buyers or sellers that no figure of `facts` is about (empty if
    every role the question names is respected)."""
    lexicon = vocab.lexicon
    wrong: list[str] = []
    for at, word in enumerate(question_stems):
        named = vocab.naming.get(word)
        if not named or word in lexicon.aggregate_words:
            continue  # "worldwide consumers" are all of them, not the world's as a buyer
        after = question_stems[at + 1 : at + 1 + WINDOW]
        if any(w in lexicon.buyer_nouns for w in after):
            fits = any(_buyer(base, f, named) for f in facts)
        elif any(w in lexicon.seller_nouns for w in after):
            if vocab.default_entity in named:
                continue  # "Chinese platforms": every platform of the article is one
            fits = any(_seller(base, vocab, f, named) for f in facts)
        elif (
            at > 1
            and question_stems[at - 1] == "to"
            and question_stems[at - 2] in lexicon.flow_verbs
        ):
            if vocab.default_entity in named:
                continue  # "went to China": to Chinese platforms, as every platform is
            fits = any(_seller(base, vocab, f, named) for f in facts)  # "went to Russia"
        elif (
            after[:1]
            and after[0] in lexicon.buyer_verbs
            and _people(question_stems, raw, at, vocab)
        ):
            fits = any(_buyer(base, f, named) for f in facts)  # "the Chinese spend in Russia"
        else:
            continue
        if not fits:
            wrong.append(" ".join(raw[at : at + 2]))
    for at, named in _origins(question_stems, vocab):
        if not any(_buyer(base, f, named) for f in facts):
            wrong.append(" ".join(raw[max(0, at - 1) : at + 1]))
    return tuple(wrong)


def _people(question_stems: list[str], raw: list[str], at: int, vocab: Vocabulary) -> bool:
    """ "the Chinese", "Russians": a nationality said of people, not "CN spend" (spending
    on China, in an analyst's shorthand) nor "non-China spend"."""
    lexicon = vocab.lexicon
    before = question_stems[at - 1] if at else ""
    if before == "not":
        return False
    return before in lexicon.labelling_determiners or raw[at].lower() in lexicon.nationals


def _origins(question_stems: list[str], vocab: Vocabulary) -> list[tuple[int, set[str]]]:
    """Where people are said to come from ("respondents from China", "how many were
    Chinese", "came from Russia"): those people are the buyers named, whatever sites they
    shopped on. Returns the position of each country named so, and what it names."""
    lexicon = vocab.lexicon
    heads = lexicon.buyer_nouns | lexicon.origin_heads
    found = []
    for at, word in enumerate(question_stems):
        named = vocab.naming.get(word)
        if not named or at == 0:
            continue
        following = question_stems[at + 1 : at + 2]
        if following and following[0] in lexicon.seller_nouns:
            continue  # "from Chinese sites": where they shopped, not where they live
        before = question_stems[max(0, at - 3) : at]
        if before[-1] not in lexicon.origin_links:
            continue
        # "how many respondents in the survey were from China": the people may stand a few
        # words before the link
        people = question_stems[max(0, at - 1 - PEOPLE_BEFORE_LINK) : at - 1]
        if set(people) & heads or lexicon.origin_verbs & set(before):
            found.append((at, set(named)))
    return found


def _buyer(base: FactBase, fact_id: str, named: set[str]) -> bool:
    entity = base.facts[fact_id].entity
    parent = base.entities[entity].parent if entity in base.entities else None
    return entity in named or parent in named


def _seller(base: FactBase, vocab: Vocabulary, fact_id: str, named: set[str]) -> bool:
    fact = base.facts[fact_id]
    entity = base.entities.get(fact.entity)
    aliases = {s for a in (entity.aliases if entity else ()) for s in stems(a)}
    if fact.entity in named and not aliases & vocab.lexicon.buyer_nouns:
        return True  # its own figure, unless it names buyers ("Russian shoppers")
    said = set(stems(fact.measure or "")) | {s for k in fact.keywords for s in stems(k)}
    return any(named & vocab.naming.get(s, set()) for s in said)


def reversed_rank(
    question_stems: list[str], raw: list[str], facts: tuple[str, ...], vocab: Vocabulary,
    base: FactBase,
) -> str | None:  # fmt: skip
    """ "Did the US overtake China?", "when did the US become the largest market?": the
    article says China passed the US. The words that put the roles the other way round
    (the figures' own subject passed, or another country passing or rising), or None."""
    lexicon = vocab.lexicon
    own = {base.facts[f].entity for f in facts}
    for at, word in enumerate(question_stems):
        passing = word in lexicon.overtaking_verbs
        if not passing and (
            word not in lexicon.becoming_verbs or question_stems[at - 1 : at] == ["to"]
        ):
            continue
        before = _nearest(reversed(question_stems[max(0, at - WINDOW - 1) : at]), vocab)
        after = question_stems[at + 1 : at + 2 + WINDOW]
        if passing and after[:1] == ["by"]:
            passed, passer = before, _nearest(after[1:], vocab)  # "overtaken by the US"
        elif passing and _object_clause(question_stems[max(0, at - WINDOW - 1) : at], lexicon):
            passed, passer = before, None  # "was it the US that it outperformed?": China did
        else:
            passed, passer = (_nearest(after, vocab) if passing else None), before
        if passed is not None and own & vocab.naming.get(passed, set()):
            return " ".join(raw[at : at + 1 + WINDOW])
        out = passer is not None and (passer,) in lexicon.out_of_scope
        if out and not own & vocab.naming.get(passer, set()):
            return " ".join(raw[max(0, at - WINDOW) : at + 1])
    return None


def _object_clause(words: list[str], lexicon) -> bool:
    """ "... the US that it outperformed": a relative word, then a pronoun as the verb's
    own subject, so the name before them is what was passed, not what passed."""
    return any(
        word in lexicon.relative_words
        and words[i + 1 : i + 2] != []
        and words[i + 1] in lexicon.pronouns
        for i, word in enumerate(words)
    )


def _nearest(words, vocab: Vocabulary) -> str | None:
    """The first word that names a subject of the article or one out of its scope."""
    for word in words:
        if word in vocab.naming or (word,) in vocab.lexicon.out_of_scope:
            return word
    return None


def passed_unasked(
    fact_id: str, measure: list[str], asked: list[str], siblings: list[str], vocab: Vocabulary
) -> bool:
    """ "Which country has been the largest online retail market since 2013?": China, not
    the US it passed. The statement of who was passed (its measure has a verb of passing)
    shares its words with the other figures of its article sentence (the largest market's
    year); asked with no verb of passing, no "before" and no word of its own (a word for
    the kind asked, "which country", is none), it is not what is asked."""
    lexicon = vocab.lexicon
    if not set(measure) & lexicon.overtaking_verbs or not siblings or fact_id not in vocab.terms:
        return False
    shared = set().union(*(vocab.terms[f].all for f in siblings if f in vocab.terms))
    own = set(vocab.terms[fact_id].all) - shared - lexicon.function_words - lexicon.count_nouns
    return not (own | lexicon.overtaking_verbs | lexicon.worked_back_words) & set(asked)
