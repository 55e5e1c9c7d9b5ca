"""Claims that misplace a name or a date, figures derived from a premise, questions put by
who gave a figure, and messages that ask nothing: a question in, the answer (or the
refusal and its reason) out. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask, turns


# --- a claim that puts a company or a year where the article has another ------------------
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Was it JD that created VIPme?", "Vip"),
        ("is Shen Difan in charge of JD?", "AliExpress"),
        ("AliExpress founded in 2011?", "2010"),
        ("so Vip put out VIPme at the end of 2014, right?", "2015"),
        ("JD rolled out its cross-border B2C platform in 2017?", "2015"),
    ],
)
def test_a_misplaced_name_or_year_is_answered_no_with_what_the_article_says(
    assistant, question, said
):
    answer = ask(assistant, question)
    assert answer.text.startswith("No."), answer.text
    assert said in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is Shen Difan the general manager of AliExpress?",
        "JD rolled out its cross-border platform in 2015?",
        "did JD and Vip both launch their platforms in 2015?",
    ],
)
def test_a_claim_the_article_bears_out_is_not_turned_into_a_no(assistant, question):
    answer = ask(assistant, question)
    assert not answer.text.startswith("No."), answer.text


def test_a_source_that_is_also_a_subject_is_checked_as_the_source(assistant):
    wrong = ask(assistant, "did the figure on Russian spending come from PayPal?")
    assert wrong.text.startswith("No."), wrong.text
    assert "Yandex" in wrong.text
    right = ask(assistant, "was the cross-border trade report put out by PayPal and Ipsos?")
    assert right.text.startswith("Yes."), right.text


def test_a_year_stated_with_a_noun_is_a_question_not_a_claim(assistant):
    answer = ask(assistant, "VIPme revenue in 2017?")
    assert not answer.answered
    assert not answer.text.startswith(("Yes", "No")), answer.text


# --- a date asked, a figure derived from a premise -----------------------------------------
def test_when_asks_for_the_date_not_a_statement_of_the_same_event(assistant):
    answer = ask(assistant, "when did Vip bring out VIPme?")
    assert answer.answered, answer.text
    assert "2015" in answer.text
    assert "flash sale" in answer.text


def test_the_year_asked_is_computed_from_a_rate_given_as_a_premise(assistant):
    answer = ask(assistant, "working from the growth rate, what was online shopping in 2015?")
    assert answer.answered, answer.text
    assert answer.unit == "CNY"
    assert float(answer.value) == pytest.approx(3.769e12, rel=1e-3)


def test_a_rate_asked_for_a_year_the_article_lacks_is_refused(assistant):
    answer = ask(assistant, "how fast did online shopping grow in 2015?")
    assert not answer.answered, answer.text
    assert answer.reason in ("year", "unsupported")


# --- reached through who gave it -----------------------------------------------------------
def test_a_question_put_by_who_gave_the_figure(assistant):
    answer = ask(assistant, "what did the commerce ministry announce back in 2015?")
    assert answer.answered, answer.text
    assert float(answer.value) == 100
    assert answer.unit == "warehouses"


def test_a_source_and_a_noun_of_its_sentence_are_not_enough(assistant):
    answer = ask(assistant, "which 32 countries did the survey cover?")
    assert not answer.answered, answer.text


# --- a comparison between two equal fits prefers figures that can be compared -------------
def test_a_ratio_pairs_figures_of_the_same_dimension(assistant):
    answer = ask(assistant, "global e-commerce is how many times China's?")
    assert answer.answered, answer.text
    assert answer.unit == "ratio"
    assert float(answer.value) == pytest.approx(66.58 / 26.1, rel=1e-2)


# --- a message that asks nothing -----------------------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "hello, I'm a student writing about Russian online shopping",
        "good morning! we are preparing a piece on AliExpress",
    ],
)
def test_a_message_that_only_introduces_the_user_gets_no_figure(assistant, message):
    answer = ask(assistant, message)
    assert not answer.answered, answer.text
    assert answer.reason == "statement"
    assert "What would you like to know" in answer.text


def test_an_introduction_with_a_request_is_answered(assistant):
    answer = ask(assistant, "hi, I'm a student and I need what Russians spent in 2016")
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(4.3e9)


# --- a claim naming a thing of one kind where the article names another --------------------
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("did JD's cross-border platform come in a German version?", "English"),
        ("is Shen Difan the chairman of AliExpress?", "general manager"),
        ("was Yandex described as a bank?", "e-payment"),
        ("is Ipsos the payment provider behind the report?", "PayPal"),
        ("the cross-border report came from PayPal and Kantar, right?", "Ipsos"),
        ("did China overtake Canada to become the biggest online retail market in 2013?", "US"),
        ("was AliExpress set up by Amazon?", "Alibaba Group"),
        ("was the PayPal survey conducted with Nielsen?", "Ipsos"),
        ("Did China dislodge Germany as the top cross-border destination?", "United States"),
        # the share claimed is the figure whose sentence names the other nationality
        ("did 80 percent of russian cross-border spending go to japanese platforms?", "Chinese"),
    ],
)
def test_another_of_the_same_kind_is_answered_no(assistant, question, said):
    answer = ask(assistant, question)
    assert answer.text.startswith("No."), answer.text
    assert said in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did Russians spend $4.3 billion mostly through mobile apps?",
        "did JD and Vip launch their platforms in the same year?",
        "is PayPal the payment provider behind the report?",
        # the sentence's "Russian" is the claim's own word, no contrast to "American"
        "did russians spend 4.3 billion dollars on american sites?",
        "did Russians spend any money on American sites?",  # the article does not say
    ],
)
def test_a_word_of_no_contrasting_kind_is_not_a_no(assistant, question):
    answer = ask(assistant, question)
    assert not answer.text.startswith("No."), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is true that JD launched a Russian version?",
        "did china dislodge the USA and the UK as top cross-border destination?",
        "China dislodged the US and Great Britain as favourite cross-border destination, yes?",
    ],
)
def test_a_claim_in_learner_grammar_or_with_another_name_of_a_country_is_confirmed(
    assistant, question
):
    answer = ask(assistant, question)
    assert answer.text.startswith("Yes."), answer.text


# --- a question with the answer the user expects tagged on ----------------------------------
@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("when did Alibaba set up AliExpress, was it twenty ten?", "Yes."),
        ("when did JD launch its cross-border platform - was it 2014?", "No."),
        ("how many pilot zones did the State Council confirm, is it 12?", "Yes."),
        ("how much did Russians spend abroad, was it 5 billion dollars?", "No."),
        ("who released the cross-border report with PayPal, was it Nielsen?", "No."),
    ],
)
def test_a_question_with_its_expected_answer_tagged_on_is_checked(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_a_tag_without_a_figure_or_name_is_no_claim(assistant):
    answer = ask(
        assistant, "how much did cross-border volume grow from 2016 to 2018, is that in percent?"
    )
    assert not answer.text.startswith(("Yes", "No")), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is it true that half of Alibaba's 2 billion consumers in 2025 will be overseas?", "Yes."),
        ("headline: 'Alibaba aims for 2bn consumers by 2025, half abroad' - ok?", "Yes."),
        ("a third of Alibaba's 2 billion 2025 consumers overseas, right?", "No."),
        ("half of Alibaba's 3 billion consumers will be overseas by 2025, true?", "No."),
        ("60 million AliExpress users made purchases over the past year, correct?", "No."),
    ],
)
def test_a_share_claimed_of_a_quoted_whole_is_checked_against_both(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


# --- claims about when a state held: "for the first time in 2016", "since 2013" -------------
@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was China already the top cross-border shopping destination in 2015?", "No."),
        ("had China ever been the most popular cross-border destination before 2016?", "No."),
        ("was China still the world's biggest online retail market in 2016?", "Yes."),
        ("China was the largest online retail market in 2015, right?", "Yes."),
        ("was China the largest online retail market back in 2011?", "No."),
        ("did China overtake the US as the largest online retail market in 2015?", "No."),
    ],
)
def test_a_year_claimed_for_a_first_time_or_a_lasting_state(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_a_state_claimed_after_the_article_cannot_be_checked(assistant):
    answer = ask(assistant, "was China the largest online retail market in 2020?")
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_a_figure_of_a_period_is_no_claimed_figure(assistant):
    answer = ask(assistant, "aliexpress active users last 12 months?")
    assert answer.answered, answer.text
    assert answer.value == 60_000_000


# --- a claim that leans on the one just checked ----------------------------------------------
@pytest.mark.parametrize(
    ("first", "then", "verdict"),
    [
        (
            "Did Russians spend $4.3bn on cross-border sites in 2016?",
            "and that 80% went to China?",
            "Yes.",
        ),
        (
            "Did Russians spend $4.3bn on cross-border sites in 2016?",
            "and that half of it went to Chinese sites?",
            "No.",
        ),
        ("AliExpress was set up in 2010 - correct?", "by Alibaba Group?", "Yes."),
        ("AliExpress was set up in 2010 - correct?", "by JD?", "No."),
    ],
)
def test_a_claim_continued_in_the_next_turn_is_checked(assistant, first, then, verdict):
    answers = turns(assistant, first, then)
    assert answers[1].text.startswith(verdict), answers[1].text


def test_a_conversion_after_a_claim_is_no_claim(assistant):
    answers = turns(
        assistant, "Russians spent $4.3 billion cross-border in 2016, right?", "in yuan?"
    )
    assert answers[1].answered and answers[1].unit == "CNY", answers[1].text


def test_a_negated_question_put_as_a_wonder_keeps_its_negation(assistant):
    answer = ask(
        assistant,
        "I wonder how many of the 28,000 people surveyed had NOT shopped on Chinese websites."
        " Could you work that out for me?",
    )
    assert answer.answered, answer.text
    assert answer.value == 22120


@pytest.mark.parametrize(
    "question",
    [
        "quick question: was AliExpress started by eBay?",
        "was AliExpress set up by Walmart, right?",
    ],
)
def test_a_claim_naming_another_company_as_founder_is_denied(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.startswith("No."), answer.text
    assert "Alibaba Group" in answer.text


@pytest.mark.parametrize("question", ["who set up alibaba?", "who owns alibaba?"])
def test_a_name_asked_about_is_not_given_back_as_its_own_answer(assistant, question):
    # the article says Alibaba set up AliExpress; it never says who set up Alibaba
    answer = ask(assistant, question)
    assert not answer.answered, answer.text


def test_a_tag_asking_whether_the_article_says_it_checks_the_claim(assistant):
    answer = ask(
        assistant, "JD rolled out its cross-border platform in 2015, is that what it says?"
    )
    assert answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("was it 30 percent of respondents who bought from Chinese sites?", False),
        ("were there 60 million users who were active on AliExpress?", True),
    ],
)
def test_who_after_a_noun_in_a_claim_is_part_of_it(assistant, question, yes):
    answer = ask(assistant, question)
    assert answer.text.startswith("Yes." if yes else "No."), answer.text


def test_a_sum_claimed_is_never_judged_against_a_percentage(assistant):
    answer = ask(
        assistant, "given the 24.7% growth, was online shopping about 3.8 trillion yuan in 2015?"
    )
    assert not answer.text.startswith("No."), answer.text


def test_a_figure_claimed_for_a_year_is_not_confirmed_by_a_description(assistant):
    # the article calls Yandex Russia's largest e-payment service (said in 2017); it gives
    # Yandex's figures for 2016 only
    answer = ask(assistant, "did Yandex also give figures for 2017?")
    assert not answer.text.startswith("Yes"), answer.text


def test_a_description_of_the_articles_present_still_confirms(assistant):
    answer = ask(assistant, "was Shen Difan the general manager of AliExpress in 2017?")
    assert answer.text.startswith("Yes."), answer.text


def test_a_figure_claimed_of_the_last_answer_is_checked_against_it(assistant):
    _, half, sixty, again = turns(
        assistant,
        "what share of alibaba's 2025 consumers should be outside china?",
        "so that's half?",
        "is it about 60 percent?",
        "is it 50%?",
    )
    assert half.text.startswith("Yes."), half.text
    assert sixty.text.startswith("No."), sixty.text  # not 60 million active users
    assert again.text.startswith("Yes."), again.text


def test_a_sum_claimed_of_the_last_answer(assistant):
    _, about, over = turns(
        assistant, "russian cross-border spending?", "so roughly 4 billion dollars?", "over 5bn?"
    )
    assert about.text.startswith("Yes."), about.text
    assert over.text.startswith("No."), over.text


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("according to Ipsos, did russians spend $4.3bn abroad?", False),
        ("PayPal said 21 percent of respondents shopped on Chinese websites, correct?", True),
        ("iResearch reported that Russians spent 4.3 billion dollars, right?", False),
    ],
)
def test_a_source_named_before_its_verb_is_checked(assistant, question, yes):
    answer = ask(assistant, question)
    assert answer.text.startswith("Yes." if yes else "No."), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is cross-border volume expected to top 8 trillion yuan in 2018?", "Yes"),  # 8.8tn
        ("did russian cross-border spending surpass 5 billion dollars?", "No"),  # up to 4.3
        ("Vip rolled out VIPme at the start of 2015?", "No"),  # at the end of 2015
        ("Alibaba wants to serve 1 billion consumers worldwide by 2025?", "No"),  # 2 billion;
        # 1 billion is the overseas part
        ("Alibaba expects 1 billion overseas consumers by 2025?", "Yes"),
    ],
)
def test_claims_with_bounds_parts_of_a_year_and_one_figure(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did Yandex provide those numbers?", "Yes"),
        ("is that from iResearch?", "No"),  # Yandex gave it
        ("did those figures come from Ipsos?", "No"),
    ],
)
def test_who_gave_the_figure_just_given_is_checked(assistant, question, verdict):
    _, answer = turns(assistant, "what did russians spend on cross-border platforms?", question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize("question", ["Is that more than Amazon has?", "is that more than ebay's?"])
def test_the_figure_just_given_compared_with_a_company_the_article_lacks_is_refused(
    assistant, question
):
    """A comparison with Amazon is no claim that Amazon gave the figure: no "No" from it."""
    _, answer = turns(assistant, "How many overseas buyers did AliExpress have?", question)
    assert not answer.answered and answer.reason == "unknown", answer.text


# --- a claim about a year after the figures: the article cannot say --------------------------
@pytest.mark.parametrize(
    ("question", "has"),
    [
        ("so russians spent over 5 billion dollars in 2017 right?", "2016"),
        ("was china the favourite cross-border destination in 2020", "2016"),
        ("AliExpress had 150 million overseas buyers in 2019?", "April 10, 2017"),
    ],
)
def test_a_claim_about_a_year_after_the_figures_is_refused_naming_the_year_it_has(
    assistant, question, has
):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "year"
    assert has in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did AliExpress start in 2018?",  # a dated event: another year is a No
        "is cross-border volume expected to reach 8.8 trillion yuan by 2021?",  # a forecast
        "did the Russians spend $4.3 billion in 2014?",  # before the figure: a wrong year
    ],
)
def test_a_wrong_year_of_an_event_forecast_or_earlier_figure_is_still_a_no(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.startswith("No."), answer.text


def test_a_two_digit_count_before_its_noun_is_a_count_not_a_year(assistant):
    answer = ask(assistant, "The survey covered 23 countries. Correct?")
    assert answer.text.startswith("No."), answer.text
    assert "32 countries" in answer.text and "2023" not in answer.text


# --- claims put as "Claim: ...", "Check: ...", "... Verify." -----------------------------
@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Claim: JD's cross-border platform had a Russian version. Verify.", "Yes."),
        ("Check: Russians spent up to $6 billion across borders.", "No."),
        ("Statement: AliExpress began in 2010. Supported by the article?", "Yes."),
        ("claim - 32 countries were in the survey. check please", "Yes."),
        ("uh, true or false: the survey asked 82,000 people", "No."),
    ],
)
def test_a_claim_labelled_as_one_is_answered_yes_or_no(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_a_growth_claimed_beside_its_figure_is_checked_against_that_growth(assistant):
    right = ask(assistant, "so online shopping hit 4.7 trillion yuan in 2016, up 24.7%?")
    assert right.text.startswith("Yes."), right.text
    wrong = ask(assistant, "so online shopping hit 4.7 trillion yuan in 2016, up 35%?")
    assert wrong.text.startswith("No."), wrong.text


def test_a_figure_after_given_is_the_premise_of_a_question_not_a_claim(assistant):
    answer = ask(assistant, "total chinese retail in 2016 implied, given online shopping = 14%?")
    assert answer.answered and not answer.text.startswith(("Yes", "No")), answer.text
    assert float(answer.value) == pytest.approx(33.571e12, rel=1e-3)


def test_a_bare_percent_sign_asks_for_a_percent(assistant):
    answer = ask(assistant, "aliexpress active users against the 100m target: %?")
    assert not answer.text.startswith(("Yes", "No")), answer.text
    assert answer.unit == "%" and float(answer.value) == pytest.approx(60)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("true or false: Vip's flash sale platform for overseas markets is named Vipshop", "No."),
        ("true or false: Vip's flash sale platform for overseas markets is named VIPme", "Yes."),
    ],
)
def test_a_name_claimed_after_called_or_named_must_be_the_articles(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "My textbook says China had 12 pilot zones in 2016. Does the article back that up?",
            "Yes.",
        ),
        ("Online shopping rose 30% in 2016. Is that consistent with the article?", "No."),
        ("JD rolled out its platform in 2015. Supported?", "Yes."),
        (
            "China's total retail was about 33.6 trillion yuan. Does that follow from the article?",
            "Yes.",
        ),
    ],
)
def test_a_statement_followed_by_a_question_about_the_article_is_a_claim(
    assistant, question, verdict
):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("My notes say AliExpress was set up in 2012. Is this correct?", "No."),
        (
            "A newsletter says online shopping hit 4.7 trillion yuan in 2016. Does that hold up?",
            "Yes.",
        ),
        (
            "A podcast says JD launched its cross-border platform in 2014. Does the article agree?",
            "No.",
        ),
        ("The survey had 28,000 respondents. Does that match?", "Yes."),
        ("China had 12 pilot zones in 2016. Fair summary?", "Yes."),
    ],
)
def test_more_ways_to_ask_whether_the_article_bears_a_statement_out(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


# --- a claim about what a person the article names is: title and company --------------------
@pytest.mark.parametrize(
    "question",
    [
        "Is Shen Difan the CEO of Alibaba Group?",
        "shen difan is jd's chief executive right?",
        "Is Shen Difan the general manager of Alibaba?",
        "is shen difan the chief executive of aliexpress",
    ],
)
def test_a_title_or_company_the_article_does_not_give_him_is_answered_no(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.startswith("No."), answer.text
    assert "general manager of AliExpress" in answer.text


@pytest.mark.parametrize(
    "question",
    ["Is Shen Difan AliExpress's GM?", "shen difan is the boss of aliexpress right"],
)
def test_his_own_title_and_company_are_answered_yes(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.startswith("Yes."), answer.text


def test_a_person_the_article_does_not_name_is_still_refused(assistant):
    answer = ask(assistant, "is jack ma the ceo of alibaba")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("True or false: JD's cross-border site came with English and Russian versions.", "Yes."),
        ("jd make a russian version of its platform? yes or no", "Yes."),
        ("JD's site came with a Japanese version, right?", "No."),
    ],
)
def test_light_verbs_restate_what_a_thing_has(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("JD has a russian version of its cross-border platform?", "Yes."),
        ("JD has a german version?", "No."),
    ],
)
def test_a_statement_asked_back_is_a_claim(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_a_relative_clause_asked_back_is_not_a_claim(assistant):
    answer = turns(assistant, "china's total retail 2016", "and the part that wasn't online?")[-1]
    assert answer.answered, answer.text
    assert round(float(answer.value) / 1e12, 2) == 28.87


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is cross-border volume more than a fifth of China's total e-commerce?", "Yes."),
        ("is cross-border volume over half of china's total e-commerce?", "No."),
    ],
)
def test_a_share_claimed_between_two_named_figures_is_computed(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text
    assert "24.1%" in answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("which means $900 million went elsewhere?", "No."),
        ("Which would mean $860 million went to other platforms?", "Yes."),
    ],
)
def test_which_means_opens_a_claim_not_a_which_question(assistant, claim, verdict):
    *_, checked = turns(
        assistant, "Russians spent 80% of their cross-border money in China?", claim
    )
    assert checked.text.startswith(verdict), checked.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("four-fifths of Russian cross-border spending ended up on Chinese sites, right?", "Yes."),
        ("did two-thirds of AliExpress's active users make a purchase?", "No."),
    ],
)
def test_a_hyphenated_fraction_is_the_share_it_names(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is Yandex described as Russia's second-largest e-payment service?",
        "is yandex russia's smallest e-payment service?",
    ],
)
def test_a_rank_the_article_contradicts_is_answered_no(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.startswith("No."), answer.text
    assert "largest" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is China's 26.1 trillion yuan of e-commerce 49.2% of the global volume?", "No."),
        ("was China's 26.1 trillion yuan of e-commerce 29.2 percent of the global volume?", "No."),
        ("Is China's 26.1 trillion yuan of e-commerce 39.2% of the global volume?", "Yes."),
    ],
)
def test_a_premise_and_a_wrong_share_beside_it_is_answered_no(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_yuan_per_dollar_is_no_figure_claimed(assistant):
    answer = ask(
        assistant,
        "Verify the implied exchange rate: yuan per dollar from the 6.3 trillion"
        " / 921.9 billion pair.",
    )
    assert not answer.text.startswith("No."), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("China only became the world's largest online retail market in 2016, correct?", "No."),
        ("Is it true China only became the world's largest online retail market in 2013?", "Yes."),
    ],
)
def test_only_in_a_year_dates_the_event_in_a_tagged_claim_too(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text
    assert "2013" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did JD roll out its cross-border platform before aliexpress was set up?", "No."),
        ("did aliexpress launch before jd's cross-border platform?", "Yes."),
        ("was AliExpress set up after JD launched its cross-border platform?", "No."),
        ("did china become the largest online retail market after aliexpress was set up?", "Yes."),
    ],
)
def test_the_order_of_two_dated_events_is_checked_with_both_years(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text
    assert "2010" in answer.text  # both years are shown


def test_two_events_of_the_same_year_are_not_ordered(assistant):
    answer = ask(assistant, "did vip launch vipme after jd launched its cross-border platform?")
    assert not answer.answered, answer.text  # both 2015; the article gives no months


def test_which_came_first_gives_both_dates(assistant):
    answer = ask(assistant, "which came first, AliExpress or JD's cross-border platform?")
    assert answer.answered and "2010" in answer.text and "2015" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is the overseas-warehouse guideline attributed to the State Council?", "No."),
        ("is the online shopping growth figure credited to iResearch?", "Yes."),
    ],
)
def test_a_figure_attributed_or_credited_to_a_source_is_checked(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_a_report_produced_by_another_firm_is_no_and_the_articles_author_is_unknown(assistant):
    claim = ask(assistant, "Was the cross-border trade report produced by PayPal and Nielsen?")
    assert claim.text.startswith("No.") and "Ipsos" in claim.text, claim.text
    author = ask(assistant, "who wrote this article?")
    assert not author.answered, author.text


@pytest.mark.parametrize(
    "question",
    [
        "Claim: JD's cross-border B2C platform launched three years after AliExpress was set up."
        " True?",
        "Why did JD launch its cross-border platform before AliExpress?",
    ],
)
def test_an_order_with_a_span_claimed_or_a_reason_asked_is_no_bare_order(assistant, question):
    answer = ask(assistant, question)
    assert not answer.text.startswith("Yes."), answer.text  # the order alone settles neither


def test_a_country_named_in_the_relation_the_article_gives_it_is_no_swapped_subject(assistant):
    # "it outperformed the US": the US as the country overtaken, which is what it was
    *_, answer = turns(
        assistant,
        "since when is china the largest online retail market?",
        "it outperformed the US that year, yes?",
    )
    assert answer.text.startswith("Yes."), answer.text
    wrong = ask(assistant, "was the US the largest online retail market in 2013?")
    assert wrong.text.startswith("No."), wrong.text


@pytest.mark.parametrize(
    "question",
    [
        "Was all of Russia's cross-border spending on Chinese platforms?",
        "did all the survey respondents shop on Chinese websites?",
        "Russians spent their cross-border money exclusively on Chinese platforms, right?",
    ],
)
def test_a_part_claimed_to_be_all_of_its_whole_is_no(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.startswith("No."), answer.text


def test_a_part_claimed_without_all_is_still_yes(assistant):
    answer = ask(assistant, "Did Russians spend money on Chinese platforms?")
    assert answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Isn't the 26.1 trillion figure obviously padded?",
        "is the 4.3 billion figure exaggerated?",
        "the 6.3 trillion yuan estimate is inflated, right?",
    ],
)
def test_a_judgement_of_a_figure_is_no_claim_the_article_confirms(assistant, question):
    # the figure matches the article's, but "padded" is an opinion: never "Yes"
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "were AliExpress's overseas buyers more than its 60 million active users?",
        "is aliexpress's overseas buyer count larger than the 60 million active users?",
    ],
)
def test_a_figure_after_than_and_its_names_the_other_side_not_a_gap(assistant, question):
    # "more than its 60 million active users": 60 million is what the active users are,
    # so the claim is buyers > active users (Yes), not a gap of more than 60 million (No)
    answer = assistant.ask(question)
    assert answer.text.startswith("Yes."), answer.text


def test_is_that_more_than_its_other_figure_compares_the_last_answer_with_it(assistant):
    first = assistant.ask("How many overseas buyers did AliExpress have by April 2017?")
    answer = assistant.ask("is that bigger than its number of active users?", first.context)
    assert answer.text.startswith("Yes."), answer.text
    assert "1.67 times" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Out of how many people surveyed did up to 21% buy from Chinese websites?", 28000),
        ("out of what total did russians put 80% on chinese platforms?", 4.3e9),
    ],
)
def test_out_of_how_many_with_the_part_named_asks_its_whole(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    assert float(answer.value) == pytest.approx(value), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("the online shopping figure for 2016 came from iResearch?", "Yes."),
        ("China's 2016 online shopping total was provided by Yandex?", "No."),
    ],
)
def test_a_source_stated_and_asked_back_is_a_claim(assistant, question, verdict):
    answer = assistant.ask(question)
    assert answer.text.startswith(verdict), answer.text


def test_a_source_claimed_of_the_last_figure_is_checked_against_it(assistant):
    *_, answer = turns(
        assistant, "what were russians spending on chinese platforms?", "and that came from paypal?"
    )
    assert answer.text.startswith("No."), answer.text
    assert "Yandex" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did AliExpress have more overseas buyers than active users?", "Yes."),
        ("does aliexpress have more active users than overseas buyers?", "No."),
        ("was there more online shopping than cross-border volume in 2016?", "No."),
    ],
)
def test_more_before_the_first_figure_compares_it_with_the_one_after_than(
    assistant, question, verdict
):
    answer = assistant.ask(question)
    assert answer.text.startswith(verdict), answer.text
    assert "times" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("what does the 6.3 trillion yuan estimate include?", "retail and B2B"),
        ("what does the 4.3 billion cover?", "cross-border e-commerce platforms"),
    ],
)
def test_what_a_quoted_figure_covers_is_asked_of_that_figure(assistant, question, covered):
    # never the exchange rate computed from it
    answer = assistant.ask(question)
    assert covered in answer.text.split(".")[0], answer.text
    assert "exchange rate" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did non-chinese platforms get 20 percent of russian cross-border spending?", "Yes."),
        ("did non-chinese platforms take 30% of russian spending?", "No."),
        ("the other platforms got 20 percent of russian spending, right?", "Yes."),
    ],
)
def test_a_share_claimed_of_the_rest_is_checked_against_the_rest(assistant, question, verdict):
    # 80% went to Chinese platforms: the rest is 20%, never the 80% checked against 20
    answer = assistant.ask(question)
    assert answer.text.startswith(verdict), answer.text
    assert "20%" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["is it not true that russians spent 4.3 billion?", "didn't russians spend 4.3 billion?"],
)
def test_a_negated_question_form_is_no_claim_that_it_did_not_happen(assistant, question):
    answer = assistant.ask(question)
    assert answer.text.startswith("Yes."), answer.text
    assert "4.3 billion" in answer.text, answer.text


# --- a forecast claimed as a result; a year asked with "the year ..." -------------------------
@pytest.mark.parametrize(
    "question",
    [
        "is the 2018 cross-border figure an actual result?",
        "Is the 100 million user target a recorded number?",
    ],
)
def test_a_forecast_or_target_claimed_as_what_happened_is_a_no(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.text.startswith("No."), answer.text


def test_an_actual_figure_of_the_past_is_still_a_yes(assistant):
    answer = ask(assistant, "was the 4.3 billion Russian figure an actual result?")
    assert answer.text.startswith("Yes."), answer.text


def test_the_year_a_body_did_something_is_asked_not_claimed(assistant):
    answer = ask(assistant, "the year the state council confirmed the twelve pilot zones please")
    assert answer.answered, answer.text
    assert (answer.value, answer.unit) == (2016, "year")
    assert not answer.text.startswith(("Yes", "No")), answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("how many countries did the 28,000 respondents come from?", 32, "countries"),
        ("which body made the guideline about the 100 overseas warehouses?", None, None),
        ("where does the $4.3bn russian spending number come from?", None, None),
    ],
)
def test_a_figure_named_by_its_value_asks_about_its_sentence(assistant, question, value, unit):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert (answer.value, answer.unit) == (value, unit), answer.text
    if value is None:  # who gave it, not the figure quoted
        assert answer.text.startswith("According to"), answer.text


def test_a_share_quoted_names_no_other_figure_of_its_sentence(assistant):
    answer = ask(
        assistant,
        "Is 5,880 the count of respondents who shopped on Chinese sites, using the 21 percent?",
    )
    assert answer.value != 28000, answer.text  # the whole of the sentence is not what is checked


@pytest.mark.parametrize(
    ("source", "verdict"),
    [("Was it PayPal who said that?", "No."), ("was it yandex that gave that figure?", "Yes.")],
)
def test_a_cleft_question_claims_who_gave_the_last_figure(assistant, source, verdict):
    _, checked = turns(assistant, "how much did russians spend cross-border in 2016?", source)
    assert checked.text.startswith(verdict), checked.text
    assert checked.value == 4_300_000_000


@pytest.mark.parametrize(
    "question",
    [
        "Is all this online shopping bad for local shops?",
        "does cross-border trade hurt russian retailers",
    ],
)
def test_whether_something_is_good_or_bad_for_someone_is_an_opinion(assistant, question):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert answer.reason == "opinion"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was the 4.3 billion dollar figure from paypal?", "No."),
        ("was the russian spending figure from yandex?", "Yes."),
        ("was the 6.3 trillion figure from yandex?", "No."),
    ],
)
def test_a_figure_said_to_come_from_a_source_is_checked_against_its_own(
    assistant, question, verdict
):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_a_company_said_to_be_from_another_is_no_claim_about_a_source(assistant):
    answer = ask(assistant, "Was AliExpress set up by Alibaba?")
    assert answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many money did russians spend on cross-border sites?", 4.3e9),
        ("did russians spend more than 3 bil on chinese platforms", 3.44e9),
    ],
)
def test_non_native_money_words_read(assistant, question, value):
    assert float(ask(assistant, question).value) == pytest.approx(value)


def test_a_thing_set_beside_the_last_answer_is_not_what_the_claim_is_about(assistant):
    """ "They" are the pilot zones just given; the 2015 guideline is only compared with
    them, so its year does not confirm the claim (was "Yes" about the warehouses)."""
    _, answer = turns(
        assistant,
        "How many cross-border e-commerce pilot zones are there?",
        "So they were confirmed in 2015, same year as the warehouse guideline?",
    )
    assert not answer.text.startswith("Yes"), answer.text
    assert "100 warehouses" not in answer.text


@pytest.mark.parametrize(
    "question",
    ["was the US share of global e-commerce 25 percent?", "Claim: America's share was 25 percent."],
)
def test_a_figure_claimed_of_another_country_is_neither_confirmed_nor_denied(assistant, question):
    """The article gives China's share; it says nothing of the US's, so no "No" with 39.2%."""
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert "China" in answer.text


@pytest.mark.parametrize(
    "claim", ["was that all spent on Chinese platforms?", "was it all spent on chinese platforms?"]
)
def test_a_claim_that_all_of_the_last_figure_went_to_one_part_is_denied(assistant, claim):
    _, answer = turns(assistant, "how much did russians spend cross-border in 2016?", claim)
    assert answer.text.startswith("No."), answer.text
    assert answer.value == 3_440_000_000


@pytest.mark.parametrize(
    ("claim", "first"),
    [
        ("Does Alibaba expect most of its 2025 consumers to be overseas?", "No"),  # half
        ("Did most Russian cross-border spending go to Chinese platforms?", "Yes"),  # 80%
    ],
)
def test_most_means_more_than_half_not_half(assistant, claim, first):
    answer = ask(assistant, claim)
    assert answer.answered and answer.text.startswith(first), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did russians spend 4.3 billion? I wrote 4.3 in my notes.", "Yes"),
        ("did russians spend 5 billion? I wrote 5 in my notes.", "No"),
    ],
)
def test_a_note_about_the_user_after_a_claim_adds_no_figure_to_it(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.answered and answer.text.startswith(verdict), answer.text


def test_a_choice_of_figures_before_a_note_about_the_user_is_checked(assistant):
    answer = ask(assistant, "Pilot zones - 12 or 21? My draft has 21.")
    assert answer.unit == "zones" and float(answer.value) == 12, answer.text  # not the survey


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("there were 12 pilot zones, not 21?", True),
        ("there were 21 pilot zones, not 12?", False),
        ("Russians spent 4.3 billion, not 5 billion?", True),
        ("Russians spent 4.3 billion rather than $5bn, yes?", True),
        ("the survey covered 32 countries, not 23, correct?", True),
        ("AliExpress had 220 countries and regions of buyers, not 200?", True),
    ],
)
def test_a_figure_ruled_out_beside_the_claimed_one_is_no_second_claim(assistant, question, yes):
    """ "12, not 21?": the verdict on the figure stated, the one ruled out set aside."""
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.text.startswith("Yes." if yes else "No."), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Is the ratio of AliExpress active users to buyers 3 to 1?", "Yes"),
        ("is the active users to buyers ratio 3:1", "Yes"),
        ("is the ratio of active users to buyers 2 to 1?", "No"),
    ],
)
def test_a_ratio_claimed_as_n_to_one_is_n_times(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.answered and answer.text.startswith(verdict), answer.text


def test_a_range_up_to_one_trillion_is_no_ratio():
    from intents.text import fold

    assert "times" not in fold("from 0.5 to 1 trillion yuan")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is it true 4.3 billion dollars is what russians spent cross border last yr", "Yes"),
        ("is 4.3 billion dollars what russians spent cross border last year?", "Yes"),
        ("is it true that what russians spent cross border was 4.3 billion dollars", "Yes"),
        ("is it true 5 billion dollars is what russians spent cross border", "No"),
        (
            "is it more than 3 billion dollar what russians spend on chinese platform last year?",
            "Yes",
        ),
        ("is 14% what online shopping made up of total retail?", "Yes"),
    ],
)
def test_a_figure_said_to_be_what_something_was_is_a_claim(assistant, question, verdict):
    """Not "that figure is the one you gave", nor the total retail the 14% implies."""
    answer = ask(assistant, question)
    assert answer.answered and answer.text.startswith(verdict), answer.text


def test_a_figure_given_as_a_premise_before_another_question_is_no_claim(assistant):
    answer = ask(
        assistant, "So online shopping was 4.7 trillion yuan - what was it the year before that?"
    )
    assert answer.answered and float(answer.value) == pytest.approx(3.769e12, rel=1e-3), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is there a target for overseas warehouses for 2018?",
        "Is there a 2025 target for AliExpress users?",
    ],
)
def test_whether_a_figure_exists_for_a_year_the_article_lacks_is_not_denied(assistant, question):
    """The article's silence about 2018 (or 2025) is no No."""
    answer = ask(assistant, question)
    assert not answer.answered and answer.reason == "uncheckable", answer.text
    assert not answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Was there a 2015 guideline on overseas warehouses?",
        "is there a 2018 forecast for cross-border volume?",
    ],
)
def test_a_figure_that_exists_for_the_year_asked_is_confirmed(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is Ipsos a French company?",
        "Is AliExpress a Chinese company?",
        "Is JD an American company?",
    ],
)
def test_a_companys_nationality_the_article_never_states_is_not_denied(assistant, question):
    """Never No with the survey's size or JD's description: no sentence gives a company's
    nationality, and "Chinese platforms" elsewhere says nothing of one company."""
    answer = ask(assistant, question)
    assert not answer.answered, answer.text
    assert not answer.text.startswith("No"), answer.text


