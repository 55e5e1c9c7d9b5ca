"""A year the question names may pick a figure within the measure asked, never another
measure: "what was China's e-commerce in 2015?" is not the 2015 warehouse target, and
"China's e-commerce in 2018" (or its Russian wording) is not the 2018 cross-border
forecast. Read without its year, the question names total e-commerce, which has no such
year, so it is refused for that year. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("what did china's e-commerce come to in 2015?", 2015),
        ("china ecommerce 2018??", 2018),
        ("what will china's e-commerce be in 2018?", 2018),
        ("Какой будет объём онлайн-торговли Китая в 2018 году?", 2018),
    ],
)
def test_another_measure_of_that_year_is_not_given(question, year, assistant):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "year" and str(year) in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("cross-border e-commerce in 2018?", 8.8e12),
        ("china's online shopping in 2015?", 3.769e12),
        ("what was china's total e-commerce in 2016?", 26.1e12),
    ],
)
def test_a_year_of_the_measure_asked_is_still_given(question, value, assistant):
    answer = ask(assistant, question)
    assert answer.answered and abs(float(answer.value) / value - 1) < 0.01, answer.text
