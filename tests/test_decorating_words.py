"""Words the article does not know, in a phrase set off after the question or in a "while"
clause about what the user is doing, decorate the question and do not sink it; the same
words in a phrase that could narrow the figure ("..., on mobile?") or that asks something
itself ("..., would you trust it?") still make it refused. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How much did Russians spend cross-border in 2016, fanfare please!", "4300000000"),
        ("What was the 2018 cross-border forecast, in yuan, hot off the press?", "8800000000000"),
        ("how many pilot zones were there - cheers mate, lovely stuff", "12"),
    ],
)
def test_a_set_off_phrase_of_unknown_words_decorates_the_question(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(value)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "quick one while the kettle boils how many countries did the paypal survey cover",
            "32",
        ),
        ("whilst my laptop updates what share of retail was online shopping", "14"),
    ],
)
def test_a_while_clause_about_the_user_is_left_out(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(value)


def test_a_purpose_after_need_it_for_is_left_out(assistant):
    answer = ask(assistant, "how many overseas buyers did aliexpress have, I need it for a quiz")
    assert answer.answered, answer.text
    assert answer.value == Decimal("100000000")


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("How many active users did AliExpress have, on tablets?", "tablets"),
        ("How much did Russians spend abroad, in Kazan?", "Kazan"),
        ("How many pilot zones were there, coastal ones?", "coastal"),
        ("How much did Russians spend in 2016, would you trust it?", "trust"),
        ("while in Kazan how much did Russians spend on Chinese sites", "Kazan"),
    ],
)
def test_unknown_words_that_could_narrow_or_ask_still_refuse(assistant, question, word):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "unknown", answer.text
    assert word.lower() in answer.text.lower()
