"""What a follow-up points at: the last figure given, which a refused turn does not erase,
and which words after "that" can single out when the last answer set two figures apart."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns

ALIBABA = (
    "How many consumers does Alibaba expect to serve worldwide by 2025?",
    "How many of those are overseas?",
)


def test_a_refused_turn_leaves_the_last_figure_to_point_at(assistant):
    *_, refused, ratio = turns(
        assistant,
        *ALIBABA,
        "And how many of those in Russia?",
        "Fine. That overseas number is how many times AliExpress's 100 million buyers?",
    )
    assert not refused.answered
    assert ratio.intent == "ratio" and float(ratio.value) == pytest.approx(10), ratio.text


def test_words_after_that_pick_one_of_the_two_figures_just_compared(assistant):
    *_, share, ratio = turns(
        assistant,
        *ALIBABA,
        "As a share of the total?",
        "How many times the 100m overseas buyers AliExpress had in 2017 is that overseas figure?",
    )
    assert float(share.value) == pytest.approx(50)
    assert ratio.intent == "ratio" and float(ratio.value) == pytest.approx(10), ratio.text


def test_a_ratio_after_a_count_is_not_held_to_be_a_count(assistant):
    *_, ratio = turns(
        assistant, *ALIBABA, "what is that divided by AliExpress's 100 million overseas buyers"
    )
    assert ratio.intent == "ratio" and float(ratio.value) == pytest.approx(10), ratio.text


def test_a_bare_currency_after_a_refusal_does_not_convert_the_older_figure(assistant):
    *_, refused, bare = turns(
        assistant,
        "How much did Russians spend on cross-border platforms?",
        "How much is the other 20 percent in rubles?",
        "Then in yuan please",
    )
    assert not refused.answered
    assert not bare.answered, bare.text  # never the whole 4.3 billion in yuan


def test_so_in_dollars_converts_the_figure_just_given(assistant):
    _, converted = turns(assistant, "total online shopping 2016", "so in dollars?")
    assert converted.unit == "USD", converted.text
    assert float(converted.value) == pytest.approx(687.77e9, rel=1e-3)


def test_a_premise_typed_in_yuan_keeps_its_currency_after_dollars(assistant):
    *_, whole = turns(
        assistant, "total online shopping 2016", "in dollars?", "and that 4.7 is 14% of what"
    )
    assert whole.unit == "CNY", whole.text
    assert float(whole.value) == pytest.approx(33.5714e12, rel=1e-3)


def test_it_after_a_refused_comparison_is_still_the_subject_answered_before(assistant):
    *_, users = turns(
        assistant,
        "when did jd launch its cross border platform",
        "how many years after aliexpress was that",
        "how many users does it have",
    )
    assert not users.answered, users.text  # JD gives no user count; not AliExpress's 60m


def test_folks_are_counted_as_people_not_warehouses(assistant):
    *_, overseas = turns(assistant, "how many of those folks from outside the country")
    assert not overseas.answered, overseas.text
    *_, overseas = turns(
        assistant,
        "How many consumers does Alibaba expect to serve by 2025?",
        "how many of those folks from outside the country",
    )
    assert float(overseas.value) == pytest.approx(1e9), overseas.text


def test_the_year_of_a_rate_is_not_the_year_of_the_figure_to_convert(assistant):
    _, converted, increase = turns(
        assistant,
        "State the 2018 projection for cross-border volume.",
        "In dollars at the 2016 implied rate?",
        "And the increase over 2016, in dollars?",
    )
    assert converted.unit == "USD", converted.text
    assert float(converted.value) == pytest.approx(1.28773e12, rel=1e-4)  # 2018's, not 2016's
    assert increase.unit == "USD", increase.text  # 2018 less 2016, not less online shopping
    assert float(increase.value) == pytest.approx(365.833e9, rel=1e-4)


def test_a_claim_about_them_is_checked_against_the_subject_just_given(assistant):
    _, claim = turns(
        assistant,
        "How many active users did AliExpress register over the past 12 months?",
        "And more than 30 million of them made purchases, correct?",
    )
    assert claim.text.startswith("No."), claim.text
    assert float(claim.value) == pytest.approx(20e6), claim.text  # not online shopping


def test_a_rate_of_another_year_after_a_conversion_is_refused(assistant):
    _, other = turns(
        assistant,
        "8.8 trillion yuan in dollars at the 2016 rate",
        "What is the 8.8 trillion yuan forecast worth in dollars at the 2018 exchange rate?",
    )
    assert not other.answered, other.text


def test_the_year_before_a_pair_of_figures_is_not_one_of_them_again(assistant):
    *_, before = turns(
        assistant,
        "How many active users did AliExpress register over the past 12 months?",
        "And how many of those active users didn't buy?",
        "And how many active users did it have the year before?",
    )
    assert not before.answered, before.text  # not the same 60 million again


def test_the_difference_of_two_figures_a_year_earlier_needs_both_a_year_earlier(assistant):
    """E-commerce has no 2015 figure: the change in online shopping into 2016 is no
    "difference a year earlier", and the refusal names the year and the figure lacking."""
    *_, earlier = turns(
        assistant,
        "What was China's total e-commerce last year?",
        "And online shopping?",
        "What's the difference between them?",
        "And a year earlier, what was the difference?",
    )
    assert not earlier.answered and earlier.reason == "year", earlier.text
    assert "for 2015" in earlier.text and "e-commerce in 2016" in earlier.text


def test_the_year_before_a_figure_with_no_year_says_so(assistant):
    answer = turns(assistant, "what was AliExpress's medium-term user target the year before?")[0]
    assert not answer.answered
    assert "no year before it" in answer.text and "for  there" not in answer.text


def test_now_is_never_answered_with_a_forecast(assistant):
    answer = turns(assistant, "how many overseas users does Alibaba have now?")[0]
    assert not answer.answered and "forecast" in answer.text, answer.text
    *_, buyers = turns(
        assistant, "when was AliExpress created?", "and how many overseas buyers it has now?"
    )
    assert float(buyers.value) == pytest.approx(100e6), buyers.text  # the article's present


def test_that_after_a_refused_computation_is_not_the_figure_before_it(assistant):
    *_, refused, claim = turns(
        assistant,
        "What percentage of Russia's 2016 cross-border spending went to Chinese platforms?",
        "Express that Chinese-platform amount as a percentage of China's 2016 cross-border "
        "volume in dollars.",
        "Is that under one percent?",
    )
    assert not claim.answered, claim.text  # never "No" about the 80% given before


def test_the_actual_figure_after_a_claim_is_the_figure_checked(assistant):
    *_, claim, actual = turns(
        assistant,
        "How many active users did AliExpress register over the past 12 months?",
        "And more than 30 million of them made purchases, correct?",
        "What's the actual figure then?",
    )
    assert float(actual.value) == pytest.approx(20e6), actual.text


def test_the_rate_used_after_a_conversion_is_the_exchange_rate(assistant):
    *_, rate = turns(
        assistant, "russian spending on chinese sites", "in yuan", "whats the rate used"
    )
    assert rate.unit == "CNY/USD" and float(rate.value) == pytest.approx(6.8337, rel=1e-4)


def test_a_word_many_figures_share_leans_on_the_last_answer(assistant):
    *_, level = turns(assistant, "how much did online shopping grow in 2016?", "to what volume?")
    assert float(level.value) == pytest.approx(4.7e12), level.text  # not cross-border's 6.3


def test_the_whole_a_share_implies_is_what_that_is(assistant):
    *_, share, whole = turns(
        assistant,
        "how much did online shopping grow in 2016?",
        "to what volume?",
        "what share of all retail was it?",
        "so all retail china, that is how much?",
    )
    assert float(share.value) == pytest.approx(14), share.text
    assert float(whole.value) == pytest.approx(33.5714e12, rel=1e-4), whole.text


def test_how_far_short_of_the_target_is_the_gap(assistant):
    *_, gap = turns(
        assistant,
        "How many active users did AliExpress rack up in the past 12 months?",
        "And what's the medium-term user target Shen Difan talked about?",
        "So how far short are they, in users?",
    )
    assert float(gap.value) == pytest.approx(40e6), gap.text


def test_per_country_spreads_the_count_just_given_and_them_keeps_the_base(assistant):
    _, per, active, bought = turns(
        assistant,
        "How many overseas buyers did AliExpress have by April 10?",
        "Per country and region?",
        "Active users as a percent of those buyers?",
        "And purchasers as a percent of them?",
    )
    assert per.intent == "per_unit" and float(per.value) == pytest.approx(454545.45), per.text
    assert float(active.value) == pytest.approx(60), active.text
    assert float(bought.value) == pytest.approx(20), bought.text  # of the buyers, not 500%


def test_average_respondents_per_country_is_not_spread_from_the_shoppers(assistant):
    *_, average = turns(
        assistant,
        "how many people were surveyed",
        "and how many of the respondents shopped on chinese sites",
        "average respondents per country then?",
    )
    assert not (average.answered and float(average.value) < 10), average.text


def test_years_after_a_dated_statement_use_its_sentences_date(assistant):
    *_, years = turns(
        assistant,
        "When did China beat the US in online retail?",
        "How many years after AliExpress was that?",
    )
    assert float(years.value) == pytest.approx(3), years.text  # 2013 less 2010


def test_the_articles_own_year_typed_as_2016_is_not_its_publication(assistant):
    *_, years = turns(
        assistant,
        "When did China beat the US in online retail?",
        "How many years before the article's 2016 data is that?",
    )
    assert not (years.answered and float(years.value) == 4), years.text


def test_a_turn_that_names_nothing_read_is_not_the_last_answer_again(assistant):
    *_, languages, aim = turns(
        assistant,
        "when did JD launch its cross-border platform",
        "which languages",
        "what's it meant to do",
    )
    assert aim.text.splitlines()[0] != languages.text.splitlines()[0], aim.text


def test_the_increase_after_one_years_level_spans_the_series(assistant):
    *_, increase, dollars = turns(
        assistant,
        "What was the implied 2015 online shopping level?",
        "And the absolute increase?",
        "Convert that increase to dollars at the article's implied rate.",
    )
    assert float(increase.value) == pytest.approx(930.954e9, rel=1e-4), increase.text
    assert dollars.unit == "USD" and float(dollars.value) == pytest.approx(136.23e9, rel=1e-3)


@pytest.mark.parametrize("follow_up", ["who said that", "Who said so?"])
def test_who_said_that_is_the_source_of_the_figure_just_given(assistant, follow_up):
    _, source = turns(
        assistant, "when did china become the biggest online retail market", follow_up
    )
    assert "Ministry of Commerce" in source.text, source.text


def test_a_turn_naming_china_is_about_china_not_the_subject_before(assistant):
    answers = turns(
        assistant,
        "How much did Russians spend on Chinese platforms in 2016?",
        "And China's total cross-border volume in dollars that year?",
    )
    assert float(answers[-1].value) == pytest.approx(921.9e9), answers[-1].text


def test_the_two_figures_just_compared_are_compared_another_way(assistant):
    answers = turns(
        assistant,
        "What was China's total e-commerce worth in 2016?",
        "And online shopping?",
        "What percent of the first is the second?",
        "And the difference in yuan?",
    )
    assert float(answers[-1].value) == pytest.approx(21.4e12), answers[-1].text


def test_a_gap_asked_after_a_gap_as_a_share_is_that_gap(assistant):
    answers = turns(
        assistant,
        "AliExpress active users, trailing 12 months?",
        "Medium-term target?",
        "what share of the target is the gap?",
        "And the gap in absolute terms?",
    )
    assert float(answers[-1].value) == pytest.approx(40e6), answers[-1].text


def test_by_which_body_asks_who_gave_the_figure_just_given(assistant):
    answers = turns(
        assistant, "How many cross-border e-commerce pilot zones were confirmed?", "by which body?"
    )
    assert "State Council" in answers[-1].text and answers[-1].answered, answers[-1].text


def test_a_growth_after_a_conversion_is_a_rate_not_an_amount_in_that_currency(assistant):
    answers = turns(assistant, "china online shopping 2016?", "usd pls", "growth?")
    assert float(answers[-1].value) == pytest.approx(24.7), answers[-1].text


def test_it_is_the_figure_before_when_the_last_one_cannot_be_what_is_asked(assistant):
    answers = turns(
        assistant,
        "china online shopping 2016?",
        "usd pls",
        "growth?",
        "wait go back, what % of retail was it",
    )
    assert float(answers[-1].value) == pytest.approx(14), answers[-1].text


def test_a_bare_operation_after_one_subject_is_not_another_subjects_figure(assistant):
    answers = turns(assistant, "RU spend on CN platforms 2016 $?", "in CNY @ article fx?", "yoy?")
    assert not answers[-1].answered, answers[-1].text  # not China's online shopping growth


def test_a_short_turn_naming_a_measure_is_a_new_question(assistant):
    answers = turns(assistant, "RU spend on CN platforms 2016 $?", "and overseas warehouses?")
    assert float(answers[-1].value) == 100, answers[-1].text


def test_a_count_named_after_the_rest_of_a_share_is_the_count_behind_it(assistant):
    *_, count = turns(
        assistant,
        "What share of the PayPal/Ipsos respondents shopped on Chinese websites?",
        "and what share didn't?",
        "how many respondents is that?",
    )
    assert float(count.value) == pytest.approx(22120), count.text


def test_its_after_a_name_answered_is_that_subject(assistant):
    _, sales = turns(
        assistant,
        "Which platform launched a cross-border B2C site with a Russian version?",
        "And its 2016 cross-border sales?",
    )
    assert not sales.answered, sales.text  # JD's sales are not in the article; China's are


def test_a_share_named_of_the_last_figure_is_applied_and_converts(assistant):
    _, half, in_yuan, first = turns(
        assistant,
        "how much did russians spend on chinese sites in 2016?",
        "half that?",
        "in yuan?",
        "back to the first number, in yuan",
    )
    assert float(half.value) == pytest.approx(1.72e9), half.text
    assert "50%" in half.text  # the working shows the share applied
    assert in_yuan.unit == "CNY" and float(in_yuan.value) == pytest.approx(11.754e9, rel=1e-3)
    assert first.unit == "CNY" and float(first.value) == pytest.approx(23.508e9, rel=1e-3)


def test_a_share_said_back_is_still_a_claim(assistant):
    _, claim = turns(
        assistant,
        "what share of aliexpress active users bought?",
        "so that's about a third?",
    )
    assert claim.text.startswith("Yes."), claim.text


@pytest.mark.parametrize(
    ("said", "value"),
    [
        pytest.param(
            ("online shopping's share of china's retail in 2016?", "the rest, %?"), 86, id="rest"
        ),
        pytest.param(
            (
                "what share of russian cross-border spending went to chinese platforms?",
                "and what percentage went elsewhere?",
            ),
            20,
            id="elsewhere",
        ),
        pytest.param(
            (
                "what share of respondents shopped on chinese sites?",
                "and the others, in percent?",
            ),
            79,
            id="the others",
        ),
        pytest.param(
            (
                "China's total e-commerce in 2016?",
                "then what is the global volume?",
                "and the rest of the world?",
                "as a share?",
            ),
            60.8,
            id="the rest of a whole, as a share",
        ),
    ],
)
def test_the_rest_of_a_share_as_a_percentage(assistant, said, value):
    *_, rest = turns(assistant, *said)
    assert float(rest.value) == pytest.approx(value), rest.text


def test_a_percentage_increase_after_a_multiple_is_the_growth_between_the_same_two(assistant):
    *_, growth = turns(
        assistant,
        "What was China's online shopping total last year?",
        "And total e-commerce?",
        "How many times bigger is the second than the first?",
        "By what percentage does it exceed it?",
    )
    assert growth.intent == "growth" and float(growth.value) == pytest.approx(455.319), growth.text


def test_a_turn_whose_own_words_find_another_figure_is_not_the_last_answer_again(assistant):
    _, share = turns(
        assistant,
        "what share of aliexpress active users bought?",
        "and the 20 million purchasers as a % of the buyer count?",
    )
    assert float(share.value) == pytest.approx(20), share.text


@pytest.mark.parametrize(
    "back", ["returning to the original figure - in yuan?", "the first one again, in yuan"]
)
def test_going_back_to_the_first_figure_in_other_words(assistant, back):
    *_, first = turns(
        assistant, "how much did russians spend on chinese sites in 2016?", "half that?", back
    )
    assert first.unit == "CNY" and float(first.value) == pytest.approx(23.508e9, rel=1e-3)


@pytest.mark.parametrize(
    "first, converting, then, unit, value",
    [
        # a bare "in dollars?" converts the figure just given, once
        (
            "China's cross-border volume in 2016?",
            "In dollars?",
            "And the 2018 projection?",
            "CNY",
            8.8e12,
        ),
        ("CN total ecom 2016?", "in usd?", "online shopping same yr?", "CNY", 4.7e12),
        # a question asking for a currency in its own words sets it for what follows
        (
            "What exchange rate does the article imply?",
            "so russians' 4.3bn is how much in yuan?",
            "and the 80% that went to chinese platforms?",
            "CNY",
            23.508e9,
        ),
        (
            "What exchange rate does the article imply?",
            "4.7tn CNY online shopping in USD?",
            "and 26.1tn?",
            "USD",
            3.8193e12,
        ),
    ],
)
def test_a_bare_currency_converts_once_a_worded_one_holds(
    assistant, first, converting, then, unit, value
):
    *_, converted, answer = turns(assistant, first, converting, then)
    assert converted.answered, converted.text
    assert answer.unit == unit, answer.text
    assert float(answer.value) == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize(
    "compare, value",
    [
        ("How many times bigger is the Chinese figure?", 214.395),
        ("What percent of that is the Russian figure?", 0.46643),
        ("the russian one as a share of the chinese one?", 0.46643),
    ],
)
def test_two_answers_pointed_at_by_their_subjects_names(assistant, compare, value):
    *_, answer = turns(
        assistant,
        "What did Russian consumers spend on cross-border platforms in 2016?",
        "And China's cross-border e-commerce volume in dollars that year?",
        compare,
    )
    assert answer.answered and float(answer.value) == pytest.approx(value, rel=1e-4), answer.text


def test_after_two_answers_compared_the_other_way_round_by_name(assistant):
    *_, ratio, share = turns(
        assistant,
        "What did Russian consumers spend on cross-border platforms in 2016?",
        "And China's cross-border e-commerce volume in dollars that year?",
        "How many times bigger is the Chinese figure?",
        "And the Russian figure as a percent of the Chinese one?",
    )
    assert float(ratio.value) == pytest.approx(214.395, rel=1e-4), ratio.text
    assert share.unit == "%" and float(share.value) == pytest.approx(0.46643, rel=1e-4), share.text


def test_a_noun_with_a_clause_after_an_opener_asks_and_claims_nothing(assistant):
    *_, part = turns(
        assistant,
        "so russians' 4.3bn is how much in yuan?",
        "and the 80% that went to chinese platforms?",
    )
    assert not part.text.startswith(("Yes", "No")), part.text
    assert float(part.value) == pytest.approx(23.508e9, rel=1e-3), part.text


def test_a_year_asked_of_the_subject_is_not_another_subjects_figure(assistant):
    *_, earlier = turns(
        assistant,
        "how much did russians spend on foreign platforms last year?",
        "and in 2015, how much spent?",
    )
    assert not earlier.answered and earlier.reason == "year", earlier.text
    assert "2015" in earlier.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "Source?",
        "src?",
        "and the source?",
        "sources pls",
        "reported by?",
        "says who?",
        "according to which report?",
        "per which report?",  # never "per" as an average
    ],
)
def test_a_bare_source_asks_who_gave_the_figure_just_given(assistant, follow_up):
    _, source = turns(assistant, "how much did russians spend on cross-border sites?", follow_up)
    assert source.answered and "Yandex" in source.text.splitlines()[0], source.text


def test_a_question_ending_in_by_asks_who_did_it(assistant):
    *_, who, year = turns(assistant, "# xborder pilot zones?", "confirmed by?", "yr?")
    assert who.answered and "State Council" in who.text.splitlines()[0], who.text
    assert not who.text.startswith(("Yes", "No")), who.text
    assert year.answered and float(year.value) == 2016, year.text


def test_a_source_mentioned_after_a_question_asks_the_figure(assistant):
    answer = ask(
        assistant,
        "What is the projected cross-border volume for 2018 according to the same source?",
    )
    assert answer.answered and float(answer.value) == pytest.approx(8.8e12), answer.text


def test_a_share_asked_in_percent_then_in_dollars_is_the_sum_that_share_is(assistant):
    *_, share, dollars, yuan = turns(
        assistant,
        "how much did russians spend on cross-border sites last year?",
        "and what part of it went to chinese platforms, %?",
        "that in dollars?",
        "and in yuan?",
    )
    assert share.unit == "%" and float(share.value) == pytest.approx(80), share.text
    assert dollars.unit == "USD" and float(dollars.value) == pytest.approx(3.44e9), dollars.text
    assert yuan.unit == "CNY" and float(yuan.value) == pytest.approx(23.508e9, rel=1e-3), yuan.text


def test_a_sum_claimed_of_a_share_is_checked_against_the_sum_it_stands_for(assistant):
    *_, claim = turns(
        assistant,
        "How much did Russians spend cross-border in 2016?",
        "And how much of that is the Chinese sites, percent-wise?",
        "So is that more than three billion dollars then?",
    )
    assert claim.text.startswith("Yes") and claim.unit == "USD", claim.text


def test_a_claim_about_the_last_figure_keeps_its_subject_for_the_next_turn(assistant):
    *_, claim, earlier = turns(
        assistant,
        "How much did Russians spend on cross-border platforms last year?",
        "Is that more than 20 billion yuan?",
        "And in 2015, how much did they spend?",
    )
    assert claim.text.startswith("Yes"), claim.text
    # Russia has no 2015 figure; China's 2015 online shopping is not what they spent
    assert not earlier.answered, earlier.text


@pytest.mark.parametrize(
    ("first", "gap", "share", "expected"),
    [
        (
            "how many active users did aliexpress have",
            "how many of them never bought anything?",
            "and what percentage of the active users is that",
            66.667,
        ),
        (
            "What was the global e-commerce volume in 2016?",
            "and how much of it was outside China, in yuan?",
            "what percent of global e-commerce is that?",
            60.8,
        ),
    ],
)
def test_a_gap_as_a_share_of_the_whole_the_turn_names(assistant, first, gap, share, expected):
    *_, rest, answer = turns(assistant, first, gap, share)
    assert rest.intent == "difference", rest.text
    # the part just given, of the whole named: not the stated share of the other part
    assert answer.unit == "%" and float(answer.value) == pytest.approx(expected, rel=1e-3)


def test_a_source_asked_carries_over_to_the_next_figure_named(assistant):
    *_, survey, total = turns(
        assistant,
        "who gave the $4.3 billion figure on Russian spending?",
        "and for the 21% figure?",
        "And for the 26.1 trillion yuan total e-commerce figure?",
    )
    assert survey.text.startswith("According to PayPal and Ipsos"), survey.text
    # not the global volume built on the 26.1 trillion
    assert total.text.startswith("According to China's Ministry of Commerce"), total.text


@pytest.mark.parametrize(
    "claim",
    [
        "And that China's been the largest online retail market since 2013?",
        "and the claim that China has been the biggest online retail market since 2013?",
    ],
)
def test_a_claim_named_after_a_source_question_asks_whose_it_is(assistant, claim):
    *_, source = turns(
        assistant,
        "who reported the 4.3 billion figure?",
        "and the 6.3 trillion?",  # retail and B2B: "retail" in the claim is no part of it
        claim,
    )
    assert source.text.startswith("According to China's Ministry of Commerce"), source.text


def test_a_claim_checked_after_a_source_question_is_still_checked(assistant):
    *_, checked = turns(
        assistant,
        "who reported the 4.3 billion figure?",
        "And that China's been the largest online retail market since 2010, right?",
    )
    assert checked.text.startswith("No"), checked.text


def test_a_kind_asked_after_a_source_question_is_the_turns_own(assistant):
    *_, year, count = turns(
        assistant,
        "Which ministry issued the overseas warehouse guideline?",
        "what year was that?",
        "and how many warehouses did it aim for?",
    )
    assert year.unit == "year" and int(year.value) == 2015, year.text
    assert int(count.value) == 100 and not count.text.startswith("According"), count.text


@pytest.mark.parametrize(
    ("compared", "other", "expected"),
    [
        # the smaller figure (the part) gives way to the one the turn names ...
        (
            "what percent of total e-commerce was cross-border in 2016?",
            "and online shopping?",
            18.008,
        ),
        (
            "how many times bigger was total e-commerce than cross-border?",
            "and than online shopping?",
            5.5532,
        ),
        # ... or the whole, when the turn names it after "of"
        ("cross-border volume as a share of total e-commerce?", "and of online shopping?", 134.04),
    ],
)
def test_a_figure_named_alone_replaces_the_operand_it_stands_for(
    assistant, compared, other, expected
):
    _, answer = turns(assistant, compared, other)
    assert float(answer.value) == pytest.approx(expected, rel=1e-3), answer.text


def test_right_after_a_claim_is_refuted_what_was_it_asks_the_article_figure(assistant):
    _, figure = turns(
        assistant, "Russians spent five billion dollars abroad in 2016, correct?", "so what was it?"
    )
    assert int(figure.value) == 4_300_000_000, figure.text
    _, source = turns(
        assistant, "did the 4.3 billion dollar figure come from iresearch?", "who was it then"
    )
    assert source.text.startswith("According to Yandex"), source.text


def test_after_a_claim_a_turn_naming_another_figure_is_not_the_claimed_one(assistant):
    *_, target = turns(
        assistant,
        "how many aliexpress active users bought something?",
        "so about a third of active users, right?",
        "what's the target they're aiming for",
    )
    assert int(target.value) == 100_000_000, target.text


@pytest.mark.parametrize(
    ("first", "claim", "verdict"),
    [
        ("when did JD roll out its cross-border platform?", "so it was 2014?", "No."),
        ("when did JD roll out its cross-border platform?", "so that was 2015?", "Yes."),
        ("Did China become the top cross-border destination in 2015?", "so it was 2016?", "Yes."),
    ],
)
def test_a_year_claimed_of_the_last_answer_is_checked(assistant, first, claim, verdict):
    _, answer = turns(assistant, first, claim)
    assert answer.text.startswith(verdict), answer.text


def test_the_actual_figure_asked_after_a_claim_is_the_claimed_ones(assistant):
    _, actual = turns(
        assistant,
        "A colleague says online shopping was half of China's retail in 2016. True?",
        "what's the real share then?",
    )
    assert float(actual.value) == 14, actual.text  # not China's 39.2% of global e-commerce


def test_a_bare_and_after_a_claim_checks_the_claim_with_the_new_words(assistant):
    _, russian = turns(
        assistant, "Did JD's cross-border platform have an English version?", "and a Russian one?"
    )
    assert russian.text.startswith("Yes."), russian.text
    _, retail = turns(
        assistant,
        "Does the 6.3 trillion yuan cross-border figure include B2B sales?",
        "And retail?",
    )
    assert retail.text.startswith("Yes."), retail.text  # not total retail's 33.57 trillion


def test_a_bare_and_after_a_claim_naming_nothing_of_its_figure_is_no_claim(assistant):
    _, answer = turns(
        assistant,
        "AliExpress had over 100 million overseas buyers, right?",
        "and that it's profitable?",
    )
    assert not answer.answered, answer.text


def test_a_source_asked_carries_to_a_figure_named_by_its_words(assistant):
    *_, russian = turns(
        assistant,
        "who gave the 4.7 trillion yuan online shopping number?",
        "and the Russian spending number?",
    )
    assert russian.text.startswith("According to Yandex"), russian.text
    _, value = turns(assistant, "who is the source of the 4.3 billion?", "and the figure itself?")
    assert int(value.value) == 4_300_000_000, value.text


def test_a_refused_turn_asking_a_count_ends_the_source_questions(assistant):
    *_, zones = turns(
        assistant,
        "who announced the overseas warehouse target?",
        "how many were already built?",
        "and the pilot zones number?",
    )
    assert int(zones.value) == 12 and not zones.text.startswith("According"), zones.text


def test_a_turn_naming_only_a_target_asks_the_subjects_target(assistant):
    _, target = turns(assistant, "aliexpress active users?", "what is the target?")
    assert int(target.value) == 100_000_000 and target.intent == "lookup", target.text
    _, none = turns(assistant, "how much did russians spend abroad?", "what's the target?")
    assert not none.answered, none.text  # the article gives Russia no target
    _, opinion = turns(
        assistant, "how many active users did aliexpress have?", "will they hit the goal?"
    )
    assert not opinion.answered and opinion.reason == "opinion", opinion.text


def test_the_figure_before_is_the_whole_of_a_share_asked_of_the_last(assistant):
    *_, share = turns(
        assistant,
        "China's total e-commerce in 2016?",
        "and the cross-border volume?",
        "what percentage is that?",
    )
    assert float(share.value) == pytest.approx(24.138, rel=1e-3), share.text


def test_the_background_subject_named_is_not_the_last_answers_subject(assistant):
    _, china = turns(assistant, "global e-commerce volume 2016?", "and china's total e-commerce?")
    assert float(china.value) == 26.1e12, china.text  # not the global volume again


def test_a_change_since_a_year_named_after_a_figure_and_in_percent(assistant):
    *_, change, percent = turns(
        assistant,
        "cross-border volume expected by 2018, in dollars?",
        "how much bigger than in 2016 is that?",
        "and as a percentage?",
    )
    assert change.unit == "USD" and float(change.value) == pytest.approx(365.83e9, rel=1e-3)
    # the change over time in percent is the growth, not the change's share of 2018
    assert float(percent.value) == pytest.approx(39.68, rel=1e-3), percent.text


def test_a_correction_after_no_sorry_names_the_whole_not_the_part_again(assistant):
    *_, whole, yuan = turns(
        assistant,
        "how much did russians spend on chinese sites",
        "no sorry i meant the total on all cross border sites",
        "and that in yuan",
    )
    assert whole.unit == "USD" and float(whole.value) == pytest.approx(4.3e9), whole.text
    assert yuan.unit == "CNY" and float(yuan.value) == pytest.approx(29.385e9, rel=1e-3)


def test_a_correction_naming_another_subject_keeps_the_rate_asked(assistant):
    rate, corrected = turns(
        assistant,
        "How much did China's total online shopping grow in 2016?",
        "No wait, I meant the total e-commerce.",
    )
    assert float(rate.value) == pytest.approx(24.7)
    assert not corrected.answered and corrected.reason == "kind", corrected.text  # not 26.1tn


def test_a_correction_that_asks_an_amount_still_gets_it(assistant):
    _, corrected = turns(
        assistant,
        "what share of russian spending went to chinese platforms",
        "no i meant the total spending",
    )
    assert corrected.unit == "USD" and float(corrected.value) == pytest.approx(4.3e9)


@pytest.mark.parametrize(
    "correction",
    ["no, I meant JD's cross-border platform", "sorry i mean jd cross border platform"],
)
def test_a_correction_naming_another_subject_asks_the_same_thing_of_it(assistant, correction):
    first, corrected = turns(
        assistant, "When did Vip launch its overseas flash sale platform?", correction
    )
    assert first.value == 2015
    assert corrected.unit == "year" and corrected.value == 2015, corrected.text
    assert "JD" in corrected.text


def test_a_bare_measure_after_a_name_asks_that_measure_of_the_same_subject(assistant):
    _, launch = turns(assistant, "vip's flash sale platform name", "launch")
    assert launch.unit == "year" and launch.value == 2015, launch.text  # not the name again


def test_the_year_before_a_rate_over_the_same_twelve_months_is_refused(assistant):
    _, before = turns(
        assistant,
        "How many active users did AliExpress register over the past 12 months?",
        "What was the conversion rate the year before?",
    )
    assert not before.answered and before.reason == "year", before.text


def test_comparing_the_last_figures_with_a_year_they_lack_is_refused(assistant):
    *_, compared = turns(
        assistant,
        "What's China's implied total retail in 2016, in yuan?",
        "And the offline part of it?",
        "How did that compare with 2015?",
    )
    assert not compared.answered and compared.reason == "year", compared.text


@pytest.mark.parametrize(
    ("first", "whole", "value"),
    [
        ("What share of respondents shopped on Chinese sites?", "Out of how many people?", 28000),
        ("How many AliExpress users bought?", "out of how many active users?", 60e6),
        (
            "what share of russian cross-border spending went to chinese platforms?",
            "out of what total?",
            4.3e9,
        ),
    ],
)
def test_out_of_how_many_after_a_part_is_its_whole(assistant, first, whole, value):
    _, answer = turns(assistant, first, whole)
    assert answer.answered and float(answer.value) == pytest.approx(value), answer.text


def test_how_many_did_not_after_the_whole_is_the_rest_of_the_part_before(assistant):
    *_, rest = turns(
        assistant,
        "How many AliExpress users bought?",
        "and how many active users in total?",
        "so how many didn't?",
    )
    assert rest.answered and float(rest.value) == pytest.approx(40e6), rest.text


def test_other_countries_after_a_countrys_share_is_the_rest_of_the_whole(assistant):
    _, rest = turns(
        assistant, "China e-commerce is what percent of the world in 2016?", "And other countries?"
    )
    assert rest.answered and float(rest.value) == pytest.approx(60.8), rest.text


def test_a_growth_of_the_last_figure_asked_alone_is_not_a_comparison_with_another(assistant):
    _, grew = turns(
        assistant,
        "how much is world e-commerce in dollars?",
        "And how much did the world e-commerce grow in 2016?",
    )
    assert not grew.answered, grew.text  # the article gives no 2015 global figure


def test_who_came_up_with_those_numbers_names_the_source_of_the_last_figure(assistant):
    _, source = turns(
        assistant,
        "How much did Russians spend on Chinese platforms?",
        "who came up with those numbers?",
    )
    assert source.answered and "According to Yandex" in source.text, source.text


def test_a_dash_before_who_ends_the_noun_phrase(assistant):
    answer = assistant.ask("And the pilot zones — who confirmed those?")
    assert answer.answered and "State Council" in answer.text.split("\n")[0], answer.text


@pytest.mark.parametrize("whole", ["So the global total?", "so global total?"])
def test_so_the_total_after_a_share_is_the_whole_it_implies(assistant, whole):
    _, answer = turns(assistant, "What share of global e-commerce volume is China's?", whole)
    assert answer.answered and float(answer.value) == pytest.approx(66.58e12, rel=1e-3), answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [("Is that more than half?", "Yes."), ("is that less than a quarter of them?", "No.")],
)
def test_a_share_claimed_of_a_count_just_given_is_checked_as_its_share(assistant, claim, verdict):
    _, checked = turns(assistant, "How many AliExpress active users didn't buy?", claim)
    assert checked.text.startswith(verdict), checked.text
    assert "66.7%" in checked.text


def test_now_after_figures_computed_from_forecasts_is_refused(assistant):
    *_, now = turns(
        assistant,
        "How many consumers does Alibaba expect to serve by 2025?",
        "how many of those overseas?",
        "and the rest?",
        "how many does it serve now?",
    )
    assert not now.answered and now.reason == "kind", now.text
    assert "present" in now.text


def test_a_part_asked_after_a_claim_about_a_whole_is_refused_as_a_breakdown(assistant):
    _, part = turns(
        assistant,
        "Does the 6.3 trillion yuan cross-border figure include B2B sales?",
        "How much of it was B2B?",
    )
    assert not part.answered and part.reason == "breakdown", part.text


def test_a_comparison_claimed_against_the_last_figure_then_by_how_much(assistant):
    _, bigger, gap = turns(
        assistant,
        "what was online shopping in 2016?",
        "Is cross-border volume bigger than that?",
        "by how much, in yuan?",
    )
    assert bigger.text.startswith("Yes."), bigger.text
    assert gap.answered and float(gap.value) == pytest.approx(1.6e12), gap.text


def test_it_claimed_bigger_than_another_figure_is_the_last_one(assistant):
    _, bigger = turns(
        assistant, "what was cross-border volume in 2016?", "is it bigger than online shopping?"
    )
    assert bigger.text.startswith("Yes."), bigger.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("It is more than the Russians spend on all other platforms together?", "Yes."),
        ("it's less than what they spend elsewhere?", "No."),
    ],
)
def test_it_claimed_against_another_figure_in_statement_order_is_the_last_one(
    assistant, claim, verdict
):
    # a statement made a question by its mark alone, as a non-native speaker may ask it
    *_, checked = turns(
        assistant, "How much the Russians spend on Chinese platform in dollar?", claim
    )
    assert checked.text.startswith(verdict), checked.text


def test_a_measure_named_for_a_year_it_lacks_is_not_another_measure_of_that_year(assistant):
    *_, earlier = turns(
        assistant,
        "Насколько выросли онлайн-покупки в Китае в 2016 году?",
        "До какого объёма?",
        "А какую долю всей розницы они составили?",
        "Значит, вся розница Китая — это сколько?",
        "А сама розница в 2015 году?",
    )
    assert not earlier.answered and earlier.reason == "year", earlier.text


def test_money_asked_after_a_growth_is_never_the_growth_again(assistant):
    *_, dollars = turns(
        assistant,
        "cross-border volume 2016?",
        "and the 2018 forecast?",
        "how much will it grow over that period in percent?",
        "and the forecast in dollars?",
    )
    assert dollars.unit == "USD" and float(dollars.value) == pytest.approx(1.2877e12, rel=1e-3), (
        dollars.text
    )  # the 2018 forecast the growth runs to, in dollars


def test_years_before_a_typed_year_of_the_event_just_dated(assistant):
    _, span = turns(
        assistant,
        "when did china become the largest online retail market?",
        "How many years before 2016 was that?",
    )
    assert span.answered and span.value == 3 and span.unit == "years", span.text


@pytest.mark.parametrize(
    ("first", "spread", "value"),
    [
        ("how many overseas buyers does aliexpress have?", "so per country?", 454545.45),
        ("how many respondents did the paypal survey have?", "so on average per country?", 875),
    ],
)
def test_so_per_unit_after_a_count_spreads_it(assistant, first, spread, value):
    _, answer = turns(assistant, first, spread)
    assert answer.answered and float(answer.value) == pytest.approx(value, rel=1e-4), answer.text


def test_is_that_more_than_after_a_count_is_still_a_claim(assistant):
    _, claim = turns(
        assistant, "how many pilot zones did the State Council confirm?", "is that more than 20?"
    )
    assert claim.text.startswith("No."), claim.text


@pytest.mark.parametrize(
    ("first", "second", "turn", "value"),
    [
        # an operation with no words of its own, right after two figures: those two
        ("total e-commerce in 2016?", "and online shopping?", "what is the difference?", 21.4e12),
        ("cross-border volume 2016?", "online shopping 2016?", "and as a ratio?", 6.3 / 4.7),
        (
            "cross-border volume 2016?",
            "online shopping 2016?",
            "how much more is the first?",
            1.6e12,
        ),
        (
            "online shopping 2016?",
            "total e-commerce 2016?",
            "how much bigger is the second?",
            21.4e12,
        ),
    ],
)
def test_a_bare_operation_sets_the_last_two_figures_against_each_other(
    assistant, first, second, turn, value
):
    *_, answer = turns(assistant, first, second, turn)
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(value, rel=1e-3)


def test_a_bare_difference_of_a_count_and_a_sum_is_not_computed(assistant):
    *_, answer = turns(
        assistant,
        "how many active users does aliexpress have?",
        "and russia's spending?",
        "what's the difference?",
    )
    assert not answer.answered or answer.unit != "USD", answer.text


@pytest.mark.parametrize(
    "turn",
    ["how much on chinese sites", "and how much went to Chinese platforms?"],
)
def test_chinese_platforms_after_the_russians_is_their_spending_there(assistant, turn):
    # "Chinese" names what the Russians spent on, not China's own figures (warehouses)
    *_, answer = turns(assistant, "how much did russians spend on cross-border sites?", turn)
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(3.44e9, rel=1e-3)
    assert answer.unit == "USD"


def test_who_reported_the_figure_of_its_year_names_the_source(assistant):
    *_, answer = turns(
        assistant,
        "How much did Russians spend cross-border in 2016?",
        "Who reported the 2016 figure?",
    )
    assert answer.answered, answer.text
    assert answer.text.startswith("According to Yandex"), answer.text


def test_and_the_quoted_figure_by_its_own_words_is_that_figure_in_the_same_currency(assistant):
    # the 26.1 trillion is named, not a premise for the global volume computed from it
    *_, answer = turns(
        assistant,
        "what's the 4.7 trillion yuan of online shopping in dollars?",
        "And the 26.1 trillion total e-commerce?",
    )
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(26.1e12 / 6.8337, rel=1e-3)
    assert answer.unit == "USD"


def test_after_a_share_confirmed_its_whole_named_is_the_whole_not_the_share_again(assistant):
    answers = turns(
        assistant,
        "Was China's online shopping 14 percent of total retail last year?",
        "So what total retail volume does that imply?",
        "Is that more than 30 trillion yuan?",
    )
    assert float(answers[1].value) == pytest.approx(33.57e12, rel=1e-3)
    assert answers[2].text.startswith("Yes."), answers[2].text


@pytest.mark.parametrize(
    ("first", "second", "turn", "value"),
    [
        (
            "cross-border volume 2016?",
            "total e-commerce 2016?",
            "Total over cross-border?",
            26.1 / 6.3,
        ),
        (
            "total e-commerce 2016?",
            "online shopping 2016?",
            "the ratio, online over total?",
            4.7 / 26.1,
        ),
    ],
)
def test_one_figure_over_the_other_divides_the_one_named_first(
    assistant, first, second, turn, value
):
    *_, answer = turns(assistant, first, second, turn)
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(value, rel=1e-3)


def test_avg_per_unit_after_a_count_and_the_count_of_units_shares_the_first(assistant):
    *_, answer = turns(
        assistant,
        "how many overseas buyers does aliexpress have?",
        "from how many countries and regions?",
        "avg per country?",
    )
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(100e6 / 220, rel=1e-3)


@pytest.mark.parametrize(
    ("first", "turn", "value"),
    [
        ("What's China's share of global e-commerce?", "So the rest of the world's share?", 60.8),
        ("What was China's total retail volume in 2016?", "So the offline part in yuan?", 28.87e12),
    ],
)
def test_so_and_a_bare_noun_phrase_asks_a_figure_it_claims_nothing(assistant, first, turn, value):
    *_, answer = turns(assistant, first, turn)
    assert answer.answered, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text
    assert float(answer.value) == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize(
    ("turn", "verdict"),
    [
        ("is the chinese share more than three quarters?", "Yes."),
        ("so roughly 3.4 billion dollars ended up on Chinese sites - fair?", "Yes."),
        ("is the chinese share under a half?", "No."),
    ],
)
def test_a_claim_about_the_chinese_part_after_the_russians_is_about_their_spending(
    assistant, turn, verdict
):
    # read alone, "the Chinese share" is China's 39.2% of global e-commerce
    *_, answer = turns(assistant, "How much did Russians spend cross-border?", turn)
    assert answer.text.startswith(verdict), answer.text
    assert "Russia" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turn", "verdict"), [("is china more than a third?", "Yes."), ("is china over half?", "No.")]
)
def test_a_figure_claimed_of_the_last_answers_subject_by_name_is_checked_against_it(
    assistant, turn, verdict
):
    # "China" names only the subject of the share just given: not a new, vague question
    *_, answer = turns(assistant, "china share of world ecommerce 2016?", turn)
    assert answer.text.startswith(verdict), answer.text
    assert "39.2%" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turn", "verdict"), [("is china more than half?", "No."), ("is china over a third?", "Yes.")]
)
def test_after_the_rest_the_subject_named_is_its_own_share(assistant, turn, verdict):
    *_, answer = turns(
        assistant, "china share of world ecommerce 2016?", "what about the rest of the world?", turn
    )
    assert answer.text.startswith(verdict), answer.text
    assert "39.2%" in answer.text, answer.text


@pytest.mark.parametrize("turn", ["In money terms?", "and in money?", "in cash terms?"])
def test_a_share_in_money_terms_is_the_sum_it_stands_for(assistant, turn):
    *_, answer = turns(
        assistant, "what share of russian cross-border spending went to chinese platforms?", turn
    )
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(3.44e9, rel=1e-3)


@pytest.mark.parametrize(("turn", "unit"), [("so global in usd", "USD"), ("and global?", "CNY")])
def test_the_wholes_own_subject_after_a_share_is_that_whole(assistant, turn, unit):
    # "global" after China's share of global e-commerce: the 66.58 trillion yuan it implies
    *_, answer = turns(assistant, "total ecom china 2016 yuan", "% of global?", turn)
    assert answer.answered, answer.text
    assert answer.unit == unit
    value = float(answer.value) * (6.8337 if unit == "USD" else 1)
    assert value == pytest.approx(26.1e12 / 0.392, rel=1e-3)


def test_a_pronoun_after_of_is_the_base_the_turn_sets_its_figure_against(assistant):
    # "that" right after "percentage of" is the 26.1 trillion yuan just given, not Russia's
    # own cross-border spending, the whole the turn's other words would find alone
    *_, answer = turns(
        assistant,
        "China's total e-commerce in 2016?",
        "what percent of that is the russians' spending on chinese sites?",
    )
    assert answer.intent == "percent", answer.text
    assert float(answer.value) == pytest.approx(3.44e9 / (26.1e12 / 6.83371) * 100, rel=1e-3)


def test_a_pronoun_after_to_is_the_second_side_of_a_ratio(assistant):
    *_, answer = turns(
        assistant,
        "how much did russians spend on cross-border sites?",
        "and on non-chinese ones?",
        "what is the ratio of the chinese-platform spending to that amount?",
    )
    assert answer.intent == "ratio", answer.text
    assert float(answer.value) == pytest.approx(4), answer.text


def test_a_refused_turn_does_not_drop_the_company_that_its_points_back_to(assistant):
    # JD's launch, then a refused count: "its sales in 2016" are still JD's, which the
    # article does not give, not China's online shopping found by the year alone
    *_, refused, answer = turns(
        assistant,
        "When did JD launch its cross-border platform?",
        "how many Russian customers does it have?",
        "and its sales in 2016?",
    )
    assert not refused.answered
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("first", "correction", "value"),
    [
        (
            "how many aliexpress users bought something in the last 12 months?",
            "no sorry, I meant the active users, not the ones who bought",
            60e6,
        ),
        (
            "what was the growth of online shopping in 2016?",
            "oops i meant the volume rather than the growth rate",
            4.7e12,
        ),
        (
            "how many overseas buyers did aliexpress have?",
            "i mean the active users instead of the buyers",
            60e6,
        ),
    ],
)
def test_a_correction_takes_back_the_words_after_not(assistant, first, correction, value):
    # "..., not the ones who bought" names the reading taken back; it is not a negation
    # that would make the turn the users who did not buy
    *_, answer = turns(assistant, first, correction)
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(value), answer.text


def test_a_correction_that_takes_back_the_last_figure_never_gives_it_again(assistant):
    *_, answer = turns(
        assistant,
        "how much did russians spend on chinese platforms?",
        "no wait, I meant in total, not the chinese part",
    )
    assert "3.44" not in answer.text, answer.text


def test_a_correction_keeps_a_negation_inside_what_it_asks(assistant):
    *_, answer = turns(
        assistant,
        "how many aliexpress active users were there?",
        "sorry, I meant the users who did not buy anything",
    )
    assert float(answer.value) == pytest.approx(40e6), answer.text


@pytest.mark.parametrize(
    ("first", "period"),
    [
        ("how many overseas buyers has aliexpress got?", "by april 10 2017?"),
        ("russian cross-border spending?", "so that's for 2016?"),
    ],
)
def test_a_turn_of_only_the_figures_own_period_confirms_it(assistant, first, period):
    *_, answer = turns(assistant, first, period)
    assert answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize("period", ["as of march 2017?", "and for 2015?", "in april 2016?"])
def test_another_period_after_a_figure_is_never_confirmed(assistant, period):
    *_, answer = turns(assistant, "how many overseas buyers has aliexpress got?", period)
    assert not answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize("turn", ["and english as well?", "also an english one?"])
def test_an_item_the_last_text_names_asked_again_with_too_is_confirmed(assistant, turn):
    *_, answer = turns(assistant, "what language versions did JD's cross-border site have?", turn)
    assert answer.text.startswith("Yes."), answer.text


def test_a_bare_when_after_a_statement_is_the_date_of_its_subject(assistant):
    *_, answer = turns(assistant, "what kind of platform did JD roll out?", "when?")
    assert answer.answered and float(answer.value) == 2015, answer.text


def test_a_bare_when_after_a_target_is_never_its_subjects_founding(assistant):
    *_, answer = turns(assistant, "what's aliexpress's medium-term user target?", "by when?")
    assert "2010" not in answer.text, answer.text


def test_by_who_after_a_figure_names_its_source(assistant):
    *_, answer = turns(assistant, "how many pilot zones were there?", "by who")
    assert "State Council" in answer.text.split(".")[0], answer.text


@pytest.mark.parametrize("turn", ["and what is his role?", "what position does he hold?"])
def test_a_person_pronoun_after_a_source_named_is_that_person(assistant, turn):
    *_, answer = turns(
        assistant, "what user target did aliexpress set for the medium term?", "who said so?", turn
    )
    assert "general manager" in answer.text.split(".")[0], answer.text


def test_a_year_word_of_an_earlier_turn_does_not_make_a_later_operation_ask_a_year(assistant):
    *_, answer = turns(
        assistant,
        "base-year (2016) cross-border volume in usd?",
        "and the 2018 forecast?",
        "2-yr CAGR?",
    )
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(18.187, rel=1e-3), answer.text


def test_money_asked_after_a_ratio_of_counts_is_never_that_ratio(assistant):
    *_, answer = turns(
        assistant,
        "how many active users did aliexpress have?",
        "and how many of them bought something?",
        "so that is one buyer for every how many active users?",
        "what did they spend on average then?",
    )
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "first", ["When was AliExpress set up?", "which company set up aliexpress?"]
)
def test_how_many_years_later_counts_from_the_date_just_given(assistant, first):
    *_, answer = turns(assistant, first, "how many years later did vip launch vipme?")
    assert float(answer.value) == 5, answer.text


@pytest.mark.parametrize(
    ("first", "value"),
    [
        ("russian spending, chinese vs non chinese platforms, ratio", 2.58e9),
        ("how many times bigger was total e-commerce than online shopping in 2016?", 3.1315e12),
    ],
)
def test_a_bare_difference_after_a_ratio_is_the_gap_between_the_same_two(assistant, first, value):
    *_, answer = turns(assistant, first, "diff in usd")
    assert answer.intent == "difference", answer.text
    assert float(answer.value) == pytest.approx(value, rel=1e-3), answer.text


@pytest.mark.parametrize(
    ("turn", "value"),
    [
        ("now apply it to total e-commerce", 26.1e12 / 6.83371),
        ("use that on the 4.7 trillion", 4.7e12 / 6.83371),
    ],
)
def test_the_rate_just_given_put_to_work_converts_the_figure_named(assistant, turn, value):
    *_, answer = turns(assistant, "what exchange rate does the article imply?", turn)
    assert answer.unit == "USD", answer.text
    assert float(answer.value) == pytest.approx(value, rel=1e-3), answer.text


def test_growth_after_a_share_is_never_the_whole_over_its_part(assistant):
    *_, answer = turns(
        assistant,
        "what share of china's total retail was online shopping?",
        "and the growth over the past year?",
    )
    assert "614" not in answer.text, answer.text


def test_a_deadline_asked_of_a_target_the_article_leaves_undated_is_refused(assistant):
    *_, answer = turns(
        assistant,
        "what's the medium-term user target of Alibaba's go-global campaign?",
        "and by when is that target supposed to be hit?",
    )
    assert not answer.answered, answer.text
    assert answer.reason == "kind"


def test_a_deadline_asked_of_a_forecast_is_its_year(assistant):
    *_, answer = turns(
        assistant,
        "how many consumers worldwide does alibaba hope to serve",
        "by when is that supposed to happen?",
    )
    assert (answer.value, answer.unit) == (2025, "year"), answer.text


def test_the_subjects_own_figure_named_after_its_share_of_a_whole_is_not_the_whole(assistant):
    *_, answer = turns(
        assistant, "what is china's share of world e-commerce?", "and china's e-commerce total?"
    )
    assert answer.value == Decimal("26.1E12"), answer.text


def test_a_sentence_about_the_user_names_no_subject_of_the_question(assistant):
    answer = ask(
        assistant,
        "I've followed Chinese tech news for years. How many users is Alibaba's go-global "
        "campaign aiming for in the medium term?",
    )
    assert (answer.value, answer.unit) == (100_000_000, "users"), answer.text


@pytest.mark.parametrize(
    ("questions", "first"),
    [
        (
            ("when was aliexpress set up?", "so that's before JD's cross-border platform, right?"),
            "Yes",
        ),
        (
            (
                "when did JD roll out its cross-border platform?",
                "that's before AliExpress was set up?",
            ),
            "No",
        ),
    ],
)
def test_the_date_just_given_is_ordered_against_another_event(assistant, questions, first):
    *_, answer = turns(assistant, *questions)
    assert answer.text.startswith(first), answer.text


def test_a_date_of_the_same_year_is_not_ordered(assistant):
    *_, answer = turns(
        assistant, "when did JD launch its cross-border platform?", "is that before VIPme?"
    )
    assert not answer.answered, answer.text


def test_how_many_times_is_that_sets_the_last_two_answers_against_each_other(assistant):
    answers = turns(
        assistant,
        "how many overseas buyers did aliexpress have?",
        "and how many consumers does alibaba hope to serve by 2025?",
        "how many times is that?",
        "and how many years from now?",
    )
    assert (answers[2].value, answers[2].unit) == (20, "ratio"), answers[2].text
    assert (answers[3].value, answers[3].unit) == (8, "years"), answers[3].text
    assert "2017" in answers[3].text  # counted from the article's date, and said so


@pytest.mark.parametrize(
    "question",
    [
        "how many years until alibaba's 2025 target?",
        "how many years from my birth to alibaba's 2025 goal?",
    ],
)
def test_a_span_to_one_named_event_takes_no_other_event_of_the_same_company(assistant, question):
    answer = ask(assistant, question)
    assert answer.value != 15, answer.text  # not from the 2010 launch nobody named


def test_a_turn_opening_which_was_goes_on_about_the_figure_just_given(assistant):
    *_, claim, instead = turns(
        assistant,
        "and online shopping reached 4.7 trillion yuan in 2016?",
        "which was 41 percent of total retail?",
        "what was the correct share?",
    )
    assert claim.text.startswith("No."), claim.text
    assert instead.value == 14, instead.text


@pytest.mark.parametrize(
    ("claim", "first"), [("So 20 times, right?", "Yes."), ("so 30 times?", "No.")]
)
def test_a_multiple_claimed_after_a_ratio_is_checked_against_that_ratio(assistant, claim, first):
    *_, answer = turns(
        assistant,
        "how many times AliExpress's 100 million overseas buyers is Alibaba's 2 billion goal?",
        claim,
    )
    assert answer.text.startswith(first), answer.text
    assert answer.unit == "ratio", answer.text  # never the 20 million buyers


def test_a_bare_figure_after_a_source_question_asks_the_figure(assistant):
    *_, answer = turns(
        assistant,
        "pilot zones confirmed in 2016?",
        "confirmed by which body?",
        "overseas warehouse target?",
    )
    assert (answer.value, answer.unit) == (100, "warehouses"), answer.text


def test_and_for_another_figure_after_a_source_question_asks_its_source(assistant):
    *_, answer = turns(
        assistant,
        "who is the source for the $4.3 billion?",
        "and for the 26.1 trillion yuan figure?",
    )
    assert "Ministry of Commerce" in answer.text.splitlines()[0], answer.text


def test_most_of_that_after_a_whole_is_a_claim_about_its_part(assistant):
    *_, answer = turns(
        assistant,
        "how much did russians spend on cross-border platforms?",
        "and most of that went to China?",
    )
    assert answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    ("conversation", "value", "unit"),
    [
        (
            (
                "How many consumers does Alibaba expect to serve by 2025?",
                "what share is overseas?",
                "and the domestic rest?",
            ),
            Decimal("1E9"),
            "consumers",
        ),
        (("alibaba 2025 consumer target", "% overseas", "and the non-overseas rest?"), 10**9, None),
        (("aliexpress conversion rate", "and the rest?"), 40_000_000, "users"),
        (
            (
                "what share of Russian cross-border spending went to Chinese platforms?",
                "and the rest?",
            ),
            20,
            "%",
        ),
    ],
)
def test_the_rest_of_a_computed_share_is_the_other_count(conversation, value, unit, assistant):
    """A share computed from two counts (1 of 2 billion) leaves the other count as its rest;
    a share the article states (Russia's 80%) leaves the stated rest (20%)."""
    rest = turns(assistant, *conversation)[-1]
    assert rest.value == value, rest.text
    if unit is not None:
        assert rest.unit == unit


def test_a_fragment_naming_a_part_of_the_last_figure_asks_that_part(assistant):
    """ "China share?" alone would be China's share of the world's e-commerce; after
    Russia's spending it is the share of that spending on Chinese platforms, and "non-China
    share then?" is the rest of it."""
    _, share, rest = turns(
        assistant, "Russia x-border spend 2016?", "China share?", "Non-China share then?"
    )
    assert (share.value, share.unit) == (80, "%"), share.text
    assert (rest.value, rest.unit) == (20, "%"), rest.text


def test_a_fragment_that_names_no_part_of_the_last_figure_stands_alone(assistant):
    _, share = turns(assistant, "aliexpress active users", "China share?")
    assert share.value == Decimal("39.2"), share.text


def test_a_share_of_them_is_the_part_as_a_share_of_the_figure_just_given(assistant):
    _, share = turns(assistant, "aliexpress active users?", "What share of them made purchases?")
    assert float(share.value) == pytest.approx(100 / 3), share.text
    assert share.unit == "%"


def test_a_currency_after_a_failed_computation_does_not_convert_the_figure_before_it(assistant):
    """The difference asked could not be computed as asked; "and in dollars?" continues
    that question, so it is no conversion of the 2015 figure given before it."""
    *_, failed, converted = turns(
        assistant,
        "So what was China's 2015 online shopping?",
        "what's the difference between that and its growth rate",
        "And in dollars?",
    )
    assert not failed.answered, failed.text
    assert not converted.answered, converted.text


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("What is the deadline for setting up the 100 overseas warehouses?", None),
        ("aliexpress user target deadline?", None),
        ("alibaba consumer target deadline", 2025),
    ],
)
def test_a_deadline_is_only_a_forecasts_year_to_come(assistant, question, year):
    """The 2015 guideline's warehouse target was set in 2015; that year is no deadline."""
    answer = ask(assistant, question)
    if year is None:
        assert not answer.answered, answer.text
    else:
        assert (answer.value, answer.unit) == (year, "year"), answer.text


