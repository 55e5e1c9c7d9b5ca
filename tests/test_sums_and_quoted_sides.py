"""Sums asked in chat words ("if u add", an order to add followed by its own sentence) add
two amounts, never a share and an amount; a comparison that types the figures of its two
sides is decided by their ratio, not checked as a claim about a third figure. Phrasings are
this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "question",
    [
        "what do u get if u add the russian china spend and the non china spend",
        "pls add russians' spending on chinese sites and on non-chinese sites",
    ],
)
def test_adding_the_two_parts_of_a_spend_gives_their_sum(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.intent == "sum"
    assert answer.value == Decimal(4_300_000_000)
    assert answer.unit == "USD"


def test_an_order_to_add_keeps_its_sum_when_a_sentence_follows(assistant):
    answer = ask(
        assistant, "Add up online shopping in China for 2015 and 2016 - what is the combined total?"
    )
    assert answer.answered, answer.text
    assert answer.intent == "sum"
    assert round(answer.value / Decimal(10**9)) == 8469  # 3.77 + 4.7 trillion yuan


def test_a_share_and_an_amount_are_not_summed(assistant):
    answer = ask(assistant, "add russia's china share and its non-chinese spend")
    assert not answer.answered, answer.text
    assert "%" not in answer.text.split("\n")[0] or "percentage" in answer.text


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("is the 1 billion overseas users goal bigger than the 100 mn medium term target", True),
        ("is the 100 million medium-term target larger than the 1 billion overseas goal?", False),
        ("Is the 60 million active users figure more than the 20 million buyers?", True),
    ],
)
def test_a_comparison_whose_sides_are_typed_is_decided_by_their_ratio(assistant, question, yes):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.text.startswith("Yes." if yes else "No."), answer.text
    assert answer.intent == "ratio"


@pytest.mark.parametrize(
    "question",
    [
        "Did China displace only the US as the top cross-border destination?",
        "did china dislodge just the united states?",
        "Was the US the only country China dislodged?",
    ],
)
def test_a_claim_naming_fewer_than_the_article_lists_is_denied(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.text.startswith("No."), answer.text
    assert "United Kingdom" in answer.text


@pytest.mark.parametrize(
    "question",
    ["did china dislodge the us and the uk?", "just checking, did china dislodge the us?"],
)
def test_a_claim_without_only_or_naming_the_whole_list_is_confirmed(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.startswith("Yes."), answer.text


def test_only_in_a_follow_up_about_it_is_checked_against_the_list(assistant):
    answers = turns(
        assistant,
        "Which countries did China dislodge as the most popular cross-border destination?",
        "And it displaced only the US?",
    )
    assert answers[-1].text.startswith("No."), answers[-1].text


@pytest.mark.parametrize(
    "question",
    [
        "by how many percentage points does china's share of world ecommerce exceed the online "
        "share of retail?",
        "China's share of global e-commerce minus online shopping's share of retail, please",
        "what's the gap between the proportion of world e-commerce that is China's and the "
        "share of retail done online?",
    ],
)
def test_two_shares_compared_give_their_gap_in_points(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal("25.2")
    assert "percentage points" in answer.text


def test_percentage_points_of_one_whole_still_ask_a_share(assistant):
    answer = ask(
        assistant,
        "How many percentage points of Russian cross-border spending did not go to China?",
    )
    assert answer.value == Decimal(20), answer.text
