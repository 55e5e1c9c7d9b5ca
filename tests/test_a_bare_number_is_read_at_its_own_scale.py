""" "Was it more than 1,000?" asked out of the blue names a thousand, not the 1 billion
the article gives (which is 1,000 only in millions): refused, never a Yes about Alibaba's
consumers. After a figure, the same turn checks that figure. A figure typed at the
article's own scale still finds its fact. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask, turns


@pytest.mark.parametrize("question", ["is it over 1,000?", "more than 1000 or not?"])
def test_a_thousand_alone_finds_no_billion(question, assistant):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text


def test_after_a_figure_the_bound_checks_that_figure(assistant):
    _, checked = turns(
        assistant, "on average how many people were polled in each country?", "is it over 1,000?"
    )
    assert checked.text.startswith("No") and "875" in checked.text, checked.text


def test_a_figure_typed_at_its_own_scale_is_found(assistant):
    answer = ask(assistant, "the 4.3 bn, what is that figure?")
    assert answer.answered and answer.value == 4_300_000_000, answer.text
