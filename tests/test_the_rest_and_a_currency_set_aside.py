"""Two ways a currency and a negation meet. "How much is the leftover in yuan?" asks for
the rest (the $860 million not spent on Chinese platforms) in yuan: the rest-word is no
negation of the currency. "In dollars, not yuan" sets the yuan aside: the dollars are
asked, whichever currency comes last. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "question",
    [
        "80% of what russians spent cross-border went to chinese platforms. "
        "how much is the leftover in yuan?",
        "how much is the remainder in yuan of russian cross-border spend after chinese sites?",
    ],
)
def test_the_rest_in_a_currency_is_the_rest(question, assistant):
    answer = ask(assistant, question)
    assert answer.answered and answer.unit == "CNY", answer.text
    assert round(float(answer.value) / 1e9, 2) == 5.88, answer.text


def test_the_remaining_share_after_a_share_is_its_complement(assistant):
    *_, last = turns(
        assistant, "what part of china's retail was online?", "and the remaining share?"
    )
    assert last.answered and round(float(last.value)) == 86, last.text


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("russians' spending on chinese platforms in dollars not yuan?", "USD"),
        ("russians' spending on chinese platforms, in yuan not in dollars?", "CNY"),
        ("russians' spending on chinese platforms, not in yuan but in dollars", "USD"),
    ],
)
def test_the_currency_set_aside_is_not_the_one_given(question, unit, assistant):
    answer = ask(assistant, question)
    assert answer.answered and answer.unit == unit, answer.text