def test_a_share_claimed_for_platforms_of_another_nationality_is_still_no(assistant):
    answer = ask(assistant, "Did 80 percent of Russian spending go to American platforms?")
    assert answer.answered and answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "so china beat the US in online retail back in 2013?",
        "China is most popular for cross-border shopping, yes? In 2016?",
        "jd cross border site got english?",
    ],
)
def test_a_name_stated_back_is_confirmed_first(assistant, question):
    """A statement asked back whose name the article gives: Yes first, then the fact."""
    answer = ask(assistant, question)
    assert answer.answered and answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "so china beat the UK in online retail back in 2013?",
        "China overtook the US as most popular destination in 2015?",
        "which country was the most popular cross-border destination in 2016?",
    ],
)
def test_a_name_not_stated_or_asked_is_never_confirmed(assistant, question):
    answer = ask(assistant, question)
    assert not answer.text.startswith("Yes"), answer.text


# --- "more than" a figure is not the figure itself; "at least" is ---------------------------
@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("does alibaba expect more than half of its 2025 consumers to be overseas", "No."),
        ("does alibaba expect at least half of its 2025 consumers to be overseas", "Yes."),
        ("did more than 80% of russian cross-border spending go to chinese platforms", "No."),
        ("did less than 80% of russian cross-border spending go to chinese platforms", "No."),
        ("Did Russians spend more than 4.3 billion dollars on cross-border platforms?", "No."),
        ("did aliexpress have more than 100 million overseas buyers", "Yes."),
        ("Is the rest of Russians' cross-border spending under a billion dollars?", "Yes."),
    ],
)
def test_a_strict_bound_is_not_met_by_the_figure_itself(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "According to Yandex, did Russians spend up to 4.3 billion dollars on foreign platforms?",
        "according to paypal and ipsos was china the top cross-border destination in 2016",
    ],
)
def test_a_claim_put_to_its_source_first_is_still_checked(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.text.startswith("Yes"), answer.text


def test_a_claim_put_to_a_source_that_did_not_make_it_is_not_confirmed(assistant):
    answer = ask(
        assistant, "According to Yandex, is China the most popular cross-border destination?"
    )
    assert not answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Is the 80% a share of the money Russians spent, not of the number of shoppers?", "Yes"),
        ("Was it Vip, not JD, that launched VIPme?", "Yes"),
        ("Did JD, not Vip, launch VIPme?", "No"),
    ],
)
def test_an_alternative_set_aside_is_no_part_of_the_claim(assistant, claim, verdict):
    answer = ask(assistant, claim)
    assert answer.answered and answer.text.startswith(verdict), answer.text


