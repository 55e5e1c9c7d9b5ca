"""What users tell about themselves before they ask ("I knit, and half my yarn comes from
China."): their own shares, relative clauses and verbs are the story, not a figure or an
operation the article must hold. A question in, the answer out; phrasings are this file's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conversation import ask


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "I knit for a living and half my yarn arrives from Chinese shops. What share of"
            " the survey's respondents bought on Chinese websites?",
            Decimal(21),
        ),
        (
            "We repair boats and a third of our spare parts are ordered abroad, so tell me:"
            " how much did Russians spend on Chinese platforms last year?",
            Decimal("3.44E9"),
        ),
    ],
)
def test_a_share_of_the_users_own_things_is_no_figure_to_check(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == value


def test_a_share_the_user_claims_of_the_article_is_still_checked(assistant):
    answer = ask(assistant, "I heard half of China's retail is online now. Is that right?")
    assert answer.text.startswith("No"), answer.text


def test_who_after_a_noun_in_a_told_sentence_asks_nothing(assistant):
    # the clause after "who" is the story too: its Chinese websites are not the platforms
    # the question asks about
    question = (
        "My guests are Russians who buy ski wax off Chinese websites. How much did Russians"
        " spend on cross-border platforms?"
    )
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal("4.3E9")


def test_a_question_told_before_the_one_that_points_to_it_still_asks(assistant):
    question = "I wonder which company set up AliExpress in 2010. Could you tell me that?"
    answer = ask(assistant, question)
    assert "Alibaba" in answer.text


def test_up_in_the_story_is_no_rise_asked(assistant):
    question = (
        "I drive cable cars up in the Alps. How much did Russians spend on cross-border"
        " platforms last year?"
    )
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal("4.3E9")


def test_a_long_lead_before_a_colon_about_the_user_is_left_out(assistant):
    question = (
        "Painting a heron mural for a harbour fete and want a fun fact: what was China's"
        " total e-commerce worth in 2016?"
    )
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == Decimal("2.61E13")


def test_a_long_lead_that_names_the_subject_is_kept(assistant):
    answer = ask(assistant, "The Ministry of Commerce guideline on overseas warehouses: what year?")
    assert answer.answered, answer.text
    assert answer.value == Decimal(2015)
