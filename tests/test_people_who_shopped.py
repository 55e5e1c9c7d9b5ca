"""People who shopped on Chinese sites, asked without naming the survey, are the survey's
respondents: no other subject of the article counts people who did that (Russians'
figures are money). A place or a figure the question names, or words only an earlier turn
said, still decide whose figure it is. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what percent of folks shopped on chinese websites?", "21"),
        ("How many people bought from Chinese sites, in raw numbers?", "5880"),
        ("percentage of people who bought on chinese websites pls", "21"),
    ],
)
def test_people_who_shopped_on_chinese_sites_are_the_surveys(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(value)
    assert "PayPal" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many people in Germany bought on Chinese sites?",
        "how much did people spend on chinese sites",
    ],
)
def test_people_somewhere_else_or_their_money_are_not_the_surveys(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
