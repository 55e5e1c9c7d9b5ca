"""Questions that offer a choice ("B2B or B2C?"), claims whose words contradict the
article's sentence, quoted wholes, durations to the article's date and unit words at the
end of a question: a question in, the answer (or the refusal and its reason) out.
Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


# --- a choice between two words --------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Is JD's cross-border platform B2B or B2C?",
        "aliexpress: a b2c or a b2b marketplace?",
    ],
)
def test_a_choice_between_two_words_is_answered_with_the_one_the_article_says(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert "B2C" in answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_a_choice_the_article_says_neither_of_is_refused(assistant):
    answer = ask(assistant, "AliExpress: B2C or C2C?")
    assert not answer.answered
    assert answer.reason == "unknown"


# --- claims whose words contradict the sentence they are about ------------------------------
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("was the JD platform a B2B one?", "B2C"),
        ("Were the 100 million AliExpress buyers domestic shoppers?", "overseas"),
        ("is it true the 100 million AliExpress buyers were not overseas", "overseas"),
        ("Was online shopping a fifth of China's total retail?", "14%"),
    ],
)
def test_a_claim_contradicting_its_sentence_is_answered_no(assistant, question, said):
    answer = ask(assistant, question)
    assert answer.text.startswith("No."), answer.text
    assert said in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Didn't Russians spend $4.3 billion abroad?", "$4.3 billion"),
        ("weren't AliExpress's 100 million buyers overseas?", "overseas"),
        (
            "Did under a quarter of Russians' cross-border spending go to non-Chinese platforms?",
            "20%",
        ),
    ],
)
def test_a_negative_question_or_a_complement_claim_is_checked_as_meant(assistant, question, said):
    answer = ask(assistant, question)
    assert answer.text.startswith("Yes."), answer.text
    assert said in answer.text


def test_a_complement_claim_is_checked_against_the_complement_not_the_share(assistant):
    answer = ask(
        assistant, "did more than a third of Russian cross-border spending go elsewhere than China?"
    )
    assert answer.text.startswith("No."), answer.text
    assert "20%" in answer.text


# --- a whole quoted around the figure asked ---------------------------------------------------
def test_the_whole_a_question_quotes_does_not_block_its_part(assistant):
    answer = ask(assistant, "Of Alibaba's 2 billion consumers in 2025, how many are overseas?")
    assert answer.value == 1_000_000_000


def test_a_whole_the_article_does_not_give_is_still_refused(assistant):
    answer = ask(assistant, "Of Alibaba's 3 billion consumers in 2025, how many are overseas?")
    assert not answer.answered
    assert answer.reason == "unknown"


# --- years to the article's date ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("How many years old was AliExpress when this piece was written?", 7),
        ("how many years from 2017 to Alibaba's 2025 goal", 8),
        ("how long had China been the biggest online retail market by 2017?", 4),
    ],
)
def test_years_to_the_article_date_are_counted(assistant, question, years):
    answer = ask(assistant, question)
    assert answer.value == years, answer.text
    assert answer.unit == "years"


def test_years_from_a_typed_year_to_a_dated_goal_are_counted(assistant):
    # a year the user types is a date of its own: 2016 to the 2025 goal is 9 years
    answer = ask(assistant, "how many years from 2016 to Alibaba's 2025 goal")
    assert answer.value == 9, answer.text


# --- a unit word at the end says what kind of figure is asked ----------------------------------
def test_a_trailing_percent_asks_for_a_share(assistant):
    answer = ask(assistant, "how many AliExpress active users bought, in percent?")
    assert answer.unit == "%", answer.text


def test_a_negated_percent_still_asks_for_the_count(assistant):
    answer = ask(
        assistant, "how many survey respondents bought from Chinese sites, in people not percent"
    )
    assert answer.unit == "respondents", answer.text


# --- a real word is not corrected into another one -------------------------------------------
def test_a_real_word_sharing_a_stem_with_a_keyword_is_not_taken_for_it(assistant):
    answer = ask(assistant, "is China facing difficulties with imports?")
    assert not answer.text.startswith("Yes"), answer.text


# --- claims put as a tag, "no" as a negation, operations of the context sentences ----------
@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("the general manager of AliExpress - is it Shen Difan?", "Yes."),
        ("the year JD's cross-border platform appeared, was it 2013?", "No."),
    ],
)
def test_a_description_then_was_it_x_is_a_claim(assistant, question, verdict):
    answer = ask(assistant, question)
    assert answer.text.startswith(verdict), answer.text


def test_no_inside_a_sentence_negates_what_follows(assistant):
    answer = ask(
        assistant, "what share of the survey's respondents did no shopping on Chinese sites?"
    )
    assert answer.value == 79, answer.text


def test_no_as_an_interjection_is_not_a_negation(assistant):
    answer = ask(
        assistant, "russian spending on chinese platforms... no wait, what share went there?"
    )
    assert answer.value == 80, answer.text


def test_an_operation_in_a_context_sentence_is_not_the_one_asked(assistant):
    answer = ask(
        assistant,
        "I saw AliExpress had more than 60 million active users and more than 20 million bought. "
        "What proportion of the active users bought?",
    )
    assert answer.unit == "%", answer.text
    assert 33 < answer.value < 34


# --- a word or two of another language factbot reads, inside an English question -----------
def test_a_spanish_word_in_an_english_question_is_read(assistant):
    answer = ask(assistant, "how much did Russians spend on cross-border sites en 2016?")
    assert answer.value == 4_300_000_000, answer.text


def test_a_spanish_word_no_language_file_reads_still_blocks(assistant):
    answer = ask(assistant, "how much did AliExpress sell en ventas netas in 2016?")
    assert not answer.answered


def test_the_apostrophe_of_an_english_contraction_is_no_foreign_word(assistant):
    answer = ask(assistant, "what did Russians spend on platforms that weren't Chinese?")
    assert answer.value == 860_000_000, answer.text


# --- sentences before the question: who asks, and what they point at -------------------------
def test_words_of_a_sentence_about_the_user_do_not_block_the_question(assistant):
    answer = ask(
        assistant,
        "My cousin drives a delivery van in Kazan. "
        "How much did Russians spend on cross-border platforms last year?",
    )
    assert answer.value == 4_300_000_000, answer.text


def test_an_outside_subject_before_a_question_that_points_at_it_blocks(assistant):
    answer = ask(assistant, "Germans love online shopping. How much did they spend?")
    assert not answer.answered
    assert answer.reason == "unknown"


def test_the_year_before_a_year_told_in_an_earlier_sentence(assistant):
    answer = ask(
        assistant,
        "Online shopping in China reached 4.7 trillion yuan last year, up 24.7%. "
        "What was it the year before?",
    )
    assert abs(answer.value - 3_769_045_709_703) < 1_000_000, answer.text


def test_a_word_for_the_users_own_purpose_does_not_block_the_question(assistant):
    answer = ask(assistant, "how many buyers did AliExpress have? it's for my newsletter")
    assert answer.value == 100_000_000, answer.text


def test_a_subject_of_the_users_own_is_still_a_subject(assistant):
    answer = ask(assistant, "how much did my suppliers spend last year?")
    assert not answer.answered


def test_years_since_an_event_as_of_the_article(assistant):
    answer = ask(assistant, "how many years since China beat the US in online retail, as of 2017?")
    assert answer.value == 4, answer.text


def test_a_dated_claim_with_the_wrong_year_is_answered_no(assistant):
    answer = ask(assistant, "vip launched vipme in 2013?")
    assert answer.text.startswith("No."), answer.text
    assert "2015" in answer.text


def test_today_is_not_the_articles_time(assistant):
    answer = ask(assistant, "what is the dollar-yuan exchange rate today?")
    assert not answer.answered
    assert answer.reason == "year"


def test_today_before_a_figure_of_the_article_means_the_articles_time(assistant):
    answer = ask(
        assistant, "AliExpress's current 100 million overseas buyers: from how many countries?"
    )
    assert answer.value == 220, answer.text


def test_a_negation_about_the_user_is_not_one_about_the_figure(assistant):
    answer = ask(
        assistant,
        "The survey asked 28,000 people. I didn't see what share shopped on Chinese sites. "
        "What was it?",
    )
    assert answer.value == 21, answer.text


def test_a_typed_figure_picks_its_own_fact_over_one_computed_from_it(assistant):
    answer = ask(assistant, "my notes have online shopping at 4.7 trillion yuan. In dollars?")
    assert abs(answer.value - 687_766_666_667) < 1_000_000, answer.text


def test_a_question_word_after_a_request_still_asks(assistant):
    answer = ask(
        assistant, "would you please tell me when JD rolled out its cross-border platform?"
    )
    assert answer.value == 2015, answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("which country was the top cross-border shopping destination in 2016?", "China"),
        ("which countries were the top cross-border destination before China?", "United Kingdom"),
    ],
)
def test_one_name_or_several_as_the_noun_asks(assistant, question, named):
    answer = ask(assistant, question)
    assert named in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("which firm estimated China's cross-border e-commerce volume?", "iResearch"),
        ("which government body confirmed the pilot zones?", "State Council"),
    ],
)
def test_which_body_did_something_asks_for_the_source(assistant, question, source):
    answer = ask(assistant, question)
    assert source in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many years had the US been behind China in online retail by 2016?",
        "for how many years has online shopping been growing, as of 2016?",
    ],
)
def test_a_number_of_years_asked_is_never_answered_in_yuan(assistant, question):
    answer = ask(assistant, question)
    assert answer.unit not in ("CNY", "USD", "%"), answer.text


def test_the_age_at_publication_counts_from_an_event_not_a_statement(assistant):
    answer = ask(assistant, "how old was AliExpress when this piece was published in 2017?")
    assert float(answer.value) == 7, answer.text


# --- a choice between two names ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "named"),
    [
        (
            "was it the Ministry of Commerce or the State Council that confirmed the 12 zones?",
            "State Council",
        ),
        ("Is it Yandex or iResearch who estimates the 6.3 trillion yuan volume?", "iResearch"),
    ],
)
def test_a_choice_between_two_names_names_the_one_who_did_it(assistant, question, named):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text
    assert named in answer.text.splitlines()[0]


@pytest.mark.parametrize(
    "question",
    ["non-buyers per buyer on aliexpress?", "how many non-buying active users per buyer?"],
)
def test_the_rest_per_one_of_another_figure_is_never_a_figure_without_the_negation(
    assistant, question
):
    answer = ask(assistant, question)  # was overseas buyers per purchaser, or the 40 million
    assert not answer.answered, answer.text


def test_window_shoppers_are_the_users_who_did_not_buy(assistant):
    answer = ask(assistant, "how many window shoppers did aliexpress have")
    assert answer.answered and answer.value == 40_000_000, answer.text
