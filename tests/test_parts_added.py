"""A part and the rest of its whole, joined by a word that adds ("Chinese plus
non-Chinese", "... and non-Chinese combined", "+"), are added: the whole, not the gap
between them. A comparison of the two, or the rest alone, is still what is asked.
Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "Russians: Chinese plus non-Chinese platforms, what did that come to altogether?",
        "what did russians spend on chinese and non-chinese shops combined in 2016",
        "chinese sites + non-chinese sites for russia last year = ?",
        "Russian shoppers' spending on Chinese platforms and their spending elsewhere: "
        "if you add it back up, what is it?",
    ],
)
def test_a_part_and_its_rest_joined_are_added(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal("4300000000") and answer.unit == "USD", answer.text
    assert "+" in answer.text  # the working shows the two parts added


def test_the_rest_alone_in_total_is_still_the_rest(assistant):
    answer = ask(assistant, "How much did Russians spend on non-Chinese platforms in total?")
    assert answer.value == Decimal("860000000"), answer.text


def test_a_part_against_its_rest_is_compared_not_added(assistant):
    answer = ask(assistant, "russian spending: chinese versus non-chinese platforms, ratio?")
    assert answer.answered, answer.text
    assert answer.value != Decimal("4300000000"), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Alibaba's 2025 plan: overseas consumers plus the non-overseas ones, how many?", "2e9"),
        ("survey people who shopped on chinese sites + the ones who did not, how many?", "28000"),
        ("if I add AliExpress users who bought to those who didn't, what do I get?", "6e7"),
    ],
)
def test_a_part_and_a_rest_the_article_does_not_file_add_up_to_the_whole(
    assistant, question, value
):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(value), answer.text


def test_the_rest_alone_is_still_the_rest_when_a_part_is_only_a_premise(assistant):
    answer = ask(
        assistant,
        "What's the combined number of AliExpress active users who didn't purchase, given "
        "20 million of the 60 million did?",
    )
    assert answer.value == Decimal("40000000"), answer.text
