""" "The number of countries" asks countries; money that "stayed off" a place did not go
there; a word of another language and a breakdown country by country are refused: a question
in, the answer out. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns


def test_the_number_of_a_count_noun_asks_that_count(assistant):
    answer = ask(assistant, "give me the number of countries the survey's respondents were from")
    assert answer.answered, answer.text
    assert answer.value == Decimal(32)


def test_the_number_of_countries_after_the_respondents(assistant):
    _, countries = turns(
        assistant,
        "how many people answered the PayPal and Ipsos survey?",
        "and the number of countries they were from?",
    )
    assert countries.answered, countries.text
    assert countries.value == Decimal(32)


def test_a_number_of_countries_in_a_remark_is_no_count_asked(assistant):
    answer = ask(
        assistant,
        "The survey polled people from a number of countries. On average, how many "
        "respondents per country?",
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal(875)


@pytest.mark.parametrize(
    "question",
    [
        "how much Russian cross-border money stayed off Chinese platforms in 2016?",
        "what did Russians spend but kept off Chinese platforms, in dollars?",
    ],
)
def test_money_that_stayed_off_a_place_did_not_go_there(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal("8.6E8")


@pytest.mark.parametrize(
    "question",
    [
        "what is the Chinese term for cross-border e-commerce?",
        "how do you say pilot zone in Mandarin?",
    ],
)
def test_a_word_of_another_language_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "unknown"


def test_a_count_for_each_country_one_by_one_is_refused(assistant):
    answer = ask(assistant, "how many respondents did each country have, country by country?")
    assert not answer.answered, answer.text
    assert answer.reason == "breakdown"


def test_an_average_per_country_is_still_given(assistant):
    answer = ask(assistant, "on average, how many respondents per country?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(875)
