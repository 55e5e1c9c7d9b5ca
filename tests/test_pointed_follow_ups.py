"""A follow-up that points at the last figure ("of that", "for it") asks about that figure:
when the article has nothing of the kind for it, the answer is a refusal, never the same
kind of figure of another measure that happens to exist."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import turns


@pytest.mark.parametrize(
    "first",
    ["what was china's total e-commerce in 2016", "China's total e-commerce, in dollars?"],
)
def test_the_growth_of_a_figure_without_one_is_refused_not_another_growth(assistant, first):
    *_, growth = turns(assistant, first, "what was the year-on-year growth of that?")
    assert not growth.answered, growth.text  # never online shopping's 24.7%
    assert growth.reason == "vague"


def test_the_growth_of_a_figure_with_one_is_still_given(assistant):
    *_, growth = turns(assistant, "online shopping last year?", "yoy growth of that?")
    assert growth.answered and float(growth.value) == pytest.approx(24.7), growth.text


def test_a_forecast_for_a_figure_without_one_is_refused_as_a_missing_year(assistant):
    *_, forecast = turns(
        assistant,
        "what was china's total retail volume in 2016",
        "and what is the 2018 projection for it?",
    )
    assert not forecast.answered, forecast.text  # never cross-border's 8.8 trillion
    assert forecast.reason == "year"


def test_a_forecast_asked_without_pointing_back_is_the_one_the_article_makes(assistant):
    *_, forecast = turns(assistant, "what is the exchange rate", "and the 2018 forecast?")
    assert forecast.answered and "8.8 trillion yuan" in forecast.text, forecast.text


def test_a_ratio_a_year_earlier_is_refused_not_the_same_ratio_again(assistant):
    *_, ratio, earlier = turns(
        assistant,
        "how many overseas buyers did aliexpress have",
        "how many times its active users is that?",
        "and the same ratio a year earlier?",
    )
    assert ratio.answered and float(ratio.value) == pytest.approx(100 / 60, rel=1e-3)
    assert not earlier.answered, earlier.text  # never the 1.67 of April 2017 again
    assert earlier.reason == "year"


def test_a_forecast_the_conversation_has_not_got_is_refused_and_so_is_that_in_dollars(assistant):
    *_, forecast, converted = turns(
        assistant, "online shopping total china 2016", "next year forecast?", "and that in dollars?"
    )
    assert not forecast.answered and forecast.reason == "year", forecast.text  # not cross-border's
    assert not converted.answered, converted.text  # "that" is the forecast refused
    assert converted.reason == "vague"


def test_it_after_a_refused_turn_that_pointed_back_is_still_the_last_answer(assistant):
    *_, refused, converted = turns(
        assistant,
        "Does the 6.3 trillion yuan figure include B2B sales?",
        "How much of it is B2B?",
        "What's it in dollars?",
    )
    assert not refused.answered
    assert converted.answered and float(converted.value) == pytest.approx(921.9e9, rel=1e-3)


def test_radio_talk_is_read_for_the_question_inside_it(assistant):
    *_, growth = turns(
        assistant, "dispatch. online shopping total china 2016. over", "copy. growth. over"
    )
    assert growth.answered and float(growth.value) == pytest.approx(24.7), growth.text


@pytest.mark.parametrize(
    "follow_up",
    ["and the forecast?", "what is it expected to reach?", "what is the forecast for it?"],
)
def test_the_forecast_of_the_last_figure_is_the_one_the_article_makes(assistant, follow_up):
    *_, forecast = turns(assistant, "what was the cross-border volume in 2016", follow_up)
    assert forecast.answered and float(forecast.value) == pytest.approx(8.8e12), forecast.text


def test_a_forecast_of_a_figure_the_article_does_not_forecast_is_refused(assistant):
    *_, forecast = turns(assistant, "online shopping 2016", "and the forecast?")
    assert not forecast.answered, forecast.text


@pytest.mark.parametrize(
    "follow_up", ["How many years after AliExpress?", "how many yrs after aliexpress"]
)
def test_how_many_years_after_an_event_counts_from_the_date_just_given(assistant, follow_up):
    *_, span = turns(assistant, "when did vipme launch", follow_up)
    assert span.answered and float(span.value) == 5 and span.unit == "years", span.text


def test_a_count_asked_after_a_span_is_not_another_span(assistant):
    *_, count = turns(
        assistant,
        "when did jd start its cross border site",
        "how many years after aliexpress",
        "and its user count",
    )
    assert count.unit != "years", count.text  # never AliExpress's founding to its user count


@pytest.mark.parametrize(
    "turn",
    [
        "what was the growth rate of that?",
        "what was the growth of that?",
        "how fast did that grow?",
    ],
)
def test_a_growth_asked_of_a_figure_without_one_says_so(assistant, turn):
    *_, growth = turns(assistant, "what was china's total e-commerce in 2016", turn)
    assert not growth.answered, growth.text  # never cross-border's expected 39.7%
    assert growth.reason == "vague" and "no growth rate" in growth.text, growth.text


def test_the_growth_rate_of_a_figure_with_one_is_given(assistant):
    *_, growth = turns(assistant, "online shopping last year?", "what was the growth rate of that?")
    assert growth.answered and float(growth.value) == pytest.approx(24.7), growth.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "and how much of them bought in China, in percent?",
        "А сколько из них покупали в Китае, в процентах?",
    ],
)
def test_of_them_in_percent_is_the_part_as_a_share_of_the_last_figure(assistant, follow_up):
    _whole, part = turns(assistant, "how many people did the PayPal survey ask?", follow_up)
    assert part.answered and part.unit == "%" and round(part.value) == 21, part.text


def test_an_absolute_figure_after_a_share_is_the_amount_it_is_of(assistant):
    _share, amount = turns(
        assistant, "what share of Russian spending went to Chinese platforms?", "Absolute figure?"
    )
    assert amount.answered and amount.unit == "USD", amount.text
    assert amount.value == 3_440_000_000, amount.text


def test_how_many_places_after_the_buyers_is_where_they_come_from(assistant):
    _buyers, places = turns(
        assistant, "How many overseas buyers does AliExpress have?", "from how many places?"
    )
    assert places.answered and places.value == 220, places.text


@pytest.mark.parametrize(
    ("first", "claim"),
    [
        (
            "When China become largest online retail market?",
            "It was overtake the United States, yes?",
        ),
        (
            "Claim: China has been the largest online retail market since 2013. True?",
            "And it overtook the US that year?",
        ),
        (
            "Since when has China been the biggest online retail market in the world?",
            "Was it the US that it overtook?",  # the second "it", after the cleft's own
        ),
    ],
)
def test_it_after_what_a_subject_did_is_that_subject(assistant, first, claim):
    # "it" is China, which passed the US: not the US put where China should stand
    *_, checked = turns(assistant, first, claim)
    assert checked.text.startswith("Yes"), checked.text


def test_it_after_an_amount_is_the_amount_not_its_subject(assistant):
    *_, checked = turns(
        assistant,
        "Claim: China's cross-border e-commerce volume hit 6.3 trillion yuan in 2016. True?",
        "And it grew 30% from 2015?",
    )
    # the article gives no 2015 cross-border volume: never online shopping's 24.7% growth
    assert not checked.answered, checked.text


def test_years_from_a_date_until_a_typed_year_are_counted(assistant):
    *_, years = turns(
        assistant,
        "When China become largest online retail market?",
        "How many years is this until 2017?",
    )
    assert years.unit == "years" and int(years.value) == 4, years.text


@pytest.mark.parametrize(
    ("first", "then", "value"),
    [
        (
            "How much did online shopping grow in China in 2016?",
            "By how many yuan in absolute terms?",
            "930954290296.71",
        ),
        (
            "yoy growth of online shopping last year?",
            "how much is that in absolute terms, in dollars?",
            "136229644480.09",
        ),
        ("cross-border volume growth from 2016 to 2018 in percent?", "by how many yuan?", "2.5E12"),
    ],
)
def test_an_amount_asked_as_a_change_after_a_growth_rate_is_the_change(
    assistant, first, then, value
):
    # not the level the rate is of (4.7 trillion): the amount it grew by
    *_, change = turns(assistant, first, then)
    assert change.answered and round(change.value, 2) == Decimal(value), change.text


def test_another_figure_of_the_subjects_group_named_in_full_is_read_alone(assistant):
    # AliExpress is Alibaba's: its target, named in full after Alibaba's 2025 share, is
    # the target itself, not the share the last turn computed carried over to it
    *_, target = turns(
        assistant,
        "How many consumers does Alibaba expect to serve by 2025?",
        "and overseas?",
        "what share is that of the total?",
        "and what's the medium-term user target?",
    )
    assert target.answered and target.value == 100_000_000, target.text


def test_a_correction_replaces_the_word_before_the_noun_it_says_again(assistant):
    # "Chinese platforms", then "no, I meant all cross-border platforms": Chinese goes
    _, corrected = turns(
        assistant,
        "How much did Russians spend on Chinese platforms?",
        "No, I meant in total across all cross-border platforms.",
    )
    assert corrected.answered and float(corrected.value) == pytest.approx(4.3e9), corrected.text


def test_a_share_of_the_figure_just_given_and_its_positive_after_its_negative(assistant):
    _, rest, part = turns(
        assistant,
        "How much did Russians spend on cross-border platforms?",
        "And what share didn't go to China?",
        "and what share went to China?",
    )
    assert rest.answered and float(rest.value) == pytest.approx(20), rest.text  # of the 4.3bn
    assert part.answered and float(part.value) == pytest.approx(80), part.text  # not 25%


def test_a_negation_stays_when_the_turn_names_another_base(assistant):
    _, share = turns(
        assistant, "how many active users didn't buy?", "and as a share of the active users?"
    )
    assert share.answered and float(share.value) == pytest.approx(66.67, rel=1e-3), share.text


def test_and_after_ok_opens_a_follow_up_of_a_refused_question(assistant):
    # the earlier question was refused (Amazon), but its words say whose spending is asked
    _, answer = turns(
        assistant, "how much did russians spend on amazon last year", "ok and on chinese platforms?"
    )
    assert answer.answered and float(answer.value) == pytest.approx(3.44e9), answer.text


def test_the_part_named_after_the_whole_it_implies(assistant):
    # the global volume is implied by China's 26.1 trillion yuan and its 39.2% share
    _, part = turns(assistant, "So how big is the global e-commerce volume?", "and China's part?")
    assert part.answered and float(part.value) == pytest.approx(26.1e12), part.text


def test_the_side_named_as_a_part_after_a_difference(assistant):
    *_, part = turns(
        assistant,
        "How big is the global e-commerce volume?",
        "And outside China?",
        "Give me China's part in dollars.",
    )
    assert part.answered and part.unit == "USD", part.text
    assert float(part.value) == pytest.approx(3.8193e12, rel=1e-3), part.text


def test_the_rest_outside_the_part_is_still_the_difference(assistant):
    _, rest = turns(
        assistant,
        "How big is the global e-commerce volume?",
        "And how much of it sits outside China?",
    )
    assert rest.answered and float(rest.value) == pytest.approx(40.48e12, rel=1e-3), rest.text


def test_another_country_named_after_a_share_is_refused(assistant):
    # the article gives China's share of global e-commerce, and no other country's
    *_, answer = turns(
        assistant,
        "How much percent e-commerce China have from the world?",
        "And the other countries together?",
        "And USA alone?",
    )
    assert not answer.answered, answer.text  # never the year China overtook the US


@pytest.mark.parametrize(
    "turn", ["and China's volume in dollars?", "а китайский объем в долларах?"]
)
def test_the_part_named_by_its_subject_after_the_whole_is_not_the_whole_again(assistant, turn):
    _, part = turns(assistant, "So how big is the global e-commerce volume?", turn)
    assert part.answered and part.unit == "USD", part.text
    assert float(part.value) == pytest.approx(3.8193e12, rel=1e-3), part.text  # not $9.74tn


@pytest.mark.parametrize("turn", ["when was it set up?", "it is set up which year"])
def test_the_date_of_the_subject_named_by_everyday_words(assistant, turn):
    # "set up" is AliExpress's founding (2010), not the date of the buyer count (2017)
    _, answer = turns(assistant, "how many overseas buyers does aliexpress have", turn)
    assert answer.answered and int(answer.value) == 2010, answer.text
