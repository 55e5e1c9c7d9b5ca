"""A place at home said in other words ("inside China", "back home in China") asks the rest
of a figure counted abroad, when the article gives the whole it is part of; when only the
place's word picked that figure, the question is refused. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "How many of the consumers Alibaba aims for by 2025 would be inside China?",
        "of alibaba's 2 billion 2025 consumers, how many are back home in china",
        "Alibaba's 2025 consumers at home in China - how many?",
    ],
)
def test_the_rest_at_home_of_a_figure_counted_abroad(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(1_000_000_000)


@pytest.mark.parametrize(
    "question",
    [
        "How many users does AliExpress have inside China?",
        "how many users has aliexpress got within china",
    ],
)
def test_a_place_that_alone_picks_another_subjects_figure_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind"
    assert "billion" not in answer.text
