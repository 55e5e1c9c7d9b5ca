"""Years between a figure and its forecast ("how many years apart are the 2016
cross-border figure and the forecast year?") are read from the two sides the question
names, each dated: 2016 to 2018, two years. A side that names no subject of its own ("the
forecast year") is of the other side's. It had been one year, from a 2016 statement to
the article's own year. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "how many years lie between the 2016 cross-border number and the forecast year?",
        "How many years are there between the 2016 cross-border volume and the forecast year?",
    ],
)
def test_the_span_from_a_figure_to_its_forecast(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and answer.unit == "years", answer.text
    assert answer.value == 2, answer.text
