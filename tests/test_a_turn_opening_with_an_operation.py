""" "Minus online shopping", said right after total retail, subtracts from the figure just
given, as "and minus online shopping" does; it is not the change in online shopping
between two years. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import turns


@pytest.mark.parametrize("follow_up", ["minus the online shopping", "subtract online shopping?"])
def test_minus_after_a_figure_subtracts_from_it(follow_up, assistant):
    _, answer = turns(
        assistant, "how big was china's total retail in 2016, going by the online share?", follow_up
    )
    assert answer.answered and round(answer.value / 10**12, 2) == Decimal("28.87"), answer.text
