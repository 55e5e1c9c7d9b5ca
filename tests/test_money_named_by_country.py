"""Money named by its country ("in Chinese money", "in American money") is a currency to
convert to, not a subject: "Chinese" there names no Chinese platforms. Phrasings are this
file's own."""

from __future__ import annotations

from conversation import ask, turns


def test_that_in_chinese_money_converts_the_last_figure(assistant):
    first, second = turns(
        assistant, "what did russian shoppers spend cross-border in 2016?", "that in chinese money?"
    )
    assert second.answered and second.unit == "CNY", second.text
    assert round(float(second.value) / 1e9, 2) == 29.38, second.text


def test_a_yuan_figure_in_american_money_is_in_dollars(assistant):
    answer = ask(assistant, "China's 2016 online shopping total in American money?")
    assert answer.answered and answer.unit == "USD", answer.text
    assert round(float(answer.value) / 1e9, 2) == 687.77, answer.text
