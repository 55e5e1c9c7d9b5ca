"""A figure asked for is a number: a statement of why or what for is no answer to "what's
the figure", and a verb that names another event ("quit") is not read as a softener."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "question",
    [
        "What's the cross-border figure for 2017?",
        "What export difficulties is China facing, in numbers?",
    ],
)
def test_a_figure_asked_where_the_article_only_states_a_reason_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text  # never why the platforms matter
    assert answer.reason == "kind"


def test_the_reason_itself_is_still_given_when_asked(assistant):
    answer = ask(assistant, "why do cross-border platforms matter to China?")
    assert answer.answered and "difficulties in exports" in answer.text, answer.text


def test_quitting_is_another_event_than_launching(assistant):
    answer = ask(assistant, "When did JD quit cross-border?")
    assert not answer.answered, answer.text  # never the 2015 launch
    assert answer.reason == "unknown" and "quit" in answer.text


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("When did VIPme leave the overseas markets?", "leave"),
        ("when did JD close its cross-border platform", "close"),
        ("how many overseas warehouses were closed down", "closed"),
    ],
)
def test_an_ending_the_article_never_reports_is_refused(assistant, question, verb):
    """The article reports launches and a warehouse target, never an ending: the launch year
    or the target is no answer to when or how many ended."""
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "unsupported" and f"“{verb}”" in answer.text


@pytest.mark.parametrize(
    "question",
    ["What percentage growth would close that gap?", "it's close to forty, right?"],
)
def test_close_as_in_near_or_to_shut_a_gap_is_no_ending(assistant, question):
    answer = ask(assistant, question)
    assert "“close”" not in answer.text, answer.text


def test_quite_still_only_softens(assistant):
    answer = ask(assistant, "how many overseas buyers, quite roughly?")
    assert answer.answered and float(answer.value) == pytest.approx(100e6), answer.text


@pytest.mark.parametrize(
    "question", ["how much went to Chinese platforms?", "How much went to Chinese sites in total?"]
)
def test_how_much_went_somewhere_is_never_a_count_of_warehouses(assistant, question):
    answer = ask(assistant, question)
    assert answer.unit != "warehouses", answer.text


def test_how_much_warehouses_still_counts_them(assistant):
    answer = ask(assistant, "how much warehouses are planned?")
    assert answer.answered and float(answer.value) == 100, answer.text


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("who says china is the largest online retail market", "Ministry of Commerce"),
        ("Which government agency says China is the biggest online retail market?", "Ministry"),
    ],
)
def test_a_source_shared_by_every_figure_the_question_fits_is_named(assistant, question, source):
    answer = ask(assistant, question)
    assert answer.answered and source in answer.text.splitlines()[0], answer.text


def test_a_claim_about_a_source_is_not_answered_with_the_source(assistant):
    answer = ask(assistant, "And the Ministry of Commerce is the source for the 24.7% growth?")
    assert not answer.answered or answer.text.startswith("No"), answer.text


def test_the_people_asked_in_the_survey_are_its_respondents(assistant):
    answer = ask(assistant, "what percent of the people asked didn't buy from chinese sites")
    assert answer.answered and float(answer.value) == pytest.approx(79), answer.text


@pytest.mark.parametrize(
    "question",
    ["what is the 100 million figure shen difan gave", "whats the 100m thing shen difan said"],
)
def test_a_typed_figure_named_as_such_is_the_figure_whose_number_it_is(assistant, question):
    """Not the 40 million gap built from the 100 million target."""
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == 100_000_000, answer.text


def test_a_typed_figure_that_is_several_figures_is_asked_back(assistant):
    answer = ask(assistant, "what is the 100 million figure")
    assert not answer.answered and answer.reason == "ambiguous", answer.text


def test_the_gap_to_a_typed_figure_is_still_the_gap(assistant):
    answer = ask(assistant, "how far is aliexpress from the 100 million target")
    assert answer.value == 40_000_000, answer.text


def test_a_bare_typed_figure_is_the_figure_whose_number_it_is(assistant):
    answer = ask(assistant, "60 million")
    assert answer.value == 60_000_000 and answer.unit == "users", answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what is yandex's share of russian e-payments",
        "what percentage is yandex's share of russian cross-border spending",
        "yandex's share of the 4.3 billion?",
    ],
)
def test_a_measure_a_source_owns_is_not_a_figure_it_gave(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered and answer.reason in ("unsupported", "vague"), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("yandex's figure for russian cross-border spending", Decimal("4.3e9")),
        ("What was iResearch's forecast for cross-border volume in 2018?", Decimal("8.8e12")),
    ],
)
def test_what_a_source_gave_is_still_its_figure(assistant, question, value):
    assert ask(assistant, question).value == value


@pytest.mark.parametrize(
    "question",
    [
        "what did the survey respondents buy on chinese sites?",
        "what do aliexpress buyers order mostly",
    ],
)
def test_what_was_bought_asks_the_goods_not_a_figure(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "unsupported"


def test_what_was_bought_after_a_count_does_not_repeat_it(assistant):
    *_, goods = turns(
        assistant, "how many respondents shopped on chinese sites", "and what did they buy"
    )
    assert not goods.answered, goods.text


def test_what_was_spent_still_asks_money(assistant):
    answer = ask(assistant, "what did russians spend on cross-border platforms?")
    assert answer.value == Decimal("4.3E9")