def test_a_part_left_out_after_not_is_kept(assistant):
    answer = ask(assistant, "so in 2025, how many consumers would be, you know, not overseas?")
    assert answer.value == 1_000_000_000, answer.text


def test_is_the_number_of_one_thing_bigger_than_another_answers_yes_or_no(assistant):
    answer = assistant.ask(
        "Is the number of overseas warehouses in the guideline bigger than the number of "
        "pilot zones?"
    )
    assert answer.answered and answer.text.startswith("Yes."), answer.text


def test_bigger_than_what_someone_spent_is_a_claim_not_a_gap(assistant):
    answer = assistant.ask(
        "is China's online shopping bigger than what Russians spent cross-border in 2016?"
    )
    assert answer.answered and answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        (
            "Claim: over half of what Russians spent on cross-border sites went to Chinese "
            "platforms. Correct?",
            True,
        ),
        ("Is it true that 90% of what Russian shoppers spent cross-border went to China?", False),
    ],
)
def test_a_share_of_what_someone_spent_is_claimed_not_asked(assistant, question, yes):
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    assert answer.text.startswith("Yes." if yes else "No."), answer.text


def test_dipping_a_toe_into_foreign_markets_is_testing_the_waters_overseas(assistant):
    answer = assistant.ask("Name the flash-sale site Vip set up to dip a toe into foreign markets.")
    assert answer.answered and "VIPme" in answer.text.splitlines()[0], answer.text


