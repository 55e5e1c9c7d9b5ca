"""A share of people is not a share of money: the article says what part of Russians'
spending went to Chinese platforms, not what part of the shoppers bought there. And a
refusal names only the question's words of content, never "what", "how" or "the".
Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "What percentage of Russian buyers shopped on Chinese websites?",
        "what proportion of russian consumers used chinese platforms in 2016",
        "Share of Russian online shoppers who never used a Chinese site?",
    ],
)
def test_a_share_of_people_is_not_answered_with_a_share_of_money(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "80%" not in answer.text.split("\n")[0]
    assert "20%" not in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "What share of Russians' cross-border spending went to Chinese platforms?",
        "what percent of russian consumers' money went to chinese sites",
        "Share of Russian cross-border spend on Chinese platforms?",
    ],
)
def test_a_share_of_the_peoples_money_is_still_answered(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == 80


def test_a_share_of_users_who_bought_is_still_answered(assistant):
    answer = ask(assistant, "what percentage of AliExpress's active users made a purchase?")
    assert answer.answered, answer.text
    assert round(answer.value, 1) == Decimal("33.3")


@pytest.mark.parametrize(
    "question",
    [
        "what share of Russians bought on Chinese sites",
        "cross-border volume 2018 over 2016, how many times?",
    ],
)
def test_a_refusal_never_names_a_word_that_says_nothing(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    for word in ("what", "how", "the", "not"):
        assert f"“{word}”" not in answer.text
