"""Honest replies for questions the article does not answer, with questions it does."""

from __future__ import annotations

from bot.answer import Answer
from bot.answering import figure
from bot.calculator import Calculator
from bot.describe import operand_years, period_text, sentence, suggestion
from intents.facts import Fact, FactBase
from intents.query import Refusal
from intents.translation import language_names

EXAMPLE_FACTS = (
    "russia_cross_border_spend",
    "aliexpress_purchaser_share",
    "cross_border_volume_2016",
)


def _quote(words: tuple[str, ...]) -> str:
    return ", ".join(f"“{w}”" for w in words[:4])


def _said(calc: Calculator, refusal: Refusal) -> str:
    """The nearest fact stated as a sentence."""
    fact = calc.base.facts[refusal.near[0]]
    result = calc.fact(fact.id)
    forecast = result.quantity.forecast if result.quantity else None
    return sentence(calc.base, fact, figure(calc, result), forecast)


def refusal_text(calc: Calculator, refusal: Refusal) -> str:
    base = calc.base
    reason = refusal.reason
    if reason == "empty":
        return "Ask me something about China's cross-border e-commerce, for example one of these."
    if reason == "nothing":
        return (
            "I can only answer questions about the 2017 article on China's cross-border "
            "e-commerce (Russian shoppers, AliExpress, JD, Vip, iResearch volumes)."
        )
    if reason == "unknown":
        return (
            f"The article doesn't say anything about {_quote(refusal.words)}, "
            "so I can't answer that."
        )
    if reason == "unsupported":
        typed = tuple(w for w in refusal.words if not w.startswith("<"))
        if not typed:  # the question's parts exist, but not together in one figure
            return "The article doesn't give a figure for that combination."
        return (
            f"The article doesn't give a figure for that: I can't connect {_quote(typed)} "
            "with anything it reports."
        )
    if reason == "bound" and refusal.near:
        return f"The article gives only a bound there, not an exact figure. {_said(calc, refusal)}"
    if reason == "breakdown" and refusal.near:
        return f"The article gives only the whole, not how it splits. {_said(calc, refusal)}"
    if reason == "opinion":
        return (
            "That asks for a prediction or an opinion. The article reports figures and targets; "
            "it does not say what will happen beyond them."
        )
    if reason == "statement":
        return "Noted. What would you like to know? These are figures I have."
    if reason == "vague" and refusal.detail:  # what the turn asked of the figure just given
        return f"The article gives no {refusal.detail}. These are figures I have."
    if reason == "vague":
        return "What would you like to know about it? These are figures I have."
    if reason == "ambiguous":
        return "That could mean more than one figure. Which one do you mean?"
    if reason == "year" and refusal.near:
        fact = base.facts[refusal.near[0]]
        years = ", ".join(str(y) for y in refusal.years) or "that year"
        when = period_text(fact) or _derived_period(base, fact) or "as of the article (2017)"
        said = _said(calc, refusal)
        if refusal.detail:  # "grew in 2016": the change the article gives starts there
            return f"The article has no figure for {years} there: {refusal.detail}. {said}"
        return f"The article has no figure for {years} there, only {when}. {said}"
    if reason == "language":
        names = language_names()
        readable = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
        return (
            f"I read questions in {readable}, but not {_quote(refusal.words)} yet. "
            "Please ask without those words, or in one of those languages."
        )
    if reason == "premise":
        return (
            "That figure is the one you gave: the article states it, but doesn't give "
            f"anything computed from it that answers this. {_said(calc, refusal)}"
        )
    if reason == "procedure":
        return (
            "That asks how to do something. The article reports figures and who gave them; "
            "it has no steps or instructions."
        )
    if reason == "task":
        return (
            "I can't do tasks like that. I answer questions about the 2017 article on China's "
            "cross-border e-commerce, with the figures, their sources and the arithmetic."
        )
    if reason == "uncheckable":
        said = refusal.detail or "it doesn't state it in those words"
        return f"I can't confirm or deny that from the article: {said}."
    if reason == "kind":
        return f"I can't answer that from the article: {refusal.detail}."
    if reason == "units":
        return f"I can't compute that: {refusal.detail}."
    if reason == "unnamed" and refusal.words:
        return (
            f"The article doesn't give a figure for that. The nearest computation would need "
            f"a figure about {refusal.words[0]}, which your question doesn't mention."
        )
    return "I can't answer that from the article."


def suggestions(calc: Calculator, refusal: Refusal, limit: int = 3) -> list[str]:
    base = calc.base
    ids = [i for i in refusal.near if i in base.facts]
    if refusal.reason in ("year",):
        ids = []
    for fallback in EXAMPLE_FACTS:
        if fallback in base.facts and fallback not in ids:
            ids.append(fallback)
    if not ids:
        ids = list(base.facts)[:limit]
    return [suggestion(base, base.facts[i]) for i in ids[:limit]]


def build_refusal(calc: Calculator, refusal: Refusal, question: str) -> Answer:
    text = refusal_text(calc, refusal)
    offered = suggestions(calc, refusal)
    if offered:
        text += "\nYou could ask: " + " ".join(offered)
    return Answer(
        question=question, answered=False, text=text, suggestions=offered, reason=refusal.reason
    )


def _derived_period(base: FactBase, fact: Fact) -> str:
    """ "in 2016", "for 2016 and 2018": the period of a computed figure, said in a refusal."""
    years = operand_years(base, fact)
    if len(years) == 1:
        return f"in {years[0]}"
    return f"for {', '.join(map(str, years[:-1]))} and {years[-1]}" if years else ""
