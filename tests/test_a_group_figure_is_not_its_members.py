""" "How many domestic users does AliExpress have?": the article's 2025 goal is Alibaba's,
the group AliExpress belongs to; it is no figure of AliExpress, so the question is refused
with that reason. Naming the group still finds it. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "how many domestic customers has aliexpress got?",
        "How many overseas consumers is AliExpress going to serve by 2025?",
    ],
)
def test_a_member_is_not_given_the_groups_figure(question, assistant):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind" and "Alibaba's" in answer.text, answer.text


def test_the_group_named_still_gets_its_figure(assistant):
    answer = ask(assistant, "how many consumers outside china does alibaba want by 2025?")
    assert answer.answered and answer.value == 1_000_000_000, answer.text
