""" "The 2018 cross-border volume in dollars, as the article states it": the article states
that forecast only in yuan, so a conversion at its rate is not what was asked; refused
with that reason. A figure it states in both currencies is still given, and a conversion
asked as one ("at the article's rate") is still made. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "iresearch's own dollar figure for cross-border volume by 2018?",
        "how much did russians spend on cross-border sites in yuan, as reported?",
        "iresearch's own usd estimate of the 2018 cross-border volume?",
    ],
)
def test_a_figure_stated_in_one_currency_is_not_stated_in_the_other(question, assistant):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind" and "only in" in answer.text, answer.text


def test_a_figure_stated_in_both_is_given(assistant):
    answer = ask(assistant, "cross-border volume in 2016 in dollars, as stated in the article?")
    assert answer.answered and round(answer.value / 10**9, 1) == Decimal("921.9"), answer.text


def test_a_conversion_asked_as_one_is_made(assistant):
    answer = ask(assistant, "the 2018 cross-border forecast in dollars at the article's rate?")
    assert answer.answered and answer.unit == "USD", answer.text


def test_the_articles_own_terms_are_its_rate(assistant):
    answer = ask(assistant, "in the article's own dollar terms, how big was the 2018 forecast?")
    assert answer.answered and answer.unit == "USD", answer.text
