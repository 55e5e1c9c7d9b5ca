""" "Онлайн торговля" and "интернет торговля" written without a hyphen are the same
e-commerce as the hyphenated forms the Russian word list already had: a question about
China's volume is answered, not refused over "trade". Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "каков был объём онлайн торговли китая в 2016 году?",
        "какой объем интернет торговли был в китае в 2016?",
    ],
)
def test_unhyphenated_online_trade_reads_as_e_commerce(question, assistant):
    answer = ask(assistant, question)
    assert answer.answered and answer.value == 26_100_000_000_000, answer.text
