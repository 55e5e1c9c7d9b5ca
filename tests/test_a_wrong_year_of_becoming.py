""" "Did it become the largest in 2015?" claims when something became so, and the article
says 2013: the answer is No, in English and in Russian ("стал" is "became", not "is"),
stated with or without an opener. The right year is still confirmed. Phrasings are this
file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "Верно ли, что Китай стал крупнейшим в мире рынком онлайн-торговли в 2016 году?",
        "china became the top destination for cross-border e-commerce in 2015?",
        "Китай стал самым популярным направлением для трансграничных покупок в 2014 году?",
    ],
)
def test_a_wrong_year_of_becoming_is_denied(question, assistant):
    answer = ask(assistant, question)
    assert answer.text.startswith("No"), answer.text


def test_the_right_year_of_becoming_is_confirmed(assistant):
    answer = ask(assistant, "Китай стал крупнейшим рынком онлайн-ритейла в 2013 году?")
    assert answer.text.startswith("Yes"), answer.text
