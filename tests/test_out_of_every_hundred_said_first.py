""" "Out of every hundred X, how many Y?" said first names the whole before the part: the
answer is Y as a percentage of X (20% of Russians' cross-border dollars went elsewhere
than China), never X over Y (500%), also after a sentence of the user's own. Phrasings
are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "out of every 100 dollars russians spent cross-border, how many didn't go to china?",
        "I trade rubles for a living. Of every hundred dollars Russians spent on cross-border "
        "sites, how many went somewhere other than chinese platforms?",
    ],
)
def test_the_hundred_said_first_is_the_whole(question, assistant):
    answer = ask(assistant, question)
    assert answer.answered and answer.unit == "%", answer.text
    assert round(float(answer.value)) == 20, answer.text


def test_the_clause_after_the_part_stays_out_of_it(assistant):
    answer = ask(
        assistant, "Out of every hundred active AliExpress users, how many bought, roughly?"
    )
    assert answer.answered and round(float(answer.value), 1) == 33.3, answer.text
