""" "How many times online shopping is total e-commerce?", then "and how many times the
cross-border figure?": the same figure set against the one the turn names, which takes the
place of the one divided by, not a ratio of the two divisors. Phrasings are this file's
own."""

from __future__ import annotations

from decimal import Decimal

from conversation import turns


def test_the_turns_figure_replaces_the_divisor(assistant):
    *_, answer = turns(
        assistant,
        "china's total e-commerce in 2016?",
        "how many times the online shopping number is that?",
        "and how many times the cross-border number?",
    )
    assert answer.answered and round(answer.value, 2) == Decimal("4.14"), answer.text


def test_a_figure_of_another_kind_is_no_divisor(assistant):
    *_, answer = turns(
        assistant,
        "china's total e-commerce in 2016?",
        "how many times the online shopping number is that?",
        "and how many times the pilot zone count?",
    )
    assert not answer.answered and answer.reason == "units", answer.text
