"""A source stated and tagged ("Yandex is the source of ..., correct?") is a claim
checked Yes or No; a question of whose figure it is ("whose data says ...?") still names
the source. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("iResearch is the source of the 4.7 trillion yuan online shopping figure, right?", "Yes"),
        (
            "The Ministry of Commerce is the source of the 4.7 trillion online shopping "
            "number. Correct?",
            "No",
        ),
        ("Yandex is the source for the 26.1 trillion yuan e-commerce figure - true?", "No"),
    ],
)
def test_a_stated_source_is_checked(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_whose_data_still_names_the_source(assistant):
    answer = ask(assistant, "whose data says russians spent up to $4.3bn on cross-border sites?")
    first = answer.text.split("\n")[0]
    assert "Yandex" in first and not first.startswith(("Yes", "No")), answer.text