def test_a_gap_asked_beside_a_quoted_target_is_computed_not_denied(assistant):
    """ "vs the 100m target, gap?" asks the gap; the 100m is its input, no claim to deny."""
    _, gap = turns(assistant, "aliexpress active users ltm", "vs the 100m medium-term target, gap?")
    assert gap.value == 40_000_000, gap.text
    assert not gap.text.startswith(("No", "Yes")), gap.text


@pytest.mark.parametrize(
    ("conversation", "years"),
    [
        (
            (
                "how many overseas warehouses did the 2015 guideline promote?",
                "and how many pilot zones were confirmed?",
                "how many years apart are those?",
            ),
            1,
        ),
        (
            (
                "when did china become the largest online retail market?",
                "how many overseas warehouses did the 2015 guideline promote?",
                "how many years between them?",
            ),
            2,
        ),
    ],
)
def test_years_between_the_last_two_dated_events_not_only_two_dates(assistant, conversation, years):
    """The 2015 guideline's target and the 2016 zones are events with a year of their own."""
    answer = turns(assistant, *conversation)[-1]
    assert (answer.value, answer.unit) == (years, "years"), answer.text


def test_words_only_the_last_subject_has_are_left_behind_for_a_new_one(assistant):
    """ "B2C" described JD's platform; VIPme's launch is asked without it."""
    _, answer = turns(
        assistant, "When did JD roll out its cross-border B2C platform?", "And VIPme?"
    )
    assert (answer.value, answer.unit) == (2015, "year"), answer.text
    assert "VIPme" in answer.text


