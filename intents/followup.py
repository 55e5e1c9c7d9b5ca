"""Follow-up questions: "and on Chinese platforms?", "in yuan?", "what about 2018?".

The previous question's words are kept, less those of the same role the new question
replaces (a new entity replaces the old one, a new year the old year, a new currency or
operation the old one), and the new words are added. The merged words are then read
like any question, so a follow-up is understood exactly as its spelled-out form would be.
"""

from __future__ import annotations

from decimal import Decimal

from intents.analysis import Analysis, find_phrases, mark
from intents.text import is_number
from intents.vocabulary import Vocabulary

# Operations whose answer is of its own kind (times, percent), whatever was counted before
KIND_OPERATIONS = frozenset({"ratio", "percent"})
# Operations that span years: a change asked after one year's figure is over the series
CHANGE_OPERATIONS = frozenset({"growth", "difference", "cagr"})
# Operations that set two figures against each other
PAIR_OPERATIONS = frozenset({"ratio", "percent", "difference"})
# Operations whose answer is a rate or a multiple, never in a currency
RATE_OPERATIONS = frozenset({"growth", "cagr", "percent", "ratio"})


def merges(
    new: Analysis,
    old_stems: list[str],
    vocab: Vocabulary,
    known: frozenset[Decimal],
    topic: str | None = None,
) -> list[Analysis]:
    """Two readings of a follow-up: a refinement of the whole previous question ("and on
    Chinese platforms?"), and a new question about the same subject ("and pilot zones?").
    The subject is the one the earlier words name, or else the last answer's (`topic`):
    "which firm helped PayPal with that report?" names the survey only in a phrase."""
    refined = merge(new, old_stems, vocab, known)
    background = {vocab.default_entity}
    subject = [s for s in old_stems if vocab.naming.get(s, background) - background]
    if not subject and topic not in (None, vocab.default_entity) and topic in vocab.naming:
        subject = [topic]
    if not subject or _switches_subject(new, vocab):
        return [refined]
    return [refined, merge(new, subject, vocab, known)]


def _switches_subject(new: Analysis, vocab: Vocabulary) -> bool:
    """ "And JD?" switches subject; "and on Chinese platforms?" does not: China is the
    article's background subject, named in the measures of other subjects' facts."""
    return bool(vocab.subjects_named(new.stems))


