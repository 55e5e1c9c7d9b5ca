""" "State" stems as "stated" does, and "stat" once did: "which state agency confirmed
..." asks the body, not a figure; "whose research/survey ..." asks who gave the figure.
A figure asked as a "stat" is still the figure. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("which state agency signed off on the 12 pilot zones?", "State Council"),
        (
            "Which state body rubber-stamped the pilot zones at an executive meeting?",
            "State Council",
        ),
        ("whose research gave the 4.7 trillion online shopping number?", "iResearch"),
        ("whose survey had China as the favourite place to shop across borders?", "PayPal"),
    ],
)
def test_the_giver_is_named(assistant, question, source):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert source in answer.text.split("\n")[0], answer.text


def test_a_stat_asked_is_still_the_figure(assistant):
    answer = ask(assistant, "gimme the stat on pilot zones")
    assert answer.value == Decimal(12), answer.text
