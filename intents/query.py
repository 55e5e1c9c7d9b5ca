"""What understanding produces: a `Query` to compute, or a `Refusal` saying why not."""

from __future__ import annotations

from dataclasses import dataclass

from intents.claims import Claim

# Intent of a formula fact, by its operation.
INTENT_OF_OPERATION = {
    "share_of": "share_of",
    "percent": "percent",
    "ratio": "ratio",
    "difference": "difference",
    "growth": "growth",
    "cagr": "cagr",
    "implied_whole": "implied_whole",
    "before_growth": "implied_whole",
    "rate": "ratio",
    "per_unit": "ratio",
    "sum": "sum",
}
INTENTS = (
    "lookup", "share_of", "percent", "ratio", "difference", "growth", "cagr",
    "implied_whole", "convert", "sum", "refuse",
)  # fmt: skip


@dataclass(frozen=True)
class Query:
    """Compute `op` over `facts` (or evaluate `facts[0]` when op is None), then convert."""

    intent: str
    facts: tuple[str, ...]
    op: str | None = None
    currency: str | None = None
    confidence: float = 1.0
    corrections: tuple[tuple[str, str], ...] = ()
    used_context: bool = False
    when: bool = False  # "when ...?" about a figure: answer with its period's year
    who: bool = False  # "who estimated ...?": answer with the figure's source
    whose: bool = False  # "which platform launched ...?": answer with the figure's subject
    claim: Claim | None = None  # a yes/no question: check this claim against the figure
    asks: str | None = None  # the kind of answer the question demands: ANSWER_KINDS
    listing: tuple[str, ...] = ()  # op "list": the names the article gives of that kind
    listed: str = ""  # op "list": the kind asked for ("platform")
    ordered: bool = False  # "the ratio of A to B": A over B as asked, not the bigger first
    inverted: bool = False  # "the other way round": the two figures of `op`, turned over
    other_counts: tuple[str, ...] = ()  # "how many countries": units that count other things
    amount: tuple[str, str] | None = None  # op "amount": a sum the user typed, and its currency
    quoted: tuple[str, ...] = ()  # figures the question typed (absolute values): premises


# What a question can demand of its answer's unit; the assistant checks the computed answer
# against it before any number leaves ("what percent" is never answered with a count).
ANSWER_KINDS = ("percent", "year", "count", "money", "reason", "duration", "name")


@dataclass(frozen=True)
class Refusal:
    """Why a question was not answered. Reasons:

    empty (nothing typed), nothing (no fact word), unknown (words the base does not know),
    unsupported (known words no fact combines), year (the fact exists for other periods),
    ambiguous (two readings tie), units (the computation makes no sense), vague (only a
    name, no measure: "tell me about Alibaba"), language (words in a script the assistant
    cannot read yet), uncheckable (a yes/no claim the article neither confirms nor denies),
    kind (the figure found is not the kind of answer asked for: a count for "what percent"),
    statement (the user tells about themselves and asks nothing yet), unnamed (the only
    computation found needs a figure of a subject the question never names), bound (an
    exact figure asked where the article gives only "more than" or "up to" one), procedure
    (how to do something: "how do I get my products listed on JD?").
    """

    reason: str
    words: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    detail: str = ""


def fits(asks: str | None, unit: str | None) -> bool:
    """Does an answer in `unit` give the kind of answer the question demands?"""
    if asks is None:
        return True
    if asks == "percent":
        return unit == "%"
    if asks == "year":
        return unit == "year"
    if asks == "money":
        return unit in ("CNY", "USD", "CNY/USD", "USD/CNY")  # an exchange rate is money too
    if asks in ("reason", "name"):
        return unit is None
    if asks == "duration":
        return unit == "years"
    if asks == "figure":
        return unit is not None  # "what was the figure for the US?": a number of any kind
    return unit is not None and unit not in ("CNY", "USD", "%", "year", "years", "ratio")