# --- two years offered: which one it was, never "No" to the first -----------------------
@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("did China overtake the US as the biggest online retail market in 2012 or in 2013?", 2013),
        ("is the 8.8 trillion yuan estimate for 2017 or 2018?", 2018),
        ("were the twelve pilot zones approved in 2015 or 2016", 2016),
        ("was it 2009 or 2010 that AliExpress was set up?", 2010),
    ],
)
def test_two_years_offered_ask_which_year(assistant, question, year):
    answer = ask(assistant, question)
    assert answer.answered and answer.value == year, answer.text
    assert not answer.text.startswith(("No.", "Yes.")), answer.text


def test_two_years_offered_after_a_figure_ask_the_figures_year(assistant):
    _, dated = turns(assistant, "how many pilot zones does China have?", "is that 2015 or 2016?")
    assert dated.answered and dated.value == 2016, dated.text


def test_more_in_one_of_two_years_compares_them(assistant):
    answer = ask(assistant, "did Russians spend more in 2015 or 2016?")
    assert not answer.answered, answer.text  # the article gives 2016 only


# --- two dated events ordered: before, after, the same year ------------------------------
@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did VIPme and JD's cross-border platform come out in the same year?", "Yes."),
        ("was AliExpress set up in the same year as JD's cross-border platform?", "No."),
        ("is JD's cross-border platform newer than AliExpress?", "Yes."),
        ("was VIPme launched earlier than AliExpress?", "No."),
        ("True or false: AliExpress was set up before VIPme.", "Yes."),
    ],
)
def test_two_dated_events_are_ordered_by_their_years(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text
    assert "2010" in answer.text or "2015" in answer.text, answer.text  # the years shown


def test_same_year_as_another_event_after_a_date(assistant):
    _, same = turns(
        assistant, "when did JD roll out its cross-border platform?", "VIPme same year?"
    )
    assert same.text.startswith("Yes."), same.text


def test_the_talk_stays_on_the_date_a_claim_pointed_at(assistant):
    *_, span = turns(
        assistant,
        "when did China become the largest online retail market?",
        "so that was before AliExpress was set up?",
        "how many years after AliExpress, then?",
    )
    assert span.answered and span.value == 3, span.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was aliexpress founded before 2015?", "Yes"),
        ("Was AliExpress set up after 2012?", "No"),
        ("did JD roll out its cross-border platform before 2016", "Yes"),
        ("was VIPme launched before 2015?", "No"),  # the same year is not before it
    ],
)
def test_an_event_claimed_before_or_after_a_typed_year_is_checked(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_one_part_alone_claimed_of_the_last_claims_figure_is_denied(assistant):
    *_, alone, next_claim = turns(
        assistant,
        "Claim: China's cross-border e-commerce volume hit 6.3 trillion yuan in 2016. True?",
        "And that figure covers only retail sales?",  # the article says retail and B2B
        "And it's expected to reach 8.8 trillion yuan by 2018?",
    )
    assert alone.text.startswith("No"), alone.text
    assert next_claim.text.startswith("Yes"), next_claim.text


def test_a_claim_naming_no_subject_is_about_the_conversations(assistant):
    *_, checked = turns(
        assistant,
        "Did Russians spend up to 4.3 billion dollars on cross-border platforms last year?",
        "And 80 percent of that went to Chinese platforms?",
        "So more than $3.5 billion went to Chinese platforms?",  # up to $3.44 billion
    )
    assert checked.text.startswith("No") and "3.44" in checked.text, checked.text


@pytest.mark.parametrize(
    "question",
    [
        "Was online shopping 14 percent of China's retail last year? That's what a fella said.",
        "did aliexpress have 200 million buyers by april? thats what my draft says",
    ],
)
def test_a_remark_saying_where_a_claim_came_from_leaves_it_checked(assistant, question):
    answer = ask(assistant, question)
    assert answer.text.split(".")[0] in ("Yes", "No"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Was online shopping 14 percent of China's retail last year? That's what he told us.",
        "Was online shopping 14 percent of China's retail last year? It's what my draft says.",
    ],
)
def test_a_remark_with_a_free_relative_after_a_claim_asks_nothing(assistant, question):
    # never the 33.57 trillion yuan of total retail, as if "what" asked a figure
    answer = ask(assistant, question)
    assert answer.text.startswith("Yes"), answer.text


