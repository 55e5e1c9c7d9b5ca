"""The article names one person in one role at one time (Shen Difan, general manager of
AliExpress in 2017). A question about another time of that person's working life is
refused with that reason, never answered with the role he holds now; asking the name or
the role itself still answers. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "question",
    [
        "Where did Shen Difan work previously?",
        "who ran aliexpress before shen difan",
    ],
)
def test_another_time_of_a_persons_career_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind"
    assert "only the person's role in 2017" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What was Shen Difan's career before he joined AliExpress?",
        "Who will succeed Shen Difan as AliExpress general manager?",
    ],
)
def test_his_career_at_other_times_is_never_answered_with_a_figure(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text


def test_a_follow_up_about_his_earlier_job_is_refused(assistant):
    answers = turns(assistant, "who is in charge of aliexpress?", "and what did he do before?")
    assert answers[0].answered and "Shen Difan" in answers[0].text
    assert not answers[1].answered, answers[1].text


@pytest.mark.parametrize(
    "question",
    ["who is the general manager of aliexpress", "what's the first name of AliExpress's GM?"],
)
def test_the_role_and_the_name_are_still_answered(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert "Shen Difan" in answer.text


@pytest.mark.parametrize(
    "question", ["who approved the pilot zones?", "who authorised the 12 pilot zones"]
)
def test_who_approved_something_names_the_body_that_did(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.text.startswith("According to China's State Council"), answer.text


def test_who_approved_them_after_the_count_names_the_body(assistant):
    answers = turns(assistant, "how many pilot zones were there?", "who approved them")
    assert answers[-1].text.startswith("According to China's State Council"), answers[-1].text


def test_zones_confirmed_by_the_council_still_ask_the_count(assistant):
    answer = ask(assistant, "pilot zones confirmed by the state council in 2016, how many?")
    assert answer.value == 12, answer.text
