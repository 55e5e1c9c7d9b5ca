""" "And among Russians, what share?" after the survey's people asks a share of people,
and the article's 80% for Russia is a share of money (of their cross-border spending):
refused, in English and in Russian ("среди" is "among", not "of"). A share "among
Russians' spending" is still that 80%. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import turns

SURVEY = ("how many ppl were in the paypal ipsos poll?", "and how many of them didnt buy chinese?")


@pytest.mark.parametrize(
    "turn", ["and among russians, what share?", "А среди россиян какой процент?"]
)
def test_a_share_among_people_is_no_share_of_money(turn, assistant):
    *_, last = turns(assistant, *SURVEY, turn)
    assert not last.answered, last.text
    assert last.reason == "kind", last.reason


def test_a_share_among_their_spending_is_the_80_percent(assistant):
    *_, last = turns(
        assistant, "among russians' cross-border spending, what share went to chinese sites?"
    )
    assert last.answered and round(float(last.value)) == 80, last.text
