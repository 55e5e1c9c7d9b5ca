"""After "China's total e-commerce?" and "and cross-border?", the turn "what share of the
total is cross-border?" names the last two figures given: cross-border as a share of the
total (24.1%), not a share of some other figure its words might find (the pilot zones).
Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import turns


@pytest.mark.parametrize(
    "turn", ["what % of the total is cross-border?", "cross border as a share of the total?"]
)
def test_the_last_figure_as_a_share_of_the_total_before_it(turn, assistant):
    *_, last = turns(assistant, "china total ecommerce 2016?", "and cross border?", turn)
    assert last.answered and last.unit == "%", last.text
    assert round(float(last.value), 1) == 24.1, last.text