def test_a_question_without_its_mark_after_a_statement_still_asks(assistant):
    answer = ask(
        assistant, "921.9 billion USD is 6.3 trillion RMB, so 1 billion USD is how many RMB"
    )
    assert answer.answered and answer.unit == "CNY", answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Claim: the pilot zones numbered 12. Holds?", "Yes."),
        ("the State Council confirmed 15 pilot zones. Does that hold?", "No."),
        ("so 30 percent of respondents shopped on Chinese sites, is that what they say?", "No."),
        ("Russians spent up to $4.3 billion abroad, is that what they reported?", "Yes."),
        ("Russians spent up to $5 billion on cross-border platforms, right?", "No."),
        ("the guideline promoted 50 overseas warehouses, was that what the report said?", "No."),
        ("AliExpress was set up in 2010, is that really what the piece states?", "Yes."),
        ("so Russians spent up to $4.3 billion on foreign sites, correct?", "Yes."),
    ],
)
def test_a_claim_asked_by_whether_it_holds_or_is_what_a_source_says(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Were 100 overseas warehouses built?",
        "Is it true that all 100 overseas warehouses have been built by now?",
        "Did AliExpress reach its 100 million user target?",
        "Has the 100 overseas warehouses target been met?",
    ],
)
def test_a_target_said_to_be_met_is_neither_confirmed_nor_denied(assistant, question):
    # the article gives the target, not whether it was met: never "Yes" (nor "No")
    answer = ask(assistant, question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did the guideline aim to build 100 overseas warehouses?", "Yes"),
        ("My uncle says cross-border volume will hit 8.8 trillion yuan by 2018. Right?", "Yes"),
        ("Has Alibaba reached 2 billion consumers?", "No"),  # due by 2025
    ],
)
def test_an_aim_or_a_forecast_is_checked_as_one(assistant, question, expected):
    answer = ask(assistant, question)
    assert answer.answered and answer.text.startswith(expected), answer.text


