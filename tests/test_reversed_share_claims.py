"""A claim that reads the article's share the other way round ("80% of China's
cross-border spending went to Russian platforms") is never confirmed: the 80% is a share
of Russia's spending, and the article gives no share of China's. The claim the right way
round is still confirmed. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "claim",
    [
        "Fact check: eighty percent of China's cross-border spending ended up on Russian sites.",
        "is it true 80% of chinese cross border spend went to russian platforms?",
    ],
)
def test_a_share_read_the_other_way_round_is_not_confirmed(assistant, claim):
    answer = ask(assistant, claim)
    assert not answer.text.startswith("Yes"), answer.text
    assert not answer.answered, answer.text
    assert "Russia" in answer.text and "China" in answer.text, answer.text


def test_the_share_the_right_way_round_is_confirmed(assistant):
    answer = ask(assistant, "is it true 80% of russian cross border spend went to chinese sites?")
    assert answer.text.startswith("Yes"), answer.text
