""" "That year" after a date is the year the date names, and a lead that says how to answer
("As a multiple, ...") is no sentence about the user: a question in, the answer out.
Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    ("date_question", "follow_up"),
    [
        (
            "In which year did China become the biggest online retail market in the world?",
            "and how big was Chinese online shopping in that year?",
        ),
        (
            "what year did JD roll out its cross-border platform?",
            "how many overseas buyers did AliExpress have that same year?",
        ),
    ],
)
def test_that_year_after_a_date_is_the_year_it_names(assistant, date_question, follow_up):
    date, figure = turns(assistant, date_question, follow_up)
    assert date.answered and date.unit == "year", date.text
    assert not figure.answered, figure.text
    assert figure.reason == "year"


def test_that_year_after_a_span_from_a_date_is_still_that_date(assistant):
    *_, figure = turns(
        assistant,
        "when did China overtake the US as the largest online retail market?",
        "how many years before the article is that?",
        "what was total retail that year?",
    )
    assert not figure.answered, figure.text
    assert figure.reason == "year"


def test_that_year_after_a_figure_is_still_the_figures_year(assistant):
    *_, figure = turns(
        assistant,
        "how much was China's online shopping in 2016?",
        "and total retail that year?",
    )
    assert figure.answered, figure.text
    assert round(figure.value / Decimal("1E12"), 1) == Decimal("33.6")


@pytest.mark.parametrize(
    "question",
    [
        "As a multiple, how much bigger was total e-commerce than cross-border e-commerce in 2016?",
        "In times, how much larger is the 26.1 trillion figure than the 6.3 trillion one?",
    ],
)
def test_a_lead_saying_how_to_answer_asks_that(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.intent == "ratio"
    assert round(answer.value, 2) == Decimal("4.14")
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_which_one_is_bigger_in_a_year_with_one_figure_is_refused(assistant):
    *_, which = turns(
        assistant,
        "china online shopping 2016?",
        "and cross-border volume that year?",
        "ok which one is bigger in 2018",
    )
    assert not which.answered, which.text
    assert which.reason == "kind"


def test_a_choice_said_with_another_comparative_is_never_one_figure(assistant):
    *_, which = turns(
        assistant,
        "how much did China shop online in 2016?",
        "and its cross-border volume that year?",
        "so which was greater in 2018?",
    )
    assert not which.answered, which.text
    assert which.reason == "kind"
