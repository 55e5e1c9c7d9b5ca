"""A month and year asked are checked against the month and year of the figure's period:
"active users in April 2016" is not the count for the 12 months to April 2017."""

from __future__ import annotations

import pytest
from conversation import ask, turns


def test_the_same_month_a_year_earlier_is_refused(assistant):
    answer = ask(assistant, "how many active users did aliexpress have in april 2016?")
    assert not answer.answered, answer.text  # never the 60 million to April 2017
    assert answer.reason == "year"


@pytest.mark.parametrize(
    "question",
    ["aliexpress active users in april 2017", "AliExpress active users over the past year?"],
)
def test_the_month_of_the_period_is_answered(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(60e6), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is it bad to shop online at 4am asking for a friend",
        "how much did russians spend at 4am?",
        "did russians spend 4.3 billion dollars by 10 pm?",
    ],
)
def test_a_time_of_day_is_no_figure(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text  # "4am" is never the 4.7 trillion or 4.3 billion


@pytest.mark.parametrize(
    ("question", "year"),
    [("VIPme - when?", 2015), ("when was aliexpress", 2010), ("JD when?", 2015)],
)
def test_when_of_a_name_with_one_date_is_that_date(assistant, question, year):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == year and answer.unit == "year"


@pytest.mark.parametrize(
    "question",
    ["Russia when?", "when was alibaba", "When does Shen Difan expect to hit it?"],
)
def test_when_of_a_name_with_no_single_date_is_not_a_date(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "whats the yearly growth rate needed to get from 6.3 to 8.8 trillion in 2 years",
        "What yearly growth rate, compounded, gets 6.3 trillion to 8.8 trillion in two years?",
        "cagr over 2 years for cross-border volume",
    ],
)
def test_the_years_a_yearly_growth_spans_may_follow_it(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(18.19, abs=0.01), answer.text


def test_a_span_the_article_has_no_growth_over_is_refused(assistant):
    answer = ask(assistant, "annual growth of cross-border volume over 3 years")
    assert not answer.answered and answer.reason == "kind", answer.text


def test_extra_volume_between_two_years_is_the_increase(assistant):
    answer = ask(assistant, "how much extra cross border volume in yuan between 2016 and 2018")
    assert answer.answered and float(answer.value) == pytest.approx(2.5e12), answer.text


def test_a_typed_calendar_year_is_not_the_twelve_months_to_april_2017(assistant):
    answer = ask(assistant, "how many aliexpress active users made purchases in 2016")
    assert not answer.answered and answer.reason == "year", answer.text
    loosely = ask(assistant, "how many ppl actually bought stuff on aliexpress in the last yr")
    assert loosely.value == 20_000_000, loosely.text


@pytest.mark.parametrize("gap", ["years in between", "gap in years?"])
def test_the_years_in_between_two_dates_just_given(assistant, gap):
    *_, years = turns(
        assistant,
        "when was aliexpress set up",
        "and when did jd launch its cross-border platform",
        gap,
    )
    assert years.answered, years.text
    assert years.value == 5 and years.unit == "years"


@pytest.mark.parametrize(
    "question",
    [
        "Cross-border e-commerce volume of China is expected to reach how much until 2018?",
        "Alibaba expect to serve how many consumer until 2025?",
    ],
)
def test_until_the_year_a_forecast_is_due_asks_that_forecast(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and "by 20" in answer.text.splitlines()[0], answer.text


def test_until_a_year_of_a_reported_figure_still_bounds_it(assistant):
    answer = ask(assistant, "what was online shopping until 2016")
    assert not answer.answered and answer.reason == "year", answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did cross-border volume grow in 2016 compared with 2015?",
        "Did China's online shopping grow in 2015?",
        "did russians spend anything on chinese sites in 2015",
    ],
)
def test_a_yes_no_about_a_year_without_a_figure_is_not_denied_by_another_year(assistant, question):
    # the article gives no 2015 figures for these: its 2016 ones neither confirm nor deny
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "year"
    assert not answer.text.startswith(("No", "Yes")), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Did the State Council confirm the pilot zones in 2015?",
        "Was JD's platform launched in 2013?",
    ],
)
def test_an_event_dated_in_another_year_is_still_denied(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and answer.text.startswith("No"), answer.text


def test_an_amount_compared_with_a_year_the_article_lacks_is_refused(assistant):
    # "more than in 2015?" compares the figure with another year's, which the article lacks;
    # it is no claim that the figure is of 2015
    _, answer = turns(
        assistant,
        "How much did Russians spend on Chinese platforms?",
        "And was it more than in 2015?",
    )
    assert not answer.answered and answer.reason == "year", answer.text
    assert "only in 2016" in answer.text, answer.text  # the computed figure's own year


def test_a_year_claimed_of_a_date_is_still_checked(assistant):
    _, answer = turns(assistant, "when did JD launch its platform?", "so it was 2016?")
    assert answer.answered and answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    "question",
    ["When was the survey carried out?", "when was the paypal report released"],
)
def test_the_date_of_an_undated_report_is_not_the_articles_year(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text  # the article never dates the PayPal/Ipsos report


def test_who_released_the_report_is_still_answered(assistant):
    answer = ask(assistant, "who released the paypal report?")
    assert answer.answered and "Ipsos" in answer.text, answer.text


def test_before_the_year_of_an_event_bounds_the_year_like_before_the_year(assistant):
    answer = ask(assistant, "How many pilot zones existed before the 2016 State Council meeting?")
    assert not answer.answered and answer.reason == "year", answer.text  # never the 12 of 2016
    at = ask(assistant, "how many pilot zones were confirmed at the 2016 meeting?")
    assert at.answered and at.value == 12, at.text


@pytest.mark.parametrize("question", ["cross-border 2015?", "aliexpress 2010"])
def test_a_fragment_with_a_year_is_not_answered_with_the_date_it_typed(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text  # never "JD rolled out ... in 2015"


def test_what_happened_in_a_year_is_still_the_event_of_that_year(assistant):
    answer = ask(assistant, "what did JD launch in 2015")
    assert answer.answered and "JD" in answer.text, answer.text
