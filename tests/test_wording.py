"""Answers read like sentences and suggestions like questions a person would type.

Every fact's suggestion and the answer to it are rendered, and so is every kind of
computed answer and refusal; each is checked for the defects readers noticed: a word
said twice in a row ("survey's survey"), a year said twice ("by 2025 in 2025"), a
"Subject: measure?" suggestion, a "label: figure" head line, a parenthesised forecast
left in a sentence ("100 warehouses (target) by 2015").
"""

from __future__ import annotations

import io
import re

import pytest

from bot.console import Session, run_console
from bot.describe import describe, suggestion

QUESTION_START = re.compile(r"^(What|How|Who|Which|When|Why|Where)\b")
COMPUTED = {
    "ratio": "ratio of total e-commerce to online shopping",
    "percent": "online shopping as a share of total e-commerce",
    "difference": "gap between total e-commerce and online shopping",
    "growth": "cross-border volume growth 2016 to 2018 in percent",
    "cagr": "compound annual growth of cross-border volume",
    "convert": "russian spending in yuan",
    "share_of": "respondents that shopped on chinese websites, how many?",
    "implied_whole": "total retail volume of china",
    "complement": "how many survey respondents did not shop on chinese websites",
    "years": "how many years between aliexpress founding and JD launching its platform",
}
LOOKUPS = (
    "which platform rolled out a cross-border B2C platform in 2015",
    "who estimated the cross-border e-commerce volume",
    "when did china overtake the us as the largest online retail market",
)
REFUSALS = (
    "How much did Germans spend?",
    "the survey",
    "How much did Russians spend in 2018?",
    "ratio of cross-border volume to aliexpress active users",
    "Will AliExpress reach its target?",
    "asdfgh",
)


def defects(text: str) -> list[str]:
    found = []
    words = [w.strip('.,;:()“”"?!') for w in text.split()]
    for first, second in zip(words, words[1:], strict=False):
        if first.lower().removesuffix("'s") == second.lower().removesuffix("'s"):
            found.append(f"doubled word {first!r} {second!r}")
    for year in re.findall(r"\bby ((?:19|20)\d\d)\b", text):
        if re.search(rf"\bin {year}\b", text):
            found.append(f"'in {year}' after 'by {year}'")
    if re.search(r"\((expected|target)\)", text):
        found.append("a parenthesised forecast")
    return found


def head_line_defects(line: str) -> list[str]:
    found = defects(line)
    if ": " in line.split(" (", 1)[0] and not line.startswith(("In ", "It was ")):
        found.append("a 'label: figure' line")
    starts = line[:1].isupper() or line[1:2].isupper()  # "iResearch ..." starts as it is
    if not starts or not line.rstrip().endswith((".", "?")):
        found.append("not a sentence")
    return found


def question_defects(question: str) -> list[str]:
    found = defects(question)
    if not QUESTION_START.match(question) or not question.endswith("?"):
        found.append("not a question")
    if re.match(r"^[^?]*: [^?]*\?$", question):
        found.append("'Subject: measure?' form")
    return found


def test_every_fact_has_a_natural_question_and_answer(assistant, base):
    problems = []
    for fact in base.facts.values():
        question = suggestion(base, fact)
        answer = assistant.ask(question)
        head = answer.text.splitlines()[0]
        for problem in question_defects(question):
            problems.append(f"{fact.id}: suggestion {question!r}: {problem}")
        for problem in head_line_defects(head) + defects(describe(base, fact)):
            problems.append(f"{fact.id}: answer {head!r}: {problem}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", sorted(COMPUTED))
def test_computed_answers_are_sentences_with_figure_working_and_source(assistant, kind):
    answer = assistant.ask(COMPUTED[kind])
    assert answer.answered, answer.text
    head = answer.text.splitlines()[0]
    assert not head_line_defects(head), (head, head_line_defects(head))
    assert "Working:" in answer.text and "Source:" in answer.text
    mantissa = f"{abs(float(answer.value)):.2e}".split("e")[0]
    leading = re.sub(r"\D", "", mantissa).rstrip("0")[:2]
    assert leading in re.sub(r"\D", "", head.split(" (about")[0])  # the figure is said


@pytest.mark.parametrize("question", LOOKUPS)
def test_who_which_and_when_answers_are_sentences(assistant, question):
    head = assistant.ask(question).text.splitlines()[0]
    assert not head_line_defects(head), (head, head_line_defects(head))


@pytest.mark.parametrize("question", REFUSALS)
def test_refusals_offer_real_questions(assistant, question):
    answer = assistant.ask(question)
    assert not answer.answered
    assert answer.suggestions
    for offered in answer.suggestions:
        assert not question_defects(offered), (offered, question_defects(offered))
        assert offered in answer.text
    assert not defects(answer.text), defects(answer.text)


def test_topics_list_facts_as_phrases(assistant):
    for lines in assistant.topics().values():
        for line in lines:
            assert not defects(line) and not line.endswith("?"), line


def test_why_after_a_refusal_says_there_was_no_answer(assistant):
    session = Session(assistant)
    assert "4.3" in session.handle("How much did Russians spend?")
    assert "Sources:" in session.handle("/why")
    session.handle("How much did Germans spend?")
    why = session.handle("/why")
    assert "not answered" in why and "4.3" not in why


def test_piped_console_why_after_a_refusal(assistant):
    out = io.StringIO()
    stdin = io.StringIO("How much did Russians spend?\nweather in beijing\n/why\n")
    run_console(assistant, stdin=stdin, stdout=out)
    assert (
        out.getvalue()
        .rstrip()
        .endswith("The last question was not answered, so there is no calculation to show.")
    )
