"""A statement set off by a dash is the premise of the question after it, and a figure the
article counts abroad never answers one asked at home: a question in, the answer out.
Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "want"),
    [
        # the share quoted before the dash is the premise; "in total" asks the whole
        (
            "So 21 percent of the people polled bought from Chinese websites - how many "
            "people were polled overall?",
            Decimal(28000),
        ),
        # a remark about the user before the dash selects no figure of its own
        (
            "I run a ferry and read the paper between crossings - how many pilot zones "
            "did the State Council confirm?",
            Decimal(12),
        ),
        (
            "My notes say Chinese online shopping was 4.7 billion yuan last year - what is "
            "the right figure?",
            Decimal("4.7E12"),
        ),
    ],
)
def test_a_statement_before_a_dash_is_context_for_the_question_after(assistant, question, want):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == want, answer.text


def test_a_subject_before_a_dash_is_still_what_a_bare_question_asks_about(assistant):
    answer = ask(assistant, "And the pilot zones confirmed by the State Council - how many?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(12)


@pytest.mark.parametrize(
    "question",
    [
        "how many AliExpress buyers are there in China itself?",
        "AliExpress has over 100 million overseas buyers - how many buyers are in China?",
    ],
)
def test_buyers_counted_abroad_never_answer_buyers_at_home(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind"


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("how many of Alibaba's 2025 consumers would be within China?", Decimal("1E9")),
        ("what share of the consumers Alibaba wants by 2025 would be in China?", Decimal(50)),
    ],
)
def test_a_goal_counted_abroad_and_in_all_gives_its_rest_at_home(assistant, question, want):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == want
    assert answer.intent == "difference"