@pytest.mark.parametrize("place", ["and in the us?", "and in the uk?"])
def test_a_country_named_only_as_a_statements_value_is_no_figure_of_it(assistant, place):
    """The US and the UK are the countries China dislodged; the survey gives no share for
    either, so "and in the US?" after its share is refused, naming only this turn's word."""
    _, answer = turns(assistant, "what % of the paypal survey shopped chinese sites", place)
    assert not answer.answered, answer.text
    assert "paypal" not in answer.text.splitlines()[0].lower()  # not "can't connect paypal"


def test_what_share_of_x_is_that_makes_the_last_figure_the_part(assistant):
    """ "What % of the buyers is that?" after the active users: they are the part, so no
    share of purchasers among them is given."""
    *_, answer = turns(
        assistant,
        "aliexpress overseas buyers?",
        "active users past 12 months?",
        "what % of the buyers is that",
    )
    assert not (answer.answered and float(answer.value) == pytest.approx(100 / 3)), answer.text


@pytest.mark.parametrize("bare", ["GMV?", "volume?"])
def test_a_bare_measure_many_subjects_share_does_not_switch_subject(assistant, bare):
    """After AliExpress's purchasers, "GMV?" asks AliExpress's, which the article does not
    give; China's cross-border volume is another subject's figure."""
    # (a year typed, "cross-border 2015?", is still read as a question of its own)
    _, answer = turns(assistant, "AliExpress purchasers LTM?", bare)
    assert not answer.answered, answer.text


