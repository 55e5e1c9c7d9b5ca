"""A word of how often is not the period it is built on, and a portion named by its
subject is that portion: a question in, the answer out. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "question",
    [
        "what is aliexpress's weekly count of active users?",
        "how many monthly active users did AliExpress report",
        "AliExpress quarterly active users?",
    ],
)
def test_a_count_asked_per_week_month_or_quarter_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "60" not in answer.text.split(".")[0]


def test_the_twelve_month_count_is_still_given(assistant):
    answer = ask(assistant, "how many active users did AliExpress have over the past 12 months?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(60_000_000)


@pytest.mark.parametrize(
    "count", ["how many respondents would that be?", "that's how many people?"]
)
def test_the_count_behind_a_share_just_given(assistant, count):
    *_, answer = turns(assistant, "what percent of those surveyed shopped on chinese sites?", count)
    assert answer.answered, answer.text
    assert answer.value == Decimal(5880)


def test_the_whole_count_asked_after_a_share_is_the_whole(assistant):
    *_, answer = turns(
        assistant,
        "what percent of those surveyed shopped on chinese sites?",
        "and how many respondents were surveyed in all?",
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal(28000)


@pytest.mark.parametrize(
    "multiple",
    [
        "how many times larger is the chinese portion?",
        "how many times greater was the china part than that?",
    ],
)
def test_a_portion_named_after_the_rest_is_set_against_the_rest(assistant, multiple):
    *_, answer = turns(
        assistant,
        "how much did russians spend cross-border in 2016?",
        "and how much went to all the other sites?",
        multiple,
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal(4)
