"""A follow-up that names its measure, its operation and a year for each side ("and
cross-border volume 2018 against 2016, as a multiple?") is that comparison, whatever the
last question was about; it never borrows the last question's subject for one side.
Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import turns


@pytest.mark.parametrize(
    "first",
    [
        "How much did Russians spend on Chinese platforms in dollars?",
        "How big is China's total e-commerce compared with online shopping, how many times?",
    ],
)
def test_a_follow_up_comparing_two_years_of_one_measure(assistant, first):
    answers = turns(assistant, first, "and cross-border volume 2018 against 2016, as a multiple?")
    assert answers[1].answered, answers[1].text
    assert answers[1].intent == "ratio"
    assert round(answers[1].value, 2) == Decimal("1.40")
    assert set(answers[1].facts) == {"cross_border_volume_2016", "cross_border_volume_2018"}
