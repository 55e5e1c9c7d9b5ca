"""A share the article gives one way round (purchasers as a share of active users) is
never the answer when the question names its part as the whole ("active users as a
percentage of purchasers"): 33.3% would be a wrong figure stated with confidence. The
question the usual way round, and a follow-up pointing at the last figure ("of those
buyers"), are still answered. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "question",
    [
        "AliExpress active users make up what % of its purchasers?",
        "what percentage of the aliexpress buyers are active users",
        "Active users expressed as a percentage of purchasers?",
    ],
)
def test_a_share_whose_whole_is_its_part_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind", answer.reason
    assert "other way round" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what percentage of aliexpress's active users made a purchase?",
        "share of actives who bought?",
    ],
)
def test_the_share_the_usual_way_round_is_answered(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert round(float(answer.value), 1) == 33.3, answer.text


def test_a_whole_pointed_at_is_the_last_figure(assistant):
    *_, last = turns(
        assistant,
        "How many overseas buyers did AliExpress have by April 10?",
        "Active users as a percent of those buyers?",
    )
    assert last.answered and round(float(last.value)) == 60, last.text
