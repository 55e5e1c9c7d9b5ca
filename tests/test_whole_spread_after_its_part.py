"""After a part of a whole ("how many of them bought on Chinese sites?", 5,880 of the
survey's 28,000 people), a follow-up that spreads the whole by its own name ("and
respondents per country on average?") spreads the 28,000 over the 32 countries, not
the part the last question named; "of those" still spreads the part. Phrasings are this
file's own."""

from __future__ import annotations

from conversation import turns

OPENING = ("how big was the paypal ipsos sample?", "and how many of those bought on chinese sites?")


def test_the_whole_named_by_its_measure_is_spread(assistant):
    *_, last = turns(assistant, *OPENING, "and how many respondents were there per country?")
    assert last.answered and round(float(last.value)) == 875, last.text


def test_those_respondents_are_the_part(assistant):
    *_, last = turns(assistant, *OPENING, "and how many of those respondents per country?")
    assert last.answered and round(float(last.value), 2) == 183.75, last.text
