"""Stage English ("betwixt", a verb in -eth) reads as today's words, and "retail trade" is all
of China's retail, not the retail part of cross-border trade. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How much did online shopping rise betwixt 2015 and 2016, in yuan?", "930954290297"),
        ("What showeth the article for Russian spending on Chinese sites?", "3440000000"),
        ("How many overseas buyers hath AliExpress, as the piece sayeth?", "100000000"),
    ],
)
def test_stage_english_reads_as_todays_words(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value.quantize(Decimal(1)) == Decimal(value)


def test_a_made_up_word_in_eth_is_still_unknown(assistant):
    answer = ask(assistant, "How much did the zorbleth spend on Chinese sites?")
    assert not answer.answered, answer.text
    assert "zorbleth" in answer.text


def test_retail_trade_is_all_retail(assistant):
    answer = ask(assistant, "How big was China's retail trade in 2016, in yuan?")
    assert answer.answered, answer.text
    assert answer.intent == "implied_whole"
    assert round(answer.value / Decimal(10**12), 2) == Decimal("33.57")


def test_the_retail_part_of_cross_border_trade_is_still_not_split(assistant):
    answer = ask(assistant, "What was the retail part of cross-border trade in 2016?")
    assert not answer.answered, answer.text
    assert answer.reason == "breakdown"
