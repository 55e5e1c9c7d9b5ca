"""A share just given, asked back "as a headcount?" or "as a count?", is the number of
people it is a share of; a headcount of staff is still nothing the article gives.
Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns


@pytest.mark.parametrize("turn", ["ok and as a headcount?", "that as a count pls"])
def test_a_share_asked_as_people(assistant, turn):
    *_, answer = turns(
        assistant, "Percentage of PayPal/Ipsos respondents who never bought on Chinese sites?", turn
    )
    assert answer.value == Decimal(22120) and answer.unit == "respondents", answer.text


def test_a_companys_headcount_is_not_given(assistant):
    answer = ask(assistant, "What is JD's headcount?")
    assert not answer.answered, answer.text