def test_a_bare_measure_of_one_subject_is_still_a_new_question(assistant):
    _, answer = turns(assistant, "AliExpress purchasers LTM?", "and overseas warehouses?")
    assert answer.value == 100, answer.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "so that's how many times what was spent everywhere else?",
        "how many times bigger is that than what went elsewhere",
    ],
)
def test_that_set_against_what_went_elsewhere_is_the_part_over_the_rest(assistant, follow_up):
    *_, ratio = turns(
        assistant,
        "russian cross-border spending last year?",
        "and the chinese platforms' part?",
        follow_up,
    )
    assert ratio.answered, ratio.text
    assert ratio.value == 4  # 3.44 billion over 0.86 billion, not all 4.3 over 0.86


def test_the_rest_just_computed_set_against_the_part_it_was_taken_from(assistant):
    *_, ratio = turns(
        assistant,
        "what share of Russian cross-border spending was on Chinese platforms?",
        "and the rest in dollars?",
        "how many times smaller is that than the Chinese part?",
    )
    assert ratio.answered, ratio.text
    assert ratio.value == 4


def test_the_rest_of_a_stated_share_asked_in_dollars_is_the_sum(assistant):
    *_, rest = turns(
        assistant,
        "what percentage of Russians' cross-border spending went to Chinese sites?",
        "and the remainder, in US dollars?",
    )
    assert rest.answered, rest.text
    assert (rest.value, rest.unit) == (Decimal("8.6E8"), "USD")


