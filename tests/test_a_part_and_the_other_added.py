""" "Add up what Russians spent on Chinese platforms and on all the other cross-border
platforms": a part and the rest of its whole, named by a noun said of both, added are the
whole, not the rest alone. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

from conversation import ask


def test_a_part_plus_the_others_of_its_noun_is_the_whole(assistant):
    answer = ask(
        assistant,
        "add together what russians spent on chinese platforms and on all the other "
        "cross-border platforms",
    )
    assert answer.answered and answer.value == Decimal("4.3e9"), answer.text


def test_a_part_against_the_others_is_still_a_difference(assistant):
    answer = ask(
        assistant,
        "how much more did russians spend on chinese platforms than on the other cross-border "
        "platforms?",
    )
    assert answer.answered and answer.value == Decimal("2.58e9"), answer.text
