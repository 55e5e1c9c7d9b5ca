"""Ordinary ways to say what the article measures ("how much did Chinese people buy
online?"), which must find the figure, and near misses of them, which must not: a question
in, the answer (or the refusal) out. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask

ONLINE_SHOPPING_2016 = Decimal("4.7E12")


@pytest.mark.parametrize(
    "question",
    [
        "how much did Chinese people buy online in 2016?",
        "what volume did Chinese consumers purchase over the internet last year",
        "how much do local shoppers in China shop online, 2016 figure",
    ],
)
def test_buying_online_is_online_shopping(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == ONLINE_SHOPPING_2016


@pytest.mark.parametrize(
    "question",
    [
        "how much did Chinese shoppers spend on Russian sites?",
        "how many Chinese shoppers are there?",
    ],
)
def test_chinese_shoppers_are_not_every_figure_about_shoppers(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
