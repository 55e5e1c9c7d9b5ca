"""A sum asked in everyday words ("if you add", "add up", "combined", "both together") is a
sum of the two figures named, or of the last two answers; "add" said of a figure is still
its change, and "together" inside one figure joins its parts: a question in, the answer
out. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns

ONLINE_2015_AND_2016 = Decimal("8469045709703")
CROSS_BORDER_2016_AND_2018 = Decimal("15.1E12")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("add up China's online shopping in 2015 and 2016 for me, in yuan", ONLINE_2015_AND_2016),
        (
            "What is the combined value of Chinese online shopping in 2015 and in 2016?",
            ONLINE_2015_AND_2016,
        ),
        (
            "If you add the 2018 cross-border forecast to the 2016 cross-border volume, "
            "what's the result?",
            CROSS_BORDER_2016_AND_2018,
        ),
        (
            "The 2016 cross-border volume and the 2018 forecast add up to how many yuan?",
            CROSS_BORDER_2016_AND_2018,
        ),
        (
            "cross-border volume in 2016 and 2018 combined, yuan?",
            CROSS_BORDER_2016_AND_2018,
        ),
    ],
)
def test_a_sum_said_in_everyday_words_adds_the_two_figures(assistant, question, want):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.intent == "sum", answer.text
    assert round(answer.value) == want


@pytest.mark.parametrize("follow_up", ["add the two of them up", "both together?"])
def test_a_sum_of_the_last_two_answers(assistant, follow_up):
    *_, total = turns(
        assistant,
        "How big was cross-border e-commerce in 2016?",
        "and what is forecast for 2018?",
        follow_up,
    )
    assert total.answered, total.text
    assert total.intent == "sum"
    assert total.value == CROSS_BORDER_2016_AND_2018


def test_add_said_of_a_figure_is_still_its_change(assistant):
    answer = ask(
        assistant, "How many yuan is the cross-border volume expected to add from 2016 to 2018?"
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal("2.5E12")


def test_together_inside_one_figure_joins_its_parts(assistant):
    answer = ask(assistant, "cross-border volume in 2016, retail and B2B together, in yuan?")
    assert answer.answered, answer.text
    assert answer.value == Decimal("6.3E12")


def test_a_sum_of_two_shares_is_refused(assistant):
    *_, total = turns(
        assistant,
        "what share of Russian cross-border spending went to Chinese platforms?",
        "and China's share of global e-commerce?",
        "add those two together",
    )
    assert not total.answered, total.text


@pytest.mark.parametrize(
    "question",
    [
        "If we add China's online shopping in 2015 and in 2016, what do we get?",
        "if i add up chinese online shopping for 2015 and 2016 what total do i get",
    ],
)
def test_a_sum_the_user_says_they_make_is_still_asked(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.intent == "sum"
    assert round(answer.value) == ONLINE_2015_AND_2016


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Before I add this to my newsletter, what was China's online shopping in 2016?",
            Decimal("4.7E12"),
        ),
        (
            "I'll add it to my slides: what did Russians spend cross-border in 2016?",
            Decimal("4.3E9"),
        ),
    ],
)
def test_adding_to_the_users_own_work_asks_no_sum_or_change(assistant, question, want):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.intent == "lookup"
    assert answer.value == want
