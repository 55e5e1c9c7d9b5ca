"""Words that bind a figure rather than ask for one: a claimed bound is checked as said, a
typed share is a premise and not the unit asked, a polite "don't mind" negates nothing, and
"rate" alone does not ask for the year before worked back from a growth rate."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask, turns


def test_a_bound_close_to_the_figure_is_still_checked_as_said(assistant):
    answer = ask(assistant, "Is cross-border growth from 2016 to 2018 north of 40%?")
    assert answer.text.startswith("No."), answer.text  # 39.7% is not more than 40%


def test_a_bound_the_article_states_beside_another_figure_agrees(assistant):
    answer = ask(
        assistant,
        "Guest claims AliExpress has more than 100 million overseas buyers in 220 countries "
        "and regions. Correct?",
    )
    assert answer.text.startswith("Yes."), answer.text


def test_a_share_typed_as_a_premise_leaves_the_ratio_a_ratio(assistant):
    answer = ask(
        assistant,
        "If Russians spent $4.3 billion cross-border and 80 percent went to Chinese platforms, "
        "what is the ratio of spending on Chinese platforms to spending elsewhere?",
    )
    assert answer.intent == "ratio" and float(answer.value) == pytest.approx(4), answer.text


def test_a_polite_dont_mind_does_not_negate_the_question(assistant):
    answer = ask(
        assistant,
        "I hope you don't mind my asking, but how much did Russian shoppers spend on "
        "cross-border platforms last year?",
    )
    assert float(answer.value) == pytest.approx(4.3e9), answer.text


@pytest.mark.parametrize(
    "question", ["online shopping usd at article rate", "online shopping at the article's rate"]
)
def test_the_rate_of_a_conversion_does_not_ask_for_the_year_before(assistant, question):
    answer = ask(assistant, question)
    assert "2015" not in answer.text.splitlines()[0], answer.text


def test_the_figure_before_a_growth_typed_is_worked_back(assistant):
    answer = ask(assistant, "how big was online shopping before the 24.7% growth")
    assert float(answer.value) == pytest.approx(3.769e12, rel=1e-3), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what part of russian money not go to chinese sites, in percent?",
        "how many % of russian cross-border money not go to china",
        "what percent of russian spending did not go to china",
    ],
)
def test_the_rest_as_a_share_is_a_share_of_its_own_whole(assistant, question):
    answer = ask(assistant, question)
    assert answer.unit == "%" and float(answer.value) == pytest.approx(20), answer.text


def test_a_whole_typed_does_not_stand_for_a_part_nobody_named(assistant):
    answer = ask(assistant, "Run the Russians' $4.3bn x-border spend through that.")
    assert not answer.answered, answer.text  # not the $3.44 billion spent on Chinese platforms


def test_the_other_way_into_dollars_converts_the_figure_typed(assistant):
    answer = ask(assistant, "Now total China e-com of 26.1trn CNY the other way, into USD.")
    assert answer.unit == "USD", answer.text
    assert float(answer.value) == pytest.approx(3.8193e12, rel=1e-3)


def test_a_count_claimed_is_never_confirmed_by_a_percentage(assistant):
    *_, claim = turns(
        assistant,
        "How many consumers does Alibaba expect to serve by 2025?",
        "So that's 2 billion overseas users then?",
    )
    assert not claim.text.startswith("Yes"), claim.text  # 1 billion would be overseas


def test_domestic_sites_are_not_the_non_chinese_cross_border_ones(assistant):
    answer = ask(assistant, "How much did Russians spend online on domestic websites in 2016?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "year"),
    [
        (
            "What is the 8.8 trillion yuan forecast worth in dollars at the 2018 exchange rate?",
            2018,
        ),
        ("What was China's online shopping in 2015 in dollars at the 2015 exchange rate?", 2015),
    ],
)
def test_a_rate_of_a_year_the_article_gives_none_for_is_refused(assistant, question, year):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert f"no figure for {year}" in answer.text and "only in 2016" in answer.text


def test_the_rate_of_the_articles_year_still_converts(assistant):
    answer = ask(assistant, "8.8 trillion yuan in dollars at the 2016 rate")
    assert answer.unit == "USD" and float(answer.value) == pytest.approx(1.2877e12, rel=1e-3)


def test_asking_whether_one_believes_a_forecast_is_an_opinion(assistant):
    answer = ask(
        assistant, "Do you honestly believe the 8.8 trillion yuan forecast will come true?"
    )
    assert not answer.answered and "opinion" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["Who heads JD's cross-border business?", "who is the boss of JD's cross-border platform?"],
)
def test_a_role_the_article_names_for_no_one_is_refused(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text


def test_the_role_the_article_does_name_is_answered(assistant):
    answer = ask(assistant, "who heads AliExpress?")
    assert "Shen Difan" in answer.text, answer.text
    answer = ask(assistant, "Which company runs the flash sale platform VIPme?")
    assert "Vip" in answer.text and answer.answered, answer.text


def test_who_is_quoted_asks_for_the_person_behind_a_figure(assistant):
    answer = ask(
        assistant, "Who is quoted on the medium-term target of Alibaba's go-global campaign?"
    )
    assert "Shen Difan" in answer.text, answer.text


def test_how_a_platform_performed_is_not_its_launch_date(assistant):
    answer = ask(assistant, "how did VIPme perform in its first year?")
    assert not answer.answered, answer.text


def test_one_dollar_after_a_conversion_is_the_rate_not_a_trillion(assistant):
    _, rate = turns(
        assistant,
        "article say 6.3 trillion yuan is what dollars?",
        "so one dollar is how many yuan?",
    )
    assert float(rate.value) == pytest.approx(6.8337, rel=1e-4), rate.text
    assert rate.unit == "CNY/USD"  # a rate, not 6.83 yuan somebody spent


@pytest.mark.parametrize(
    ("question", "unit"),
    [("1 dollar how many yuan", "CNY/USD"), ("one yuan is how many dollars?", "USD/CNY")],
)
def test_one_unit_of_a_currency_converted_is_reported_as_the_rate(assistant, question, unit):
    answer = ask(assistant, question)
    assert answer.unit == unit, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "The article says the US was the top cross-border destination in 2016, right?",
        "was the UK the top destination in 2016?",
    ],
)
def test_a_country_claimed_top_is_checked_against_the_top_not_those_it_beat(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.startswith("No."), answer.text
    assert "China" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "China dislodged the US and the UK, right?",
        "is it true china overtook the US and the UK as the favourite cross-border shopping "
        "destination",
        "Does JD's cross-border platform have a Russian version?",
    ],
)
def test_a_claim_naming_the_statement_it_checks_is_still_confirmed(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.startswith("Yes."), answer.text


def test_another_country_claimed_as_the_largest_market_is_denied(assistant):
    answer = ask(assistant, "was the US the largest online retail market in 2016?")
    assert answer.text.startswith("No."), answer.text
    answer = ask(assistant, "was China the largest online retail market in 2016?")
    assert answer.text.startswith("Yes."), answer.text


def test_a_year_claimed_beside_a_name_is_checked_against_the_sentences_date(assistant):
    answer = ask(assistant, "Is it right that AliExpress was set up in 2010 by Alibaba Group?")
    assert answer.text.startswith("Yes."), answer.text
    answer = ask(assistant, "Is it right that AliExpress was set up in 2012 by Alibaba Group?")
    assert answer.text.startswith("No."), answer.text


def test_a_share_of_online_shopping_that_was_cross_border_is_not_invented(assistant):
    answer = ask(
        assistant, "What share of the 4.7 trillion yuan of online shopping was cross-border?"
    )
    assert not answer.answered, answer.text  # never the 2016-18 increase over online shopping


@pytest.mark.parametrize(
    "question",
    [
        "Why did Yandex say 90% of Russian cross-border spending went to China?",
        "Why is online shopping more than half of China's total retail?",
        "How did iResearch explain the drop in cross-border volume expected by 2018?",
        "What made the UK the most popular cross-border destination in 2016?",
        "Why did online shopping grow 24.7%?",
    ],
)
def test_a_question_asking_why_is_never_answered_with_a_figure_or_a_verdict(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text


def test_the_number_of_people_asks_a_count_not_the_money_they_spent(assistant):
    answer = ask(assistant, "What is the total number of online shoppers in China?")
    assert not answer.answered and "count" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Claim: in the article's conversion, one US dollar buys more than 7 yuan. True?", "No."),
        ("is one dollar worth more than 6.5 yuan at the article's rate?", "Yes."),
        ("is 1 yuan worth 0.2 dollars?", "No."),
    ],
)
def test_one_unit_of_a_currency_claimed_in_another_is_a_claim_about_the_rate(
    assistant, question, verdict
):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict) and "exchange rate" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, bound",
    [
        ("What was the exact number of AliExpress buyers, not the rounded figure?", "100 million"),
        # the bound quoted and set aside is the figure asked about, not a premise
        ("the exact number of AliExpress buyers, not just 'more than 100 million'?", "100 million"),
        ("exact number of active users rather than over 60 million?", "60 million"),
    ],
)
def test_an_unrounded_figure_asked_of_a_bound_is_refused_with_the_bound(assistant, question, bound):
    answer = ask(assistant, question)
    assert not answer.answered and answer.reason == "bound", answer.text
    assert f"more than {bound}" in answer.text, answer.text


def test_an_opinion_asked_personally_is_refused(assistant):
    answer = ask(assistant, "What do you personally think of Yandex as a company?")
    assert not answer.answered and answer.reason == "opinion", answer.text


def test_which_platform_asks_a_name_never_a_share(assistant):
    answer = ask(
        assistant,
        "Which Chinese platform got the largest share of Russians' cross-border spending?",
    )
    assert not answer.answered and "name" in answer.text, answer.text


def test_confirm_the_number_of_asks_for_it(assistant):
    answer = ask(
        assistant, "Confirm the number of countries the 28,000 survey respondents came from."
    )
    assert float(answer.value) == 32 and not answer.text.startswith(("Yes", "No")), answer.text


def test_the_number_of_asked_first_is_a_count_whatever_follows(assistant):
    answer = ask(assistant, "headcount of respondents who bought on chinese sites, out of the 28k?")
    assert not answer.answered or answer.unit == "respondents", answer.text


def test_what_a_target_already_reached_is_not_the_target(assistant):
    answer = ask(assistant, "how many consumers does alibaba already serve?")
    assert not answer.answered, answer.text


def test_names_asked_of_a_statement_that_names_none_are_refused(assistant):
    answer = ask(assistant, "What were the names of the regulations the government announced?")
    assert not answer.answered and "names" in answer.text, answer.text


def test_a_name_in_lower_case_is_still_a_name(assistant):
    answer = ask(assistant, "what's alibaba's campaign to expand abroad called in the article")
    assert "go-global campaign" in answer.text, answer.text


def test_a_figure_claimed_with_a_year_is_not_checked_against_a_date(assistant):
    answer = ask(assistant, "Confirm: JD had 50 million overseas users in 2016.")
    assert not answer.text.startswith(("Yes", "No")), answer.text


# Claims and the verdict the article gives them: each line is one behaviour, named by its id.
CLAIMS = [
    pytest.param(
        "did ipsos put out the cross-border trade report solely?",
        "No.",
        id="one of two names claimed alone",
    ),
    pytest.param(
        "was the cross-border trade report released by ipsos?",
        "Yes.",
        id="one of two names, not claimed alone",
    ),
    pytest.param(
        "was the cross-border trade report published by paypal?",
        "Yes.",
        id="published by a source: the source's statement, not the article's own year",
    ),
    pytest.param(
        "was the $4.3 billion number published by yandex?",
        "Yes.",
        id="a figure quoted and published by its source",
    ),
    pytest.param(
        "was the article itself published by paypal?",
        "No.",
        id="the article named is the article",
    ),
    pytest.param(
        "So China's online shopping declined last year, right?",
        "No.",
        id="a fall claimed of a figure that rose",
    ),
    pytest.param(
        "did online shopping in china grow in 2016?",
        "Yes.",
        id="a rise claimed of a figure that rose",
    ),
    pytest.param(
        "My aunt says Vip launched VIPme at the end of 2016. Is she right, please?",
        "No.",
        id="someone's claim put to the article, with a courtesy after the tag",
    ),
    pytest.param(
        "russians spent 4.3 billion dollars abroad last year, correct? thanks",
        "Yes.",
        id="a thanks after the tag",
    ),
    pytest.param(
        "Is the implied 2016-2018 CAGR of cross-border volume between 18% and 19%?",
        "Yes.",
        id="a range is checked at its lower end",
    ),
    pytest.param(
        "Is the implied 2016-2018 CAGR of cross-border volume between 19% and 20%?",
        "No.",
        id="a range is checked at its upper end",
    ),
    pytest.param(
        "Did Russians spend between 5 and 6 billion dollars in 2016?",
        "No.",
        id="the first figure of a range takes the second's scale",
    ),
    pytest.param(
        "Did Russians spend between 4 and 5 billion dollars in 2016?", "Yes.", id="a range met"
    ),
    pytest.param(
        "Is cross-border volume forecast to grow by more than half between 2016 and 2018?",
        "No.",
        id="years a growth runs between set no bound",
    ),
    pytest.param(
        "Cross-border volume goes from 6.3 to 8.8 trillion yuan between 2016 and 2018, "
        "is that right?",
        "Yes.",
        id="from one figure to another in one scale",
    ),
    pytest.param(
        "Is Yandex described as Russia's biggest e-payment service?",
        "Yes.",
        id="biggest for the article's largest",
    ),
    pytest.param(
        "Is China still the largest online retail market?",
        "Yes.",
        id="a state that lasts since a year holds as of the article",
    ),
    pytest.param(
        "Was the US still the most popular cross-border destination in 2016?",
        "No.",
        id="another country claimed still top",
    ),
    pytest.param("china >1/3 of global ecom 2016? y/n", "Yes.", id="a fraction is a share"),
    pytest.param(
        "was online shopping more than 1/5 of total retail?", "No.", id="a fraction checked as said"
    ),
    pytest.param(
        "aliexpress 60m+ active users, 20m+ purchasers, confirm",
        "Yes.",
        id="a plus sign is a bound",
    ),
    pytest.param(
        "AliExpress has more than 60 million active users and more than 20 million "
        "purchasers, right?",
        "Yes.",
        id="two figures of one subject both true",
    ),
    pytest.param(
        "AliExpress has more than 70 million active users and more than 20 million "
        "purchasers, right?",
        "No.",
        id="two figures of one subject, one false",
    ),
    pytest.param(
        "Does the article say Alibaba already serves 2 billion consumers?",
        "No.",
        id="a forecast claimed as already reached",
    ),
    pytest.param(
        "JD have russian version of cross-border site or no?",
        "Yes.",
        id="or no ends a yes-no question",
    ),
    pytest.param(
        "wait does JD's cross-border site have a russian version??",
        "Yes.",
        id="a filler opens a yes-no question",
    ),
    pytest.param(
        "I heard on the radio that Alibaba wants to serve two billion people by 2025. "
        "Is that really what the article says?",
        "Yes.",
        id="where a claim was heard is not part of it",
    ),
    pytest.param(
        "I heard on the radio that Alibaba wants to serve three billion people by 2025. "
        "Is that really what the article says?",
        "No.",
        id="a claim heard somewhere is still checked",
    ),
    pytest.param("is aliexpress from 2010", "Yes.", id="a subject from its one date"),
    pytest.param("is jd's platform from 2016?", "No.", id="a subject from another year"),
    pytest.param(
        "does iResearch's cross-border number cover B2B as well?",
        "Yes.",
        id="a part the figure covers",
    ),
    pytest.param(
        "so the cross-border estimate is B2B only, correct?", "No.", id="one part said alone"
    ),
    pytest.param(
        "Were there three times as many active AliExpress users as purchasers?",
        "Yes.",
        id="a multiple claimed, first over second",
    ),
    pytest.param(
        "Were there three times as many purchasers as active AliExpress users?",
        "No.",
        id="a multiple claimed the wrong way round",
    ),
    pytest.param(
        "is total e-commerce about four times smaller than cross-border volume?",
        "No.",
        id="times smaller, said of the bigger",
    ),
    pytest.param(
        "was cross-border volume about four times smaller than total e-commerce?",
        "Yes.",
        id="times smaller, said of the smaller",
    ),
    pytest.param(
        "is B2B included in the cross-border total, or is it just retail?",
        "Yes.",
        id="of two alternatives the first is asked",
    ),
    pytest.param(
        "And JD only launched cross-border in 2017?",
        "No.",
        id="an event dated after an opener, 'only' meaning not until",
    ),
    pytest.param(
        "JD's cross-border platform came out in 2013?",
        "No.",
        id="an event dated near a statement of the same subject",
    ),
    pytest.param(
        "And VIPme launched at the start of 2015?",
        "No.",
        id="an event stated after an opener, with its part of the year",
    ),
    pytest.param(
        "Did Russians spend no more than 5 billion dollars on cross-border sites?",
        "Yes.",
        id="no more than: a bound below, above the article's upper bound",
    ),
    pytest.param(
        "Did AliExpress have no less than 50 million active users?",
        "Yes.",
        id="no less than: a bound above, below the article's lower bound",
    ),
    pytest.param(
        "Is Russians' spending on Chinese platforms four times their spending elsewhere?",
        "Yes.",
        id="a multiple claimed with no joiner after 'times'",
    ),
    pytest.param(
        "Was China's total e-commerce last year more than four times its cross-border volume?",
        "Yes.",
        id="a multiple bound with no joiner, in the order said",
    ),
    pytest.param(
        "Is China's total e-commerce more than five times its cross-border volume?",
        "No.",
        id="a multiple bound above the ratio",
    ),
    pytest.param(
        "The report found a quarter of respondents had shopped on Chinese websites. Accurate?",
        "No.",
        id="what a source 'found' is what it says",
    ),
    pytest.param(
        "the survey found that 21% of respondents shopped on chinese sites, right?",
        "Yes.",
        id="a survey's finding claimed",
    ),
    pytest.param(
        "Is the 2018 forecast more than double the 2016 cross-border volume?",
        "No.",
        id="a multiple said as 'double' (the forecast is 1.4 times)",
    ),
    pytest.param(
        "Is China's total e-commerce more than twice its cross-border volume?",
        "Yes.",
        id="a multiple said as 'twice'",
    ),
    pytest.param(
        "is the active user count double the buyer count",
        "No.",
        id="'double the' is a multiple of 2, not a comparison alone (it is 3 times)",
    ),
    pytest.param(
        "Is it true that China's total e-commerce was worth 26.1 trillion yuan last year, "
        "39.2 percent of the global volume?",
        "Yes.",
        id="a share claimed right after a time word is a figure, not part of a date",
    ),
    pytest.param("Is VIPme run by JD?", "No.", id="a platform claimed to be another company's"),
    pytest.param("Is VIPme operated by Vip?", "Yes.", id="a platform named for its company"),
    pytest.param("is aliexpress from JD?", "No.", id="a platform claimed to come from another"),
    pytest.param("Is AliExpress owned by Alibaba?", "Yes.", id="a platform of its parent"),
    pytest.param(
        "our draft says aliexpress was set up by alibaba in 2009. ok?",
        "No.",
        id="an owner right and a year wrong",
    ),
    pytest.param(
        "Was the 8.8 trillion yuan projection for 2020?",
        "No.",
        id="the article's own figure quoted with the wrong year",
    ),
    pytest.param(
        "Is the 4.3 billion dollar figure for 2015?",
        "No.",
        id="a stated figure quoted with a year before it",
    ),
    pytest.param(
        "the 8.8 trillion yuan figure is for 2018, correct?",
        "Yes.",
        id="the article's own figure quoted with its year",
    ),
    pytest.param(
        "cross-border volume include B2B also?",
        "Yes.",
        id="what a figure covers, stated without 'does'",
    ),
    pytest.param(
        "the 6.3 trillion cover retail only?",
        "No.",
        id="a scope stated as only part of a figure given as two",
    ),
    pytest.param(
        "Does the 6.3 trillion yuan estimate exclude B2B sales?",
        "No.",
        id="a part said to be excluded from a figure given as two",
    ),
    pytest.param(
        "does the iresearch cross-border figure leave out b2b",
        "No.",
        id="a part said to be left out of a figure given as two",
    ),
    pytest.param(
        "and was it the US that China outperformed?",
        "Yes.",
        id="a yes/no question after an opener",
    ),
]


@pytest.mark.parametrize(("question", "verdict"), CLAIMS)
def test_a_claim_gets_the_verdict_the_article_gives(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_a_figure_asked_of_a_source_that_did_not_give_it_is_refused_with_the_right_one(
    assistant,
):
    answer = ask(assistant, "What was China's share of global e-commerce according to iResearch?")
    assert not answer.answered and "Ministry of Commerce" in answer.text, answer.text


def test_a_figure_asked_of_its_own_source_is_answered(assistant):
    answer = ask(
        assistant,
        "What was China's share of global e-commerce according to the Ministry of Commerce?",
    )
    assert float(answer.value) == pytest.approx(39.2), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What upper figure does Yandex give for Russian cross-border spending?", "4.3E9"),
        ("the minimum number of AliExpress overseas buyers by April 10?", "1E8"),
    ],
)
def test_the_bound_the_article_states_answers_that_bound(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.value == Decimal(value), answer.text


def test_the_other_bound_is_refused(assistant):
    answer = ask(assistant, "what's the minimum russians spent on cross-border sites?")
    assert not answer.answered and "upper bound" in answer.text, answer.text


def test_the_rest_claimed_more_than_a_sum_is_never_read_as_not_more_than(assistant):
    # "the rest" is read as "not" (the part not in the share); "not more than" must not
    # come of it, which turned "is the rest more than a billion?" into a Yes for $860m
    *_, claim = turns(
        assistant,
        "How much did Russians spend on foreign shopping websites in 2016?",
        "And how much of that went to the Chinese sites?",
        "What about the rest of it?",
        "Is the rest more than 1 billion dollars?",
    )
    assert not claim.text.startswith("Yes"), claim.text


@pytest.mark.parametrize(
    "question",
    [
        "The article says China's online shopping grew 24.7% — to what?",
        "online shopping grew 24.7% to what level?",
        "if online shopping grew 24.7%, what did it reach?",
    ],
)
def test_where_a_quoted_growth_ended_is_the_later_level(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and float(answer.value) == pytest.approx(4.7e12), answer.text


def test_the_level_before_a_quoted_growth_is_still_worked_back(assistant):
    answer = ask(assistant, "what was online shopping before the 24.7% growth?")
    assert answer.answered and float(answer.value) == pytest.approx(3.769e12, rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        "how many overseas buyers does AliExpress have? I think it's 100 million.",
        "how many buyer AliExpress have from other countries? i read something about 100 million",
        "how many overseas buyers does AliExpress have? I think it's 200 million.",
    ],
)
def test_a_guess_after_the_question_is_no_premise_to_set_aside(assistant, question):
    answer = ask(assistant, question)
    assert answer.unit == "buyers" and float(answer.value) == pytest.approx(100e6), answer.text


def test_a_count_quoted_with_its_noun_labels_the_figures_of_its_sentence(assistant):
    answer = ask(assistant, "The source says 28,000 respondents - from how many countries?")
    assert answer.unit == "countries" and float(answer.value) == 32, answer.text


def test_a_premise_that_puts_a_figure_in_another_year_is_refused(assistant):
    answer = ask(
        assistant,
        "Since cross-border volume hit 6.3 trillion yuan in 2015, what's the growth to 2018?",
    )
    assert not answer.answered and answer.reason == "year", answer.text  # never the 39.7%
    right = ask(
        assistant,
        "Given that cross-border volume was 6.3 trillion yuan in 2016, what's the growth to 2018?",
    )
    assert float(right.value) == pytest.approx(39.68, rel=1e-3), right.text


def test_the_total_named_after_a_premise_is_asked_not_pointed_back(assistant):
    answer = ask(
        assistant,
        "20 million of AliExpress's active users bought something. "
        "What was the total active user count?",
    )
    assert answer.answered, answer.text
    assert answer.value == 60_000_000


def test_the_total_alone_after_a_figure_still_points_back(assistant):
    *_, total = turns(
        assistant, "how much did russians spend on chinese platforms", "and the total?"
    )
    assert total.value == Decimal("4.3E9"), total.text


def test_there_after_were_asks_how_many_there_are_not_a_place(assistant):
    answer = ask(
        assistant,
        "Up to 21% of respondents shopped on Chinese sites. "
        "How many respondents were there in total?",
    )
    assert answer.value == 28_000, answer.text
