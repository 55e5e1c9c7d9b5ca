"""Who paid for a study ("who funded the PayPal/Ipsos report?", "who sponsored the
survey?") is something the article never says: it names who released the report, which
answers another question. Refused, naming the word. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question, word",
    [
        ("who funded the cross-border trade report?", "funded"),
        ("Which company sponsored the Ipsos survey of 28,000 people?", "sponsored"),
        ("who bankrolled the iResearch estimates", "bankrolled"),
    ],
)
def test_who_paid_for_a_study_is_refused(assistant, question, word):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert word in answer.text, answer.text


def test_who_released_the_report_is_still_answered(assistant):
    answer = ask(assistant, "who released the cross-border trade report?")
    assert answer.answered and "PayPal" in answer.text and "Ipsos" in answer.text, answer.text
