""" "Alibaba's target year for 2 billion consumers?": a figure quoted where a year is asked
names which fact; the question asks its year, it claims nothing. "True or false: ..." and
"is 2025 the target year ...?" still check a claim. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("target year for alibaba's 2 billion consumers?", 2025),
        ("the year of the 4.7 trillion yuan of online shopping?", 2016),
    ],
)
def test_the_year_is_answered(question, year, assistant):
    answer = ask(assistant, question)
    assert answer.answered and answer.value == year, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_a_claim_opened_as_one_is_still_checked(assistant):
    answer = ask(assistant, "true or false: alibaba's target year for 2 billion consumers is 2025")
    assert answer.text.startswith("Yes"), answer.text