def test_the_china_part_exceeding_the_rest_just_given(assistant):
    *_, ratio = turns(
        assistant,
        "How much did Russians spend on non-Chinese sites?",
        "how many times does the China part exceed it?",
    )
    assert ratio.answered, ratio.text
    assert ratio.value == 4


def test_back_to_the_first_figure_survives_a_change_of_topic(assistant):
    *_, back = turns(
        assistant,
        "how much did Russians spend on cross-border sites in 2016?",
        "different topic: AliExpress active users?",
        "back to the first number, in yuan please",
    )
    assert back.answered, back.text
    assert (round(back.value / Decimal("1E9"), 2), back.unit) == (Decimal("29.38"), "CNY")


def test_back_to_the_first_figure_leaves_the_words_of_the_turns_between(assistant):
    *_, back = turns(
        assistant,
        "online shopping in China, 2016?",
        "and the cross-border volume?",
        "Going back to the first figure: what share of total retail was it?",
    )
    # the share is online shopping's (14%), not the cross-border volume's of total retail
    assert back.answered and back.value == 14, back.text


def test_going_back_to_the_first_answers_subject_reads_it_against_that_answer(assistant):
    *_, back = turns(
        assistant,
        "What was China's total e-commerce in 2016?",
        "and what percent of global e-commerce was it?",
        "so how big was the global market?",
        "going back to China's figure, what's that in US dollars?",
    )
    assert back.answered, back.text
    assert back.facts == ("total_ecommerce_2016",)
    assert back.unit == "USD"


