""" "Who estimated the 6.3 trillion yuan figure?": the "yuan" of a quoted figure is that
figure's unit, not a word asking for the exchange rate computed from it; and "the year
before that" after a quoted figure is the year before that figure's own. Phrasings are this
file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "which research outfit estimated the 6.3 trillion yuan number?",
        "who came up with the 6.3 trillion yuan figure",
    ],
)
def test_the_source_of_a_quoted_figure(question, assistant):
    answer = ask(assistant, question)
    first = answer.text.splitlines()[0]
    assert answer.answered and "iResearch" in first, answer.text
    assert "exchange rate" not in first, answer.text


def test_a_figure_checked_against_its_dollar_twin(assistant):
    answer = ask(assistant, "the piece puts 6.3 trillion yuan at roughly $921.9 billion, yes?")
    assert answer.text.startswith("Yes"), answer.text


def test_the_year_before_a_quoted_figure(assistant):
    answer = ask(
        assistant, "online shopping came to 4.7 trillion yuan. what was it the year before that?"
    )
    assert answer.answered and round(answer.value / 10**12, 2) == Decimal("3.77"), answer.text
