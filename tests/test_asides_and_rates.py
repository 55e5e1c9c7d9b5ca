"""Words around the question that ask nothing (the user's infographic, their colleague, an
apology), questions put inside another sentence ("she wants to know when ..."), and rates
said "yuan to the dollar": a question in, the answer (or the refusal and its reason) out.
Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("for an infographic: how much did Russians spend on Chinese platforms?", 3440000000),
        ("Excuse me, how many pilot zones did the State Council confirm?", 12),
        ("quick sanity check: how many respondents were in the PayPal survey?", 28000),
        ("my tutor needs the number of AliExpress active users, sorry for the typos", 60000000),
        ("for my spreadsheet, to two decimal places: JD's cross-border launch year", 2015),
    ],
)
def test_words_about_the_users_work_or_manners_do_not_block_the_figure(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(value)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("for an infographic: what was JD's revenue?", "revenue"),
        ("my colleague asks how much Germans spent on Chinese sites", "germans"),
    ],
)
def test_such_words_never_rescue_a_subject_or_measure_the_article_lacks(assistant, question, word):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "unknown"
    assert word in answer.text.lower()


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("my colleague wants to know when JD launched its cross-border platform", 2015),
        ("she asked me how many pilot zones there are", 12),
        ("I'm curious how many overseas warehouses the 2015 guideline wanted", 100),
    ],
)
def test_a_question_inside_another_sentence_still_asks(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(value)


@pytest.mark.parametrize(
    "question",
    [
        "how many yuan to the dollar does the article imply?",
        "6.3 trillion yuan is $921.9 billion. How many yuan to the dollar does that make?",
        "a dollar is how many yuan?",
        "How many yuan to the dollar does the article's cross-border conversion imply?",
    ],
)
def test_a_rate_said_per_dollar_is_the_article_rate(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert round(answer.value, 2) == Decimal("6.83")


# --- a share of two figures: the words after "percent of" name the whole -------------------
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("active users as % of the 100 million target", 60),
        ("AliExpress overseas buyers as a percentage of its active users", Decimal(500) / 3),
    ],
)
def test_the_whole_of_a_share_is_the_figure_named_after_of(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert round(answer.value, 1) == round(Decimal(value), 1)


@pytest.mark.parametrize(
    ("question", "per"),
    [
        ("cross-border 2016, yuan to usd: what rate?", "yuan per US dollar"),
        ("what rate turns the 6.3 trillion yuan into dollars?", "yuan per US dollar"),
        ("what exchange rate, in dollars per yuan?", "per yuan"),
    ],
)
def test_a_rate_asked_beside_currencies_is_the_rate_not_a_conversion(assistant, question, per):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.intent != "convert"
    assert per in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How many pilot zones did the State Council confirm? I always mix up these bodies.", 12),
        ("When did JD roll out its cross-border platform? My notes are a mess, sorry.", 2015),
        ("how many ppl r in the paypal survey", 28000),
        ("AliExpress overseas buyers as of Apr 10?", 100_000_000),
        ("gap b/w the 100m user target and active users", 40_000_000),
        ("Alibaba mid-term user target #", 100_000_000),
        ("JD cross-border platform go-live year", 2015),
        ("How many pilot zones did the State Council confirm? I export from Kazakhstan.", 12),
    ],
)
def test_asides_after_the_question_and_chat_shorthand_do_not_block(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(value)


def test_an_aside_after_the_question_never_rescues_an_unknown_subject(assistant):
    answer = ask(assistant, "How much did Germans spend on Chinese sites? I'm writing a memo.")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "How much did Russians spend on Chinese platforms? I mean Kazakhstan.",
        "How much did Russians spend on Chinese platforms? I'm asking about Kazakhstan.",
    ],
)
def test_a_sentence_that_corrects_the_question_is_no_aside(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "kazakhstan" in answer.text.lower()


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("online shopping as a share of total retail in 2016, 3 sig figs", Decimal(14)),
        ("JD's cross-border launch year, to 0 decimal places please", Decimal(2015)),
    ],
)
def test_a_rounding_instruction_quotes_no_figure(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == value


def test_todays_rate_is_not_the_articles(assistant):
    answer = ask(assistant, "what's the dollar-yuan rate today?")
    assert not answer.answered, answer.text
    assert answer.reason == "year"


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("6.3 trillion yuan is $921.9 billion, so what's a dollar in yuan?", 6.8337, "CNY/USD"),
        ("if 6.3tn yuan = $921.9bn, one yuan buys how many dollars?", 0.14633, "USD/CNY"),
    ],
)
def test_a_figure_quoted_in_both_currencies_only_states_the_rate(assistant, question, value, unit):
    answer = ask(assistant, question)
    assert answer.unit == unit, answer.text
    assert float(answer.value) == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("one yuan buys how many dollars?", "$0.14633 per yuan"),
        ("a dollar gets how many yuan?", "6.8337 yuan per US dollar"),
    ],
)
def test_a_verb_after_one_unit_of_a_currency_asks_the_rate_not_shopping(assistant, question, rate):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert "online shopping" not in answer.text  # "buys" is no purchase here
    assert rate in answer.text  # quoted per the unit the question counts from


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How many pilot zones did the State Council confirm? I can't keep these straight.", 12),
        ("How much did Russians spend cross-border? I'd guess around 5 billion.", 4_300_000_000),
        ("Sorry I can't recall it: how many countries did the survey cover?", 32),
    ],
)
def test_asides_with_contractions_and_guessed_figures_do_not_block(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(value)


def test_a_figure_in_an_opening_about_the_user_is_still_a_premise(assistant):
    answer = ask(assistant, "If I take the 8.8tn 2018 estimate, how much is that above 2016, in %?")
    assert answer.answered, answer.text
    assert round(float(answer.value), 1) == 39.7


def test_the_rate_named_by_the_figures_it_comes_from_is_the_rate(assistant):
    answer = ask(
        assistant,
        "How many US dollars is one yuan worth at the rate implied by the article's "
        "cross-border figures?",
    )
    assert answer.unit == "USD/CNY" and abs(answer.value - Decimal("0.14633")) < Decimal(
        "0.0001"
    ), answer.text


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "How much is 8.8 trillion yuan in dollars, using the same rate as the 6.3 trillion "
            "figure?",
            1.2877e12,
        ),
        (
            "convert the 2018 forecast to dollars at the rate implied by the 6.3 trillion yuan "
            "and 921.9 billion dollar figures",
            1.2877e12,
        ),
        (
            "Using the rate implied by 6.3 trillion yuan = $921.9 billion, what is Russian "
            "spending on Chinese platforms in yuan?",
            23.508e9,
        ),
    ],
)
def test_the_figures_a_rate_comes_from_are_no_operands(assistant, question, want):
    """Words saying where the conversion rate comes from name figures only to point at the
    article's rate; the figure converted is the other one."""
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(want, rel=1e-3), answer.text


def test_a_rate_asked_about_is_still_the_rate(assistant):
    answer = ask(assistant, "Is the exchange rate implied by the article above 7 yuan per dollar?")
    assert answer.answered and answer.text.startswith("No"), answer.text