def test_a_multiple_of_what_went_elsewhere_is_checked(assistant):
    # "three times what went to other platforms": "what" names the other figure
    _, answer = turns(
        assistant,
        "How much did Russians spend on Chinese platforms?",
        "Is that more than three times what went to other platforms?",
    )
    assert answer.answered and answer.text.startswith("Yes"), answer.text  # 4 times


# --- a bound typed as a rounded fraction, and a bound on the share just given ---------------
@pytest.mark.parametrize(
    "question",
    [
        "did more than a third of aliexpress's active users buy something?",
        "were purchasers more than 33.3% of AliExpress's active users?",
    ],
)
def test_a_rounded_third_is_not_exceeded_by_a_third(assistant, question):
    answer = ask(assistant, question)  # 20 million of 60 million is a third, not more
    assert answer.answered and answer.text.startswith("No"), answer.text


def test_more_than_thirty_percent_of_a_third_is_still_yes(assistant):
    answer = ask(assistant, "did more than 30% of aliexpress active users buy?")
    assert answer.text.startswith("Yes"), answer.text


def test_a_bare_bound_after_a_share_is_about_that_share(assistant):
    _, china, aliexpress = turns(
        assistant,
        "what was china's share of global e-commerce?",
        "more than a third?",
        "and what share of aliexpress's active users bought?",
    )
    assert china.text.startswith("Yes") and "39.2%" in china.text, china.text
    assert "33.3" in aliexpress.text, aliexpress.text
    after = turns(assistant, "what share of aliexpress active users bought?", "under a half?")
    assert after[1].text.startswith("Yes") and "33.3" in after[1].text, after[1].text


