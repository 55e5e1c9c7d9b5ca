""" "What was VIPme launched for?", "what was it launched to do?": a question opened by
"what" that ends by asking what a deed was for asks the aim its sentence states, not the
date the same sentence gives. "What's the total for 2016?" ends in a year, and "total" is
no deed: the figure is still given. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "what was vipme set up for?",
        "What was the VIPme platform started to do?",
    ],
)
def test_what_the_launch_was_for_is_its_aim(question, assistant):
    answer = ask(assistant, question)
    stated = answer.text.splitlines()[0]  # (the source line quotes the whole sentence)
    assert answer.answered and "test the waters" in stated, answer.text


def test_a_total_for_a_year_is_still_a_figure(assistant):
    answer = ask(assistant, "what's the total for china's e-commerce for 2016?")
    assert answer.answered and answer.value == 26_100_000_000_000, answer.text
