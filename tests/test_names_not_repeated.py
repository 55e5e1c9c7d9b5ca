"""A name asked for is not one the question already says: "who did China overtake?" asks
for the countries China pushed from the top, not for China, and "who did it replace?" after
China was named the top destination asks the same."""

from __future__ import annotations

import pytest
from conversation import ask, turns

DISLODGED = ("United States", "United Kingdom")


@pytest.mark.parametrize(
    "question",
    [
        "Who did China dislodge?",
        "which country did china overtake as top destination?",
        "Who lost the top spot to China?",
    ],
)
def test_who_china_overtook_is_the_countries_it_dislodged(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and all(name in answer.text for name in DISLODGED), answer.text


@pytest.mark.parametrize("follow_up", ["Who did it dislodge?", "and who did it replace?"])
def test_who_it_replaced_after_the_top_destination_is_not_china_again(assistant, follow_up):
    *_, answer = turns(
        assistant, "what was the most popular cross-border destination in 2016?", follow_up
    )
    assert answer.answered and all(name in answer.text for name in DISLODGED), answer.text


def test_the_top_destination_asked_is_still_china(assistant):
    answer = ask(assistant, "which country became the most popular destination in 2016")
    assert answer.answered and "was China" in answer.text, answer.text


# --- the giver asked by what kind of giver it is ----------------------------------------------
def test_a_company_in_a_relative_clause_asks_who_gave_the_figure(assistant):
    answer = ask(assistant, "Which is the company who give the numbers about Russian spending?")
    assert answer.answered and answer.text.startswith("According to Yandex"), answer.text


def test_a_person_asked_is_the_giver_who_is_a_person(assistant):
    answer = ask(assistant, "which person talked about alibaba's targets?")
    assert answer.answered and "Shen Difan" in answer.text, answer.text  # not Alibaba Group
    firm = ask(assistant, "which firm gave the 2 billion consumers figure?")
    assert firm.answered and "Alibaba Group" in firm.text, firm.text


def test_a_person_asked_for_a_firms_figure_is_refused_naming_the_firm(assistant):
    answer = ask(assistant, "which person estimated the cross-border volume?")
    assert not answer.answered and answer.reason == "kind", answer.text
    assert "iResearch" in answer.text
