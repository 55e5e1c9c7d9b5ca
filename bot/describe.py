"""Facts in words: the noun phrase that names a figure, the sentence that states it, and
the question a person would type to get it.

Everything is generated from the fact base (entity names and aliases, measure, unit,
qualifier, period), so a new fact reads naturally without code. The rules exist for
defects a reader notices: a subject named twice ("the survey's survey respondents"), a
year said twice ("served by 2025 in 2025"), a figure restating its own period ("year
Vip launched VIPme end of 2015: 2015"), and suggestions that read like database rows
("Russia: spending?").
"""

from __future__ import annotations

import re
import weakref

from intents.facts import Fact, FactBase, iso_date

WH_WORDS = ("who", "why", "what", "when", "how", "which", "where")
PERSON_NOUNS = ("manager", "founder", "head", "chief", "chairman", "president", "ceo")
# The head noun of a measure ends before one of these ("share of ...", "users who ...").
_HEAD_END = re.compile(
    r"\s(?:of|who|that|which|on|over|by|from|to|in|for|as|per|its|their|between|served|"
    r"covered|promoted|implied|announced|rolled|launched)\s|,|\s\(",
    re.IGNORECASE,
)
_RATE = re.compile(r"^(?:yuan|US dollars?) per (?:US dollar|yuan)\b\s*", re.IGNORECASE)
_ONGOING = ("aim", "purpose", "target", "goal")
_COMMON_STARTS = ("online", "related", "helping", "an", "the", "a")


def subject(base: FactBase, fact: Fact) -> str:
    return base.entities[fact.entity].name


def possessive(name: str) -> str:
    return f"{name}'s"


def capital(text: str) -> str:
    if text[1:2].isupper():
        return text  # "iResearch" starts a sentence as it is
    return text[:1].upper() + text[1:]


def period_text(fact: Fact) -> str:
    """ "in 2016", "by 2018" (forecasts), "by April 10, 2017", "at the end of 2015",
    "in the 12 months to April 2017"; empty without a period."""
    period = fact.period
    if not period:
        return ""
    date = iso_date(period)
    if date:
        month, day, year = date
        return f"by {month} {day}, {year}"
    if fact.is_forecast and period.isdigit():
        return f"by {period}"
    if period[:4].isdigit():
        return f"in {period}"
    if re.match(r"(end|start|beginning|middle) of ", period):
        return f"at the {period}"
    if re.match(r"\d+ months to ", period):
        return f"in the {period}"
    return period


def _names(base: FactBase, fact: Fact) -> tuple[str, ...]:
    entity = base.entities[fact.entity]
    return (entity.name.removeprefix("the "), *entity.aliases)


def _mentions(text: str, names: tuple[str, ...]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE) for n in names)


_MEMO: dict[int, tuple[weakref.ref, dict]] = {}


def _memo(base: FactBase) -> dict:
    """Per fact base: phrasing a fact is pure, so it is worked out once, not per answer."""
    entry = _MEMO.get(id(base))
    if entry is None or entry[0]() is not base:
        entry = (weakref.ref(base), {})
        _MEMO[id(base)] = entry
    return entry[1]


def _measure(base: FactBase, fact: Fact) -> tuple[str, bool]:
    """The measure, rid of a repeat of its subject's head word, and whether it already
    names its subject (then it takes "the", not a possessive)."""
    memo = _memo(base)
    key = ("measure", fact)
    if key not in memo:
        memo[key] = _measure_of(base, fact)
    return memo[key]


def _measure_of(base: FactBase, fact: Fact) -> tuple[str, bool]:
    name = subject(base, fact)
    measure = fact.measure
    head = name.split()[-1]
    if name.lower().startswith("the ") and re.search(rf"\bthe {re.escape(head)}\b", measure):
        # "countries covered by the survey" -> "... by the PayPal/Ipsos survey"
        return re.sub(rf"\bthe {re.escape(head)}\b", name, measure, count=1), True
    if measure.lower().startswith(head.lower() + " ") and len(measure.split()) > 1:
        measure = measure[len(head) + 1 :]  # "survey respondents" of "the ... survey"
    return measure, _mentions(measure, _names(base, fact))