def test_going_back_to_the_first_subject_does_not_carry_the_currency_of_the_turns_between(
    assistant,
):
    *_, back = turns(
        assistant,
        "what did Russian shoppers spend on cross-border platforms last year?",
        "and how much of it on Chinese ones?",
        "in yuan?",
        "going back to Russia's total, how much was it?",
    )
    assert back.answered, back.text
    assert (back.value, back.unit) == (Decimal("4.3E9"), "USD")


@pytest.mark.parametrize(
    "follow_ups",
    [
        ("and how far are they from the 100 million goal?", "what percentage of the goal is met?"),
        ("their medium-term user target?", "so how much of that target, in %, have they reached?"),
    ],
)
def test_the_share_of_a_target_achieved_is_the_current_figure_over_the_target(
    assistant, follow_ups
):
    *_, share = turns(assistant, "AliExpress active users over the last year?", *follow_ups)
    assert share.answered, share.text
    assert share.value == 60
    assert share.facts == ("aliexpress_active_users", "aliexpress_user_target")


def test_a_share_of_the_goal_said_before_the_part_divides_by_the_goal(assistant):
    answer = ask(
        assistant, "As a percentage of the medium-term goal, where are AliExpress's active users?"
    )
    assert answer.answered, answer.text
    assert answer.value == 60


def test_of_what_after_a_figure_is_the_whole_its_quoted_share_implies(assistant):
    *_, whole = turns(
        assistant,
        "what did China's online shopping come to in 2016?",
        "and that was 14% of what?",
    )
    assert whole.answered, whole.text
    assert whole.facts[0] == "china_total_retail_2016"


def test_the_whole_after_a_share_just_computed_is_the_whole_it_was_taken_of(assistant):
    *_, whole = turns(
        assistant,
        "how much did Chinese consumers spend online in 2016?",
        "what percentage of all retail was that?",
        "then how big would the whole of retail be?",
    )
    assert whole.answered, whole.text
    assert whole.facts[0] == "china_total_retail_2016"


def test_a_correction_that_names_only_a_form_gives_the_last_answer_in_that_form(assistant):
    *_, again = turns(
        assistant,
        "how many of the 28,000 respondents did not shop on Chinese sites?",
        "no sorry, I meant as a percentage",
    )
    assert again.answered, again.text
    assert (again.value, again.unit) == (79, "%")


def test_individuals_are_people_counted(assistant):
    *_, count = turns(
        assistant,
        "what share of the survey's respondents bought on Chinese websites?",
        "how many individuals is that?",
    )
    assert count.answered, count.text
    assert count.value == 5880


@pytest.mark.parametrize(
    "follow_up", ["so the rest didn't buy, how many?", "and the rest didnt buy = ?"]
)
def test_the_rest_who_did_not_is_one_complement_not_a_double_negation(assistant, follow_up):
    *_, rest = turns(
        assistant,
        "AliExpress active users in the past 12 months?",
        "and how many of them bought something?",
        "what percent is that?",
        follow_up,
    )
    assert rest.answered, rest.text
    assert (rest.value, rest.unit) == (Decimal("4E7"), "users")


@pytest.mark.parametrize(
    "first",
    [
        "how much did Chinese online shopping grow last year?",
        "by how much did China's online shopping grow in 2016?",
    ],
)
def test_the_amount_a_growth_reached_is_its_later_figure(assistant, first):
    *_, level = turns(assistant, first, "what amount did it hit, then?")
    assert level.answered, level.text
    assert (level.value, level.unit) == (Decimal("4.7E12"), "CNY")


def test_the_year_before_right_after_a_claim_is_checked_is_not_the_figure_again(assistant):
    *_, before = turns(
        assistant,
        "by what percent did online shopping in China grow in 2016?",
        "so roughly a quarter, correct?",
        "and what was it worth the year before?",
    )
    assert before.answered, before.text
    assert before.unit == "CNY"  # the 2015 level, not the growth again
    assert round(before.value / Decimal("1E12"), 2) == Decimal("3.77")


def test_the_share_of_a_target_reached_asked_in_percentage_terms(assistant):
    *_, share = turns(
        assistant,
        "AliExpress active users over the last year?",
        "their medium-term user target?",
        "so how much of that target, in percentage terms, have they reached?",
    )
    assert share.answered, share.text
    assert share.value == 60


@pytest.mark.parametrize(
    "follow_up", ["i don't think in yuan, dollars please", "I don't really think in yuan. USD?"]
)
def test_a_user_who_does_not_think_in_yuan_wants_the_figure_in_dollars(assistant, follow_up):
    *_, converted = turns(assistant, "how big was china's online shopping in 2016", follow_up)
    assert converted.answered and converted.unit == "USD", converted.text
    assert float(converted.value) == pytest.approx(687.77e9, rel=1e-3)  # never offline retail


def test_chinas_cut_of_russian_spending_is_its_chinese_part(assistant):
    *_, part = turns(
        assistant,
        "dispatch. russians cross-border spending last year. over",
        "copy. china's cut, usd. over",
    )
    assert part.answered and float(part.value) == pytest.approx(3.44e9), part.text


def test_the_active_users_asked_after_the_target_are_the_users_not_the_gap(assistant):
    *_, users, gap = turns(
        assistant,
        "what user target did AliExpress's general manager mention?",
        "and how many active users does it have now?",
        "how far are they from the target then?",
    )
    assert users.answered and float(users.value) == pytest.approx(60e6), users.text
    assert gap.answered and float(gap.value) == pytest.approx(40e6), gap.text


@pytest.mark.parametrize(
    "follow_up", ["and the rest who didnt buy", "and the ones who didn't buy?"]
)
def test_who_after_the_rest_starts_a_clause_not_a_question(assistant, follow_up):
    *_, rest = turns(assistant, "aliexpress active users", "and how many made purchases", follow_up)
    assert rest.answered and float(rest.value) == pytest.approx(40e6), rest.text


def test_year_on_year_after_a_level_asks_its_growth_rate(assistant):
    level, rate = turns(
        assistant, "What was China's online shopping total last year?", "Up how much year-on-year?"
    )
    assert level.unit == "CNY"
    assert rate.unit == "%" and float(rate.value) == pytest.approx(24.7), rate.text


def test_the_absolute_increase_after_the_level_before_a_growth(assistant):
    *_, increase, dollars = turns(
        assistant,
        "What was China's online shopping in 2016?",
        "And the implied 2015 level, from the year-on-year growth?",
        "How much did it grow in absolute terms then?",
        "And in dollars?",
    )
    assert increase.unit == "CNY" and float(increase.value) == pytest.approx(930.95e9, rel=1e-4)
    assert dollars.unit == "USD" and float(dollars.value) == pytest.approx(136.23e9, rel=1e-3)


def test_its_growth_after_a_source_asks_the_growth_not_its_source(assistant):
    *_, growth = turns(
        assistant,
        "What was China's online shopping in 2016?",
        "Which source gives that figure?",
        "And its growth?",
    )
    assert growth.unit == "%" and float(growth.value) == pytest.approx(24.7), growth.text


@pytest.mark.parametrize("turn", ["And the overseas warehouse guideline?", "and warehouses?"])
def test_a_year_asked_of_a_figure_carries_to_a_thing_named_next(assistant, turn):
    *_, year = turns(assistant, "What year did the State Council confirm the pilot zones?", turn)
    assert year.unit == "year" and year.value == 2015, year.text


@pytest.mark.parametrize("turn", ["and the warehouse count", "And the overseas warehouse target?"])
def test_a_turn_naming_a_figure_after_a_year_asks_the_figure(assistant, turn):
    first = "What year did the State Council confirm the pilot zones?"
    *_, figure = turns(assistant, first, turn)
    assert figure.unit != "year", figure.text


