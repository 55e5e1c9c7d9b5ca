"""A word of how often is not the period it is built on, and a portion named by its
subject is that portion: a question in, the answer out. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "question",
    [
        "what is aliexpress's weekly count of active users?",
        "how many monthly active users did AliExpress report",
        "AliExpress quarterly active users?",
    ],
)
def test_a_count_asked_per_week_month_or_quarter_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "60" not in answer.text.split(".")[0]


def test_the_twelve_month_count_is_still_given(assistant):
    answer = ask(assistant, "how many active users did AliExpress have over the past 12 months?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(60_000_000)


@pytest.mark.parametrize(
    "count", ["how many respondents would that be?", "that's how many people?"]
)
def test_the_count_behind_a_share_just_given(assistant, count):
    *_, answer = turns(assistant, "what percent of those surveyed shopped on chinese sites?", count)
    assert answer.answered, answer.text
    assert answer.value == Decimal(5880)


def test_the_whole_count_asked_after_a_share_is_the_whole(assistant):
    *_, answer = turns(
        assistant,
        "what percent of those surveyed shopped on chinese sites?",
        "and how many respondents were surveyed in all?",
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal(28000)


@pytest.mark.parametrize(
    "multiple",
    [
        "how many times larger is the chinese portion?",
        "how many times greater was the china part than that?",
    ],
)
def test_a_portion_named_after_the_rest_is_set_against_the_rest(assistant, multiple):
    *_, answer = turns(
        assistant,
        "how much did russians spend cross-border in 2016?",
        "and how much went to all the other sites?",
        multiple,
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal(4)


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("Russia's cross-border spending reached $4.3 billion in 2016.", "Yes"),
        ("China's cross-border e-commerce totalled 9 trillion yuan last year.", "No"),
        ("Alibaba set up AliExpress in 2012.", "No"),
        ("About 80 percent of Russian cross-border spending went to Chinese platforms.", "Yes"),
    ],
)
def test_a_plain_statement_is_checked_as_a_claim(assistant, statement, verdict):
    answer = ask(assistant, statement)
    assert answer.answered, answer.text
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("instruction", "value"),
    [
        ("Convert China's 2016 online shopping of 4.7 trillion yuan to dollars.", 687_766_666_667),
        ("Russians spent how much on cross-border platforms in 2016.", 4_300_000_000),
    ],
)
def test_an_instruction_or_a_question_ending_in_a_full_stop_is_answered(
    assistant, instruction, value
):
    answer = ask(assistant, instruction)
    assert answer.answered, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text
    assert abs(answer.value - value) < 1, answer.text


def test_a_figure_at_home_for_another_year_is_refused(assistant):
    answer = ask(assistant, "how many consumers in china does alibaba aim for by 2030?")
    assert not answer.answered, answer.text
    assert answer.reason == "year"


def test_an_amount_claimed_for_a_year_the_measure_lacks_is_neither_confirmed_nor_denied(
    assistant,
):
    answer = ask(assistant, "is it true Russians spent 2 billion dollars cross-border in 2014?")
    assert not answer.answered, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_the_article_own_figure_with_another_year_is_still_a_no(assistant):
    answer = ask(assistant, "did Russians spend $4.3 billion cross-border in 2015?")
    assert answer.answered, answer.text
    assert answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    "question",
    ["what's cross-border e-commerce?", "what does online shopping mean?", "what is a flash sale"],
)
def test_a_word_meaning_asked_is_refused_not_answered_with_a_figure(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind"


@pytest.mark.parametrize(
    "question", ["what's the cross-border volume?", "what is China's online shopping?"]
)
def test_what_is_with_a_subject_or_a_size_still_asks_the_figure(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text


def test_by_when_after_a_target_the_article_gives_no_date_for_is_refused(assistant):
    *_, answer = turns(
        assistant, "what user target did aliexpress set for the medium term?", "by when?"
    )
    assert not answer.answered, answer.text
    assert "2010" not in answer.text.split("\n")[0]
    *_, answer = turns(
        assistant, "what user target did aliexpress set for the medium term?", "by which year?"
    )
    assert not answer.answered, answer.text


def test_by_when_after_a_dated_goal_gives_its_year(assistant):
    *_, answer = turns(assistant, "how many consumers does alibaba aim to serve?", "by which year?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(2025)


def test_the_share_of_a_named_figure_that_the_last_answer_is(assistant):
    *_, answer = turns(
        assistant,
        "how many overseas buyers had aliexpress gathered?",
        "what share of alibaba's 2 billion consumer target is that?",
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal(5)


def test_the_share_the_base_gives_for_the_last_figure_is_kept(assistant):
    *_, answer = turns(
        assistant,
        "how big was china's e-commerce in 2016?",
        "what share of the global volume is that?",
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal("39.2")


def test_an_average_per_country_after_a_part_of_the_survey_spreads_all_respondents(assistant):
    *_, answer = turns(
        assistant,
        "how many people took the paypal survey?",
        "how many of them shopped on chinese sites?",
        "how many people per country on average?",
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal(875)


def test_an_average_of_the_part_pointed_at_spreads_that_part(assistant):
    *_, answer = turns(
        assistant,
        "how many people took the paypal survey?",
        "how many of them shopped on chinese sites?",
        "and how many of those per country, on average?",
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal("183.75")
