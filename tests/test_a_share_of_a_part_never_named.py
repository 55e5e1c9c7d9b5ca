""" "What percentage of Russian e-commerce overall is cross-border?": the only share the
article gives of Russians' cross-border spending is of its Chinese part, and the question
names no such part; the 80% is refused with that reason. Naming the part, in words or as a
typed figure, still gets the share. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "what percentage of russia's e-commerce as a whole is cross-border?",
        "what share of all russian e-commerce is cross border?",
    ],
)
def test_a_share_whose_part_is_not_named_is_refused(question, assistant):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind" and "Chinese platforms" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what percent of russians' cross-border money went to chinese websites?",
        "3.44 billion out of 4.3 billion is what percent",
    ],
)
def test_a_share_whose_part_is_named_is_answered(question, assistant):
    answer = ask(assistant, question)
    assert answer.answered and round(answer.value) == 80, answer.text