def merge(
    new: Analysis, old_stems: list[str], vocab: Vocabulary, known: frozenset[Decimal]
) -> Analysis:
    old = mark("", old_stems, old_stems, vocab, known)
    drop: set[int] = set()
    if _switches_subject(new, vocab):
        drop |= {i for i, s in enumerate(old.stems) if s in vocab.naming}
        # "how much did Americans spend?" (refused) then "ok what about Russians"
        for key, at in find_phrases(old.stems, vocab.out_of_scope):
            drop |= set(range(at, at + len(key)))
    if new.years or set(new.op_names) & CHANGE_OPERATIONS:
        drop |= old.year_span  # "and the absolute increase?" after 2015's level: both years
    if new.currency or set(new.op_names) & RATE_OPERATIONS or new.expects == "percent":
        drop |= old.currency_at  # "usd pls" then "growth?", "chinese share?": no currency
    if any(op != "convert" for op in new.op_names) or new.expects:
        drop |= old.op_span | _what_it_is_per(old, vocab)
    if (
        set(new.op_names) & PAIR_OPERATIONS
        and _own_measures(new, vocab)
        and not any(  # "the Russian total as a percent OF IT": the turn names its own base
            s in vocab.lexicon.base_markers for s in new.stems[min(new.op_span, default=0) :]
        )
    ):
        # "what percent of total e-commerce is that?", then "and how many times online
        # shopping?": the turn's measure is the new base, the old one gives way
        drop |= _old_base(old, vocab)
    if _names_a_new_pair(new, old, vocab):
        # "ratio of total e-commerce to online shopping", then "and cross-border to online
        # shopping": the operation stays, both of its sides are the turn's
        drop |= set(range(len(old.stems))) - old.op_span
    if len(new.years) == 1 and set(old.op_names) & {"growth", "cagr"}:
        drop |= old.op_span  # "and the 2018 number": back from a growth rate to one figure
    if set(new.op_names) & RATE_OPERATIONS and old.expects == "source":
        drop |= old.expects_span  # "which source gives that?" then "and its growth?"
    if new.expects or set(new.op_names) & KIND_OPERATIONS:
        # "how many of those overseas?" then "what is that divided by ...?": a ratio now,
        # not the count the earlier turn asked for
        drop |= old.expects_span
        if _switches_subject(new, vocab) and old.asked_unit and old.expects_span:
            # "from how many countries?" then "and how many of them from Russia?": the
            # countries were what was asked of the old subject, not a measure of the new
            after = max(old.expects_span) + 1
            drop |= {
                i
                for i in range(after, min(after + 3, len(old.stems)))
                if old.stems[i] == old.asked_unit
            }
    families = vocab.lexicon.count_families
    wanted = families.get(new.asked_unit or _counted_alone(new, vocab))
    had = families.get(old.asked_unit or "")
    if wanted is not None and had is not None and wanted != had and old.expects_span:
        # "how many people did they ask?" then "from how many countries?": what was counted
        # before, and its verb, give way to the new count
        drop |= set(range(max(old.expects_span), len(old.stems)))
    elif wanted is not None and had is None:
        # "how much there was respondents" (Russian "сколько") or "n respondents", then "n
        # countries": the old count noun gives way to the new one
        others = {i for i, s in enumerate(old.stems) if families.get(s) not in (None, wanted)}
        if len({families[old.stems[i]] for i in others}) == 1:
            drop |= others - set(old.per_what_at)
    drop |= _modifiers_said_anew(new, old, vocab) | _negation_said_without(new, old, vocab)
    kept = [s for i, s in enumerate(old.stems) if i not in drop]
    # "My goodness. And how many of those bought?": of a sentence before the one that
    # asks, only the words the vocabulary knows carry over
    said = [
        i
        for i, s in enumerate(new.stems)
        if i >= new.context_until or s in vocab.known or is_number(s)
    ]
    stems_ = [new.stems[i] for i in said]
    raw = [new.raw[i] for i in said]
    merged = mark(new.question, kept + stems_, kept + raw, vocab, known)
    merged.corrections = list(new.corrections)
    merged.truncated = new.truncated
    merged.turn_from = len(kept)
    if new.expects and merged.expects == "source" and not new.expects_weak:
        # "which ministry issued the guideline?" then "how many warehouses did it aim for?":
        # the earlier question's "which ministry issued" asks nothing of this turn
        merged.expects = new.expects
    if new.expects in ("source", "year") and merged.expects is None:
        # "and the warehouses?" then "who announced that?": the turn's own question says
        # what is asked, even where the joined words read it as a clause ("warehouses who")
        merged.expects, merged.expects_weak = new.expects, False
    return merged


def _modifiers_said_anew(new: Analysis, old: Analysis, vocab: Vocabulary) -> set[int]:
    """ "How much did Russians spend on Chinese platforms?" then "no, I meant across all
    cross-border platforms": a correction says the noun again with another word before
    it; the old word before it ("Chinese") gives way to the new one."""
    said = [w.lower() for w in new.raw[new.context_until :]]
    if not any(at <= 3 for _, at in find_phrases(said, vocab.lexicon.correcting_openers)):
        return set()  # only a correction replaces; "and the Chinese part?" narrows
    fw = vocab.lexicon.function_words
    drop: set[int] = set()
    for i in range(max(new.context_until, 1), len(new.stems)):
        noun, before = new.stems[i], new.stems[i - 1]
        if noun in fw or noun not in vocab.known or before in fw or is_number(before):
            continue
        for j in range(1, len(old.stems)):
            if old.stems[j] == noun and old.stems[j - 1] != before:
                k = j - 1
                while k >= 0 and old.stems[k] not in fw and old.stems[k] not in new.stems:
                    drop.add(k)
                    k -= 1
    return drop