def operand_years(base: FactBase, fact: Fact) -> list[int]:
    """The years of a computed figure without a period of its own: its operands' (2016
    for Russians' spending on Chinese platforms, 2016 and 2018 for the growth between)."""
    return sorted(base.years(fact)) if fact.formula and not fact.period else []


def _when(fact: Fact, text: str, base: FactBase | None = None) -> str:
    """The period phrase, unless `text` already says that year ("served by 2025")."""
    when = period_text(fact)
    if not when and base is not None:
        years = operand_years(base, fact)
        when = f"in {years[0]}" if len(years) == 1 else ""
    if not when:
        return ""
    if any(year in text for year in re.findall(r"(?:19|20)\d\d", when)):
        return ""
    if "months" in when and "months" in text:
        return f"(to {fact.period.split(' to ', 1)[-1]})" if " to " in (fact.period or "") else ""
    return when


def label_core(base: FactBase, fact: Fact, *, in_units: bool = False) -> str:
    """The figure's noun phrase without its period: "Russia's spending on ...". An
    exchange rate is "the exchange rate ..."; `in_units` says which way round, for a
    question (an answer's figure says it)."""
    measure, named = _measure(base, fact)
    rate = _RATE.match(measure)
    if rate:
        way = f"in {rate.group().strip()} " if in_units else ""
        return f"the exchange rate {way}{measure[rate.end() :]}"
    if re.match(r"\w+'s\b", measure):
        return measure  # "Yandex's description in the article": its owner is said
    if named or _value_names_subject(base, fact) or measure.lower().startswith("year the "):
        # "the year the article was published": the event names its own subject
        if measure.lower().startswith((*WH_WORDS, "the ")) or re.match(r"\w+'s\b", measure):
            return measure
        return f"the {measure}"
    return f"{possessive(subject(base, fact))} {measure}"


def describe(base: FactBase, fact: Fact) -> str:
    """ "Russia's spending on cross-border e-commerce platforms in 2016"."""
    core = label_core(base, fact)
    return f"{core} {_when(fact, core, base)}".strip()


def _value_names_subject(base: FactBase, fact: Fact) -> bool:
    """ "most popular destination" of China is China: say "the", not "China's"."""
    return fact.is_text and _mentions(str(fact.value), _names(base, fact)[:1])


def _plural(phrase: str) -> bool:
    """Whether the head noun of a noun phrase is plural ("countries covered by ...");
    an owner in front ("the PayPal/Ipsos survey's respondents") is skipped."""
    words = phrase.split()
    owner = next((i for i, w in enumerate(words[:4]) if w.endswith(("'s", "s'"))), -1)
    rest = " ".join(words[owner + 1 :]).removeprefix("the ")
    head = _head(rest)
    word = head[-1].lower() if head else ""
    return word.endswith("s") and not word.endswith(("ss", "'s", "us", "is"))


def _head(phrase: str) -> list[str]:
    """The words of a noun phrase up to its head noun: "countries" of "countries China
    dislodged as ...", "active users" of "active users who made purchases"."""
    words = _HEAD_END.split(f" {phrase} ", maxsplit=1)[0].split()
    for index, word in enumerate(words[1:], start=1):
        if word[:1].isupper():
            return words[:index]
    return words


def _be(phrase: str, past: bool) -> str:
    plural = _plural(phrase)
    return ("were" if plural else "was") if past else ("are" if plural else "is")


def sentence(base: FactBase, fact: Fact, figure: str, forecast: str | None = None) -> str:
    """The fact stated as a sentence with `figure` (its value as written, qualifier
    included): "Russia's spending on ... in 2016 was up to $4.3 billion."."""
    measure = fact.measure
    core = label_core(base, fact)
    when = _when(fact, core, base)
    if fact.unit == "year" and measure.lower().startswith("year "):
        clause = measure[5:]
        period = period_text(fact) if fact.period and figure in fact.period else f"in {figure}"
        return f"{capital(clause)} {period}."
    tail = f" {when}" if when else ""
    if measure.lower().startswith("who "):
        return f"{capital(figure)} {measure[4:]}{tail}."
    if measure.lower().startswith("why "):
        if figure.lower().startswith("to "):  # a purpose: "... launched VIPme to test ..."
            return f"{capital(measure[4:])} {decapital(figure)}."
        return f"{capital(measure[4:])} because {decapital(figure)}."
    past = _past(base, fact) and forecast != "expected"
    counted = _counted(base, fact, figure)
    if counted and not forecast:
        measure, named = _measure(base, fact)
        if named:
            return f"There {'were' if past else 'are'} {counted} {measure}{tail}."
        owner = capital(subject(base, fact))
        return f"{owner} {'had' if past else 'has'} {counted} {measure}{tail}."
    return stated(core, figure, forecast, past, tail)


