"""The rest of a part is a share of the whole the part came from, never of the part itself:
a question in, the answer out. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

from conversation import ask, turns


def test_a_share_that_did_not_go_somewhere_is_a_share_of_the_whole(assistant):
    answer = ask(assistant, "what percentage didnt go to Chinese platforms")
    assert answer.answered, answer.text
    assert round(answer.value) == Decimal(20)


def test_the_rest_set_against_the_part_by_name_is_still_that_ratio(assistant):
    answer = ask(
        assistant,
        "Spending on non-Chinese platforms is what percent of spending on Chinese platforms?",
    )
    assert answer.answered, answer.text
    assert round(answer.value) == Decimal(25)


def test_a_percent_not_sent_to_a_part_after_the_whole_is_that_parts_rest(assistant):
    whole, rest = turns(
        assistant,
        "russian cross-border spending last year?",
        "what percent did not go to China then?",
    )
    assert whole.value == Decimal("4.3E9")
    assert rest.answered, rest.text
    assert round(rest.value) == Decimal(20)


def test_the_other_way_round_turns_the_last_ratio_over(assistant):
    ratio, turned, back = turns(
        assistant,
        "how many times bigger was China's total e-commerce than its online shopping in 2016?",
        "ok now the other way round",
        "and the other way around again?",
    )
    assert round(ratio.value, 2) == Decimal("5.55")
    assert turned.answered, turned.text
    assert round(turned.value, 2) == Decimal("0.18")
    assert round(back.value, 2) == Decimal("5.55")


def test_the_other_way_round_of_a_share_is_the_whole_over_the_part(assistant):
    share, turned = turns(
        assistant,
        "online shopping as a percentage of total e-commerce, 2016",
        "and the reverse?",
    )
    assert round(share.value) == Decimal(18)
    assert turned.answered, turned.text
    assert round(turned.value) == Decimal(555)


def test_vice_versa_alone_is_english_not_another_language(assistant):
    share, turned = turns(
        assistant, "cross-border volume as a percent of total e-commerce", "vice versa?"
    )
    assert round(share.value) == Decimal(24)
    assert turned.answered, turned.text
    assert round(turned.value) == Decimal(414)