def _negation_said_without(new: Analysis, old: Analysis, vocab: Vocabulary) -> set[int]:
    """ "What share of it didn't go to China?" then "and what share went to China?": the
    turn says again what was negated, without the negation; "how many didn't buy?" then
    "and as a share of the active users?" names something else, and the negation stays."""
    if "not" not in old.stems or "not" in new.stems or not new.ops:
        return set()  # only a turn that asks its own computation again
    at = old.stems.index("not")
    fw = vocab.lexicon.function_words
    negated = {s for s in old.stems[at + 1 :] if s not in fw and s in vocab.known}
    own = {new.stems[i] for i in _turn_content(new, vocab)}
    return {at} if negated and negated <= own else set()


def _turn_content(new: Analysis, vocab: Vocabulary) -> list[int]:
    """Where the asking sentence's own words are that are neither its operation, its
    asking words nor function words."""
    fw = vocab.lexicon.function_words
    return [
        i
        for i in range(new.context_until, len(new.stems))
        if i not in new.lexical and new.stems[i] not in fw
    ]


def _own_measures(new: Analysis, vocab: Vocabulary) -> list[int]:
    """Where the turn's own known content words are, numbers aside."""
    return [
        i
        for i in _turn_content(new, vocab)
        if i not in new.op_span and new.stems[i] in vocab.known and not is_number(new.stems[i])
    ]


def _old_base(old: Analysis, vocab: Vocabulary) -> set[int]:
    """The base side of an earlier comparison ("what percent OF TOTAL E-COMMERCE is
    that"): from the first base marker after the operation to the end."""
    if not set(old.op_names) & PAIR_OPERATIONS or not old.op_span:
        return set()
    markers = vocab.lexicon.base_markers
    after = max(old.op_span) + 1
    for i in range(after, len(old.stems)):
        if old.stems[i] in markers:
            return set(range(i, len(old.stems)))
    return set()


def _names_a_new_pair(new: Analysis, old: Analysis, vocab: Vocabulary) -> bool:
    """A turn without an operation of its own that names two measures joined as a pair
    ("and cross-border to online shopping") after a question that compared two."""
    if new.ops or not set(old.op_names) & PAIR_OPERATIONS:
        return False
    own = range(new.context_until, len(new.stems))
    content = [i for i in _turn_content(new, vocab) if new.stems[i] in vocab.known]
    return any(
        new.stems[i] in vocab.lexicon.new_pair_links
        and any(c < i for c in content)
        and any(c > i for c in content)
        for i in own
    )


def _counted_alone(new: Analysis, vocab: Vocabulary) -> str:
    """ "n countries", "countries?", "а стран сколько" after "how many respondents?": a
    turn whose only counted thing is one count noun asks that count, as "how many
    countries?" would, though it lacks the words that ask it."""
    if new.ops or new.years or new.asked_unit:
        return ""
    content = {new.stems[i] for i in _turn_content(new, vocab)}
    if len(content) != 1:
        return ""  # "and on all the other platforms": more is asked than a count
    noun = next(iter(content))
    if vocab.subjects_named([noun]):
        return ""  # "ok what about russians": another subject, not another count
    return noun if noun in vocab.lexicon.count_families else ""


def _what_it_is_per(old: Analysis, vocab: Vocabulary) -> set[int]:
    """ "On average per country": the country belongs to the operation and goes with it,
    so "and how many of them in Russia?" is not read as a figure about countries."""
    families = vocab.lexicon.count_families
    return {i for i in old.per_what_at if i < len(old.stems) and old.stems[i] in families}
