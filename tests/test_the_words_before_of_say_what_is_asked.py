""" "What's the medium-term user target of Alibaba's push abroad?": the words before "of"
say what is asked (the target), and those after it only say whose. The campaign's name,
found by the words after "of", is not the answer. Asking the name still gets it.
Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "what was the medium term users target of alibaba's expansion abroad?",
        "what is the user target of alibaba's campaign abroad?",
    ],
)
def test_the_target_of_the_campaign_described_is_the_target(question, assistant):
    answer = ask(assistant, question)
    assert answer.answered and answer.value == 100_000_000, answer.text


def test_the_name_of_the_campaign_is_still_its_name(assistant):
    answer = ask(assistant, "what's the name of alibaba's campaign to go abroad?")
    assert answer.answered and "go-global" in answer.text, answer.text
