"""Sums the user types one after another, a rate turned the other way round, computations
that would only give back a typed figure, and counts of different things: a question
in, the answer (or the refusal and its reason) out. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal


def turns(assistant, *questions):
    context, answers = None, []
    for question in questions:
        answer = assistant.ask(question, context)
        context = answer.context
        answers.append(answer)
    return answers


def test_a_bare_number_after_a_typed_sum_converts_that_number_the_same_way(assistant):
    first, second = turns(assistant, "how much is 2 trillion yuan in US dollars?", "and 5?")
    assert first.unit == second.unit == "USD"
    assert abs(second.value - first.value * Decimal(5) / Decimal(2)) < 1


def test_the_next_sum_may_name_its_own_currency(assistant):
    _, second = turns(assistant, "10 billion yuan in dollars please", "and 1 billion dollars?")
    assert second.unit == "CNY", second.text


def test_a_question_after_a_typed_sum_is_read_as_a_question(assistant):
    _, second = turns(assistant, "3 trillion yuan in dollars?", "and how much did Russians spend?")
    assert second.value == Decimal("4.3E9"), second.text


def test_a_rate_the_other_way_round(assistant):
    first, second = turns(
        assistant, "what yuan-per-dollar rate does the article imply?", "and vice versa?"
    )
    assert first.value > 6 and 0 < second.value < 1
    assert abs(first.value * second.value - 1) < Decimal("0.0001")


def test_the_other_way_round_of_a_figure_that_is_no_rate_is_not_invented(assistant):
    _, second = turns(assistant, "how much did Russians spend abroad?", "and the other way round?")
    assert second.value != Decimal("4.3E9") or not second.answered


def test_a_computation_that_gives_back_a_typed_figure_is_refused(assistant):
    answer = assistant.ask("what's 80% of $4.3 billion, the share going to Chinese platforms?")
    assert answer.value not in (Decimal(80), Decimal("4.3E9")), answer.text


def test_growth_between_counts_of_different_things_is_refused(assistant):
    answer = assistant.ask("percent rise needed from 60 million active users to the 100 target")
    assert not answer.answered
    assert answer.reason == "units"
