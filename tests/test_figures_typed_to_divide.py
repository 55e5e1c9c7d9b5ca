""" "Buyers per active user: divide 100 million by 60 million": the reading found had set the
buyers against the 40 million gap, which is computed from the 60 million typed. A figure
typed to divide that is no operand's own but one an operand is computed from is refused,
never silently replaced; a share given as a premise ("from the 14 percent share") still
derives the figures. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

from conversation import ask


def test_a_typed_operand_is_not_replaced_by_a_figure_built_from_it(assistant):
    answer = ask(
        assistant,
        "aliexpress overseas buyers per active user, i.e. 100 million divided by 60 million",
    )
    assert not answer.answered or round(answer.value, 2) == Decimal("1.67"), answer.text
    assert "40 million" not in answer.text.splitlines()[0], answer.text


def test_a_share_given_as_a_premise_still_derives(assistant):
    answer = ask(
        assistant, "using the 14 percent share, how many times bigger is total retail than online?"
    )
    assert answer.answered and round(answer.value, 2) == Decimal("7.14"), answer.text