def test_a_part_of_a_quoted_sum_in_a_currency_is_the_part(assistant):
    *_, part = turns(
        assistant,
        "how much russians spend on cross-border platform in 2016",
        "and in yuan?",
        "ok, what part of 4.3 billion go to china platforms, in dollar",
    )
    assert part.unit == "USD" and float(part.value) == pytest.approx(3.44e9), part.text


@pytest.mark.parametrize(
    "turn",
    ["So rest of the world is how many percent?", "and what's left for the rest of the world"],
)
def test_the_rest_of_the_world_after_chinas_share_is_the_rest_of_that_share(assistant, turn):
    *_, rest = turns(assistant, "China e-commerce is how many percent of the world?", turn)
    assert (float(rest.value), rest.unit) == (pytest.approx(60.8), "%"), rest.text


def test_the_rest_of_the_world_in_yuan_is_the_world_less_china(assistant):
    *_, rest = turns(
        assistant,
        "China e-commerce is how many percent of the world?",
        "and the rest of the world in yuan?",
    )
    assert (float(rest.value), rest.unit) == (pytest.approx(40.4816e12, rel=1e-4), "CNY")


def test_the_rest_of_the_world_is_never_the_rest_of_chinas_retail(assistant):
    """ "The rest of the world" is the world less China, not China less its online part."""
    answer = ask(assistant, "how much did the rest of the world spend online in 2016")
    assert not answer.answered, answer.text


def test_the_increase_to_the_figure_just_given_from_one_named(assistant):
    *_, growth = turns(
        assistant,
        "alibaba overseas users goal for 2025",
        "what % increase is that from the 60 million active users",
    )
    assert growth.answered, growth.text
    assert (float(growth.value), growth.unit) == (pytest.approx(1566.667, rel=1e-4), "%")


def test_the_increase_from_the_figure_just_given_to_a_dated_one(assistant):
    *_, growth = turns(
        assistant,
        "what was online shopping in 2016",
        "what's the % increase from that to the 2018 cross-border forecast",
    )
    assert float(growth.value) == pytest.approx(87.234, rel=1e-4), growth.text


def test_an_increase_from_a_typed_figure_that_is_two_figures_is_asked_back(assistant):
    """ "From 100m": the overseas buyers or the target; never a growth between two others
    (the 2 billion consumers over the target was given)."""
    *_, growth = turns(
        assistant, "alibaba overseas users goal for 2025", "what % increase is that from 100m"
    )
    assert not growth.answered and growth.reason == "ambiguous", growth.text


def test_a_side_after_is_that_is_no_answer_offered(assistant):
    """ "How many years ago is that from 2017": "from 2017" is the other end of the span,
    not a year offered as the answer to confirm."""
    *_, span = turns(
        assistant,
        "when did china become the largest online retail market?",
        "how many years ago is that from 2017",
    )
    assert (span.value, span.unit) == (4, "years"), span.text


def test_a_count_asked_after_a_share_confirmed_is_the_count_behind_it(assistant):
    *_, count = turns(
        assistant,
        "What percent of survey respondents shopped on Chinese websites?",
        "So most respondents did NOT shop on Chinese websites, right?",
        "How many people is that?",
    )
    assert (float(count.value), count.unit) == (pytest.approx(22120), "respondents"), count.text


@pytest.mark.parametrize(
    "turn", ["And than cross-border volume?", "and compared with cross-border volume?"]
)
def test_the_other_side_of_a_ratio_named_anew(assistant, turn):
    """Total e-commerce against cross-border now, not cross-border against Russia's
    spending (214 times) nor the cross-border figure alone."""
    *_, ratio = turns(
        assistant, "How many times bigger is total e-commerce than online shopping in 2016?", turn
    )
    assert float(ratio.value) == pytest.approx(26.1 / 6.3, rel=1e-4), ratio.text


@pytest.mark.parametrize("turn", ["by what factor", "how many times?"])
def test_the_operation_alone_after_a_comparison_confirmed_asks_its_result(assistant, turn):
    *_, ratio = turns(assistant, "is cross-border bigger than online shopping?", turn)
    assert ratio.answered, ratio.text
    assert float(ratio.value) == pytest.approx(6.3 / 4.7, rel=1e-4), ratio.text


def test_it_keeps_pointing_at_the_figure_a_turn_before_pointed_at(assistant):
    """ "It" in the third turn is still online shopping, which the second turn only
    pointed at: its words stay with the conversation."""
    *_, rise = turns(
        assistant,
        "what was the growth of china's online shopping in 2016?",
        "so about a quarter, right?",
        "what was it worth the year before?",
        "and by how much did it go up, in yuan?",
    )
    assert rise.answered, rise.text
    assert float(rise.value) == pytest.approx(930.954e9, rel=1e-4), rise.text


def test_a_growth_of_one_measure_is_never_set_against_anothers_forecast(assistant):
    """ "Cross-border volume growth that year?" after online shopping's growth: the article
    gives no such growth; never the 2018 cross-border forecast over online shopping."""
    *_, growth = turns(
        assistant,
        "What was the year-on-year growth of online shopping in 2016?",
        "And cross-border volume growth that year?",
    )
    assert not growth.answered, growth.text


def test_they_after_a_claim_about_them_is_still_what_the_claim_was_about(assistant):
    *_, year = turns(
        assistant,
        "were there 12 pilot zones",
        "were they confirmed by the ministry of commerce",
        "what year were they confirmed",
    )
    assert (year.value, year.unit) == (2016, "year"), year.text


def test_the_side_already_compared_named_again_is_that_comparison(assistant):
    """Never online shopping against Russia's spending (160 times)."""
    *_, ratio = turns(
        assistant,
        "How many times bigger is total e-commerce than online shopping in 2016?",
        "and versus online shopping?",
    )
    assert float(ratio.value) == pytest.approx(26.1 / 4.7, rel=1e-4), ratio.text


@pytest.mark.parametrize(
    ("share", "whole", "part", "want"),
    [
        (
            "what share of respondents shopped on chinese sites",
            "Из скольких человек?",
            "Сколько это человек?",
            5880,
        ),
        (
            "what share of russian cross-border spending went to chinese platforms",
            "out of how much?",
            "and how much money is that?",
            3_440_000_000,
        ),
    ],
)
def test_how_many_is_that_after_a_share_and_its_whole_is_the_part(
    assistant, share, whole, part, want
):
    """A share, then its whole, then "how many is that?": the whole again would answer
    nothing new; the part the share gives is asked."""
    _, given, asked = turns(assistant, share, whole, part)
    assert given.answered and float(given.value) > want, given.text  # the whole, first
    assert asked.answered, asked.text
    assert float(asked.value) == pytest.approx(want), asked.text


def test_the_whole_just_given_is_still_given_when_asked_again_by_name(assistant):
    *_, again = turns(
        assistant,
        "what share of respondents shopped on chinese sites",
        "out of how many?",
        "how many respondents were there in total?",
    )
    assert float(again.value) == 28000, again.text


@pytest.mark.parametrize(
    "follow_up",
    [
        "that added amount in dollars?",
        "Could you put that added amount in dollars for me, using the rate implied in the article?",
        "In dollar this difference?",
    ],
)
def test_a_turn_naming_only_the_last_answers_operation_converts_it(assistant, follow_up):
    """The 2.5 trillion yuan the forecast adds, in dollars: never another difference."""
    *_, converted = turns(
        assistant,
        "what is the cross-border forecast for 2018?",
        "how much does that add compared with 2016, in yuan?",
        follow_up,
    )
    assert converted.answered and converted.unit == "USD", converted.text
    assert float(converted.value) == pytest.approx(365.83e9, rel=1e-3), converted.text


@pytest.mark.parametrize("follow_up", ["and the 2017 figure?", "AND 2017 FIGURE"])
def test_a_figure_asked_after_its_source_is_never_the_sources_description(assistant, follow_up):
    """After "who gave that number?" (Yandex), the 2017 figure is a figure of 2017 the
    article lacks, never "Russia's largest e-payment service in 2017 was Yandex"."""
    *_, later = turns(
        assistant,
        "how much did russians spend cross border in 2016",
        "who gave that number",
        follow_up,
    )
    assert not later.answered, later.text
    assert "Yandex" not in later.text.splitlines()[0], later.text


def test_the_aim_a_platform_states_is_still_given(assistant):
    answer = ask(assistant, "What is the stated aim of JD's cross-border platform?")
    assert answer.answered and "international" in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(
    "first, bare",
    [
        ("How many respondents were in the PayPal survey?", "countries?"),
        ("n respondents in the paypal survey", "n countries"),
        ("Сколько респондентов было в опросе PayPal и Ipsos?", "а стран сколько"),
    ],
)
def test_a_bare_count_noun_after_a_count_asks_that_count(assistant, first, bare):
    *_, countries = turns(assistant, first, bare)
    assert countries.unit == "countries" and countries.value == 32, countries.text


def test_a_bare_nationality_after_a_spending_question_is_another_subject(assistant):
    *_, russians = turns(
        assistant,
        "How much did Kazakhs spend on Chinese platforms?",
        "ok what about russians",
    )
    assert russians.value == Decimal("3.44e9"), russians.text


def test_a_new_pair_after_a_ratio_is_compared_the_same_way(assistant):
    *_, ratio = turns(
        assistant,
        "ratio of china's total e-commerce to online shopping",
        "and cross-border to online shopping",
    )
    assert ratio.intent == "ratio" and float(ratio.value) == pytest.approx(6.3 / 4.7), ratio.text


def test_a_new_base_after_a_share_replaces_the_old_base_not_the_figure(assistant):
    *_, ratio = turns(
        assistant,
        "cross-border e-commerce volume last year in yuan",
        "what percent of total e-commerce is that",
        "and how many times online shopping",
    )
    assert ratio.intent == "ratio" and float(ratio.value) == pytest.approx(6.3 / 4.7), ratio.text
    *_, share = turns(
        assistant,
        "What did Russians spend on cross-border platforms in total last year?",
        "And on Chinese platforms?",
        "What percent of China's $921.9bn cross-border volume is that?",
        "And the Russian total as a percent of it?",
    )
    assert share.value != 80, share.text  # its own base ("of it"), never the Chinese share


def test_years_up_to_now_after_a_date_end_at_the_article(assistant):
    *_, span = turns(
        assistant,
        "since when has china been the largest online retail market",
        "so how many years is that up to now",
    )
    assert span.value == 4 and "2017" in span.text, span.text


def test_a_bare_it_as_the_base_needs_a_figure_given_before(assistant):
    first = ask(assistant, "current active users as a percent of it")
    assert not first.answered and first.reason == "vague", first.text
    target, share = turns(
        assistant,
        "what's alibaba's medium-term user target for going global",
        "current active users as a percent of it",
    )
    assert target.value == 100_000_000, target.text
    assert share.intent == "percent" and share.value == 60, share.text


@pytest.mark.parametrize(
    "rank", ["who's number two", "which country was #2 for cross-border shopping"]
)
def test_a_rank_below_the_top_is_not_the_figure_two(assistant, rank):
    *_, answer = turns(assistant, "china total ecommerce last yr", "share of global", rank)
    assert not answer.answered and answer.value is None, answer.text


