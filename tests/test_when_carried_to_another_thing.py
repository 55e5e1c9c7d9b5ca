"""A "when" asked of one thing, then "and the other thing?", asks when again; a count
asked first, then a bare "what year?", then "and the other thing?" goes back to counting.
Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

from conversation import turns


def test_and_another_thing_after_a_when_question_asks_its_year(assistant):
    *_, answer = turns(
        assistant,
        "In what year did MOFCOM put out the overseas warehouse guideline?",
        "and the 12 pilot zones?",
    )
    assert answer.value == Decimal(2016) and answer.unit == "year", answer.text


def test_and_another_thing_after_a_bare_year_of_a_count_counts_again(assistant):
    *_, answer = turns(
        assistant,
        "number of overseas warehouses the commerce ministry wanted",
        "which year",
        "and pilot zones",
    )
    assert answer.value == Decimal(12) and answer.unit == "zones", answer.text
