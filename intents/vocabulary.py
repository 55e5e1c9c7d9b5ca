"""The searchable vocabulary built from a fact base: an inverted index from word stems to
facts, word weights, and a spelling corrector restricted to words the base or the lexicon
knows. Built once per fact base; every question then touches only the facts that share a
word with it, so cost grows with the question, not with the base.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property

from intents.english import is_english
from intents.facts import Fact, FactBase, iso_date, years_in
from intents.lexicon import Lexicon
from intents.text import is_number, stem, words

FUNCTION_WEIGHT = 0.25
MAX_CANDIDATES = 128  # facts scored per question at most, beyond the rarest word's
WEAK_WEIGHT = 0.5  # a word that only names the source, unit, period or the clause


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
    years: frozenset[int] = frozenset()  # years a question may name for this fact
    numbers: frozenset[str] = frozenset()  # the figure as typed: "4.3", "28000"
    converted: frozenset[str] = frozenset()  # ... of those, only its other currency's
    made_of: frozenset[str] = frozenset()  # a formula's operands' figures: "80", "4.3"
    subjects: frozenset[str] = frozenset()  # its entity, and its operands' entities
    all: frozenset[str] = frozenset()  # every stem above
    weights: dict = field(default_factory=dict)  # stem -> weight of a match on it
    core: frozenset[str] = frozenset()  # words most of its phrases share ("online")


def fact_kind(fact: Fact) -> str:
    if fact.is_text:
        return "text"
    if fact.formula and fact.formula.op == "rate":
        return "rate"  # never an operand of a comparison
    if fact.unit == "%" or (fact.formula and fact.formula.op in ("percent", "growth", "cagr")):
        return "percent"
    if fact.unit == "year":
        return "year"
    if fact.unit == "years":
        return "duration"  # "the past two years": a span the article states
    return "amount"


class Vocabulary:
    def __init__(
        self,
        base: FactBase,
        lexicon: Lexicon,
        computed: Mapping[str, Decimal] | None = None,
        converted: Mapping[str, Decimal] | None = None,
    ) -> None:
        self.base = base
        self.computed = dict(computed or {})
        self.converted = dict(converted or {})
        self.lexicon = lexicon.with_joins(_compounds(base))
        self.entity_stems: dict[str, set[str]] = defaultdict(set)  # stem -> entity ids
        for entity in base.entities.values():
            for stem_ in self._stems(entity.name, *entity.aliases):
                self.entity_stems[stem_].add(entity.id)
        self.terms: dict[str, FactTerms] = {}
        for order, fact in enumerate(base.facts.values()):
            if _restates(base, fact):
                continue  # the same amount in another currency: reached by conversion
            self.terms[fact.id] = self._terms(fact, order)
        strong: dict[str, list[str]] = defaultdict(list)
        for fact_id, terms in self.terms.items():
            for stem_ in terms.measure | terms.entity | terms.numbers | terms.made_of:
                strong[stem_].append(fact_id)
        self.strong_index = {k: tuple(v) for k, v in strong.items()}
        self.naming = self._naming()
        self.names_of: dict[str, set[str]] = defaultdict(set)  # entity -> its naming stems
        for stem_, ids in self.naming.items():
            for entity_id in ids:
                self.names_of[entity_id].add(stem_)
        self.measure_users: dict[str, set[str]] = defaultdict(set)  # stem -> entities
        self.entity_measures: dict[str, set[str]] = defaultdict(set)  # entity -> stems
        for terms in self.terms.values():
            for s in terms.measure:
                self.measure_users[s].add(terms.fact.entity)
                self.entity_measures[terms.fact.entity].add(s)
        self.measure_stems = frozenset(self.measure_users)  # every word of a fact's measure
        counts: dict[str, int] = defaultdict(int)
        for terms in self.terms.values():
            counts[terms.fact.entity] += 1
        # The article's own subject (the entity with most facts) may go unnamed in a question.
        self.default_entity = max(counts, key=counts.__getitem__) if counts else ""
        postings: dict[str, list[str]] = defaultdict(list)
        for fact_id, terms in self.terms.items():
            for stem_ in terms.all:
                postings[stem_].append(fact_id)
        self.index = {k: tuple(v) for k, v in postings.items()}
        total = len(self.terms) or 1
        self.weight = {
            k: math.log(1 + total / len(v))
            * (FUNCTION_WEIGHT if k in lexicon.function_words else 1.0)
            for k, v in postings.items()
        }
        for fact_id, terms in self.terms.items():
            strong = terms.measure | terms.entity
            weights = {s: self.weight[s] * (1.0 if s in strong else WEAK_WEIGHT) for s in terms.all}
            self.terms[fact_id] = replace(terms, weights=weights)
        self._named_cache: dict[frozenset[str], set[str]] = {}
        # the first words of the sources' names: "per iResearch", "per the PayPal report"
        self.source_stems = frozenset(
            stem(w)
            for source in base.sources.values()
            for name in (source.name, *source.aliases)
            for w in lexicon.words(name)[:1]
        )
        self.known = frozenset(self.index) | frozenset(lexicon.phrases())
        # words the lexicon makes of several ("cross border" -> "crossborder"): a mistyped
        # half leaves two unknown words that, written together, are a near spelling of one
        self.compounds = frozenset(
            stem(joined[0])
            for parts, joined in self.lexicon.rewrites.items()
            if len(parts) > 1
            and len(joined) == 1
            and "".join(parts).replace("-", "") == joined[0]
            and stem(joined[0]) in self.known
        )
        # Typos are corrected only towards words that carry meaning: a misspelt filler word
        # is harmless, but "amazon" must never become "amazing".
        targets = frozenset(self.index) | (frozenset(lexicon.phrases()) - lexicon.function_words)
        # A listed outside subject that is also a word of the base ("target") stays known.
        self.out_of_scope = frozenset(
            p
            for p in lexicon.out_of_scope
            if not (len(p) == 1 and (p[0] in self.index or p[0] in lexicon.function_words))
        )
        # ... but "shop on Wish", "Target's sales": there it names the company.
        self.ambiguous_outside = frozenset(
            p[0]
            for p in lexicon.out_of_scope
            if len(p) == 1 and p not in self.out_of_scope and p[0] not in self.naming
        )
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in sorted(targets):
            if len(word) >= 4 and not is_number(word):
                self._by_length[len(word)].append(word)
        self._function_words = sorted(w for w in lexicon.function_words if len(w) >= 4)
        # Words as written in the fact base, for typos that the stemmer mangles: "usres"
        # stems to "usr", but is one swap from "users".
        self._written: dict[str, str] = {}
        for fact in base.facts.values():
            for text in (fact.measure, *fact.keywords):
                for word in self.lexicon.words(text):
                    if len(word) >= 4 and stem(word) in self.known:
                        self._written.setdefault(word, stem(word))
        self._written_by_length: dict[int, list[str]] = defaultdict(list)
        for word in sorted(self._written):
            self._written_by_length[len(word)].append(word)
        self._anagrams: dict[str, list[str]] = defaultdict(list)
        for w in self._function_words:
            self._anagrams["".join(sorted(w))].append(w)
        self._corrections: dict[tuple[str, str], str | None] = {}

    def _naming(self) -> dict[str, set[str]]:
        """Stems that name an entity: its name and its one-word aliases ("Russians",
        "Vipshop"). Longer aliases ("Russian shoppers") help matching but "shoppers" names
        nobody."""
        naming: dict[str, set[str]] = defaultdict(set)
        for entity in self.base.entities.values():
            single = [a for a in entity.aliases if len(self.lexicon.words(a)) == 1]
            for s in self._stems(entity.name, *single):
                naming[s].add(entity.id)
        return dict(naming)

    @cached_property
    def derived_values(self) -> frozenset[Decimal]:
        """The figures only computed (by the base's formulas), in full."""
        return frozenset(v.normalize() for v in self.computed.values() if v)

    @cached_property
    def phrase_naming(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """Aliases of three words or more, each as the stems that must all be said."""
        found = []
        for entity in self.base.entities.values():
            for alias in entity.aliases:
                if len(self.lexicon.words(alias)) >= 3:
                    said = frozenset(stem(w) for w in self.lexicon.words(alias))
                    found.append((entity.id, said))
        return tuple(found)

    def subjects_named(self, stems) -> set[str]:
        """The subjects the words name beside the article's background one (China), which
        other subjects' measures name too ("Chinese platforms")."""
        return self.entities_named(stems) - {self.default_entity}

    def entities_named(self, stems) -> set[str]:
        key = frozenset(stems)
        found = self._named_cache.get(key)
        if found is None:
            found = set()
            for s in key:
                found.update(self.naming.get(s, ()))
            for entity, words in self.phrase_naming:
                if words <= key:  # "the cross-border trade report": the survey, by its title
                    found.add(entity)
            if len(self._named_cache) > 20_000:
                self._named_cache.clear()
            self._named_cache[key] = found
        return found

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
        # Weak words: who reported it, when, and the article's own sentence.
        source_names = (source.name, *source.aliases) if source else ()
        other = self._stems(*source_names, fact.period or "", _period_words(fact.period))
        other |= self._stems(fact.clause or "")
        other |= _numbers_in(fact.clause or "") | _numbers_in(fact.period or "")
        parent = self.base.entities.get(entity.parent) if entity and entity.parent else None
        if parent:
            other |= self._stems(parent.name, *parent.aliases)
        if fact.unit and fact.unit not in ("%", "year", "CNY", "USD"):
            other |= self._stems(fact.unit)
        numbers = typed_numbers(fact) | _numbers_in(" ".join(fact.keywords))
        numbers |= _rounded_numbers(self.computed.get(fact.id))
        converted = _rounded_numbers(self.converted.get(fact.id)) - numbers
        numbers |= converted
        made_of: set[str] = set()
        for arg in fact.formula.args if fact.formula else ():
            if arg in self.base.facts:  # "80% of 4.3 billion": the figures it is made of
                made_of |= typed_numbers(self.base.facts[arg])
        other |= numbers
        # The article's sentence may name other subjects ("Russian consumers ... Chinese
        # platforms"); those names explain nothing about this fact. Its source's names do.
        allowed = {fact.entity, entity.parent if entity else None}
        other -= {s for s, ids in self.entity_stems.items() if not ids & allowed}
        other |= self._stems(*source_names)
        statement = (str(fact.value),) if fact.is_text and fact.found_by == "words" else ()
        measure = self._stems(fact.measure, *fact.keywords, *statement)
        other |= self._inherited(fact) - measure
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
            years=self.base.years(fact) | _dated_by_its_sentence(fact),
            numbers=frozenset(numbers),
            converted=frozenset(converted),
            made_of=frozenset(made_of),
            subjects=frozenset(self._subjects(fact)),
            all=frozenset(measure | entity_stems | (other - measure)),
            core=_core(phrases),
        )

    def _subjects(self, fact: Fact) -> set[str]:
        """The entity a fact is about, and for a formula its operands' entities too: the
        global volume implied by China's share is also about China."""
        subjects = {fact.entity}
        for arg in fact.formula.args if fact.formula else ():
            if arg in self.base.facts:
                subjects.add(self.base.facts[arg].entity)
        return subjects

    def _inherited(self, fact: Fact) -> set[str]:
        """A formula's result is described by its operands too: the respondents who shopped
        on Chinese sites can be asked for in the words of the 21% ("bought from Chinese
        websites")."""
        words: set[str] = set()
        whole = self.base.facts.get(fact.of or "")
        if whole is not None:  # "80% of that amount": the share speaks of its whole
            words |= self._stems(whole.measure)
        if not fact.formula:
            return words
        for arg in fact.formula.args:
            operand = self.base.facts.get(arg)
            if operand is not None:
                words |= typed_numbers(operand)  # "21% of 28,000": the figures it uses
                subject = self.base.entities.get(operand.entity)
                if subject is not None and operand.entity != fact.entity:
                    words |= self._stems(subject.name, *subject.aliases)
                if operand.entity == fact.entity:
                    words |= self._stems(operand.measure, *operand.keywords)
        return words

    def correct(self, word: str, raw: str = "") -> str | None:
        """Memoised: the same typo costs a dictionary look-up the second time."""
        key = (word, raw)
        if key not in self._corrections:
            if len(self._corrections) > 50_000:
                self._corrections.clear()
            # "monthly" is no typo of "month": a 12-month count is no monthly one
            often = (raw or word).lower() in self.lexicon.frequency_words
            fixed = None if often else self._correct(word, raw)
            if fixed is not None and raw and not _same_word(raw, fixed) and is_english(raw):
                fixed = None  # "send" is not a typo of "spend", nor "ruble" of "rule"
            self._corrections[key] = fixed
        return self._corrections[key]

    def _correct(self, word: str, raw: str = "") -> str | None:
        """The known stem a misspelt word most likely meant, or None. Words of the facts
        and the lexicon's phrases are fair targets from four letters; plain function words
        ("wich" -> "which") only at a stricter cut-off. One swap, insertion or deletion
        ("yaer", "lanched") is always a typo; longer words may differ more."""
        owner = (raw or word).lower()
        if owner.endswith("s") and len(owner) >= 3 and stem(owner[:-1]) in self.naming:
            return stem(owner[:-1])  # "jds platform": a possessive typed without apostrophe
        if max(len(word), len(raw)) < 4 or is_number(word):
            return None
        from rapidfuzz import fuzz, process  # only when a word is not known as typed
        from rapidfuzz.distance import OSA

        for candidate in dict.fromkeys((word, raw or word)):
            if len(candidate) < 4:
                continue
            near = [w for n in (-1, 0, 1) for w in self._by_length.get(len(candidate) + n, ())]
            best = process.extractOne(candidate, near, scorer=OSA.distance, score_cutoff=1)
            if best:
                return best[0]
        if raw and len(raw) >= 4:
            near = [w for n in (-1, 0, 1) for w in self._written_by_length.get(len(raw) + n, ())]
            best = process.extractOne(raw, near, scorer=OSA.distance, score_cutoff=1)
            if best:
                return self._written[best[0]]
        cutoff = 84 if len(word) == 4 else 80
        for candidate in dict.fromkeys((word, raw or word)):
            choices = [
                w
                for n in range(len(candidate) - 3, len(candidate) + 4)
                for w in self._by_length.get(n, ())
            ]
            best = process.extractOne(candidate, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
            if best:
                return best[0]
        # A function word only by swapped letters ("yaer") or a close spelling ("wich"):
        # "city" must not become "cite".
        for target in self._anagrams.get("".join(sorted(word)), ()):
            if OSA.distance(word, target) == 1:
                return target
        best = process.extractOne(word, self._function_words, scorer=fuzz.ratio, score_cutoff=88)
        return best[0] if best else None

    def candidates(self, stems_: set[str]) -> set[str]:
        """Facts that a question's words name as what they measure, who they are about or
        their figure, reached through its rarest words first: once MAX_CANDIDATES facts are
        found, commoner words only rank them. In the article's base (54 facts) every word
        is used; in a base a hundred times larger, "Russians" selects and "spend" ranks."""
        lists = sorted((self.strong_index[s] for s in stems_ if s in self.strong_index), key=len)
        if len(lists) > 1 and len(lists[0]) > MAX_CANDIDATES:
            # Even the rarest word is common: keep the facts that also have another of the
            # question's words ("online" and "shopping", not every fact with "online").
            first = set(lists[0])
            both = set().union(*(first.intersection(other) for other in lists[1:3]))
            if both:
                return both
        found: set[str] = set()
        for postings in lists:
            if found and len(found) + len(postings) > MAX_CANDIDATES:
                break
            found.update(postings)
        return found


def _restates(base: FactBase, fact: Fact) -> bool:
    """A fact that gives an earlier fact's amount again in another currency."""
    other = base.facts.get(fact.equals or "")
    return other is not None and other.line < fact.line


def _period_words(period: str | None) -> str:
    """ "2017-04-10" -> "April 10 2017", so a question naming the month finds the fact."""
    date = iso_date(period)
    if date is None:
        return ""
    month, day, year = date
    return f"{month} {day} {year}"


def _dated_by_its_sentence(fact: Fact) -> frozenset[int]:
    """The years a statement's own sentence dates it by: "Alibaba set up AliExpress in
    2010" answers "which company set up AliExpress in 2010?". Figures have their periods."""
    if not fact.is_text or fact.period:
        return frozenset()
    return frozenset(years_in(fact.clause))


def _core(phrases: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The head words of a fact: those in at least 60% of its phrases. "Online" is core to
    online shopping, "retail" to total retail; a question naming neither is about neither."""
    if len(phrases) < 3:
        return frozenset()
    counts: dict[str, int] = defaultdict(int)
    for phrase in phrases:
        for s in phrase:
            counts[s] += 1
    return frozenset(s for s, n in counts.items() if n >= 0.6 * len(phrases))


def _compounds(base: FactBase) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Hyphenated words of the fact base ("medium-term", "go-global") typed with spaces."""
    joins: dict[tuple[str, ...], tuple[str, ...]] = {}
    for fact in base.facts.values():
        for text in (fact.measure, *fact.keywords, fact.clause or ""):
            for compound in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", text):
                parts = tuple(compound.lower().split("-"))
                joins[parts] = ("".join(parts),)
    return joins


def _numbers_in(text: str) -> set[str]:
    """Numbers written in a sentence ("April 10", "12 months", "28,000")."""
    return {w for w in words(text) if is_number(w)}


def typed_numbers(fact: Fact) -> set[str]:
    """The figure as a user may type it back: "4.3" (billion), "28000", "80"."""
    if not isinstance(fact.value, Decimal):
        return set()
    out = {_plain(fact.value)}
    # at its own scale only ("1" billion), never another ("1000" million): a bare "1,000"
    # typed is a thousand, not the billion it would be in millions
    scales = [s for s in (Decimal(10) ** e for e in (3, 6, 9, 12)) if abs(fact.value) >= s]
    if scales:
        out.add(_plain(fact.value / scales[-1]))
    return out


def _rounded_numbers(value: Decimal | None) -> set[str]:
    """A computed figure as a user may quote it back, to 3 or 4 significant digits at each
    scale: 3,440,000,000 -> "3.44" (billion), "3440" (million); 33.333 -> "33.3", "33.33".
    Figures of one significant digit (40 million, 50%) are left out: quoted, they name too
    much; two digits with a scale ("2.5" trillion, "860" million) name one figure."""
    if value is None or value == 0:
        return set()
    digits = len(value.normalize().as_tuple().digits)
    if digits < 3:  # "2.5" (trillion), "860" (million); never a bare "40" or "50"
        scales = (Decimal(10) ** e for e in (6, 9, 12))
        return {_plain(value / s) for s in scales if abs(value) >= s and digits == 2}
    out: set[str] = set()
    for scale in (
        Decimal(1),
        Decimal(10) ** 3,
        Decimal(10) ** 6,
        Decimal(10) ** 9,
        Decimal(10) ** 12,
    ):
        if abs(value) < scale and scale != 1:
            continue
        scaled = value / scale
        for digits in (3, 4):
            exponent = scaled.adjusted() - digits + 1
            rounded = scaled.quantize(Decimal(1).scaleb(exponent)) if exponent < 0 else scaled
            if exponent >= 0:
                rounded = (scaled / Decimal(10) ** exponent).quantize(Decimal(1)) * Decimal(
                    10
                ) ** exponent
            out.add(_plain(rounded))
    return out


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _same_word(raw: str, fixed: str) -> bool:
    """An inflection the stemmer missed ("purchasing" -> "purchas"), not another word."""
    common = 0
    for a, b in zip(raw, fixed, strict=False):
        if a != b:
            break
        common += 1
    if common == len(fixed) and raw[common:] in ("s", "es", "ed", "d", "ing", "ly"):
        return True
    return common >= 5 and raw[common:] in _ENDINGS and fixed[common:] in _ENDINGS


# Endings by which two spellings of one word differ ("shopping" / "shopp", "purchases" /
# "purchas"): "imports" and "importanc" share six letters and are two words.
_ENDINGS = frozenset(
    ("", "s", "es", "ed", "d", "ing", "ly", "e", "er", "ers", "y", "ies", "ion", "ions", "i")
)
