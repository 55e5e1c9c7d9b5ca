"""After a share of one whole ("what part of total e-commerce was cross-border?"), "and
what share of global e-commerce?" asks the same part of the whole the turn names (6.3 of
66.58 trillion yuan, 9.5%), not China's own 39.2% of the world. Phrasings are this file's
own."""

from __future__ import annotations

from conversation import turns


def test_the_same_part_of_the_whole_named_next(assistant):
    *_, last = turns(
        assistant,
        "cross-border volume 2016?",
        "what share of china's total e-commerce is that?",
        "and what share of global ecommerce then?",
    )
    assert last.answered and last.intent == "percent", last.text
    assert round(float(last.value), 1) == 9.5, last.text


def test_a_whole_typed_as_a_figure_is_left_to_its_own_reading(assistant):
    *_, last = turns(
        assistant,
        "china online shopping 2016?",
        "as a share of total retail?",
        "and what % of total e-commerce, 26.1 trillion?",
    )
    assert last.answered and round(float(last.value)) == 18, last.text
