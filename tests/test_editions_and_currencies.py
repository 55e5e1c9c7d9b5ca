"""Words that look like part of the figure asked but point elsewhere: an earlier edition of
a report the article never mentions, and a currency that only names the rate. A question
in, the answer (or the refusal and its reason) out; phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

from conversation import ask, turns


def test_an_earlier_edition_of_a_report_is_refused(assistant):
    answer = ask(assistant, "How many trillion yuan did the prior iResearch report forecast?")
    assert not answer.answered
    assert "edition" in answer.text


def test_an_earlier_survey_after_its_share_is_refused_not_repeated(assistant):
    first, second = turns(
        assistant,
        "what share of the people polled bought from Chinese sites",
        "and in the preceding survey?",
    )
    assert first.answered
    assert not second.answered
    assert "edition" in second.text


def test_a_currency_that_names_the_rate_is_not_the_one_asked(assistant):
    answer = ask(
        assistant, "Online shopping in 2016 in US dollars, using the article's yuan exchange rate?"
    )
    assert answer.answered, answer.text
    assert answer.unit == "USD"


def test_a_rate_in_both_currencies_is_still_the_rate(assistant):
    answer = ask(assistant, "what yuan per dollar rate does the article imply?")
    assert answer.answered, answer.text
    assert answer.unit == "CNY/USD"


def test_one_unit_of_currency_by_the_quoted_pair_is_the_rate(assistant):
    answer = ask(
        assistant, "What is one yuan worth in US dollars, judging by the 6.3 trillion figure?"
    )
    assert answer.answered, answer.text
    assert answer.unit == "USD/CNY"
    assert round(answer.value, 4) == Decimal("0.1463")  # 921.9 billion / 6.3 trillion


def test_what_the_article_calls_something_is_how_it_describes_it(assistant):
    answer = ask(assistant, "which firm does the piece call Russia's largest e-payment service")
    assert answer.answered, answer.text
    assert "Yandex" in answer.text
    checked = ask(assistant, "Does the article call AliExpress a B2B marketplace?")
    assert checked.text.startswith("No"), checked.text


def test_any_word_for_the_text_calling_something_describes_it(assistant):
    answer = ask(assistant, "what does the report call Ipsos?")
    assert answer.answered, answer.text
    assert "research firm" in answer.text
