""" "Share-wise" and "percentage-wise" ask a share; "the first time ever" claims what the
article's "for the first time" says, so it is checked, not denied. Phrasings are this
file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "how much did russian shoppers spend on chinese platforms in 2016, percentage-wise?",
        "how much went to chinese platforms from russian cross-border spending, share-wise",
    ],
)
def test_wise_asks_the_share(assistant, question):
    answer = ask(assistant, question)
    assert answer.value == Decimal(80) and answer.unit == "%", answer.text


def test_first_time_ever_is_confirmed(assistant):
    answer = ask(
        assistant,
        "Did China become the top cross-border destination for the first time ever in 2016?",
    )
    assert answer.text.startswith("Yes"), answer.text


def test_a_year_before_the_first_time_is_still_denied(assistant):
    answer = ask(assistant, "Was 2015 the first time ever China was the most popular destination?")
    assert answer.text.startswith("No"), answer.text
