"""Ordinary ways to say what the article measures ("how much did Chinese people buy
online?"), which must find the figure, and near misses of them, which must not: a question
in, the answer (or the refusal) out. Phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns

ONLINE_SHOPPING_2016 = Decimal("4.7E12")


@pytest.mark.parametrize(
    "question",
    [
        "how much did Chinese people buy online in 2016?",
        "what volume did Chinese consumers purchase over the internet last year",
        "how much do local shoppers in China shop online, 2016 figure",
    ],
)
def test_buying_online_is_online_shopping(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == ONLINE_SHOPPING_2016


@pytest.mark.parametrize(
    "question",
    [
        "how much did Chinese shoppers spend on Russian sites?",
        "how many Chinese shoppers are there?",
    ],
)
def test_chinese_shoppers_are_not_every_figure_about_shoppers(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("by what percentage did China's total online shopping rise last year?", Decimal("24.7")),
        ("cross-border volume 2016 as a percentage of China's total e-commerce", None),
    ],
)
def test_the_articles_own_words_for_a_figure_find_it(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    if value is not None:
        assert answer.value == value
    else:
        assert round(answer.value, 1) == Decimal("24.1")


def test_total_retail_growth_is_still_not_online_shopping_growth(assistant):
    answer = ask(assistant, "what was total retail growth in 2016?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Per the PayPal/Ipsos report, what proportion of respondents shopped on Chinese websites?",
        "per iResearch, what share of total retail was online shopping in 2016?",
    ],
)
def test_per_a_source_means_according_to_it(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.unit == "%"


def test_worldwide_before_a_word_for_people_names_no_buyer(assistant):
    answer = ask(assistant, "What is Alibaba's projected worldwide consumer base for 2025?")
    assert answer.answered, answer.text
    assert answer.value == Decimal("2E9")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many years apart were the launches of AliExpress and JD's cross-border platform?", 5),
        ("what's the leftover non-Chinese Russian spend, in dollars?", Decimal("8.6E8")),
    ],
)
def test_years_apart_and_the_leftover(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal(value)


def test_the_countries_pushed_down_the_rankings_are_those_dislodged(assistant):
    answer = ask(assistant, "which countries did China push down the rankings?")
    assert answer.answered, answer.text
    assert "United States" in answer.text and "United Kingdom" in answer.text


def test_that_earlier_figure_and_that_remainder_are_the_last_answer(assistant):
    from conversation import turns

    answers = turns(
        assistant,
        "How much did Russians spend on non-Chinese platforms in 2016?",
        "Could you put that remainder into yuan, using the rate the article itself implies?",
        "and that earlier figure in dollars again?",
    )
    assert answers[1].unit == "CNY" and round(answers[1].value / Decimal("1E9"), 2) == Decimal(
        "5.88"
    )
    assert answers[2].answered and answers[2].unit == "USD", answers[2].text


def test_a_question_about_the_assistant_gets_no_figure(assistant):
    answer = ask(assistant, "do you ever shop online?")
    assert not answer.answered, answer.text


def test_what_the_user_will_do_with_the_answer_asks_nothing(assistant):
    # "compare" there is the user's plan, not a ratio; "Chinese" not the Chinese share
    answer = ask(
        assistant,
        "Russians spent $4.3bn across borders. Give it to me in yuan so I can compare it "
        "with the Chinese numbers.",
    )
    assert answer.unit == "CNY", answer.text
    assert float(answer.value) == pytest.approx(29.385e9, rel=1e-3)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many active folks has aliexpress got?", 60e6),  # folks are users, not buyers
        ("years from AliExpress's creation to JD's cross-border launch?", 5),
        ("how many years after its foundation did AliExpress reach 100m buyers?", 7),
    ],
)
def test_ordinary_nouns_for_people_and_founding(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(value), answer.text


def test_fractions_in_words_are_checked_as_shares(assistant):
    from conversation import turns

    _, two_fifths = turns(
        assistant, "what is china's share of global e-commerce", "so about two fifths of it?"
    )
    assert two_fifths.text.startswith("Yes"), two_fifths.text  # 39.2%
    _, quarters = turns(
        assistant,
        "what went to chinese platforms out of the russian spending, in percent",
        "so that is over three quarters?",
    )
    assert quarters.text.startswith("Yes"), quarters.text  # 80%


def test_contracted_question_words_and_topic_changes(assistant):
    from conversation import turns

    _, when, who = turns(
        assistant,
        "what's china's total retail volume",
        "when'd AliExpress get set up",
        "new question - who is the general manager of aliexpress",
    )
    assert when.value == Decimal(2010), when.text
    assert "Shen Difan" in who.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "out of the twenty-eight thousand people polled, how many shopped on chinese sites?",
            5880,
        ),
        ("what's twenty-six point one trillion yuan in us dollars", 3.8193e12),
        ("how old was aliexpress in twenty-seventeen", 7),
    ],
)
def test_numbers_spelled_with_hyphens_are_numbers(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(value, rel=1e-3), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Homework task: how many pilot zones were there in 2016?", 12),
        ("Worksheet: AliExpress was set up in what year?", 2010),
    ],
)
def test_a_heading_before_a_colon_says_what_the_message_is_for(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == value, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "How much is that in rubles: 4.3 billion dollars spent by Russians?",
        "Сколько это в рублях: 4,3 миллиарда долларов, потраченные россиянами?",
    ],
)
def test_a_question_before_a_colon_is_no_heading(assistant, question):
    """ "How much is THAT in rubles:" asks, and its pronoun points at what follows: the
    rubles stay in the question, which is refused, not read as a claim of $4.3 billion."""
    answer = assistant.ask(question)
    assert not answer.answered and answer.reason == "unknown", answer.text
    assert "rubles" in answer.text


def test_a_blank_to_fill_asks_for_the_figure(assistant):
    answer = ask(assistant, "Fill in the blank: China had ___ pilot zones in 2016.")
    assert answer.answered and float(answer.value) == 12, answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("when did alibaba get aliexpress off the ground", 2010, "year"),
        ("how many pilot zones got signed off by the state council", 12, "zones"),
        ("aliexpress ships to how many countries and regions", 220, "countries"),
        ("how much incremental cross-border volume between 2016 and 2018, in yuan", 2.5e12, "CNY"),
        ("world e-commerce ex-China in 2016, yuan?", 40.4816e12, "CNY"),
        ("how many years till 2025 from when the article was written", 8, "years"),
    ],
)
def test_everyday_words_for_launches_approvals_reach_and_increases(
    assistant, question, value, unit
):
    answer = ask(assistant, question)
    assert answer.unit == unit and float(answer.value) == pytest.approx(value, rel=1e-3), (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("who produced the 6.3 trillion yuan estimate", "iResearch"),
        ("which firm compiled the russian spending numbers", "Yandex"),
        ("which company is the source of the 4.7 trillion online shopping number?", "iResearch"),
        ("what research firm was behind the PayPal survey?", "Ipsos"),
        # ... in non-native grammar
        ("Which company give the estimation of cross border volume?", "iResearch"),
        ("who is give the numbers for russian spending, which company", "Yandex"),
        ("which internet firm's e-payment service reported what russians spent?", "Yandex"),
        ("the 100 warehouses guideline came from which ministry?", "Ministry of Commerce"),
    ],
)
def test_who_produced_or_compiled_a_figure_is_its_source(assistant, question, source):
    answer = ask(assistant, question)
    assert answer.answered and source in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        (
            "if the 100m buyers were spread evenly across the 220 countries and regions, "
            "what is the average per country?",
            454545.45,
            "buyers",
        ),
        (
            "how many years between the overseas warehouse guideline and the pilot zone "
            "confirmation",
            1,
            "years",
        ),
        ("honestly this is wild, what's china's total e-commerce in dollars?", 3.8193e12, "USD"),
    ],
)
def test_averages_put_as_sharing_evenly_nouns_of_verbs_and_asides(assistant, question, value, unit):
    answer = ask(assistant, question)
    assert answer.unit == unit and float(answer.value) == pytest.approx(value, rel=1e-3), (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("total e-commerce / online shopping, 2016", 5.553, "ratio"),
        (
            "How much times is China's total e-commerce bigger than its online shopping?",
            5.553,
            "ratio",
        ),
        ("global e-commerce without China, 2016, in yuan?", 40.4816e12, "CNY"),
    ],
)
def test_terse_division_non_native_ratios_and_without(assistant, question, value, unit):
    answer = ask(assistant, question)
    assert answer.unit == unit and float(answer.value) == pytest.approx(value, rel=1e-3), (
        answer.text
    )


def test_a_slash_between_alternatives_in_a_question_is_no_division(assistant):
    answer = ask(assistant, "which online stores / platforms from china does the article name?")
    assert answer.answered and "AliExpress" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("RoW share of global e-commerce 2016", 60.8, "%"),
        ("how many overseas whs did the 2015 guideline target", 100, "warehouses"),
        ("abs increase in online shopping 2015 to 2016, cny", 930.95e9, "CNY"),
        ("x-border vol 2016 -> 2018 fcst, % uplift?", 39.68, "%"),
        ("hey factbot, how many pilot zones were there in 2016?", 12, "zones"),
        ("how many users are still missing for AliExpress to reach its 100m target", 40e6, "users"),
        ("which markets did China dislodge as top cross-border destination", None, None),
    ],
)
def test_trade_shorthand_and_other_ways_to_say_it(assistant, question, value, unit):
    answer = ask(assistant, question)
    if value is None:
        assert "United States" in answer.text, answer.text
        return
    assert answer.unit == unit and float(answer.value) == pytest.approx(value, rel=1e-3), (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many active aliexpress ppl didnt buy anything smh", 40e6),
        ("how much $ did russians spend on chinese sites lmao", 3.44e9),
        ("xborder ecom vol 2016 incl B2B + retail, RMB?", 6.3e12),
        ("what % of aliexpress active users bought, 20m outta 60m?", 33.333),
        ("russian spend on chinese sites in u s dollars", 3.44e9),
        ("wen did aliexpress start", 2010),
        ("ruskies spent how much on chinese sites last yr", 3.44e9),
        ("aliexpress overseas byers how many", 100e6),
        ("how many pilot zones got the State Council's go-ahead?", 12),
    ],
)
def test_chat_slang_and_abbreviations_decorate_a_clear_question(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.answered and float(answer.value) == pytest.approx(value, rel=1e-3), answer.text


def test_asserts_reports_a_claim_to_check(assistant):
    answer = assistant.ask(
        "The opposition asserts China accounts for more than half of global e-commerce."
        " Does the article support that?"
    )
    assert answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("x-border volume 2018f, yuan", Decimal("8.8E12")),
        ("how many yuan did cross-border volume add, 2016 to 2018f", Decimal("2.5E12")),
    ],
)
def test_a_year_marked_f_is_a_forecast_year(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == value


def test_a_forecast_mark_adds_no_year_the_article_lacks(assistant):
    answer = ask(assistant, "x-border volume 2017f")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("aliexp actives ttm", Decimal("6E7")),
        ("cn share glbl ecom", Decimal("39.2")),
    ],
)
def test_trader_abbreviations_are_words(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == value


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("usd value of the 2016 rise in online shopping volume", Decimal("136.2")),
        ("dollar value of the cross-border increase 2016-2018?", Decimal("365.8")),
    ],
)
def test_the_dollar_value_of_a_change_is_that_change_in_dollars(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.unit == "USD"
    assert round(answer.value / Decimal("1E9"), 1) == value


def test_a_change_asked_in_dollars_is_never_a_percentage(assistant):
    answer = ask(assistant, "usd value of the 2016 rise in online shopping")
    assert answer.unit != "%", answer.text


@pytest.mark.parametrize(
    "question",
    [
        "on average how many respondents per country did the survey have, assuming an even split?",
        "28,000 people from 32 countries were polled. If split evenly, how many per country?",
    ],
)
def test_an_even_split_is_an_average(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == 875


def test_the_biggest_online_shopping_market_is_the_largest_online_retail_market(assistant):
    answer = ask(assistant, "is china the world's biggest online shopping market?")
    assert answer.text.startswith("Yes."), answer.text
    assert "2013" in answer.text


def test_the_us_online_shopping_figure_is_still_refused(assistant):
    answer = ask(assistant, "what was online shopping in the United States in 2016?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("AliEx active users LTM?", 60e6),
        ("abs incr online shopping 15->16, CNY?", 930.954e9),
        ("Overseas mix of Alibaba's 2025 consumer target, %?", 50),
        ("AliExpress is open in which year?", 2010),
        ("whats teh 2018 cross border number in yuan", 8.8e12),
        ("Online penetration of China retail in 2016?", 14),
        (
            "Expressed in US dollars at the article's implicit rate, what was the global "
            "e-commerce volume in 2016?",
            9.7431e12,
        ),
    ],
)
def test_shorthand_typos_and_plain_synonyms_are_read(assistant, question, value):
    answer = ask(assistant, question)
    assert float(answer.value) == pytest.approx(value, rel=1e-4), answer.text


def test_the_other_side_of_it_is_the_rest(assistant):
    *_, rest = turns(
        assistant,
        "How many active users did AliExpress have over the past 12 months?",
        "And the other side of it: how many active users didn't buy anything?",
    )
    assert float(rest.value) == pytest.approx(40e6), rest.text


def test_which_one_of_a_count_is_no_count(assistant):
    *_, which = turns(
        assistant, "how many pilot zones were confirmed?", "Which one launched first?"
    )
    assert not which.answered, which.text


def test_years_from_the_articles_publication(assistant):
    *_, years = turns(
        assistant,
        "How many consumers does Alibaba expect to serve worldwide by 2025?",
        "How many years out is that from the article's publication?",
    )
    assert float(years.value) == pytest.approx(8), years.text


@pytest.mark.parametrize("opener", ["yo", "hello,", "hola"])
def test_a_greeting_before_a_yes_no_question_keeps_it_one(assistant, opener):
    answer = ask(assistant, f"{opener} is aliexpress from alibaba")
    assert answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what was online shopping in 2015, based on the growth of 24.7%?", 3.769e12),
        ("how many respondents made purchases on chinese sites?", 5880),
        ("how many countries took part in the PayPal and Ipsos survey?", 32),
        ("how many folks took part in that survey?", 28000),
    ],
)
def test_premises_after_the_change_and_who_took_part(assistant, question, value):
    answer = ask(assistant, question)
    assert float(answer.value) == pytest.approx(value, rel=1e-3), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how much was global e-commerce in 2016 in yuan, based on China's share?",
        "global e-commerce implied by china's share",
        "Каков объём мировой электронной торговли в 2016 году в юанях, исходя из доли Китая?",
    ],
)
def test_a_whole_worked_out_from_a_share_named_in_words(assistant, question):
    answer = ask(assistant, question)
    assert float(answer.value) == pytest.approx(66.5816e12, rel=1e-4), answer.text


def test_how_much_of_a_year_is_not_a_count_that_year_set(assistant):
    answer = ask(assistant, "how much e-commerce did china do in 2015?")
    assert not answer.answered and "2015" in answer.text, answer.text  # not the 100 warehouses


def test_a_rate_to_convert_at_is_not_the_rate_asked(assistant):
    answer = ask(
        assistant,
        "How much is China's 2016 online shopping volume in dollars, at the rate implied by "
        "the article?",
    )
    assert answer.unit == "USD" and float(answer.value) == pytest.approx(687.77e9, rel=1e-3)


def test_without_written_short_is_a_complement(assistant):
    answer = ask(assistant, "% AE active users w/o purchase")
    assert float(answer.value) == pytest.approx(66.67, rel=1e-3), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("By what percent is the 2018 cross-border volume higher than the 2016 volume?", 39.68),
        ("what percent more did russians spend on chinese platforms than on other ones?", 300),
    ],
)
def test_by_what_percent_one_figure_exceeds_another_is_a_growth(assistant, question, value):
    answer = ask(assistant, question)
    assert float(answer.value) == pytest.approx(value, rel=1e-3), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "For a class exercise on percentages: what was the year-on-year growth of China's "
        "online shopping in 2016?",
        "what was the year-on-year growth of China's online shopping in 2016, for the graphic",
    ],
)
def test_a_set_off_purpose_of_common_nouns_is_no_subject(assistant, question):
    answer = ask(assistant, question)
    assert float(answer.value) == pytest.approx(24.7), answer.text


def test_what_was_bought_is_never_taken_for_a_purpose(assistant):
    answer = ask(assistant, "how much did russians spend for a pizza?")
    assert not answer.answered, answer.text


def test_a_share_of_the_rest_is_not_answered_with_the_part(assistant):
    answer = ask(assistant, "what percent of russian spending went to other platforms?")
    assert not answer.answered or float(answer.value) == pytest.approx(20), answer.text


def test_a_count_per_a_count_of_the_same_thing_is_a_plain_multiple(assistant):
    answer = ask(
        assistant,
        "How many AliExpress active users are there per purchasing user over the past 12 months?",
    )
    assert answer.unit == "ratio" and float(answer.value) == pytest.approx(3), answer.text


def test_an_expectation_is_the_forecast(assistant):
    answer = ask(assistant, "Alibaba's 2025 worldwide consumer expectation?")
    assert float(answer.value) == 2e9, answer.text


@pytest.mark.parametrize(
    "question",
    ["the article's 2018 forecast - how many yuan?", "and what's it forecast at for 2018"],
)
def test_the_forecast_of_a_year_named_alone_is_the_one_figure_forecast(assistant, question):
    answer = ask(assistant, question)
    assert float(answer.value) == 8.8e12, answer.text


def test_a_prediction_asked_for_a_year_is_not_the_articles_forecast(assistant):
    answer = ask(assistant, "What will the yuan be worth in 2018?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("how many years between aliexpress's founding and 2025?", 15),
        ("how many years from JD's cross-border launch to 2018?", 3),
        ("how many yrs till 2025 from when this was written", 8),
    ],
)
def test_years_from_an_event_to_a_forecast_year(assistant, question, years):
    answer = ask(assistant, question)
    assert answer.unit == "years" and float(answer.value) == years, answer.text


def test_years_to_a_year_the_article_forecasts_nothing_for_are_refused(assistant):
    answer = ask(assistant, "how many years from aliexpress's launch to 2030?")
    assert not answer.answered, answer.text


def test_an_adverb_of_the_articles_adjective_names_its_measure(assistant):
    answer = ask(
        assistant, "How many people were actively using AliExpress over the past twelve months?"
    )
    assert float(answer.value) == 60e6, answer.text


@pytest.mark.parametrize(
    ("question", "unit"),
    [("What USD/CNY does the article imply?", "CNY/USD"), ("cny/usd implied?", "USD/CNY")],
)
def test_a_currency_pair_is_quoted_per_unit_of_its_first_currency(assistant, question, unit):
    answer = ask(assistant, question)
    assert answer.unit == unit, answer.text


def test_todays_spot_rate_is_not_the_articles(assistant):
    answer = ask(assistant, "usdcny spot now")
    assert not answer.answered, answer.text


def test_the_rate_the_article_implies_is_the_exchange_rate_not_a_growth_it_states(assistant):
    answer = ask(assistant, "what rate does the article imply?")
    assert answer.unit == "CNY/USD", answer.text


def test_it_after_an_aside_about_the_user_is_what_the_aside_names(assistant):
    answer = ask(
        assistant,
        "So my daughter's always on her phone buying stuff, and I heard China's online "
        "shopping is enormous, what did it come to in 2016?",
    )
    assert float(answer.value) == 4.7e12, answer.text


# Short forms and everyday words for the article's own, each line the fact it must reach.
FACT_WORDINGS = [
    pytest.param("how mny activ users aliexpres past yr", "aliexpress_active_users", id="mny"),
    pytest.param(
        "which countries lost the top spot to china?", "top_destination_dislodged", id="lost"
    ),
    pytest.param("jd langs", "jd_languages", id="langs"),
    pytest.param("aliexp payers ttm", "aliexpress_purchasers", id="payers"),
    pytest.param("src for RU spend number?", "russia_cross_border_spend", id="src"),
    pytest.param("paypal/ipsos rpt - # respondents?", "survey_respondents", id="rpt"),
    pytest.param(
        "% resp who shopped on Chinese sites in 2016?", "survey_shopped_chinese_share", id="resp"
    ),
    pytest.param("pilot zones cnt confirmed by state council 2016", "pilot_zones", id="cnt"),
    pytest.param("AE buyers ctry+regions cnt", "aliexpress_buyer_countries", id="ctry"),
    pytest.param("online shopping ttl 2016 CNY", "online_shopping_2016", id="ttl"),
    pytest.param(
        "In which language versions did JD launch its cross-border B2C platform?",
        "jd_languages",
        id="the B2C platform's language versions",
    ),
    pytest.param("JD intl b2c rollout year", "jd_cross_border_launch", id="intl b2c rollout"),
]


@pytest.mark.parametrize(("question", "fact"), FACT_WORDINGS)
def test_a_short_or_everyday_wording_reaches_the_articles_fact(assistant, question, fact):
    answer = ask(assistant, question)
    assert answer.facts == (fact,), answer.text


def test_outside_sets_a_part_aside_like_not(assistant):
    answer = ask(assistant, "how much did russians spend outside chinese platforms?")
    assert answer.value == Decimal("860000000"), answer.text


def test_the_year_a_body_announced_something_asks_the_year_not_the_body(assistant):
    answer = assistant.ask("What year did the ministry announce the overseas warehouse guideline?")
    assert answer.answered and answer.value == 2015, answer.text


@pytest.mark.parametrize(
    "question",
    ["how many aliexpress active users only browsed?", "how many aliexpress actives just browsed"],
)
def test_browsing_only_is_not_buying(assistant, question):
    answer = assistant.ask(question)
    assert answer.answered and float(answer.value) == pytest.approx(40e6), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "If the survey's 28,000 respondents were spread over 32 countries, what's the"
        " average for each country?",
        "Assuming an even spread, how many respondents per country took part in the survey?",
        "the paypal respondents divided equally among the countries, how many each?",
    ],
)
def test_spreading_a_count_evenly_is_an_average(assistant, question):
    answer = assistant.ask(question)
    assert answer.answered and float(answer.value) == pytest.approx(875), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what share of the planet's e-commerce was China's?", Decimal("39.2")),
        ("how many countries r aliexpress buyers frm", Decimal(220)),
        ("how many storage facilities abroad did the commerce ministry want?", Decimal(100)),
        ("how many trial zones did the cabinet confirm in 2016?", Decimal(12)),
        (
            "what portion of Russian spending on foreign web shops went to Chinese ones?",
            Decimal(80),
        ),
        ("how many survey takers bought from Chinese web stores?", Decimal(5880)),
        ("what share of worldwide e-commerce happened outside China?", Decimal("60.8")),
        ("what share of the surveyed shoppers did not buy from Chinese websites?", Decimal(79)),
        ("how many aliexpress active users purchased nothing?", Decimal(40_000_000)),
        ("What share of China's retail volume didn't happen online?", Decimal(86)),
        ("What is the number of cross-border trade expected for 2018, please?", Decimal("8.8e12")),
        ("what is the number of cross-border e-commerce volume in 2016?", Decimal("6.3e12")),
    ],
)
def test_paraphrases_of_the_articles_words_find_the_figure(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == value


def test_a_percentage_to_count_by_is_not_the_kind_asked(assistant):
    answer = ask(
        assistant,
        "how many respondents bought from Chinese sites, counting by the percentage in the survey?",
    )
    assert answer.answered, answer.text
    assert answer.value == 5880


@pytest.mark.parametrize(
    "question",
    [
        "How many people were in that PayPal survey about shopping?",
        "how many people took part in the survey about cross-border shopping?",
    ],
)
def test_what_a_survey_was_about_is_not_who_in_it_is_counted(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == 28000


def test_the_topic_of_data_still_says_which_figure(assistant):
    answer = ask(assistant, "who gave the data about russian shoppers?")
    assert "Yandex" in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How many yuan larger was 2016 cross-border volume than 2016 online shopping?", 1.6e12),
        ("how many dollars more did russians spend on chinese sites than on others?", 2.58e9),
    ],
)
def test_how_many_yuan_more_asks_the_gap_in_yuan(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(value, rel=1e-2)


@pytest.mark.parametrize(
    "question",
    [
        "how large was China's cross-border B2B trade in 2016?",
        "What was cross-border retail trade volume alone last year?",
    ],
)
def test_one_kind_of_trade_the_article_gives_only_together_is_refused(assistant, question):
    # the 6.3 trillion yuan is retail AND B2B: neither part alone is that figure
    answer = assistant.ask(question)
    assert not answer.answered, answer.text
    assert "only the whole" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("does the 6.3 trillion yuan figure incl. B2B?", "Yes."),
        ("so cross-border is approx. 6.3 trillion yuan?", "Yes."),
        ("so cross-border was approx. 5 trillion yuan?", "No."),
    ],
)
def test_a_short_form_with_a_full_stop_ends_no_sentence(assistant, question, verdict):
    answer = assistant.ask(question)
    assert answer.text.startswith(verdict), answer.text
    assert "6.3 trillion yuan" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "How much did my uncle spend last year?",
        "how much did my brother spend on chinese sites last year?",
    ],
)
def test_the_users_own_people_and_things_as_the_subject_are_refused(assistant, question):
    answer = assistant.ask(question)
    assert not answer.answered, answer.text


def test_the_users_own_people_who_only_ask_do_not_stop_the_question(assistant):
    answer = assistant.ask("my brother wants to know how much russians spent on chinese sites")
    assert float(answer.value) == pytest.approx(3.44e9), answer.text


@pytest.mark.parametrize(
    "turn",
    ["can we rent space in one of them?", "can I register my company in one of those zones?"],
)
def test_asking_leave_to_act_after_a_figure_is_refused_as_a_procedure(assistant, turn):
    *_, answer = turns(assistant, "how many pilot zones did the state council confirm?", turn)
    assert not answer.answered, answer.text
    assert "how to do something" in answer.text, answer.text


def test_asking_for_a_figure_politely_is_no_procedure(assistant):
    answer = assistant.ask("can I see how many pilot zones the state council confirmed?")
    assert answer.answered and float(answer.value) == 12, answer.text


@pytest.mark.parametrize(
    ("first", "turn", "value"),
    [
        ("alibaba's 2025 consumer goal?", "overseas portion?", 1e9),
        ("russian cross-border spending last year?", "the chinese portion in dollars?", 3.44e9),
    ],
)
def test_a_portion_is_a_part(assistant, first, turn, value):
    *_, answer = turns(assistant, first, turn)
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(value, rel=1e-3), answer.text


def test_customers_abroad_are_the_overseas_consumers(assistant):
    answer = assistant.ask("how many overseas customers does alibaba expect by 2025?")
    assert float(answer.value) == pytest.approx(1e9), answer.text


def test_a_sentence_after_the_question_that_takes_a_reading_back_is_no_negation(assistant):
    answer = assistant.ask(
        "how many active users did aliexpress have? not the purchasers, the users"
    )
    assert float(answer.value) == pytest.approx(60e6), answer.text


@pytest.mark.parametrize(
    "question", ["what was the number for the UK?", "what's the stat for the US?"]
)
def test_a_number_asked_by_itself_is_never_answered_with_a_statement(assistant, question):
    # the article names the US and the UK only as the countries China dislodged
    answer = assistant.ask(question)
    assert not answer.answered, answer.text


def test_the_number_one_destination_still_names_it(assistant):
    answer = assistant.ask("what was the number one destination for cross-border shopping?")
    assert "China" in answer.text.split(".")[0], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "honestly, are the products on chinese platforms good quality?",
        "which of the government measures helped the most?",
        "is it safe to order from aliexpress?",
    ],
)
def test_a_judgement_of_quality_effect_or_safety_is_refused_as_an_opinion(assistant, question):
    answer = assistant.ask(question)
    assert not answer.answered and answer.reason == "opinion", answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what is cross-border trade expected to grow to by 2018?",
        "to what level should cross-border e-commerce rise by 2018?",
    ],
)
def test_the_level_a_change_ends_at_is_the_later_figure(assistant, question):
    answer = assistant.ask(question)
    assert float(answer.value) == pytest.approx(8.8e12), answer.text


def test_growing_to_reach_a_target_still_asks_the_growth(assistant):
    answer = assistant.ask(
        "by what percentage would aliexpress's active users need to grow to reach the target?"
    )
    assert float(answer.value) == pytest.approx(66.67, rel=1e-3), answer.text


def test_out_of_a_whole_how_big_in_percent_terms_is_a_share(assistant):
    answer = assistant.ask(
        "Out of China's total e-commerce in 2016, how big was online shopping in percent terms?"
    )
    assert float(answer.value) == pytest.approx(4.7 / 26.1 * 100, rel=1e-3), answer.text


def test_out_of_a_whole_how_many_is_a_typed_share_still_counts(assistant):
    answer = assistant.ask(
        "Out of the 28,000 respondents, how many is 21 percent, that is how many shopped on"
        " Chinese websites?"
    )
    assert float(answer.value) == pytest.approx(5880), answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("the russian figures came from, um, which e-payment service?", "Yandex"),
        ("the 6.3 trillion estimate, uh, which firm is behind it?", "iResearch"),
        ("which company is behind the russian spending data", "Yandex"),
    ],
)
def test_a_spoken_hesitation_or_behind_still_asks_who_gave_the_figure(assistant, question, name):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value is None, answer.text  # a name, never the figure itself
    assert name in answer.text.splitlines()[0]


def test_what_is_behind_a_trend_is_still_no_source(assistant):
    answer = ask(assistant, "what's behind the growth of cross-border e-commerce?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many overseas buyers did aliexpress have by april tenth question mark", 100_000_000),
        ("overseas buyers of aliexpress by the 10th of april?", 100_000_000),
        ("how many warehouses does the guideline call for comma roughly", 100),
        ("what languages did jds cross border site come in", None),
        ("2016 cross-border GMV in CNY?", 6_300_000_000_000),
        ("Dear assistant, how many pilot zones did the State Council confirm?", 12),
    ],
)
def test_dictation_ordinals_missing_apostrophes_and_jargon_are_read(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    if value is None:
        assert "English" in answer.text and "Russian" in answer.text
    else:
        assert answer.value == value, answer.text


def test_an_ordinal_that_is_no_day_of_a_month_is_not_a_date(assistant):
    answer = ask(assistant, "is the second figure of the survey its 32 countries?")
    assert "April" not in answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (
            "Which entity stated that China's total e-commerce was 26.1 trillion yuan?",
            "Ministry of Commerce",
        ),
        ("Who articulated the 100 million user target?", "Shen Difan"),
    ],
)
def test_other_verbs_of_saying_ask_who_said_it(assistant, question, name):
    answer = ask(assistant, question)
    assert answer.answered and answer.value is None, answer.text
    assert name in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("What's AliExpress's take rate?", "unknown"),
        ("Provide the full text of the Ministry of Commerce guideline.", "task"),
        ("can you send me a link to the PayPal report", "task"),
    ],
)
def test_what_the_article_does_not_hold_is_refused_not_matched_by_a_word(
    assistant, question, reason
):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how mch did russians spend on cross border sites lst year", 4_300_000_000),
        ("What share of Russian cross-border expenditure went to Chinese platforms?", 80),
    ],
)
def test_phone_abbreviations_and_other_words_for_spending(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.value == value, answer.text


def test_which_authority_asks_who_said_it(assistant):
    answer = ask(
        assistant,
        "Which authority said China has been the largest online retail market since 2013?",
    )
    assert "Ministry of Commerce" in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what was the russian outlay on cross-border sites in 2016, in greenbacks?", 4.3e9),
        ("by how much did china's online shopping swell in 2016?", 24.7),
        ("what is the tally of aliexpress overseas buyers?", 1e8),
        ("what share of those polled bought from chinese websites?", 21),
        ("china's e-commerce haul in 2016?", 2.61e13),
        ("when did vipme go live?", 2015),
    ],
)
def test_newsroom_synonyms_of_the_articles_measures_read(assistant, question, value):
    answer = ask(assistant, question)
    assert float(answer.value) == pytest.approx(value), answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [("who is steering aliexpress?", "Shen Difan"), ("what did vip christen its site?", "VIPme")],
)
def test_newsroom_synonyms_of_running_and_naming_read(assistant, question, name):
    assert name in ask(assistant, question).text


@pytest.mark.parametrize(
    "question",
    [
        "in what kind of meeting were the pilot zones confirmed?",
        "what kind of meeting confirmed the pilot zones?",
    ],
)
def test_the_kind_of_meeting_that_confirmed_the_zones_is_named(assistant, question):
    assert "executive meeting" in ask(assistant, question).text.split("\nSource:")[0]


def test_who_chaired_a_meeting_the_article_names_no_chair_of_is_refused(assistant):
    answer = ask(assistant, "who chaired the state council executive meeting in 2016")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many years has china been #1 in online retail, as of 2017?", 4),
        ("china no. 1 online retail market since which year", 2013),
        ("which year was china the #1 cross-border shopping destination", 2016),
    ],
)
def test_number_one_typed_as_a_symbol_is_not_the_figure_one(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.value == value, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many years has china been the largest online retail market?",
        "for how long has china been the biggest online retail market",
    ],
)
def test_how_long_something_has_been_so_counts_to_the_articles_date(assistant, question):
    answer = ask(assistant, question)
    assert (answer.value, answer.unit) == (4, "years"), answer.text
    assert "2017" in answer.text  # the article's date, said


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Hello. My daughter sent me this piece about Russian shoppers and Chinese websites. "
            "How many people took part in the PayPal and Ipsos survey?",
            28000,
        ),
        (
            "I'm a retired teacher and I read about AliExpress overseas buyers. "
            "How many countries took part in the PayPal/Ipsos survey?",
            32,
        ),
    ],
)
def test_a_sentence_about_the_user_does_not_choose_the_figure(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == value


def test_a_sentence_about_the_user_that_quotes_figures_still_counts(assistant):
    answer = ask(
        assistant,
        "my colleague says Russians spent up to $4.3 billion abroad online and 80% of it on "
        "Chinese sites. so what's the Chinese part in yuan?",
    )
    assert answer.answered, answer.text
    assert answer.unit == "CNY"


@pytest.mark.parametrize(
    "question",
    [
        "what % of ppl in the paypal survey bought from china sites",
        "what share of survey respondents shopped on china websites?",
    ],
)
def test_china_sites_are_chinese_sites(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(21), answer.text


def test_business_to_business_is_b2b(assistant):
    answer = ask(assistant, "does the cross-border estimate include business-to-business sales?")
    assert answer.answered and answer.text.startswith("Yes"), answer.text  # was "No"


def test_shelling_out_is_buying_never_the_gap_to_the_target(assistant):
    answer = ask(
        assistant, "how many of the 60m active aliexpress users shelled out for something?"
    )
    assert answer.unit != "users" or float(answer.value) == pytest.approx(20e6), answer.text


def test_how_much_russians_forked_out_is_their_spending(assistant):
    answer = ask(assistant, "how much did Russians fork out on cross-border sites?")
    assert answer.answered and float(answer.value) == pytest.approx(4.3e9), answer.text


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("who is giving numbers of russian spending, which company", "Yandex"),
        ("which firm is supplying the online shopping figure", "iResearch"),
        ("which consultancy compiled the online shopping numbers", "iResearch"),
        ("what agency produced the figures on russian spending abroad", "Yandex"),
        ("which research firm released the cross-border trade report", "Ipsos"),
        ("which entity is cited for the 26.1 trillion yuan figure", "Ministry of Commerce"),
    ],
)
def test_who_is_giving_the_figures_asks_their_source(assistant, question, source):
    answer = ask(assistant, question)
    assert answer.answered and source in answer.text.splitlines()[0], answer.text


def test_who_published_a_figure_quoted_before_names_its_source_not_the_articles_date(assistant):
    answer = ask(
        assistant,
        "source for the claim that 80% of russian cross border spending goes to china? "
        "who published that",
    )
    assert answer.answered and "Yandex" in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [("CROSS BORDER VOLUME 2016 YUAN STOP", 6.3e12), ("PILOT ZONES COUNT STOP", 12)],
)
def test_a_telegram_stop_ends_the_sentence(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(value), answer.text


def test_stop_in_lower_case_keeps_its_meaning(assistant):
    answer = ask(assistant, "did JD stop its cross-border platform?")
    assert not answer.answered, answer.text  # the article says nothing of stopping


def test_how_much_went_to_all_platforms_is_never_a_count_of_them(assistant):
    answer = ask(assistant, "how much went to all chinese platforms")
    assert answer.unit in ("USD", "CNY") or not answer.answered, answer.text  # never "3"
    listed = ask(assistant, "list all the chinese platforms")
    assert listed.answered and "AliExpress" in listed.text, listed.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How many countries and regions do the AliExpress buyers come from, sweetheart?", 220),
        ("China online shopping 2016 total how much yuan ah", 4.7e12),
        ("so in raw numbers how many of the survey people bought from chinese sites", 5880),
        ("gg alibaba wants how many overseas users by 2025", 1e9),
    ],
)
def test_terms_of_address_and_chat_words_name_nothing(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(value), answer.text


def test_honey_is_still_a_product_the_article_lacks(assistant):
    *_, honey = turns(
        assistant, "What was China's total retail in 2016?", "how much of that was honey"
    )
    assert not honey.answered, honey.text


@pytest.mark.parametrize(
    "question",
    [
        "How many times bigger is the world's e-commerce volume than China's?",
        "global e-commerce is how many times china's?",
    ],
)
def test_a_side_that_only_names_a_subject_means_the_other_sides_measure(assistant, question):
    """ "The world's e-commerce than China's": China's e-commerce, not its cross-border
    volume."""
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(66.58 / 26.1, rel=1e-3), answer.text


def test_a_side_with_its_own_measure_keeps_it(assistant):
    answer = ask(assistant, "How many years are there between JD's launch and Alibaba's 2025 goal?")
    assert (answer.value, answer.unit) == (10, "years"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What was left of the Russian cross-border spend after the Chinese platforms' part?",
        "what's left of russian spending after the chinese platforms",
    ],
)
def test_what_is_left_of_a_whole_after_a_part_is_the_rest(assistant, question):
    answer = ask(assistant, question)
    assert (answer.value, answer.unit) == (860_000_000, "USD"), answer.text


def test_what_a_figure_rests_on_is_its_base_not_a_remainder(assistant):
    answer = ask(assistant, "How many respondents did the survey rest on?")
    assert answer.answered and float(answer.value) == 28000, answer.text  # never 22,120


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("how many episodes of our podcast have covered ali express", "episodes"),
        ("How many students use AliExpress?", "students"),
    ],
)
def test_a_count_of_things_of_the_users_world_is_refused(assistant, question, word):
    """Never the 220 countries or the 100 million buyers the rest of the words find."""
    answer = ask(assistant, question)
    assert not answer.answered and answer.reason == "unknown", answer.text
    assert f"“{word}”" in answer.text


def test_clients_abroad_are_still_the_overseas_buyers(assistant):
    answer = ask(assistant, "How many clients abroad did AliExpress count by April 10 this year?")
    assert answer.answered and float(answer.value) == 100e6, answer.text


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("How many years from AliExpress's set-up to 2017?", 7),
        ("when was the setup of aliexpress", 2010),
    ],
)
def test_a_set_up_written_as_one_word_is_the_setting_up(assistant, question, want):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == want, answer.text


def test_a_sentence_of_chatter_before_the_question_names_nothing(assistant):
    answer = ask(assistant, "battery low. china online shopping share of total retail")
    assert answer.value == 14, answer.text
    ozon = ask(assistant, "I shop on Ozon. How many buyers does it have?")
    assert not ozon.answered, ozon.text  # a name before the question is no chatter


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("i doubt china's online shopping was really 14 percent of retail. was it?", 14),
        ("omg china online shopping is how big now", Decimal("4.7e12")),
    ],
)
def test_how_the_user_feels_about_a_figure_is_not_another_figure(assistant, question, value):
    assert ask(assistant, question).value == value


def test_how_many_then_after_a_claim_denied_is_the_articles_figure(assistant):
    denied, actual = turns(
        assistant, "i doubt aliexpress has 100 million active users. does it", "how many then"
    )
    assert denied.text.startswith("No."), denied.text
    assert actual.value == 60_000_000, actual.text
    *_, other = turns(
        assistant,
        "aliexpress got 100 mil overseas buyers right",
        "from 120 countries?",
        "wait how many then",
    )
    assert other.value != 100_000_000, other.text  # the refused turn asked about countries


def test_us_before_a_measure_is_the_united_states(assistant):
    answer = ask(assistant, "how big was us e-commerce in 2016")
    assert not answer.answered and answer.value is None, answer.text
    told = ask(assistant, "tell us e-commerce volume in 2016")  # "tell us": the asker
    assert told.value == Decimal("26.1e12"), told.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "what year did china first become the top destination for cross border online shopping",
            2016,
        ),
        ("how many pilot zones for cross-border online trade were confirmed", 12),
        ("cross-border online commerce volume 2016 in yuan", Decimal("6.3E12")),
    ],
)
def test_online_only_restates_cross_border(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == value


def test_online_still_names_online_shopping_beside_cross_border(assistant):
    answer = ask(
        assistant, "how big was cross-border volume compared with online shopping, as a ratio"
    )
    assert answer.answered, answer.text
    assert round(answer.value, 2) == Decimal("1.34")


@pytest.mark.parametrize(
    "question",
    [
        "respondents came from how many countries",
        "the respondents were drawn from how many nations?",
        "respondents of the survey came from how much countries?",
    ],
)
def test_what_only_one_subject_counts_names_that_subject(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == 32 and answer.unit == "countries"


@pytest.mark.parametrize("question", ["wish users", "wish buyers 2016"])
def test_a_platform_name_that_is_an_everyday_word_before_its_users(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "wish" in answer.text.lower()


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("dog walker here, quick one: how many pilot zones did the state council confirm", 12),
        ("tram driver again - how many pilot zones were confirmed in 2016?", 12),
        ("As a retired welder, how many overseas warehouses did the 2015 guideline promote?", 100),
    ],
)
def test_a_few_words_on_who_asks_before_the_question_ask_nothing(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == value


def test_a_lead_that_names_a_figure_is_not_taken_for_who_asks(assistant):
    answer = ask(assistant, "as a share of total retail, how big was online shopping in 2016")
    assert answer.value == 14, answer.text


def test_getting_past_a_mark_is_passing_it(assistant):
    answer = ask(assistant, "when did aliexpress get past 100 million overseas buyers")
    assert answer.answered, answer.text
    assert "April 10, 2017" in answer.text


def test_knocking_a_rival_out_of_the_top_spot_is_dislodging_it(assistant):
    answer = ask(assistant, "which countries did china knock out of the top spot in 2016")
    assert answer.answered, answer.text
    assert "United States" in answer.text and "United Kingdom" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the total growth of cross-border trade between 2016 and 2018?",
        "so what total growth is expected for cross-border volume from 2016 to 2018",
    ],
)
def test_total_growth_over_a_span_is_a_percentage(assistant, question):
    first, annual = turns(assistant, question, "and what yearly rate is that?")
    assert first.unit == "%" and round(first.value, 1) == Decimal("39.7"), first.text
    assert annual.unit == "%" and round(annual.value, 1) == Decimal("18.2"), annual.text


def test_total_growth_asked_in_yuan_is_still_the_amount(assistant):
    answer = ask(assistant, "total growth of cross-border volume 2016 to 2018 in yuan?")
    assert answer.unit == "CNY" and answer.value == Decimal("2.5E12"), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Ahoy, what year did AliExpress start?", 2010),
        ("Encore, encore: how many active users did AliExpress register?", 60_000_000),
        ("Gosh, how many overseas buyers did AliExpress have?", 100_000_000),
        ("how many countries hath the survey covered?", 32),
        ("how many overseas depots did the 2015 guideline promote?", 100),
        ("How many countries did the survey span?", 32),
        ("what is AliExpress's middle-term target for users?", 100_000_000),
        ("how many consumers will Alibaba serve domestically by 2025", 1_000_000_000),
    ],
)
def test_interjections_old_english_and_everyday_nouns_ask_nothing_more(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == value, answer.text


def test_a_dozen_is_twelve_and_signing_off_is_confirming(assistant):
    answer = ask(assistant, "Which government body signed off on the dozen pilot zones?")
    assert answer.answered, answer.text
    assert "State Council" in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Which Alibaba executive talked about the 100 million user goal?", "Shen Difan"),
        ("Which executive mentioned the 100 million user target?", "Shen Difan"),
        ("Who partnered with PayPal on that cross-border shopping report?", "Ipsos"),
    ],
)
def test_who_mentioned_a_figure_and_the_reports_other_name(assistant, question, name):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert name in answer.text.splitlines()[0], answer.text


def test_how_many_more_years_is_the_span_between_two_dates(assistant):
    answer = ask(assistant, "How many more years did AliExpress exist than JD's cross-border site?")
    assert answer.answered and answer.unit == "years" and answer.value == 5, answer.text


def test_a_person_who_speaks_of_one_subject_names_it(assistant):
    answer = ask(assistant, "what target did Shen Difan give?")
    assert answer.answered and answer.value == 100_000_000, answer.text
    refused = ask(assistant, "Can you give me a quote from Yandex on the spending data?")
    assert not refused.answered, refused.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("aight so how much did russians spend cross border last year", 4.3e9),
        ("alibaba tryna reach how many overseas consumers by 2025", 1e9),
        ("hey siri how many pilot zones did the state council confirm", 12),
        ("what cut of russian cross-border spending went to chinese sites", 80),
    ],
)
def test_chat_slang_and_wake_words_say_nothing(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(value), answer.text


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("the 8.8 trillion yuan forecast is for which calendar year?", 2018),
        ("what is the cut-off date of the 60 million active users figure?", 2017),
    ],
)
def test_a_calendar_year_or_cut_off_date_is_a_year_asked(assistant, question, year):
    answer = ask(assistant, question)
    assert answer.answered and answer.value == year, answer.text


@pytest.mark.parametrize(
    ("question", "year"), [("VIPme launch?", 2015), ("aliexpress founding?", 2010)]
)
def test_an_event_named_alone_asks_its_date(assistant, question, year):
    answer = ask(assistant, question)
    assert answer.answered and answer.value == year, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who runs AliExpress, in case I want to send a complaint upstairs?", "Shen Difan"),
        (
            "which body confirmed the pilot zones, just in case my editor queries it",
            "State Council",
        ),
    ],
)
def test_what_the_user_may_need_the_answer_for_is_not_asked(assistant, question, said):
    answer = ask(assistant, question)
    assert answer.answered and said in answer.text, answer.text


def test_firing_up_a_platform_is_setting_it_up(assistant):
    answer = ask(assistant, "what year did alibaba fire up aliexpress")
    assert answer.answered and answer.value == 2010, answer.text


def test_how_much_a_figure_was_up_is_its_growth(assistant):
    answer = ask(assistant, "how much was online shopping in China up in 2016?")
    assert answer.answered and answer.unit == "%" and answer.value == Decimal("24.7"), answer.text
    set_up = ask(assistant, "how much did Russians end up spending on cross-border platforms?")
    assert set_up.unit == "USD", set_up.text  # "end up" is no rise


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Of Russia's 4.3 billion dollars cross-border, what is 80 percent?", Decimal("3.44e9")),
        ("out of the 28,000 respondents, how many is 21%?", Decimal(5880)),
    ],
)
def test_a_whole_set_first_then_a_percentage_of_it_asked(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered and answer.value == value, answer.text


@pytest.mark.parametrize(
    ("question", "trillions"),
    [
        ("What does China's share imply the global e-commerce volume was last year?", 66.58),
        ("what global e-commerce volume does China's share imply?", 66.58),
        ("what total retail does online shopping's 14% share imply", 33.57),
        ("Какой мировой объём электронной торговли следует из доли Китая 39,2%?", 66.58),
    ],
)
def test_the_whole_a_share_implies_is_asked_not_the_share(assistant, question, trillions):
    answer = ask(assistant, question)
    assert answer.unit == "CNY" and round(answer.value / Decimal("1e12"), 2) == Decimal(
        str(trillions)
    ), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how much was global e-commerce, no wait, China's total e-commerce", Decimal("26.1e12")),
        (
            "how many trillion yuan... no, just the full yuan figure for China's total e-commerce",
            Decimal("26.1e12"),
        ),
        ("what was the cross-border volume in 2016 - scratch that, 2018?", Decimal("8.8e12")),
        (
            "what's the share of buyers... no wait, how many overseas buyers does AliExpress have?",
            Decimal("1e8"),
        ),
    ],
)
def test_a_slip_taken_back_mid_sentence_is_replaced_by_what_follows(assistant, question, value):
    answer = ask(assistant, question)  # "no" here takes a slip back; it negates nothing
    assert answer.answered and answer.value == value, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how much did russians spend on platforms", Decimal("4.3e9")),
        ("how much did russians spend, no matter the platform", Decimal("4.3e9")),
        ("how much did russians spend on chinese platforms", Decimal("3.44e9")),
        ("how much did russians spend elsewhere", Decimal("8.6e8")),
    ],
)
def test_a_part_is_answered_only_when_the_question_marks_it_off(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered and answer.value == value, answer.text


def test_a_noun_that_stems_like_a_filler_is_still_judged(assistant):
    answer = ask(assistant, "how many aliexpress buyers own cars")  # "caring" stems to "car"
    assert not answer.answered and "cars" in answer.text, answer.text


def test_ones_after_than_stands_for_the_first_sides_noun(assistant):
    answer = ask(
        assistant, "did russians spend more on non-chinese platforms than on chinese ones?"
    )
    assert answer.text.startswith("No"), answer.text


def test_a_share_of_participants_is_a_share_of_the_respondents(assistant):
    answer = ask(assistant, "what percent of the survey participants didn't buy from Chinese sites")
    assert answer.answered and answer.value == 79 and answer.unit == "%", answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Which company gave the Russian spending figures? It's for a media literacy lesson.",
            "Yandex",
        ),
        (
            "Which languages does JD's cross-border site run in? Need it for the label templates",
            "Russian",
        ),
    ],
)
def test_a_remark_about_the_user_after_the_question_does_not_sink_it(assistant, question, said):
    answer = ask(assistant, question)
    assert answer.answered and said in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how much did wish spend? sounds high",  # the unknown word is in the question itself
        "is aliexpress gonna hit 100m users by year end? whats ur guess",  # the remark asks
    ],
)
def test_a_remark_that_asks_or_a_question_with_its_own_unknown_word_is_still_refused(
    assistant, question
):
    assert not ask(assistant, question).answered


def test_words_of_a_story_before_the_question_set_no_figures_against_each_other(assistant):
    # "over lunch" compares nothing and "neither of us" names no country
    answer = ask(
        assistant,
        "I was chatting with a colleague over lunch about how fast online shopping is growing "
        "in China, and neither of us could remember the actual percentage. By how much did "
        "online shopping grow last year?",
    )
    assert answer.unit == "%" and float(answer.value) == pytest.approx(24.7), answer.text


def test_shopping_online_from_abroad_is_cross_border_shopping(assistant):
    *_, destination, year = turns(
        assistant,
        "Which country became the most popular place for shopping online from abroad?",
        "Since which year?",
    )
    assert "China" in destination.text.splitlines()[0], destination.text
    assert int(year.value) == 2016, year.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How many countries took part in that survey of shoppers?", 32),
        ("whats alibabas medium term user target, like the next milestone", 100_000_000),
    ],
)
def test_a_survey_by_who_answered_it_and_a_milestone_to_reach(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered and int(answer.value) == value, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "How much did China's online shopping add up to in 2016?",
        "what did online shopping add up to last year",
    ],
)
def test_what_a_figure_adds_up_to_is_the_figure_not_what_was_added(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and answer.value == ONLINE_SHOPPING_2016, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "I found three AliExpress parcels from my son this morning, which got me reading. "
            "When was AliExpress actually founded?",
            2010,
        ),
        (
            "I am seventy-two and my grandson set this up for me. "
            "What did Russians spend on Chinese platforms?",
            3_440_000_000,
        ),
    ],
)
def test_numbers_of_the_users_own_story_are_no_figure_asked_about(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered and answer.value == value, answer.text


def test_a_figure_quoted_in_the_story_before_the_question_still_counts(assistant):
    # a sum with its scale and currency is a premise, and the article has no $5 billion
    answer = ask(assistant, "I read Russians spent $5 billion. How much of it went to China?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question", ["Which company launched AliExpress?", "who founded aliexpress"]
)
def test_who_launched_a_platform_is_who_set_it_up(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and "Alibaba" in answer.text.splitlines()[0], answer.text


# --- clauses about the user before the question ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Quick sanity check before we record: does the 6.3 trillion cross-border figure "
            "include B2B sales?",
            6.3e12,
        ),
        ("OK clever clogs, how many respondents did the PayPal survey have?", 28000),
    ],
)
def test_clauses_about_the_user_before_the_last_sentence_are_left_out(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(value), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "As a stonemason I like things I can touch, so tell me: how much did Russians "
        "spend on crampons?",
        "Good day. My daughter says French shoppers love Chinese websites. How much did they "
        "spend in 2016, please?",
        "What's the medium-term target in Alibaba's go-global drive, in users?",
    ],
)
def test_unknown_words_of_the_question_itself_or_another_subject_still_refuse(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What percent of Russian cross-border spending went somewhere other than China?",
        "what share of the russian cross-border money went elsewhere than china",
    ],
)
def test_somewhere_other_than_is_a_complement(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and answer.unit == "%" and float(answer.value) == 20, answer.text
