""" "What will cross-border e-commerce be in 2017?": the article gives no 2017 volume, and its
one 2017 statement of why the platforms matter says nothing asked; it is not the answer.
Asked with its own words ("why", "hopes", "difficulties") it still is. Phrasings are this
file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "what will chinese cross-border ecommerce be in 2017",
        "and cross-border e-commerce in 2017, what will it be?",
    ],
)
def test_a_year_without_a_figure_is_not_answered_with_a_reason(question, assistant):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "difficulties" not in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "why do cross-border platforms matter so much for china?",
        "what difficulties is china facing, per the article?",
    ],
)
def test_a_reason_asked_is_still_given(question, assistant):
    answer = ask(assistant, question)
    assert answer.answered and "difficulties" in answer.text.splitlines()[0], answer.text
