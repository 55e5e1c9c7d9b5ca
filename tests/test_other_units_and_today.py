"""A currency the article never uses is refused even in a follow-up that points back, and a
rate asked "now" is today's rate, which a 2017 article cannot give: a question in, the
answer out. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "follow_up",
    [
        "My landlord only thinks in roubles. How much is that?",
        "Our treasurer wants euros. What does that come to?",
    ],
)
def test_a_follow_up_in_another_currency_is_refused(assistant, follow_up):
    spent, converted = turns(assistant, "what did Russians spend on Chinese platforms?", follow_up)
    assert spent.value == Decimal("3.44E9")
    assert not converted.answered, converted.text
    assert converted.reason == "unknown"


def test_a_currency_in_a_story_before_a_full_question_is_no_unit_asked(assistant):
    answer = ask(
        assistant,
        "I'm paid in rubles in Kazan. What did Russians spend on cross-border platforms in 2016?",
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal("4.3E9")


@pytest.mark.parametrize(
    "question", ["yuan to dollar rate rn?", "what's the exchange rate this morning"]
)
def test_a_rate_asked_for_now_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "year"


@pytest.mark.parametrize(
    "question", ["now, which exchange rate does the article imply?", "AliExpress active users now?"]
)
def test_now_opening_a_turn_or_said_of_a_count_is_the_articles_now(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
