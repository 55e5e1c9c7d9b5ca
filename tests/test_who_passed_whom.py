"""Who passed whom: the article says China overtook the US in 2013, so a question that puts
the US first ("did the US overtake China?", "when did the US become the largest market?")
is answered No or refused, never confirmed with China's 2013."""

from __future__ import annotations

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "claim",
    [
        "Did the US overtake China in online retail in 2013?",
        "Did America overtake China as the biggest online retail market?",
        "was China overtaken by the US?",
        "Has China been surpassed by the United States?",
    ],
)
def test_the_us_passing_china_is_denied(assistant, claim):
    answer = ask(assistant, claim)
    assert answer.answered and answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    "claim",
    [
        "Did China surpass the US in online retail in 2013?",
        "was it the us that china overtook in 2013",
        "Did China outperform the US to become the world's largest online retail market in 2013?",
    ],
)
def test_china_passing_the_us_is_confirmed(assistant, claim):
    answer = ask(assistant, claim)
    assert answer.answered and answer.text.startswith("Yes"), answer.text


def test_the_year_the_us_became_the_largest_market_is_refused(assistant):
    answer = ask(assistant, "when did the US become the world's largest online retail market")
    assert not answer.answered, answer.text  # never China's 2013
    assert answer.reason == "unsupported"


def test_the_year_china_outperformed_the_us_to_become_the_largest_is_given(assistant):
    answer = ask(
        assistant,
        "In what year did China outperform the US to become the largest online retail market?",
    )
    assert answer.answered and float(answer.value) == 2013, answer.text


def test_the_one_passed_named_before_a_clause_with_it_is_the_one_china_passed(assistant):
    *_, claim = turns(
        assistant,
        "Since what year has China been the world's largest online retail market?",
        "Was it the US that it outperformed?",
    )
    assert claim.answered and claim.text.startswith("Yes"), claim.text


def test_china_named_before_the_clause_is_still_the_one_passed_and_denied(assistant):
    answer = ask(assistant, "Was it China that the US outperformed?")
    assert answer.answered and answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "which country has been the largest online retail market since 2013?",
        "what country is the largest online retail market these days",
    ],
)
def test_the_largest_market_asked_is_never_the_country_it_passed(assistant, question):
    answer = ask(assistant, question)
    assert not (answer.answered and "US" in answer.text.split("\n")[0]), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "which country did china outperform in 2013?",
        "which country was the largest online retail market before china",
    ],
)
def test_the_country_passed_is_still_answered_when_asked(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert "US" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("China overtook the US as top cross-border destination in 2016?", "Yes"),
        ("the US overtook China in online retail in 2013?", "No"),
    ],
)
def test_a_statement_of_passing_asked_back_is_checked_as_a_claim(assistant, claim, verdict):
    answer = ask(assistant, claim)
    assert answer.answered and answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did Britain lose ground to China as a shopping destination in 2016?",
        "did the US lose the lead to China in online retail in 2013?",
    ],
)
def test_losing_ground_to_china_is_being_passed_by_it(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.startswith("Yes."), answer.text
