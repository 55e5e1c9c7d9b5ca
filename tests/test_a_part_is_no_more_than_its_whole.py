""" "How many active users?" (60 million), then "how many of those are overseas?": a part of
the figure just given cannot be AliExpress's 100 million overseas buyers, so it is refused;
"how many of them bought?" (20 million) is still answered. Phrasings are this file's own."""

from __future__ import annotations

from conversation import turns


def test_a_bigger_count_is_not_a_part_of_the_last(assistant):
    *_, answer = turns(
        assistant,
        "aliexpress active users in the last 12 months?",
        "and how many of those are overseas?",
    )
    assert not answer.answered, answer.text


def test_a_smaller_part_is_still_given(assistant):
    *_, answer = turns(
        assistant,
        "aliexpress active users in the last 12 months?",
        "and how many of them actually bought something?",
    )
    assert answer.answered and answer.value == 20_000_000, answer.text
