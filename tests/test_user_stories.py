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
        pytest.param(
            "I knit for a living and half my yarn arrives from Chinese shops. What share of"
            " the survey's respondents bought on Chinese websites?",
            Decimal(21),
            id="a share of the user's own things is no figure to check",
        ),
        pytest.param(
            "We repair boats and a third of our spare parts are ordered abroad, so tell me:"
            " how much did Russians spend on Chinese platforms last year?",
            Decimal("3.44E9"),
            id="a third of our things, before the question in its sentence",
        ),
        pytest.param(
            # the clause after "who" is the story too: its Chinese websites are not the
            # platforms the question asks about
            "My guests are Russians who buy ski wax off Chinese websites. How much did"
            " Russians spend on cross-border platforms?",
            Decimal("4.3E9"),
            id="who after a noun in a told sentence asks nothing",
        ),
        pytest.param(
            "I drive cable cars up in the Alps. How much did Russians spend on cross-border"
            " platforms last year?",
            Decimal("4.3E9"),
            id="up in the story is no rise asked",
        ),
        pytest.param(
            "Painting a heron mural for a harbour fete and want a fun fact: what was China's"
            " total e-commerce worth in 2016?",
            Decimal("2.61E13"),
            id="a long lead before a colon about the user is left out",
        ),
        pytest.param(
            "The Ministry of Commerce guideline on overseas warehouses: what year?",
            Decimal(2015),
            id="a long lead that names the subject is kept",
        ),
    ],
)
def test_the_users_story_is_not_what_is_asked(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.answered, answer.text
    assert answer.value == value


def test_a_share_the_user_claims_of_the_article_is_still_checked(assistant):
    answer = ask(assistant, "I heard half of China's retail is online now. Is that right?")
    assert answer.text.startswith("No"), answer.text


def test_a_question_told_before_the_one_that_points_to_it_still_asks(assistant):
    question = "I wonder which company set up AliExpress in 2010. Could you tell me that?"
    answer = ask(assistant, question)
    assert "Alibaba" in answer.text
