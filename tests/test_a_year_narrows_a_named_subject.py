""" "What does Alibaba expect by 2025?": read without its year the question finds
AliExpress's target, but the question names Alibaba, whose 2025 figure the year only
narrows; it is not refused as a year AliExpress's target lacks. Phrasings are this file's
own."""

from __future__ import annotations

from conversation import ask


def test_the_named_subjects_figure_of_that_year(assistant):
    answer = ask(assistant, "what is alibaba expecting by 2025?")
    assert answer.answered and answer.value == 2_000_000_000, answer.text


def test_a_year_another_subjects_measure_lacks_is_still_refused(assistant):
    answer = ask(assistant, "what is aliexpress's medium-term user target for 2030?")
    assert not answer.answered, answer.text
