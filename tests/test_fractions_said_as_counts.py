"""A fraction said as a count of a count ("two out of three", "one person in five",
"2 out of 3") is the share it names, checked like "two thirds" or "a fifth": no confident
No from reading "two" and "three" as figures. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "claim",
    [
        "roughly two out of three aliexpress active users never bought, true?",
        "So about one respondent in five had shopped on Chinese sites, yes?",
        "about 2 out of 3 aliexpress active users didn't buy anything, correct?",
    ],
)
def test_a_fraction_said_as_a_count_is_checked_as_a_share(assistant, claim):
    answer = ask(assistant, claim)
    assert answer.text.startswith("Yes"), answer.text


def test_a_wrong_fraction_is_still_denied(assistant):
    answer = ask(assistant, "about one out of two aliexpress active users bought something, right?")
    assert answer.text.startswith("No"), answer.text
