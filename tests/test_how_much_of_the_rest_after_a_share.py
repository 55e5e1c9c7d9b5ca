"""After a share ("what share of Russian cross-border spending went to China?", 80%),
"so how much went elsewhere?" asks how much money went elsewhere ($860 million), not
the share again (20%); a turn that says "percent" still gets the share. Phrasings are
this file's own."""

from __future__ import annotations

from conversation import turns


def test_how_much_went_elsewhere_after_a_share_is_money(assistant):
    *_, last = turns(
        assistant,
        "russians' share of cross-border spend on chinese sites?",
        "how much went elsewhere then?",
    )
    assert last.answered and last.unit == "USD", last.text
    assert round(float(last.value) / 1e6) == 860, last.text


def test_the_rest_in_percent_after_a_share_is_a_share(assistant):
    *_, last = turns(
        assistant,
        "russians' share of cross-border spend on chinese sites?",
        "and the rest, in percent?",
    )
    assert last.answered and round(float(last.value)) == 20, last.text
