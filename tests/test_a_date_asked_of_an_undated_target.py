""" "Did Shen Difan give a date for reaching the 100 million target?" asks whether the target
has a date, and the article gives it without one: refused with that reason, never a Yes
beside the target. Asking the target itself is still answered. Phrasings are this file's
own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "did aliexpress's general manager give a timeline for the 100 million user target?",
        "Was a date given for hitting the 100 million users goal?",
    ],
)
def test_a_date_for_an_undated_target_is_refused(question, assistant):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind" and "date" in answer.text, answer.text


def test_the_target_itself_is_still_confirmed(assistant):
    answer = ask(assistant, "is aliexpress's medium-term user goal 100 million?")
    assert answer.text.startswith("Yes"), answer.text