@pytest.mark.parametrize(
    ("first", "claim", "verdict"),
    [
        (
            "How much did Russians spend on Chinese platforms?",
            "is that four times what went to other platforms?",
            "Yes",
        ),
        ("how many active users did aliexpress have?", "is that 3 times the purchasers?", "Yes"),
        ("how many active users did aliexpress have?", "is that 5 times the purchasers?", "No"),
    ],
)
def test_a_multiple_claimed_of_the_figure_just_given(assistant, first, claim, verdict):
    _, answer = turns(assistant, first, claim)
    assert answer.text.startswith(verdict) and answer.unit == "ratio", answer.text


def test_a_verb_of_a_relative_clause_with_its_own_object_names_no_source(assistant):
    answer = ask(assistant, "Ratio of active users to buyers who made purchases on AliExpress?")
    assert answer.answered and answer.value == pytest.approx(3), answer.text  # no claim
    claim = ask(assistant, "the 4.3 billion figure that Yandex provided?")
    assert claim.text.startswith("Yes"), claim.text


def test_a_share_claimed_of_them_after_the_whole_is_checked_against_the_subjects_share(
    assistant,
):
    """ "And 31% of them shopped on Chinese websites?" after the 28,000 respondents: "them"
    are the respondents, the claim is the survey's share (21%), and the correct figure
    follows from it."""
    *_, claimed, correct, people = turns(
        assistant,
        "Claim: PayPal and Ipsos surveyed 28,000 people. True?",
        "And 31% of them shopped on Chinese websites?",
        "What's the correct figure then?",
        "How many people is that?",
    )
    assert claimed.text.startswith("No.") and claimed.value == 21, claimed.text
    assert correct.value == 21, correct.text
    assert people.value == 5880, people.text


@pytest.mark.parametrize(
    ("first", "claim", "verdict"),
    [
        (
            "The warehouses guideline came out in which year?",
            "And the pilot zones were confirmed that same year too, right?",
            "No.",
        ),
        (
            "When did JD roll out its cross-border platform?",
            "and VIPme launched that same year, right?",
            "Yes.",
        ),
        (
            "When did JD roll out its cross-border platform?",
            "and the pilot zones were confirmed the year after, correct?",
            "Yes.",
        ),
    ],
)
def test_a_claim_dated_by_the_last_answer_is_checked_against_that_year(
    assistant, first, claim, verdict
):
    """ "That same year", "the year after": the year of the answer just given (2015),
    moved as said, so the claim can be confirmed or denied rather than left open."""
    _, answer = turns(assistant, first, claim)
    assert answer.text.startswith(verdict), answer.text
