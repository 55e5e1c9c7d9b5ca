"""What the article says a company or person is ("how is iResearch described?", "what is
JD?", "who's Shen Difan?"), and questions that only look like it ("who is the head of
iResearch?"): a question in, the answer (or the refusal) out. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how does the article describe iResearch?", "internet market consultancy"),
        ("What's Yandex, according to the piece?", "e-payment service"),
        ("what is JD?", "leading"),
        ("who's Shen Difan", "general manager of AliExpress"),
        ("What is AliExpress?", "B2C marketplace"),
        ("what kind of company is Vip?", "discount"),
        ("VIPme - what is it?", "flash sale"),
    ],
)
def test_what_a_name_is_comes_from_the_articles_own_words(assistant, question, said):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert said in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "who is the head of iResearch?",
        "who owns Yandex?",
        "who invented the internet?",
        "what is the capital of Russia?",
    ],
)
def test_a_question_about_something_else_near_a_name_is_not_answered_with_its_description(
    assistant, question
):
    answer = ask(assistant, question)
    assert not answer.answered, answer.text


def test_a_description_is_checked_as_a_claim(assistant):
    yes = ask(assistant, "is iResearch a consultancy?")
    assert yes.text.startswith("Yes."), yes.text
    no = ask(assistant, "Is Ipsos a payment provider?")
    assert no.text.startswith("No."), no.text


def test_described_by_someone_only_says_who_gave_the_figure(assistant):
    answer = ask(
        assistant,
        "What was the medium-term user target of the go-global campaign, as described by"
        " AliExpress's general manager?",
    )
    assert answer.answered, answer.text
    assert answer.value == 100_000_000


@pytest.mark.parametrize(
    "question", ["what is VIPme exactly?", "whats vipme even", "what actually is VIPme"]
)
def test_emphasis_words_do_not_stop_a_what_is_question(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert "flash sale" in answer.text


def test_who_runs_it_is_still_not_what_it_is(assistant):
    answer = ask(assistant, "who runs vipme exactly")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question", ["which company runs AliExpress?", "which company is running AliExpress?"]
)
def test_a_company_asked_is_not_answered_with_a_person(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert "Alibaba" in answer.text.splitlines()[0]
    assert "Shen Difan" not in answer.text.splitlines()[0]


def test_who_runs_it_is_still_its_general_manager(assistant):
    answer = ask(assistant, "who runs AliExpress?")
    assert "Shen Difan" in answer.text.splitlines()[0]


def test_who_confirmed_the_zones_says_where_they_were_confirmed(assistant):
    answer = ask(assistant, "which body gave the go-ahead for the pilot zones?")
    assert answer.answered, answer.text
    said = answer.text.splitlines()[0]
    assert "State Council" in said and "executive meeting" in said


@pytest.mark.parametrize(
    "question",
    [
        "Who does the article describe as Russia's largest e-payment service?",
        "Who's described as Russia's largest e-payment service?",
    ],
)
def test_who_is_described_as_a_description_is_the_name_it_describes(assistant, question):
    answer = ask(assistant, question)
    assert answer.answered and "Yandex" in answer.text.splitlines()[0], answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What did China become in 2016, according to the trade report?", "most popular"),
        ("What did that report find China became?", "most popular"),
        ("what did china become according to the ministry of commerce", "largest online retail"),
    ],
)
def test_what_a_subject_became_is_the_rank_the_article_gives_it(assistant, question, said):
    answer = ask(assistant, question)
    assert answer.answered and said in answer.text.splitlines()[0], answer.text


def test_what_a_subject_became_with_two_ranks_and_nothing_to_choose_is_asked_back(assistant):
    assert not ask(assistant, "what did china become").answered


@pytest.mark.parametrize(
    "question",
    [
        "which companies put out the cross-border trade report that ranked China number one?",
        "Who made the cross-border trade report that put China on top?",
        "who did the cross border trade report",
    ],
)
def test_who_made_a_report_named_is_that_reports_source_whatever_it_found(assistant, question):
    # the words of what the report found ("China", "cross-border") also match the
    # cross-border volume, which iResearch gave: the report named says whose it is
    answer = ask(assistant, question)
    first = answer.text.splitlines()[0]
    assert answer.answered and "PayPal" in first and "iResearch" not in first, answer.text


def test_a_question_word_first_states_nothing_back_to_confirm(assistant):
    answer = ask(assistant, "What was Shen Difan's job?")
    first = answer.text.splitlines()[0]
    assert not first.startswith(("Yes", "No")) and "general manager" in first, answer.text
