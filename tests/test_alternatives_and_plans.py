"""An alternative set aside by "rather than" is no part of what is asked, and the rest of a
goal is still a goal: a question in, the answer (or the refusal and its reason) out.
Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

from conversation import ask


def test_a_source_set_aside_by_rather_than_leaves_the_claim(assistant):
    answer = ask(
        assistant, "Did the Russian spending figure come from Yandex rather than Sberbank?"
    )
    assert answer.text.startswith("Yes"), answer.text


def test_what_comes_before_rather_than_is_asked(assistant):
    answer = ask(assistant, "how much went to Chinese platforms rather than other ones, Russia?")
    assert answer.answered, answer.text
    assert answer.value == Decimal("3.44E9")


def test_the_rest_of_a_goal_asked_for_now_is_refused(assistant):
    answer = ask(assistant, "How many domestic consumers does Alibaba have now?")
    assert not answer.answered, answer.text
    assert "forecast" in answer.text or "target" in answer.text


def test_the_rest_of_a_goal_asked_as_a_goal_is_answered(assistant):
    answer = ask(assistant, "How many domestic consumers does Alibaba expect to serve by 2025?")
    assert answer.answered, answer.text
    assert answer.value == Decimal("1E9")


def test_years_earlier_than_a_launch_are_the_years_between(assistant):
    answer = ask(assistant, "how many years earlier than VIPme did AliExpress open?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(5)
    checked = ask(assistant, "Was AliExpress set up earlier than JD's cross-border platform?")
    assert checked.text.startswith("Yes"), checked.text
