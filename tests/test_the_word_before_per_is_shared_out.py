""" "Buyers per active user": the word after "per" fits both figures (AliExpress's buyers
are active users too), so the word right before it says which one is shared out: 20 million
over 60 million, not the larger over the smaller. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

from conversation import ask


def test_buyers_per_active_user_is_a_third(assistant):
    answer = ask(assistant, "on aliexpress, how many purchasers per active user?")
    assert answer.answered and round(answer.value, 2) == Decimal("0.33"), answer.text


def test_active_users_per_buyer_is_three(assistant):
    answer = ask(assistant, "aliexpress active users per purchaser?")
    assert answer.answered and round(answer.value, 2) == Decimal("3.00"), answer.text
