"""Words newer than the shipped English word list ("bots", "apps", "influencers") are
English nouns too: never "corrected" into a word the article knows ("bots" -> "boss"),
which dropped the very thing asked and answered with the figure left over. Phrasings are
this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question, word",
    [
        ("how many of aliexpress's 60 million active users are bots?", "bots"),
        ("How many AliExpress buyers came through influencers?", "influencers"),
    ],
)
def test_a_newer_noun_is_judged_not_corrected(assistant, question, word):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert word in answer.text, answer.text
