""" "What do Russian spending on Chinese platforms and the spending elsewhere add up to?": two
figures joined by "and" after the question word, then "add up to", are summed; "what did
online shopping add up to in 2016?" still asks one figure's total, and an "and" before the
question word joins nothing. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

from conversation import ask


def test_two_figures_joined_by_and_add_up(assistant):
    answer = ask(
        assistant,
        "what do russians' spending on chinese platforms and their spending elsewhere add up to?",
    )
    assert answer.answered and answer.value == Decimal("4.3e9"), answer.text
    assert answer.intent == "sum", answer.text


def test_one_figures_total_is_not_a_sum(assistant):
    answer = ask(assistant, "what did china's online shopping add up to in 2016?")
    assert answer.answered and answer.value == Decimal("4.7e12"), answer.text


def test_an_and_before_the_question_word_joins_nothing(assistant):
    answer = ask(assistant, "and what did china's online shopping come to in 2016?")
    assert answer.answered and answer.value == Decimal("4.7e12"), answer.text
