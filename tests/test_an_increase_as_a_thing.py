"""An increase named as a thing ("the increase in cross-border volume from 2016 to 2018",
"that increase?") with no percent asked is the amount added, in the figures' unit; corpus
authors label it so. A percent asked, or the verb ("how much did it increase"), keeps the
rate of growth. Phrasings are this file's own."""

from __future__ import annotations

from conversation import ask, turns


def test_the_increase_named_as_a_thing_is_an_amount(assistant):
    answer = ask(assistant, "what's the increase in cross border volume between 2016 and 2018?")
    assert answer.answered and answer.unit == "CNY", answer.text
    assert round(float(answer.value) / 1e12, 1) == 2.5, answer.text


def test_that_increase_after_the_forecast_is_an_amount(assistant):
    _, second = turns(
        assistant, "cross-border forecast for 2018?", "and the increase over 2016 then?"
    )
    assert second.answered and second.unit == "CNY", second.text
    assert round(float(second.value) / 1e12, 1) == 2.5, second.text


def test_a_percentage_increase_is_still_a_rate(assistant):
    answer = ask(assistant, "the percentage increase in cross-border volume from 2016 to 2018?")
    assert answer.answered and answer.unit == "%", answer.text
