"""A claim that an amount is a share of the article's figure ("is 100 million a tenth of
Alibaba's overseas consumers by 2025?") is confirmed when the arithmetic holds; it had
been a confident No, as if 100 million were claimed to be the 1 billion itself. A share
that does not work out is still denied. Phrasings are this file's own."""

from __future__ import annotations

from conversation import ask


def test_an_amount_that_is_the_share_claimed_is_confirmed(assistant):
    answer = ask(assistant, "Is 100m one tenth of the overseas consumers Alibaba expects by 2025?")
    assert answer.text.startswith("Yes"), answer.text


def test_an_amount_that_is_not_the_share_claimed_is_denied(assistant):
    answer = ask(assistant, "Is 300m one tenth of the overseas consumers Alibaba expects by 2025?")
    assert answer.text.startswith("No"), answer.text
