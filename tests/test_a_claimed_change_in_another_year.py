""" "Did cross-border volume grow 30% in 2016?": the article's change runs from 2016 to
2018, so it says nothing of the change within 2016; a No would deny what it never reports.
A claim over the article's own years is still checked. Phrasings are this file's own."""

from __future__ import annotations

import pytest
from conversation import ask


@pytest.mark.parametrize(
    "question",
    [
        "did cross-border e-commerce volume grow by a quarter in 2016?",
        "is it true cross-border volume rose 50% in 2017?",
    ],
)
def test_a_change_in_a_year_the_article_has_none_for_is_not_denied(question, assistant):
    answer = ask(assistant, question)
    assert not answer.answered and answer.reason == "uncheckable", answer.text


def test_the_articles_own_change_is_checked(assistant):
    answer = ask(assistant, "is cross-border volume expected to grow about 40% from 2016 to 2018?")
    assert answer.text.startswith("Yes"), answer.text
