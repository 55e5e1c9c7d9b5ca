"""The year a target or forecast is for is no date of its making, and a change between two
years needs a figure of each: a question in, the answer out. Phrasings are this file's
own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "which year did Alibaba first set its goal of 2 billion consumers?",
        "when did iResearch publish the 8.8 trillion yuan forecast?",
    ],
)
def test_when_a_forecast_was_made_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind"


def test_the_year_a_target_is_for_is_still_given(assistant):
    answer = ask(assistant, "what year is Alibaba's 2 billion consumer goal for?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(2025)


def test_the_year_a_past_guideline_was_announced_is_still_given(assistant):
    answer = ask(assistant, "in which year was the guideline on overseas warehouses announced?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(2015)


def test_a_change_between_two_years_of_a_one_period_figure_is_refused(assistant):
    answer = ask(assistant, "how many more active users did AliExpress have in 2017 than in 2016?")
    assert not answer.answered, answer.text
    assert answer.reason == "year"


def test_a_change_between_two_years_of_a_series_is_still_given(assistant):
    answer = ask(assistant, "by how many yuan did cross-border volume grow from 2016 to 2018?")
    assert answer.answered, answer.text
    assert answer.value == Decimal("2.5E12")
