""" "Which country was the top destination for cross-border purchases?" asks for a statement
whose value is a country (China): the kind asked is the answer's own, not a word left
unexplained. In Russian, "Какая страна" is one country, and the follow-up "whom did it
overtake?" then names the two it dislodged. A sentence that merely mentions a country is
no answer to "which country". Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask, turns


@pytest.mark.parametrize(
    "question",
    [
        "what country was the no. 1 destination for cross-border purchases in 2016?",
        "Which country is the top destination for cross-border buying?",
    ],
)
def test_which_country_names_the_top_destination(question, assistant):
    answer = ask(assistant, question)
    assert answer.answered and "China" in answer.text, answer.text


def test_the_russian_question_and_its_follow_up(assistant):
    first, second = turns(
        assistant,
        "Какая страна в 2016 году стала главным направлением трансграничной интернет-торговли?",
        "А кого она обошла?",
    )
    assert first.answered and "China" in first.text, first.text
    assert "United States" in second.text and "United Kingdom" in second.text, second.text


def test_a_sentence_that_mentions_a_country_is_not_a_country(assistant):
    answer = ask(assistant, "Which country buys most of China's cross-border exports?")
    assert not answer.answered, answer.text
