"""A line pasted to check, with no question mark, is checked Yes or No also when its verb
says what a figure covers ("includes", "covers"), when it opens "According to ...", or
when it reports what a source says. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("China's 6.3 trillion yuan of cross-border trade includes B2B as well as retail.", "Yes"),
        ("The 6.3 trillion yuan cross-border volume covers only retail sales.", "No"),
        (
            "According to the PayPal and Ipsos report, America stayed the top destination in 2016.",
            "No",
        ),
        (
            "Yandex says Russian consumers spent up to 4.3 billion dollars cross-border in 2016.",
            "Yes",
        ),
    ],
)
def test_a_pasted_statement_is_checked(assistant, statement, verdict):
    answer = ask(assistant, statement)
    assert answer.text.startswith(verdict), answer.text


def test_a_question_embedded_in_a_statement_is_still_asked(assistant):
    answer = ask(assistant, "My editor says find out how much Russians spent cross-border.")
    assert not answer.text.startswith(("Yes", "No")), answer.text
