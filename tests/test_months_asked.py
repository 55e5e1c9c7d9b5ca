"""A month asked ("which month?", "what month exactly?") is never answered with a year: the
article dates its launches and events by year only, and a follow-up asking the month of the
year just given is refused with that reason. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("When did Alibaba set up AliExpress?", "Which month?"),
        ("what year did JD roll out its cross-border platform", "ok, what month exactly"),
        ("When was VIPme launched?", "in which month was that?"),
    ],
)
def test_the_month_of_a_year_just_given_is_refused(assistant, first, then):
    answers = turns(assistant, first, then)
    assert answers[0].answered, answers[0].text
    assert not answers[1].answered, answers[1].text
    assert not any(year in answers[1].text.split("\n")[0] for year in ("2010", "2015", "2017"))


def test_a_month_asked_in_one_question_is_not_answered_with_a_year(assistant):
    answer = ask(
        assistant, "which month of 2013 did China become the largest online retail market?"
    )
    assert not answer.answered, answer.text
    assert "2013" not in answer.text.split("\n")[0] or "month" in answer.text


def test_a_figure_of_twelve_months_is_still_answered(assistant):
    answer = ask(assistant, "how many active users did aliexpress have over the past 12 months?")
    assert answer.answered, answer.text