def _past(base: FactBase, fact: Fact) -> bool:
    dated = bool(fact.period) or bool(fact.formula and base.years(fact))
    return dated and not fact.measure.lower().startswith(_ONGOING)


def _counted(base: FactBase, fact: Fact, figure: str) -> str | None:
    """ "more than 100 million" when the figure counts what the measure names ("overseas
    buyers"), so the sentence can say "had more than 100 million overseas buyers"."""
    unit = fact.unit or figure.rsplit(" ", 1)[-1]
    if unit not in base.counts or not figure.endswith(" " + unit) or "(" in figure:
        return None
    head = _head(_measure(base, fact)[0])
    return figure[: -len(unit) - 1] if head and head[-1].lower() == unit.lower() else None


def decapital(text: str) -> str:
    """Lower-case the first letter unless it starts a name ("The" -> "the", "China" stays)."""
    first = text.split(" ", 1)[0]
    if first in ("The", "A", "An", "It") or (
        first[:1].isupper() and first[1:].islower() and first.lower() in _COMMON_STARTS
    ):
        return text[:1].lower() + text[1:]
    return text


def stated(label: str, figure: str, forecast: str | None, past: bool, tail: str = "") -> str:
    """ "<Label><tail> was <figure>.", worded for forecasts and targets."""
    if forecast == "target" and "target" not in label.lower():
        return f"The target for {label}{tail} {'was' if past else 'is'} {figure}."
    if forecast == "expected" and "expect" not in label.lower():
        verb = "are" if _plural(label) else "is"
        return f"{capital(label)}{tail} {verb} expected to be {figure}."
    return f"{capital(label)}{tail} {_be(label, past)} {figure}."


def suggestion(base: FactBase, fact: Fact) -> str:
    """A question a person would type, which the assistant answers with this fact (worked
    out once per fact: every refusal offers some)."""
    memo = _memo(base)
    key = ("suggestion", fact)
    if key not in memo:
        memo[key] = _suggestion(base, fact)
    return memo[key]


def _suggestion(base: FactBase, fact: Fact) -> str:
    measure, named = _measure(base, fact)
    core = label_core(base, fact, in_units=True)
    when = _when(fact, core, base)
    tail = f" {when}" if when else ""
    lowered = measure.lower()
    if lowered.startswith("who "):
        return f"{capital(measure)}{tail}?"
    if lowered.startswith("why "):
        return f"What does the article say about {measure}?"
    if fact.unit == "year" and lowered.startswith("year "):
        return f"What was the year {measure[5:]}?"
    if fact.unit == "years":  # a span the article states ("the past two years")
        return f"How long was {core}{tail}?"
    past = _past(base, fact)
    head = _head(measure)
    if fact.unit in base.counts and head and head[-1].lower() == fact.unit.lower():
        entity = subject(base, fact)
        if named and not fact.is_forecast:
            return f"How many {measure} {'were' if past else 'are'} there{tail}?"
        if fact.qualifier == "expected":
            return f"How many {measure} does {entity} expect{tail}?"
        if not named and fact.qualifier != "target":
            return f"How many {measure} {'did' if past else 'does'} {entity} have{tail}?"
    if fact.qualifier == "target" and "target" not in core.lower():
        return f"What {'was' if past else 'is'} the target for {core}{tail}?"
    if fact.qualifier == "expected" and "expect" not in core.lower():
        verb = "are" if _plural(core) else "is"
        how = "How much" if fact.unit in ("CNY", "USD") else "What"
        return f"{how} {verb} {core} expected to be{tail}?"
    if fact.unit in ("CNY", "USD"):
        return f"How much {_be(core, past)} {core}{tail}?"
    if fact.is_text and _mentions(measure.split(" of ")[0], PERSON_NOUNS):
        return f"Who {_be(core, past)} {core}{tail}?"
    return f"What {_be(core, past)} {core}{tail}?"
