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


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Russia's cross-border spending reached $4.3 billion in 2016.", "Yes"),
        ("China's cross-border e-commerce totalled 9 trillion yuan last year.", "No"),
        ("Alibaba set up AliExpress in 2012.", "No"),
        ("About 80 percent of Russian cross-border spending went to Chinese platforms.", "Yes"),
    ],
)
def test_a_plain_statement_is_checked_as_a_claim(assistant, statement, verdict):
    answer = ask(assistant, statement)
    assert answer.answered, answer.text
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("instruction", "value"),
    [
        ("Convert China's 2016 online shopping of 4.7 trillion yuan to dollars.", 687_766_666_667),
        ("Russians spent how much on cross-border platforms in 2016.", 4_300_000_000),
    ],
)
def test_an_instruction_or_a_question_ending_in_a_full_stop_is_answered(
    assistant, instruction, value
):
    answer = ask(assistant, instruction)
    assert answer.answered, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text
    assert abs(answer.value - value) < 1, answer.text
