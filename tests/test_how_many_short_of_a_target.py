"""After AliExpress's 100 million user target, "how many short is it?" asks the gap to
it (40 million), not the target again; and "what percent of the way there are they?"
after that gap asks the part reached (60% of the target), never the gap's share (40%).
Phrasings are this file's own."""

from __future__ import annotations

from conversation import turns

OPENING = ("aliexpress active users?", "and its medium term user goal?")


def test_how_many_short_is_the_gap(assistant):
    *_, last = turns(assistant, *OPENING, "how many short are they?")
    assert last.answered and round(float(last.value) / 1e6) == 40, last.text


def test_the_percent_of_the_way_there_is_the_part_reached(assistant):
    *_, last = turns(
        assistant, *OPENING, "how many short are they?", "what percent of the way there are they?"
    )
    assert last.answered and round(float(last.value)) == 60, last.text
