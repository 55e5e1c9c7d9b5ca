"""A place at home said in other words ("inside China", "back home in China") asks the rest
of a figure counted abroad, when the article gives the whole it is part of; when only the
place's word picked that figure, the question is refused. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "question",
    [
        "How many of the consumers Alibaba aims for by 2025 would be inside China?",
        "of alibaba's 2 billion 2025 consumers, how many are back home in china",
        "Alibaba's 2025 consumers at home in China - how many?",
    ],
)
def test_the_rest_at_home_of_a_figure_counted_abroad(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(1_000_000_000)


@pytest.mark.parametrize(
    "question",
    [
        "How many users does AliExpress have inside China?",
        "how many users has aliexpress got within china",
    ],
)
def test_a_place_that_alone_picks_another_subjects_figure_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind"
    assert "billion" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What percentage of China's cross-border e-commerce went to Russia?",
        "what share of chinese cross-border ecommerce went to russian shoppers",
    ],
)
def test_a_share_of_a_whole_the_article_divides_for_another_subject_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "kind"
    assert "80" not in answer.text.split("\n")[0]


def test_the_share_of_the_subjects_own_whole_is_still_given(assistant):
    answer = ask(assistant, "what share of russia's cross-border spending went to china?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(80)


@pytest.mark.parametrize(
    "question",
    [
        "what was the value of the purchases AliExpress's buyers made?",
        "total value of orders on AliExpress in the last 12 months?",
    ],
)
def test_the_value_of_purchases_asks_money_never_a_count_of_buyers(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "20 million" not in answer.text.split("\n")[0]


def test_a_year_the_two_figures_just_compared_lack_is_refused(assistant):
    *_, answer = turns(
        assistant,
        "how big was china's online shopping in 2016?",
        "is cross-border e-commerce bigger than that?",
        "and how about the growth for 2017?",
    )
    assert not answer.answered, answer.text
    assert "34" not in answer.text.split("\n")[0]
    assert "hopes" not in answer.text  # nor the statement of why, for the word "growth"


def test_the_why_statement_is_still_given_when_asked(assistant):
    answer = ask(assistant, "why do cross-border platforms matter to china, per the article?")
    assert answer.answered, answer.text
    assert "hopes" in answer.text


@pytest.mark.parametrize(
    "question",
    ["what was the cross-border number for 2015?", "tell me the cross-border figure in 2015"],
)
def test_a_figure_asked_for_the_year_of_an_event_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "launched" not in answer.text.lower() and "rolled out" not in answer.text.lower()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("crossword clue: the research firm in that PayPal report, 5 letters", "Ipsos"),
        ("which e-payment service gave the russian numbers? six-letter answer", "Yandex"),
    ],
)
def test_how_long_the_answer_is_written_is_no_figure(assistant, question, expected):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert expected in answer.text.split("\n")[0]


def test_a_year_asked_in_four_digits_is_the_year(assistant):
    answer = ask(assistant, "when was AliExpress set up? 4 digits only")
    assert answer.answered, answer.text
    assert answer.value == Decimal(2010)


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("by 2016, for how many years had china been top online retail market?", 3),
        ("how old was aliexpress in 2015, in years?", 5),
        ("as of 2016 how many years had AliExpress existed", 6),
    ],
)
def test_a_span_from_a_dated_event_to_a_year_typed_after_by_in_or_as_of(assistant, question, years):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(years)


def test_the_events_own_year_stated_in_a_premise_is_not_the_end_of_the_span(assistant):
    answer = ask(assistant, "Since AliExpress was set up in 2012, how many years has it run?")
    assert answer.value != Decimal(5), answer.text  # never 2017 - 2012 from the premise


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("VIPme came out how many years after AliExpress was founded?", 5),
        ("how many years lie from 2016 to the year alibaba wants 2 billion consumers?", 9),
        ("how many years had aliexpress been running when vip launched vipme?", 5),
        ("how many years lie between the 2016 cross-border figure and its 2018 forecast?", 2),
    ],
)
def test_the_years_between_two_dated_things_a_question_names(assistant, question, years):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(years)


def test_a_span_whose_side_names_nothing_dated_is_refused(assistant):
    answer = ask(assistant, "how many years between aliexpress's founding and my first order?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "If the warehouse target were shared out evenly among the pilot zones, how many per zone?",
        "spread over the pilot zones, how many of the 100 warehouses would each zone get per zone",
    ],
)
def test_a_divisor_named_before_and_after_per_is_one_average(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert abs(answer.value - Decimal("8.333333")) < Decimal("0.001")


def test_a_demonstrative_before_its_own_noun_does_not_reach_back_to_the_story(assistant):
    answer = ask(
        assistant,
        "My aunt keeps ordering teapots from Chinese shops. "
        "In that PayPal survey, what share of respondents bought from Chinese sites?",
    )
    assert answer.answered, answer.text
    assert answer.value == Decimal(21)


def test_a_pronoun_that_reaches_back_to_an_outside_subject_still_refuses(assistant):
    answer = ask(assistant, "My aunt shops on Ozon. How many buyers does it have?")
    assert not answer.answered, answer.text
