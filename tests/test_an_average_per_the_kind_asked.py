""" "No, I meant per country on average, for all respondents" had got respondents per
respondent (0.21 "times"): an average asked per a kind of thing counted (country) is
computed with a figure of that kind, or refused. Phrasings are this file's own."""

from __future__ import annotations

from conversation import ask, turns


def test_a_correction_asking_per_country_is_not_answered_per_respondent(assistant):
    *_, answer = turns(
        assistant,
        "what percent of the survey's respondents shopped on chinese websites in 2016?",
        "and the share that did not?",
        "how many persons is that?",
        "no, I meant on average per country, all respondents",
    )
    assert not answer.answered or answer.value == 875, answer.text
    assert answer.unit != "ratio", answer.text


def test_an_average_per_country_is_still_given(assistant):
    answer = ask(assistant, "survey respondents per country, on average?")
    assert answer.answered and answer.value == 875, answer.text
