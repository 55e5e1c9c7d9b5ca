""" "Since when has X existed?", "when did X come into existence/being?" ask the year X
was set up; a "since when" of a state the article dates still gets its year. Phrasings
are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Since when has AliExpress been in existence?", 2010),
        ("since when does the aliexpress marketplace exist", 2010),
        ("What year did JD's cross-border platform come into being?", 2015),
    ],
)
def test_since_when_it_exists(assistant, question, year):
    answer = ask(assistant, question)
    assert answer.value == Decimal(year) and answer.unit == "year", answer.text


def test_since_when_a_state_holds(assistant):
    answer = ask(assistant, "since when is china the biggest online retail market in the world?")
    assert answer.value == Decimal(2013), answer.text
