""" "When did Vip close VIPme?": the article reports launches and targets, never a closing,
so the launch year is not the answer. "Close" is also the stem of "close to" (near), so the
closing is read from its own forms ("closed", "closure") or from the bare verb before a
name, while "how close" and "close the gap" stay questions of the target. Phrasings are
this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "in what year did vip close vipme",
        "vipme was closed when?",
        "when did JD close its russian site?",
        "what year was the closure of vipme",
    ],
)
def test_a_closing_is_not_answered_with_a_launch(question, assistant):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "clos" in answer.text.splitlines()[0], answer.text


def test_the_launch_is_still_answered(assistant):
    answer = ask(assistant, "in what year did vip open vipme")
    assert answer.answered and answer.value == 2015, answer.text


def test_closing_the_gap_is_still_the_target_gap(assistant):
    answer = ask(assistant, "how many more users does aliexpress need to close the gap?")
    assert answer.answered and answer.value == 40_000_000, answer.text
