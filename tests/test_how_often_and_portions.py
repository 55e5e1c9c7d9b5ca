"""A word of how often is not the period it is built on, and a portion named by its
subject is that portion: a question in, the answer out. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "what is aliexpress's weekly count of active users?",
        "how many monthly active users did AliExpress report",
        "AliExpress quarterly active users?",
    ],
)
def test_a_count_asked_per_week_month_or_quarter_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "60" not in answer.text.split(".")[0]


def test_the_twelve_month_count_is_still_given(assistant):
    answer = ask(assistant, "how many active users did AliExpress have over the past 12 months?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(60_000_000)
