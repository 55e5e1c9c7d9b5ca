"""What a survey was about is no part of who it counted, and money asked by name is never
answered with a count: a question in, the answer (or the refusal) out. Phrasings are this
file's own."""

from __future__ import annotations

from decimal import Decimal

from conversation import ask, turns


def test_a_survey_named_by_its_topic_counts_everyone_asked(assistant):
    answer = ask(assistant, "How many people took part in that online shopping poll in total?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(28000)


def test_those_who_shopped_are_still_a_part_of_the_topic_survey(assistant):
    answer = ask(assistant, "In the shopping survey, how many respondents bought on Chinese sites?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(5880)


def test_money_asked_after_a_count_is_refused_not_the_count_again(assistant):
    first, second = turns(
        assistant,
        "how many pilot zones did the State Council confirm?",
        "so how much money do they make?",
    )
    assert first.value == Decimal(12)
    assert not second.answered, second.text
    assert "money" in second.text


def test_what_a_named_source_does_is_how_the_article_describes_it(assistant):
    answer = ask(assistant, "What does iResearch do?")
    assert answer.answered, answer.text
    assert "consultancy" in answer.text
    other = ask(assistant, "what do Russians do?")
    assert not other.answered, other.text


def test_what_a_source_does_asked_after_a_filler_is_still_its_description(assistant):
    answer = ask(assistant, "ok so what does Yandex do in the story?")
    assert answer.answered, answer.text
    assert "e-payment" in answer.text
