"""A month and year asked are checked against the month and year of the figure's period:
"active users in April 2016" is not the count for the 12 months to April 2017."""

from __future__ import annotations

import pytest
from conversation import ask


def test_the_same_month_a_year_earlier_is_refused(assistant):
    answer = ask(assistant, "how many active users did aliexpress have in april 2016?")
    assert not answer.answered, answer.text  # never the 60 million to April 2017
    assert answer.reason == "year"


@pytest.mark.parametrize(
    "question",
    ["aliexpress active users in april 2017", "AliExpress active users over the past year?"],
)
def test_the_month_of_the_period_is_answered(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(60e6), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is it bad to shop online at 4am asking for a friend",
        "how much did russians spend at 4am?",
        "did russians spend 4.3 billion dollars by 10 pm?",
    ],
)
def test_a_time_of_day_is_no_figure(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text  # "4am" is never the 4.7 trillion or 4.3 billion


@pytest.mark.parametrize(
    ("question", "year"),
    [("VIPme - when?", 2015), ("when was aliexpress", 2010), ("JD when?", 2015)],
)
def test_when_of_a_name_with_one_date_is_that_date(assistant, question, year):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == year and answer.unit == "year"


@pytest.mark.parametrize(
    "question",
    ["Russia when?", "when was alibaba", "When does Shen Difan expect to hit it?"],
)
def test_when_of_a_name_with_no_single_date_is_not_a_date(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