@pytest.mark.parametrize("question", ["What's the actual share?", "what's the real share"])
def test_a_share_named_by_the_word_alone_is_one_of_several(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered and answer.reason == "ambiguous", answer.text
    assert ask(assistant, "russia share?").value == 80  # Russia has one share


def test_a_share_after_a_sum_is_a_percent_and_the_rest_is_not_that_share(assistant):
    _, chinese, rest = turns(
        assistant,
        "RUSSIA CROSS BORDER SPEND 2016 DOLLARS STOP",
        "CHINESE SHARE STOP",
        "REMAINING SHARE STOP",
    )
    assert chinese.unit == "%" and chinese.value == 80, chinese.text
    assert rest.value != 80, rest.text


def test_the_sample_size_after_a_share_of_it_is_the_whole_sample(assistant):
    _, sample, part = turns(
        assistant,
        "what % of ppl in the paypal survey bought from china sites",
        "sample size?",
        "so how many ppl is that",
    )
    assert sample.value == 28_000, sample.text
    assert part.value == 5_880, part.text


def test_that_year_points_at_a_year_not_at_the_last_figure(assistant):
    _, total = turns(
        assistant,
        "China's share of global e-commerce in 2016?",
        "And China's total e-commerce value that year?",
    )
    assert total.value == Decimal("26.1e12"), total.text


@pytest.mark.parametrize(
    "question", ["so how many people is that, out of 28,000?", "how many is that of 28000"]
)
def test_the_whole_typed_after_a_share_asks_the_count_behind_it(assistant, question):
    share, count = turns(
        assistant, "what percent of respondents bought on chinese websites", question
    )
    assert share.value == 21
    assert count.answered, count.text
    assert count.value == 5880 and count.unit == "respondents"


def test_another_whole_typed_after_a_share_is_not_taken_for_the_articles(assistant):
    *_, count = turns(
        assistant,
        "what percent of respondents bought on chinese websites",
        "how many is that of 30000",
    )
    assert not count.answered, count.text


def test_a_whole_typed_with_nothing_before_it_is_not_the_answer(assistant):
    answer = ask(assistant, "how many people is that of 28000")
    assert not answer.answered, answer.text


def test_a_correction_that_asks_a_whole_question_reads_it_afresh(assistant):
    *_, average = turns(
        assistant,
        "what percent of respondents bought on chinese websites",
        "how many people is that",
        "No, I meant how many were surveyed per country, on average.",
    )
    assert average.answered, average.text
    assert average.value == 875


def test_a_subject_corrected_with_the_old_one_ruled_out_keeps_the_rate_asked(assistant):
    _growth, corrected = turns(
        assistant,
        "How much did online shopping grow in 2016?",
        "Wait, no, I meant total e-commerce, not online shopping.",
    )
    assert not corrected.answered and corrected.reason == "kind", corrected.text
    _growth, amount = turns(
        assistant,
        "How much did online shopping grow in 2016?",
        "no i meant the amount it reached not the growth",
    )
    assert amount.value == 4_700_000_000_000, amount.text


def test_another_year_of_a_computed_figure_is_not_one_operand_of_that_year(assistant):
    _rest, earlier = turns(
        assistant, "what was China's offline retail in 2016, in yuan?", "what about in 2015?"
    )
    assert not earlier.answered and earlier.reason == "year", earlier.text


def test_to_what_level_after_a_growth_rate_is_the_amount_reached(assistant):
    _growth, level = turns(
        assistant, "By what percentage did China's online shopping grow in 2016?", "To what level?"
    )
    assert level.answered and level.value == 4_700_000_000_000, level.text


def test_the_growth_in_the_earlier_year_of_a_pair_is_not_the_pairs_growth(assistant):
    _gap, growth = turns(
        assistant,
        "what was the increase in online shopping from 2015 to 2016, in dollars?",
        "And the growth rate in 2015?",
    )
    assert not growth.answered and growth.reason == "year", growth.text


@pytest.mark.parametrize("follow_up", ["up by how much?", "how much was it up?"])
def test_up_by_how_much_after_a_figure_is_its_growth(assistant, follow_up):
    _, up = turns(assistant, "what was China's online shopping in 2016?", follow_up)
    assert up.answered and up.unit == "%" and up.value == Decimal("24.7"), up.text


def test_number_who_did_not_after_a_share_is_a_count(assistant):
    *_, rest = turns(
        assistant,
        "how many people answered the paypal ipsos survey?",
        "what share of them shopped on chinese websites?",
        "number who didn't?",
    )
    assert rest.answered and rest.unit == "respondents" and rest.value == 22120, rest.text


def test_as_a_percentage_of_a_whole_takes_the_rest_just_given_as_the_part(assistant):
    *_, share = turns(
        assistant,
        "how many active users did AliExpress have?",
        "and how many of them never made a purchase?",
        "As a proportion of the active users?",
    )
    assert share.answered and share.unit == "%", share.text
    assert round(share.value, 2) == Decimal("66.67"), share.text  # not the buyers' 33.3%


def test_nah_takes_back_the_last_reading(assistant):
    _, overseas = turns(assistant, "alibaba's consumer target for 2025?", "nah, the overseas part")
    assert overseas.answered and overseas.value == 1_000_000_000, overseas.text


def test_a_correction_to_a_count_is_never_answered_with_a_name(assistant):
    *_, corrected = turns(
        assistant,
        "how many consumers does Alibaba want to serve by 2025?",
        "how many of them at home?",
        "no wait, I meant the overseas ones",
    )
    assert corrected.unit == "consumers" or not corrected.answered, corrected.text


def test_and_another_parts_share_keeps_the_whole_just_used(assistant):
    _, share = turns(
        assistant,
        "what percentage of China's total e-commerce was cross-border volume in 2016?",
        "and online shopping's share?",
    )
    assert share.answered and share.unit == "%", share.text
    assert round(share.value, 1) == Decimal("18.0"), share.text  # of total e-commerce, not 14%


def test_the_level_of_a_growth_rates_own_year_is_the_amount_it_grew_to(assistant):
    _, level = turns(
        assistant, "china online shopping growth in 2016, in %", "whats the 2016 level"
    )
    assert level.answered and level.unit == "CNY", level.text  # 4.7 trillion, not 24.7% again
    assert level.value == Decimal("4.7E12"), level.text


def test_a_gap_between_two_unrelated_figures_in_percent_is_no_rest_share(assistant):
    *_, share = turns(
        assistant,
        "is cross-border volume in 2016 bigger than online shopping?",
        "by how much?",
        "in percent?",
    )
    assert share.value != 86, share.text  # not the rest of online shopping's share of retail


def test_a_gap_as_a_multiple_is_the_ratio_of_the_same_two(assistant):
    *_, times = turns(
        assistant,
        "is cross-border volume in 2016 bigger than online shopping?",
        "by how much?",
        "and as a multiple?",
    )
    assert times.answered and round(times.value, 2) == Decimal("1.34"), times.text


def test_the_growth_the_year_before_a_change_is_not_that_change_again(assistant):
    *_, change, before = turns(
        assistant,
        "online shopping grew 24.7% in 2016, right?",
        "what was it in 2015 then?",
        "how much did it grow in yuan?",
        "and the growth the year before that?",
    )
    assert change.answered and change.unit == "CNY", change.text
    assert not before.answered, before.text  # 2014 to 2015: the article gives none
    assert "24.7" not in before.text.splitlines()[0]


def test_a_correction_then_a_sentence_pointing_at_it_asks_about_the_thing_meant(assistant):
    _, claim = turns(
        assistant,
        "online shopping in China hit 26.1 trillion yuan in 2016?",
        "sorry, I meant total e-commerce. Was that 26.1 trillion yuan?",
    )
    assert claim.text.startswith("Yes") and "e-commerce" in claim.text, claim.text


def test_a_subject_corrected_after_a_ratio_is_never_answered_with_a_statement(assistant):
    *_, corrected = turns(
        assistant,
        "what's AliExpress's medium-term user target?",
        "how many times the 20 million buyers is it?",
        "no, I meant JD's target",
    )
    assert not corrected.answered, corrected.text  # JD's aim is words, not a target figure


def test_a_change_between_two_figures_given_in_dollars_stays_in_dollars(assistant):
    *_, more = turns(
        assistant,
        "How large was China's cross-border online trade in 2016, in dollars?",
        "And what will it be by 2018, in dollars?",
        "How much more is that?",
    )
    assert more.unit == "USD" and float(more.value) == pytest.approx(365.83e9, rel=1e-4), more.text


def test_total_after_a_part_asks_the_whole_not_the_part_again(assistant):
    *_, total = turns(assistant, "alibaba 2025 goal how many overseas users", "and total")
    assert int(total.value) == 2_000_000_000, total.text


def test_words_after_that_can_pick_the_answer_before_the_last(assistant):
    *_, ratio = turns(
        assistant,
        "alibaba 2025 goal how many overseas users",
        "and total",
        "how many times aliexpress's 100 mil overseas buyers is that overseas goal",
    )
    # the overseas billion, not the two billion just given
    assert ratio.intent == "ratio" and float(ratio.value) == pytest.approx(10), ratio.text


def test_that_buyer_count_is_the_buyers_given_before_the_countries(assistant):
    *_, share = turns(
        assistant,
        "How many overseas buyers did AliExpress have by April 10?",
        "from how many countries and regions?",
        "and the 60 million active users figure is what % of that buyer count?",
    )
    assert share.unit == "%" and float(share.value) == pytest.approx(60), share.text


def test_the_rest_of_a_computed_share_is_the_rest_of_the_share_the_article_states(assistant):
    *_, rest, in_yuan = turns(
        assistant,
        "what part of china's retail was online last year",  # computed: 14%
        "so what part wasn't",
        "and in yuan that's?",
    )
    assert rest.unit == "%" and float(rest.value) == pytest.approx(86), rest.text
    assert in_yuan.unit == "CNY" and float(in_yuan.value) == pytest.approx(28.871e12, rel=1e-3)


@pytest.mark.parametrize(
    "asked", ["Which year was that announced?", "announced which yr?", "в каком году это объявили?"]
)
def test_the_year_a_figure_was_announced_is_its_own_not_another_announcements(assistant, asked):
    *_, year = turns(assistant, "How many overseas warehouses did the guideline promote?", asked)
    # the guideline of 2015, not the regulations "announced in the past two years" (2016)
    assert year.unit == "year" and int(year.value) == 2015, year.text


def test_by_when_of_a_target_is_still_its_deadline_not_its_subjects_founding(assistant):
    *_, when = turns(
        assistant,
        "what's aliexpress's medium-term user target?",
        "when are they supposed to hit it",
    )
    assert not when.answered, when.text


def test_a_typed_sum_the_article_states_is_the_figure_a_follow_up_leans_on(assistant):
    _, share, times = turns(
        assistant,
        "What's 6.3 trillion yuan in dollars, per the article?",
        "What percent of that is the Russians' total cross-border spending?",
        "How many times bigger is the Chinese figure?",
    )
    assert share.unit == "%" and float(share.value) == pytest.approx(0.4664, rel=1e-3), share.text
    assert float(times.value) == pytest.approx(214.4, rel=1e-3), times.text


def test_another_typed_sum_is_still_converted_the_same_way(assistant):
    _, again = turns(assistant, "what's 6.3 trillion yuan in dollars?", "and 26.1?")
    assert again.unit == "USD" and float(again.value) == pytest.approx(3.8193e12, rel=1e-3)


@pytest.mark.parametrize(
    ("unclear", "meant", "value", "unit"),
    [
        ("How much did it grow?", "I mean China's online shopping last year.", 24.7, "%"),
        ("how much did they spend?", "I mean Russians", 4.3e9, "USD"),
    ],
)
def test_a_pronoun_refused_is_asked_again_with_what_the_next_turn_names(
    assistant, unclear, meant, value, unit
):
    refused, answer = turns(assistant, unclear, meant)
    assert not refused.answered, refused.text
    assert answer.answered and answer.unit == unit, answer.text
    assert float(answer.value) == pytest.approx(value), answer.text


def test_a_turn_that_names_nothing_the_article_has_is_not_read_into_the_pronoun(assistant):
    _, answer = turns(assistant, "How much did it grow?", "I mean the weather")
    assert not answer.answered, answer.text


@pytest.mark.parametrize("follow_up", ["In what year?", "what year was that?"])
def test_the_year_of_a_statement_just_given_is_its_own_not_the_articles(assistant, follow_up):
    _, answer = turns(assistant, "What did the PayPal report find China became?", follow_up)
    assert answer.answered and answer.value == 2016, answer.text  # never "published in 2017"


def test_the_year_of_a_statement_whose_sentence_has_a_date_is_that_date(assistant):
    _, when, other = turns(
        assistant,
        "what languages did JD's platform have?",
        "When JD start it?",
        "What about AliExpress?",
    )
    assert when.value == 2015 and "rolled out" in when.text, when.text
    assert other.value == 2010, other.text


def test_the_year_after_a_role_is_not_the_founding_of_the_company(assistant):
    _, answer = turns(assistant, "who is aliexpress's general manager?", "in what year?")
    assert answer.value != 2010, answer.text  # AliExpress's founding is not when he was manager
    _, founded = turns(assistant, "which group set up aliexpress?", "when?")
    assert founded.value == 2010, founded.text
