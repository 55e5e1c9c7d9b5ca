"""A question that names a gap by one side only ("AliExpress's gap to its user target",
"how many more active users do they need to get there?") is answered by the gap the base
records (40 million); a difference whose two sides are named ("total e-commerce minus
cross-border", "beyond its 60 million active users") is still computed from them.
Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "whats aliexpress's gap to its user target?",
        "remaining gap in users to aliexpress's 100m goal?",
        "how many more users beyond its 60m active ones does aliexpress need for the 100m target?",
    ],
)
def test_the_gap_to_the_target_is_40_million(question, assistant):
    answer = ask(assistant, question)
    assert answer.answered and round(float(answer.value) / 1e6) == 40, answer.text


def test_two_sides_named_are_still_computed(assistant):
    answer = ask(assistant, "china total e-commerce minus cross-border volume, 2016?")
    assert answer.answered and round(float(answer.value) / 1e12, 1) == 19.8, answer.text
